/**
 * A mergeable log-bucketed histogram (the DDSketch idea): a value x > 0 falls in bucket
 * ceil(log_gamma(x)) and is read back as the bucket's midpoint, so any quantile is within
 * RELATIVE_ACCURACY of the exact nearest-rank value. Memory and checkpoint size grow with
 * the range of values (about 700 buckets from 1 µs to 1,000 s), not with their count, and
 * merging is adding counts, so results do not depend on order or batching.
 */
export const RELATIVE_ACCURACY = 0.01;

const GAMMA = (1 + RELATIVE_ACCURACY) / (1 - RELATIVE_ACCURACY);
const LOG_GAMMA = Math.log(GAMMA);
/** Key of the bucket of values <= 0 (kept apart: log is undefined there). */
const ZERO = 'z';

/** Bucket -> count; plain JSON so that it checkpoints as it is. */
export type LogHistogram = Record<string, number>;

export function emptyHistogram(): LogHistogram {
  return {};
}

export function histogramAdd(h: LogHistogram, x: number): void {
  const key = histogramKey(x);
  if (key !== undefined) histogramAddKey(h, key);
}

/**
 * A bucket: its index (the property `String(index)` of a LogHistogram; indexing by the
 * number itself spares making that string on every count) or the zero bucket.
 */
export type BucketKey = number | typeof ZERO;

/** The bucket of a value (undefined for NaN and infinities, which are not counted). */
export function histogramKey(x: number): BucketKey | undefined {
  if (!Number.isFinite(x)) return undefined;
  return x <= 0 ? ZERO : Math.ceil(Math.log(x) / LOG_GAMMA);
}

/** Counts one value in its bucket (histogramKey), for a value counted in several histograms. */
export function histogramAddKey(h: LogHistogram, key: BucketKey): void {
  h[key] = (h[key] ?? 0) + 1;
}

export function histogramMerge(into: LogHistogram, from: LogHistogram): void {
  for (const [k, n] of Object.entries(from)) into[k] = (into[k] ?? 0) + n;
}

export function histogramCount(h: LogHistogram): number {
  let n = 0;
  for (const c of Object.values(h)) n += c;
  return n;
}

/** Nearest-rank quantiles (p in 0-100) within RELATIVE_ACCURACY; null when empty. */
export function histogramPercentiles(h: LogHistogram, ps: readonly number[]): (number | null)[] {
  const n = histogramCount(h);
  if (n === 0) return ps.map(() => null);
  const buckets = Object.keys(h)
    .filter((k) => k !== ZERO)
    .map(Number)
    .sort((a, b) => a - b);
  const zeros = h[ZERO] ?? 0;
  return ps.map((p) => {
    const rank = Math.max(1, Math.ceil((Math.min(Math.max(p, 0), 100) / 100) * n));
    if (rank <= zeros) return 0;
    let seen = zeros;
    for (const i of buckets) {
      seen += h[String(i)]!;
      if (seen >= rank) return (2 * Math.pow(GAMMA, i)) / (GAMMA + 1);
    }
    return (2 * Math.pow(GAMMA, buckets[buckets.length - 1]!)) / (GAMMA + 1);
  });
}
