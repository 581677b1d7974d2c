/**
 * Exact nearest-rank percentile (p in 0-100) of the values; sorts a copy. Exact rather
 * than sketched: per-minute windows hold at most a few hundred thousand values per key.
 * Returns null for no values.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = new Float64Array(values).sort();
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
 * each rank is selected in place, the lowest first (the median, over all values), and each
 * higher one among the values left above it (the upper tail), so a window's percentiles cost linear time instead of a sort per group.
 */
export function percentiles(values: ArrayLike<number>, ps: readonly number[]): (number | null)[] {
  const n = values.length;
  if (n === 0) return ps.map(() => null);
  const a = scratchCopy(values);
  if (hasNaN(a)) {
    a.sort();
    return ps.map((p) => percentileOfSorted(a, p));
  }
  const rankOf = (p: number) => Math.max(Math.ceil((Math.min(Math.max(p, 0), 100) / 100) * n), 1) - 1;
  const order = ps.map((p, i) => [rankOf(p), i] as const).sort((x, y) => x[0] - y[0]);
  const out: (number | null)[] = new Array<number | null>(ps.length);
  let lo = 0;
  for (const [k, i] of order) {
    selectInPlace(a, k, lo, n - 1);
    out[i] = a[k]!;
    lo = k;
  }
  return out;
}

/**
 * The values in a typed array to select in, one kept for every call (of this thread): a new
 * array each time cost fresh memory for every group of every window (about 3 ms a MB here).
 */
let scratch = new Float64Array(1024);

function scratchCopy(values: ArrayLike<number>): Float64Array {
  if (scratch.length < values.length) scratch = new Float64Array(Math.max(values.length, 2 * scratch.length));
  const a = scratch.subarray(0, values.length);
  a.set(values);
  return a;
}

function hasNaN(a: Float64Array): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== a[i]) return true;
  return false;
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
