import type { CdnFormat } from '../../decode/cdn';
import { RETENTION_POLICIES } from '../../schema';
import { readViewFile, type ViewFileFormat } from '../../sources/files/readViews';

/** An InfluxQL duration literal ("30d", "1825d", "INF") in ms; Infinity for INF. */
export function durationMs(literal: string): number {
  if (literal.toUpperCase() === 'INF') return Infinity;
  const units: Record<string, number> = { w: 604_800_000, d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000 };
  let total = 0;
  for (const [, n, u] of literal.matchAll(/(\d+)([wdhms])/g)) total += Number(n) * units[u!]!;
  return total;
}

/** Event time of the first good record of a file (not of stdin, which a peek would consume). */
export async function firstEventMs(file: string, kind: { views: ViewFileFormat } | { cdn: CdnFormat; fields?: readonly string[] }): Promise<number | undefined> {
  if (file === '-') return undefined;
  if ('views' in kind) {
    for await (const b of readViewFile(file, kind.views, 100, () => ({ nowMs: Date.now(), maxFutureMs: Infinity }))) {
      if (b.views.length > 0) return Math.min(...b.views.map((v) => v.viewEndMs));
    }
    return undefined;
  }
  // The CDN parsers load only for CDN files.
  const { readCdnLogFile } = await import('../../sources/files/readCdnLogs');
  for await (const b of readCdnLogFile(file, kind.cdn, 100, kind.fields ? { fields: kind.fields } : {})) {
    if (b.records.length > 0) return Math.min(...b.records.map((r) => Number(r.request_time_ms)));
  }
  return undefined;
}

/**
 * A warning when input this old is older than the per-minute retention policy keeps:
 * InfluxDB would drop those points ("points beyond retention policy").
 */
export function retentionWarning(firstMs: number | undefined, nowMs: number): string | undefined {
  const rp = RETENTION_POLICIES.minute;
  const keepMs = durationMs(rp.duration);
  if (firstMs === undefined || nowMs - firstMs <= keepMs) return undefined;
  return `the input starts at ${new Date(firstMs).toISOString()}, older than retention policy "${rp.name}" keeps (${rp.duration}): InfluxDB will drop per-minute points before ${new Date(nowMs - keepMs).toISOString()} (counted in the summary); hourly usage and incidents (retention "${RETENTION_POLICIES.long.name}", ${RETENTION_POLICIES.long.duration}) are kept`;
}
