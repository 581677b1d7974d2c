/**
 * Building blocks of InfluxQL that the app sends through Grafana's /api/ds/query. Grafana
 * does not expand dashboard variables on that path, so every value a user or the data can
 * influence is escaped here, as an identifier or as a string literal, and nowhere else.
 */

/** A double-quoted identifier: `"name"`, with `\` and `"` escaped. */
export function ident(name: string): string {
  return `"${name.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** A single-quoted string literal: `'value'`, with `\`, `'` and line breaks escaped. */
export function literal(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\r/g, '\\r')}'`;
}

/** `"rp"."measurement"`. */
export function from(rp: string, measurement: string): string {
  return `${ident(rp)}.${ident(measurement)}`;
}

/** `"tag" = 'value'`. */
export function tagEquals(tag: string, value: string): string {
  return `${ident(tag)} = ${literal(value)}`;
}

/** An absolute time range in epoch milliseconds; both ends always present. */
export interface TimeRange {
  fromMs: number;
  toMs: number;
}

/**
 * `time >= Xms AND time <= Yms`. Every query bounds time on both sides: an InfluxQL
 * `GROUP BY time()` with an open end makes InfluxDB 1.x build buckets back to the epoch.
 */
export function timeBetween(r: TimeRange): string {
  if (!Number.isFinite(r.fromMs) || !Number.isFinite(r.toMs) || r.fromMs > r.toMs) {
    throw new Error(`invalid time range ${r.fromMs}..${r.toMs}`);
  }
  return `time >= ${Math.floor(r.fromMs)}ms AND time <= ${Math.ceil(r.toMs)}ms`;
}

/** A `GROUP BY time()` interval that keeps a range under `maxPoints` buckets, at least one minute. */
export function intervalFor(r: TimeRange, maxPoints = 500): string {
  const minutes = Math.max(1, Math.ceil((r.toMs - r.fromMs) / 60_000 / maxPoints));
  return `${minutes}m`;
}
