import { num, str, type Row } from './frames';
import { FIELD as F, TAG as T } from './schema';

export type IncidentStatus = 'open' | 'closed';

/** One incident as the list and the detail page show it, folded from its points. */
export interface IncidentView {
  incidentId: string;
  propertyId: string;
  scope: string;
  errorType: string;
  severity: string;
  status: IncidentStatus;
  videoTitle: string;
  message: string;
  openedMs: number;
  /** Time of the close point, when closed. */
  closedMs: number | null;
  lastUpdateMs: number;
  errorRatePct: number | null;
  baselinePct: number | null;
  viewsImpacted: number | null;
  viewsImpactedPerHour: number | null;
}

/**
 * Folds the points of the `incidents` measurement (an open, updates, a close per incident)
 * into one incident each: opened at its first point, state and figures of its last.
 */
export function foldIncidents(rows: Row[]): IncidentView[] {
  const byId = new Map<string, Row[]>();
  for (const r of rows) {
    const id = str(r[T.incidentId]);
    if (!id) continue;
    const list = byId.get(id) ?? [];
    list.push(r);
    byId.set(id, list);
  }
  const out: IncidentView[] = [];
  for (const [incidentId, points] of byId) {
    points.sort((a, b) => a.time - b.time);
    const first = points[0]!;
    const last = points[points.length - 1]!;
    const status: IncidentStatus = str(last[F.status]) === 'closed' ? 'closed' : 'open';
    out.push({
      incidentId,
      propertyId: str(last[T.propertyId]),
      scope: str(last[T.scope]),
      errorType: str(last[T.errorType]),
      severity: str(last[T.severity]),
      status,
      videoTitle: str(last[F.videoTitle]),
      message: str(last[F.message]),
      openedMs: first.time,
      closedMs: status === 'closed' ? last.time : null,
      lastUpdateMs: last.time,
      errorRatePct: num(last[F.errorRatePct]),
      baselinePct: num(last[F.baselinePct]),
      viewsImpacted: num(last[F.viewsImpacted]),
      viewsImpactedPerHour: num(last[F.viewsImpactedPerHour]),
    });
  }
  return sortIncidents(out);
}

/** Open incidents first, then the rest; newest opening first within each. */
export function sortIncidents(list: IncidentView[]): IncidentView[] {
  return [...list].sort((a, b) => (a.status === b.status ? b.openedMs - a.openedMs : a.status === 'open' ? -1 : 1));
}

/** How long an incident has been (or was) open, ms. */
export function openForMs(i: IncidentView, nowMs: number): number {
  return Math.max(0, (i.closedMs ?? nowMs) - i.openedMs);
}

export interface IncidentFilter {
  propertyId?: string;
  scope?: string;
  errorType?: string;
  status?: string;
}

export function filterIncidents(list: IncidentView[], f: IncidentFilter): IncidentView[] {
  return list.filter(
    (i) =>
      (!f.propertyId || i.propertyId === f.propertyId) &&
      (!f.scope || i.scope === f.scope) &&
      (!f.errorType || i.errorType === f.errorType) &&
      (!f.status || i.status === f.status),
  );
}

/** "3 h 12 min", "45 min", "30 s". */
export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  const min = Math.floor(s / 60);
  if (min < 60) return `${min} min`;
  const h = Math.floor(min / 60);
  if (h < 48) return `${h} h ${min % 60} min`;
  return `${Math.floor(h / 24)} d ${h % 24} h`;
}

export interface BreakdownRow {
  dimension: string;
  value: string;
  sharePct: number;
  normalSharePct: number;
}

export function breakdownRows(rows: Row[]): BreakdownRow[] {
  return rows
    .map((r) => ({ dimension: str(r[T.dimension]), value: str(r[T.value]), sharePct: num(r[F.sharePct]) ?? 0, normalSharePct: num(r[F.normalSharePct]) ?? 0 }))
    .sort((a, b) => b.sharePct - b.normalSharePct - (a.sharePct - a.normalSharePct));
}
