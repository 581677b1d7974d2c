/**
 * Exact nearest-rank percentile (p in 0-100) of the values; sorts a copy. Exact rather
 * than sketched: per-minute windows hold at most a few hundred thousand values per key.
 * Returns null for no values.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  return percentileOfSorted(sorted, p);
}

export function percentileOfSorted(sorted: ArrayLike<number>, p: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const rank = Math.ceil((Math.min(Math.max(p, 0), 100) / 100) * n);
  return sorted[Math.max(rank, 1) - 1]!;
}

/** Several percentiles with one sort. */
export function percentiles(values: readonly number[], ps: readonly number[]): (number | null)[] {
  if (values.length === 0) return ps.map(() => null);
  const sorted = Float64Array.from(values).sort();
  return ps.map((p) => percentileOfSorted(sorted, p));
}
