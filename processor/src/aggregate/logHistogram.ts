import { TypedArrayPool } from './typedArrayPool';

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

/**
 * Bucket -> count, and the total of the counts kept as they are added. The first FEW_BUCKETS
 * buckets counted are a short list (`few`: bucket, count, bucket, count, ...): most
 * histograms of a breakdown value (an ASN or a country with a few requests a minute) never
 * get more, and an array for each of them cost a typed array's allocation at every doubling
 * (outside the heap from 32 counts on). From the next bucket on, the counts of a run of
 * DENSE_BUCKETS buckets are in one array indexed from `lowest` (grown by doubling as values
 * come: a count is an array increment), those outside it (values thousands of times apart
 * from the rest) in a Map. As properties of a plain object (what checkpoints hold,
 * HistogramJson), a count of a bucket below 1 made the bucket's name as a string, and every
 * total and quantile made arrays of the object's keys and values.
 */
export class LogHistogram {
  private few: number[] | undefined;
  private counts: Uint32Array = NO_COUNTS;
  private lowest = 0;
  /** The lowest and highest places of the array that were counted in (none while usedHi < usedLo): what forEach reads, and release zeroes. */
  private usedLo = DENSE_BUCKETS;
  private usedHi = -1;
  private spill: Map<number, number> | undefined;
  /** Values <= 0. */
  zeros = 0;
  count = 0;

  /** Adds n to a bucket's count, the zero bucket's too (n is 1 when counting a value; more when merging or restoring). */
  add(key: BucketKey, n: number): void {
    this.count += n;
    if (key === ZERO) {
      this.zeros += n;
      return;
    }
    const at = key - this.lowest;
    if (at >= 0 && at < this.counts.length) this.countAt(at, n);
    else if (this.counts.length > 0 || !this.addFew(key, n)) this.addDense(key, n);
  }

  /** Adds n to the count at a place of the array (every count in the array is added here). */
  private countAt(at: number, n: number): void {
    this.counts[at]! += n;
    if (at < this.usedLo) this.usedLo = at;
    if (at > this.usedHi) this.usedHi = at;
  }

  /** Counts in the short list (kept in ascending order of bucket): false when the bucket is not in it and it is full. */
  private addFew(i: number, n: number): boolean {
    const few = (this.few ??= []);
    let k = 0;
    while (k < few.length && few[k]! < i) k += 2;
    if (k < few.length && few[k] === i) {
      few[k + 1]! += n;
      return true;
    }
    if (few.length === 2 * FEW_BUCKETS) return false;
    // Moved up by hand: splice would make an array of the (no) removed items at every insert.
    few.push(0, 0);
    for (let j = few.length - 1; j > k + 1; j--) few[j] = few[j - 2]!;
    // Bucket 0 as +0 (Math.ceil of a small negative is -0), as the array's index arithmetic gives it.
    few[k] = i === 0 ? 0 : i;
    few[k + 1] = n;
    return true;
  }

  private addDense(i: number, n: number): void {
    const few = this.few;
    if (few) {
      // The short list is full: the array is made once to cover its buckets and this one
      // (when they are within DENSE_BUCKETS), and its counts move in first.
      this.few = undefined;
      this.cover(Math.min(i, few[0]!), Math.max(i, few[few.length - 2]!));
      for (let k = 0; k < few.length; k += 2) this.addDense(few[k]!, few[k + 1]!);
    }
    const at = i - this.lowest;
    if (at >= 0 && at < this.counts.length) this.countAt(at, n);
    else if (this.cover(i, i)) this.countAt(i - this.lowest, n);
    else (this.spill ??= new Map()).set(i, (this.spill.get(i) ?? 0) + n);
  }

  /** Each bucket with a count and its count, in ascending order of bucket. */
  forEach(f: (i: number, n: number) => void): void {
    const few = this.few;
    if (few) {
      for (let k = 0; k < few.length; k += 2) f(few[k]!, few[k + 1]!);
      return;
    }
    const spilled = this.spill ? [...this.spill.keys()].sort((a, b) => a - b) : [];
    let s = 0;
    for (; s < spilled.length && spilled[s]! < this.lowest; s++) f(spilled[s]!, this.spill!.get(spilled[s]!)!);
    for (let at = this.usedLo; at <= this.usedHi; at++) if (this.counts[at]! > 0) f(this.lowest + at, this.counts[at]!);
    for (; s < spilled.length; s++) f(spilled[s]!, this.spill!.get(spilled[s]!)!);
  }

  /** Makes the array cover buckets lo to hi when it can stay within DENSE_BUCKETS; false when it cannot. */
  private cover(lo: number, hi: number): boolean {
    if (this.counts.length === 0) {
      const span = hi - lo + 1;
      if (span > DENSE_BUCKETS) return false;
      // Room on both sides, as much again as the buckets span (at least 16 in all).
      const size = arraySize(2 * span);
      this.counts = pool.take(size);
      this.lowest = lo - ((size - span) >> 1);
      return true;
    }
    const from = Math.min(this.lowest, lo);
    const to = Math.max(this.lowest + this.counts.length, hi + 1);
    if (to - from > DENSE_BUCKETS) return false;
    // Room on the side that grew, as much as the array had (doubling), within DENSE_BUCKETS.
    const size = arraySize(Math.max(to - from, this.counts.length * 2));
    const lowest = lo < this.lowest ? to - size : from;
    const counts = pool.take(size);
    const shift = this.lowest - lowest;
    counts.set(this.counts, shift);
    giveBackCounts(this.counts, this.usedLo, this.usedHi);
    this.counts = counts;
    this.lowest = lowest;
    if (this.usedHi >= this.usedLo) {
      this.usedLo += shift;
      this.usedHi += shift;
    }
    // No spilled bucket falls in the new range: one was spilled because covering it would
    // have made the range wider than DENSE_BUCKETS, and the range only grows.
    return true;
  }

  /**
   * Empties the histogram and gives its array back to be used again by the histograms made
   * next: for the accumulators of a window that is dropped, once its points are made.
   */
  release(): void {
    giveBackCounts(this.counts, this.usedLo, this.usedHi);
    this.few = undefined;
    this.counts = NO_COUNTS;
    this.lowest = 0;
    this.usedLo = DENSE_BUCKETS;
    this.usedHi = -1;
    this.spill = undefined;
    this.zeros = 0;
    this.count = 0;
  }
}

/** An array size: a power of two from 16 to DENSE_BUCKETS, at least `n` (up to DENSE_BUCKETS), so released arrays fit the next. */
function arraySize(n: number): number {
  let size = 16;
  while (size < n && size < DENSE_BUCKETS) size *= 2;
  return size;
}

/**
 * Arrays of released histograms, used again before new ones are made: every CDN minute makes
 * thousands (three a POP, ASN and country), and a typed array's allocation (outside the heap
 * from 32 counts on) costs more than zeroing the places one was counted in. Every array kept
 * here is all zeros.
 */
const pool = new TypedArrayPool<Uint32Array>(16 * 1024 * 1024, (n) => new Uint32Array(n));

/** Keeps an array whose counts are all in places usedLo to usedHi, zeroing those. */
function giveBackCounts(a: Uint32Array, usedLo: number, usedHi: number): void {
  // NO_COUNTS (no array yet) is not kept: it would be given back by every such histogram.
  if (a.length === 0) return;
  if (usedHi >= usedLo) a.fill(0, usedLo, usedHi + 1);
  pool.giveBack(a);
}

/** Buckets one array covers: a factor of e^(DENSE_BUCKETS * 0.02), about 30,000 between its smallest and largest value. */
const DENSE_BUCKETS = 512;
/** Buckets counted in the short list before the array (searched one by one, so few). */
const FEW_BUCKETS = 12;
const NO_COUNTS = new Uint32Array(0);

/** A histogram in checkpoints: bucket index (as a string) -> count, and ZERO -> the count of values <= 0. */
export type HistogramJson = Record<string, number>;

export function emptyHistogram(): LogHistogram {
  return new LogHistogram();
}

export function histogramAdd(h: LogHistogram, x: number): void {
  const key = histogramKey(x);
  if (key !== undefined) histogramAddKey(h, key);
}

/** A bucket: its index, or the zero bucket. */
export type BucketKey = number | typeof ZERO;

/** The bucket of a value (undefined for NaN and infinities, which are not counted). */
export function histogramKey(x: number): BucketKey | undefined {
  if (!Number.isFinite(x)) return undefined;
  return x <= 0 ? ZERO : Math.ceil(Math.log(x) / LOG_GAMMA);
}

/** Counts one value in its bucket (histogramKey), for a value counted in several histograms. */
export function histogramAddKey(h: LogHistogram, key: BucketKey): void {
  h.add(key, 1);
}

export function histogramMerge(into: LogHistogram, from: LogHistogram): void {
  if (from.zeros > 0) into.add(ZERO, from.zeros);
  from.forEach((i, n) => into.add(i, n));
}

export function histogramCount(h: LogHistogram): number {
  return h.count;
}

/** Nearest-rank quantiles (p in 0-100) within RELATIVE_ACCURACY; null when empty. */
export function histogramPercentiles(h: LogHistogram, ps: readonly number[]): (number | null)[] {
  const n = h.count;
  const ranks = ps.map((p) => Math.max(1, Math.ceil((Math.min(Math.max(p, 0), 100) / 100) * n)));
  const out: (number | null)[] = ps.map(() => (n === 0 ? null : 0));
  if (n === 0) return out;
  let seen = h.zeros;
  let last = NaN;
  h.forEach((i, c) => {
    const before = seen;
    seen += c;
    last = i;
    for (let k = 0; k < ranks.length; k++) if (ranks[k]! > before && ranks[k]! <= seen) out[k] = bucketValue(i);
  });
  // Ranks past the counted buckets (not reached when the counts add up): the largest bucket.
  for (let k = 0; k < ranks.length; k++) if (ranks[k]! > seen) out[k] = bucketValue(last);
  return out;
}

/** The value a bucket stands for: its midpoint. */
function bucketValue(i: number): number {
  return (2 * Math.pow(GAMMA, i)) / (GAMMA + 1);
}

/** The histogram as checkpoints hold it. */
export function histogramToJson(h: LogHistogram): HistogramJson {
  const out: HistogramJson = {};
  h.forEach((i, n) => (out[String(i)] = n));
  if (h.zeros > 0) out[ZERO] = h.zeros;
  return out;
}

/** A histogram from a checkpoint; keys that are not a bucket and counts that are not positive integers are left out. */
export function histogramFromJson(j: HistogramJson): LogHistogram {
  const h = new LogHistogram();
  for (const [k, n] of Object.entries(j)) {
    if (!(Number.isSafeInteger(n) && n > 0 && n < 2 ** 32)) continue;
    if (k === ZERO) h.add(ZERO, n);
    else if (/^-?\d{1,6}$/.test(k)) h.add(Number(k), n);
  }
  return h;
}
