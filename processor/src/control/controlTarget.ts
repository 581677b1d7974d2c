import type { Detector } from '../detect/detector';
import type { Incident, IncidentEvent } from '../detect/incident';

/** What control commands act on: the detectors of this instance (one per owned partition). */
export interface ControlTarget {
  detectors(): Detector[];
  /** Writes an incident change made by hand (close) like any other: points, topic. */
  publish(events: IncidentEvent[]): Promise<void>;
}

export type ControlAction = 'dump_baselines' | 'dump_incidents' | 'close_incident' | 'mute_incident' | 'unmute_incident' | 'mute_property' | 'unmute_property' | 'reset_baseline';

export interface ControlRequest {
  action: ControlAction;
  incidentId?: string;
  propertyId?: string;
}

export interface ControlResult {
  ok: boolean;
  /** JSON body: the dump, or what changed. */
  body: unknown;
  error?: string;
}

/** Applies one control command to every detector of this instance. */
export async function applyControl(target: ControlTarget, req: ControlRequest): Promise<ControlResult> {
  const detectors = target.detectors();
  switch (req.action) {
    case 'dump_baselines': {
      const out: Record<string, unknown> = {};
      for (const d of detectors) Object.assign(out, d.baselines());
      return { ok: true, body: { baselines: out } };
    }
    case 'dump_incidents': {
      const open: Incident[] = detectors.flatMap((d) => d.openIncidents());
      return { ok: true, body: { incidents: open } };
    }
    case 'close_incident': {
      if (!req.incidentId) return missing('incidentId');
      const events = detectors.map((d) => d.closeIncident(req.incidentId!)).filter((e): e is IncidentEvent => e !== undefined);
      await target.publish(events);
      return events.length > 0 ? { ok: true, body: { closed: events.map((e) => e.incident) } } : notFound(req.incidentId);
    }
    case 'mute_incident':
    case 'unmute_incident': {
      if (!req.incidentId) return missing('incidentId');
      const found = detectors.map((d) => d.muteIncident(req.incidentId!, req.action === 'mute_incident')).some(Boolean);
      return found ? { ok: true, body: { incidentId: req.incidentId, muted: req.action === 'mute_incident' } } : notFound(req.incidentId);
    }
    case 'mute_property':
    case 'unmute_property': {
      if (!req.propertyId) return missing('propertyId');
      for (const d of detectors) d.muteProperty(req.propertyId, req.action === 'mute_property');
      return { ok: true, body: { propertyId: req.propertyId, muted: req.action === 'mute_property' } };
    }
    case 'reset_baseline': {
      if (!req.propertyId) return missing('propertyId');
      const found = detectors.map((d) => d.resetBaseline(req.propertyId!)).some(Boolean);
      return found ? { ok: true, body: { propertyId: req.propertyId, reset: true } } : { ok: false, body: null, error: `no baseline for property ${req.propertyId} on this instance` };
    }
  }
}

function missing(field: string): ControlResult {
  return { ok: false, body: null, error: `${field} is required` };
}

function notFound(id: string): ControlResult {
  return { ok: false, body: null, error: `no open incident ${id} on this instance` };
}
