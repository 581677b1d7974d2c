import { num, str, type Row } from './frames';
import { FIELD as F, TAG as T } from './schema';
import type { Thresholds } from './settings';

export type Health = 'ok' | 'unusual' | 'bad' | 'nodata';
export type WallMetric = 'rtt' | 'ttfb' | 'errors' | 'cacheHit';

export interface MetricCell {
  value: number | null;
  /** The cell's own normal (mean of the last 24 h) and spread. */
  normal: number | null;
  health: Health;
}

export interface WallCell {
  cdn: string;
  pop: string;
  requests: number;
  metrics: Record<WallMetric, MetricCell>;
  health: Health;
}

const RANK: Record<Health, number> = { nodata: 0, ok: 1, unusual: 2, bad: 3 };
export const worst = (hs: Health[]): Health => hs.reduce<Health>((w, h) => (RANK[h] > RANK[w] ? h : w), 'nodata');

/** How far from its own normal a value must be to count as unusual: in spreads, and in share of the mean. */
const SIGMAS = 3;
const MIN_RELATIVE_CHANGE = 0.25;

/**
 * Health of one value: `bad` past the absolute threshold, `unusual` when it is far on the
 * wrong side of the cell's own normal, `ok` otherwise.
 */
export function judge(value: number | null, threshold: number, mean: number | null, sd: number | null, higherIsWorse: boolean): Health {
  if (value === null) return 'nodata';
  const sign = higherIsWorse ? 1 : -1;
  if (sign * (value - threshold) > 0) return 'bad';
  if (mean !== null) {
    const delta = sign * (value - mean);
    if (delta > SIGMAS * (sd ?? 0) && delta > MIN_RELATIVE_CHANGE * Math.abs(mean) && delta > 0) return 'unusual';
  }
  return 'ok';
}

const key = (r: Row) => `${str(r[T.cdn])}\u0000${str(r[T.pop])}`;

/** Cells of the CDN x POP grid from the current and the 24 h rows, sorted by CDN then POP. */
export function wallCells(current: Row[], normal: Row[], t: Thresholds): WallCell[] {
  const normals = new Map(normal.map((r) => [key(r), r]));
  return current
    .map((r) => {
      const n = normals.get(key(r));
      const requests = num(r[F.requests]) ?? 0;
      const errors = (num(r[F.status4xx]) ?? 0) + (num(r[F.status5xx]) ?? 0);
      const errorPct = requests > 0 ? (100 * errors) / requests : null;
      const stat = (f: string, v: number | null, threshold: number, higherIsWorse: boolean): MetricCell => {
        const mean = n ? num(n[`${f}_mean`]) : null;
        return { value: v, normal: mean, health: judge(v, threshold, mean, n ? num(n[`${f}_sd`]) : null, higherIsWorse) };
      };
      const metrics: Record<WallMetric, MetricCell> = {
        rtt: stat(F.rttP95, num(r[F.rttP95]), t.rttP95Ms, true),
        ttfb: stat(F.ttfbP95, num(r[F.ttfbP95]), t.ttfbP95Ms, true),
        errors: stat(F.errorPct, errorPct, t.errorPct, true),
        cacheHit: stat(F.cacheHitPct, num(r[F.cacheHitPct]), t.cacheHitPct, false),
      };
      return { cdn: str(r[T.cdn]), pop: str(r[T.pop]), requests, metrics, health: worst(Object.values(metrics).map((m) => m.health)) };
    })
    .sort((a, b) => a.cdn.localeCompare(b.cdn) || a.pop.localeCompare(b.pop));
}

/** Stale when the newest point is older than the allowed age, or there is none. */
export function isStale(lastPointMs: number | null, nowMs: number, staleAfterMin: number): boolean {
  return lastPointMs === null || nowMs - lastPointMs > staleAfterMin * 60_000;
}
