import { MEASUREMENTS } from '../schema';
import type { QoePoint } from '../schema/point';
import type { IncidentEvent } from './incident';

// The Incident protobuf of the qoe.incidents topic is in incidentProtobuf.ts: only what
// publishes incidents loads protobufjs (a replay to InfluxDB or a file does not).

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
