import { createHash } from 'node:crypto';

export type IncidentScope = 'property' | 'title';
export type IncidentStatus = 'open' | 'closed';

export interface IncidentBreakdown {
  dimension: string;
  value: string;
  /** Share of the window's failures of the incident's error type with this value, percent. */
  sharePct: number;
  /** Share of the property's views with this value normally, percent. */
  normalSharePct: number;
}

export interface Incident {
  incidentId: string;
  status: IncidentStatus;
  scope: IncidentScope;
  propertyId: string;
  videoId: string;
  videoTitle: string;
  errorType: string;
  severity: 'warning' | 'critical';
  openedAtMs: number;
  closedAtMs?: number;
  updatedAtMs: number;
  errorRatePct: number;
  baselinePct: number;
  /** Views and errors of the window that opened or last updated the incident. */
  views: number;
  errors: number;
  /** Failed views of the error type in scope since the incident opened. */
  viewsImpacted: number;
  viewsImpactedPerHour: number;
  message: string;
  breakdowns: IncidentBreakdown[];
  muted: boolean;
}

export type IncidentEventKind = 'open' | 'update' | 'close';

export interface IncidentEvent {
  kind: IncidentEventKind;
  incident: Incident;
}

/** Stable id: the same input opens the same incident id on every replay. */
export function incidentId(scope: IncidentScope, propertyId: string, videoId: string, errorType: string, openedAtMs: number): string {
  return createHash('sha256').update([scope, propertyId, videoId, errorType, String(openedAtMs)].join('\u0000')).digest('hex').slice(0, 16);
}

export function incidentMessage(i: Pick<Incident, 'scope' | 'propertyId' | 'videoTitle' | 'errorType' | 'errorRatePct' | 'baselinePct' | 'breakdowns'>): string {
  const subject = i.scope === 'title' ? `Video Title ${i.videoTitle}` : `Property ${i.propertyId}`;
  let m = `${subject} is failing at a significant rate (${i.errorRatePct.toFixed(1)}%) due to an error of ${i.errorType}`;
  m += ` (normal: ${i.baselinePct.toFixed(1)}%)`;
  const top = i.breakdowns.filter((b) => b.sharePct >= 50 && b.sharePct - b.normalSharePct >= 20).slice(0, 2);
  if (top.length > 0) m += `; concentrated on ${top.map((b) => `${b.dimension} ${b.value} (${b.sharePct.toFixed(0)}% of failures, normally ${b.normalSharePct.toFixed(0)}% of views)`).join(', ')}`;
  return m;
}

/** The JSON line `qoe replay --incidents` writes per open and close. */
export function incidentJsonLine(e: IncidentEvent): Record<string, unknown> {
  const i = e.incident;
  return {
    event: e.kind,
    incident_id: i.incidentId,
    status: i.status,
    scope: i.scope,
    property_id: i.propertyId,
    video_id: i.videoId || null,
    video_title: i.videoTitle || null,
    error_type: i.errorType,
    severity: i.severity,
    opened_at: new Date(i.openedAtMs).toISOString(),
    closed_at: i.closedAtMs === undefined ? null : new Date(i.closedAtMs).toISOString(),
    error_rate_pct: round(i.errorRatePct),
    baseline_pct: round(i.baselinePct),
    views: i.views,
    errors: i.errors,
    views_impacted: i.viewsImpacted,
    views_impacted_per_hour: round(i.viewsImpactedPerHour),
    message: i.message,
    breakdowns: i.breakdowns.map((b) => ({ dimension: b.dimension, value: b.value, share_pct: round(b.sharePct), normal_share_pct: round(b.normalSharePct) })),
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
