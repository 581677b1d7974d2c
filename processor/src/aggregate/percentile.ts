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

/**
 * Several percentiles of the same values (what sorting them would give), without sorting:
 * each rank is selected in place, the highest first, and each lower one among the values
 * left below it, so a window's percentiles cost linear time instead of a sort per group.
 */
export function percentiles(values: readonly number[], ps: readonly number[]): (number | null)[] {
  const n = values.length;
  if (n === 0) return ps.map(() => null);
  const a = Float64Array.from(values);
  if (a.some(Number.isNaN)) {
    a.sort();
    return ps.map((p) => percentileOfSorted(a, p));
  }
  const rankOf = (p: number) => Math.max(Math.ceil((Math.min(Math.max(p, 0), 100) / 100) * n), 1) - 1;
  const order = ps.map((p, i) => [rankOf(p), i] as const).sort((x, y) => y[0] - x[0]);
  const out: (number | null)[] = new Array<number | null>(ps.length);
  let hi = n - 1;
  for (const [k, i] of order) {
    selectInPlace(a, k, 0, hi);
    out[i] = a[k]!;
    hi = k;
  }
  return out;
}

/**
 * Moves the k-th smallest of a[lo..hi] to a[k], smaller values before it and larger after
 * (Hoare's selection with a median-of-three pivot).
 */
function selectInPlace(a: Float64Array, k: number, lo: number, hi: number): void {
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    // Median of three to a[mid], then use it as the pivot.
    if (a[mid]! < a[lo]!) swap(a, mid, lo);
    if (a[hi]! < a[lo]!) swap(a, hi, lo);
    if (a[hi]! < a[mid]!) swap(a, hi, mid);
    const pivot = a[mid]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        swap(a, i, j);
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i]!;
  a[i] = a[j]!;
  a[j] = t;
}
