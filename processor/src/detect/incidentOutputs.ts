import { pb, type IncidentMessage } from '../proto';
import { MEASUREMENTS } from '../schema';
import type { QoePoint } from '../schema/point';
import type { IncidentEvent } from './incident';

const M = MEASUREMENTS.incidents;

/** The `incidents` point of an open, update or close, at the event time of the change. */
export function incidentPoint(e: IncidentEvent): QoePoint {
  const i = e.incident;
  const time = e.kind === 'open' ? i.openedAtMs : e.kind === 'close' ? (i.closedAtMs ?? i.updatedAtMs) : i.updatedAtMs;
  return {
    measurement: M.name,
    rp: M.rp.name,
    tags: { incident_id: i.incidentId, property_id: i.propertyId, scope: i.scope, error_type: i.errorType, severity: i.severity },
    fields: {
      status: i.status,
      video_title: i.videoTitle,
      error_rate_pct: i.errorRatePct,
      baseline_pct: i.baselinePct,
      views: i.views,
      errors: i.errors,
      views_impacted: i.viewsImpacted,
      views_impacted_per_hour: i.viewsImpactedPerHour,
      message: i.message,
    },
    timeMs: time,
  };
}

const B = MEASUREMENTS.incidentBreakdown;

/**
 * Every point of an incident event: the `incidents` point, and with an open the
 * `incident_breakdown` points of where its failures concentrate (the detector computes the
 * breakdown when it opens the incident; updates and closes do not change it).
 */
export function incidentPoints(e: IncidentEvent): QoePoint[] {
  const points = [incidentPoint(e)];
  if (e.kind !== 'open') return points;
  const i = e.incident;
  for (const b of i.breakdowns) {
    points.push({
      measurement: B.name,
      rp: B.rp.name,
      tags: { incident_id: i.incidentId, property_id: i.propertyId, dimension: b.dimension, value: b.value },
      fields: { share_pct: b.sharePct, normal_share_pct: b.normalSharePct },
      timeMs: i.openedAtMs,
    });
  }
  return points;
}

const STATUS = { open: 1, update: 2, close: 3 } as const;

/** The Incident protobuf of the qoe.incidents topic. */
export function incidentMessage(e: IncidentEvent): IncidentMessage {
  const i = e.incident;
  return {
    incident_id: i.incidentId,
    status: STATUS[e.kind],
    scope: i.scope,
    property_id: i.propertyId,
    video_id: i.videoId,
    video_title: i.videoTitle,
    error_type: i.errorType,
    severity: i.severity,
    opened_at_ms: i.openedAtMs,
    closed_at_ms: i.closedAtMs ?? 0,
    updated_at_ms: i.updatedAtMs,
    error_rate_pct: i.errorRatePct,
    baseline_pct: i.baselinePct,
    views: i.views,
    errors: i.errors,
    views_impacted: i.viewsImpacted,
    views_impacted_per_hour: i.viewsImpactedPerHour,
    message: i.message,
    breakdowns: i.breakdowns.map((b) => ({ dimension: b.dimension, value: b.value, share_pct: b.sharePct, normal_share_pct: b.normalSharePct })),
  };
}

export function encodeIncident(e: IncidentEvent): Uint8Array {
  return pb.Incident.encode(incidentMessage(e)).finish();
}
