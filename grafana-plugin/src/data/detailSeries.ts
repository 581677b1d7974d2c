import { num, type Row } from './frames';
import type { IncidentView } from './incidents';
import { FIELD as F } from './schema';

export type Point = [number, number | null];

/** Minutes before the opening and after the close (or now) that the detail page shows. */
export const BEFORE_MS = 30 * 60_000;
export const AFTER_MS = 15 * 60_000;

/** The detail page's range: from before the opening to after the close, never past now. */
export function detailRange(i: IncidentView, nowMs: number): { fromMs: number; toMs: number } {
  return { fromMs: i.openedMs - BEFORE_MS, toMs: Math.min(nowMs, (i.closedMs ?? nowMs) + AFTER_MS) };
}

/** Error rate per interval: errors of the type / all views of the property * 100; no views, no value. */
export function errorRateSeries(views: Row[], errors: Row[]): Point[] {
  const errorsAt = new Map(errors.map((r) => [r.time, num(r[F.errors]) ?? 0]));
  return views.map((r) => {
    const v = num(r[F.views]) ?? 0;
    return [r.time, v > 0 ? (100 * (errorsAt.get(r.time) ?? 0)) / v : null];
  });
}

/** A field of the incident's own points (title incidents have no per-title minute series). */
export function incidentFieldSeries(history: Row[], field: string): Point[] {
  return [...history].sort((a, b) => a.time - b.time).map((r) => [r.time, num(r[field])]);
}

/** 5xx share per interval of a CDN. */
export function fiveXxSeries(cdn: Row[]): Point[] {
  return cdn.map((r) => {
    const req = num(r[F.requests]) ?? 0;
    return [r.time, req > 0 ? (100 * (num(r[F.status5xx]) ?? 0)) / req : null];
  });
}

export function fieldSeries(rows: Row[], field: string): Point[] {
  return rows.map((r) => [r.time, num(r[field])]);
}
