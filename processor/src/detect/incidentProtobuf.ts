import { pb, type IncidentMessage } from '../proto';
import type { IncidentEvent } from './incident';

const STATUS = { open: 1, update: 2, close: 3 } as const;

/** The Incident protobuf of the qoe.incidents topic. */
export function incidentProtobufMessage(e: IncidentEvent): IncidentMessage {
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
  return pb.Incident.encode(incidentProtobufMessage(e)).finish();
}
