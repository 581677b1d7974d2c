/**
 * Seeded pseudo-random numbers. Each simulated second gets its own generator derived from
 * (seed, stream, second), so any time range generates the same records however it is
 * split into chunks.
 */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(...seeds: number[]) {
    let h = 0x9e3779b9;
    for (const s of seeds) h = mix(h ^ mix(Math.trunc(s) >>> 0) ^ mix(Math.floor(s / 2 ** 32) >>> 0));
    this.a = mix(h ^ 0x243f6a88);
    this.b = mix(h ^ 0x85a308d3);
    this.c = mix(h ^ 0x13198a2e);
    this.d = mix(h ^ 0x03707344) | 1;
    for (let i = 0; i < 12; i++) this.next();
  }

  /** Uniform in [0, 1). sfc32. */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  int(maxExclusive: number): number {
    return Math.floor(this.next() * maxExclusive);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  normal(mean = 0, sd = 1): number {
    const u = 1 - this.next();
    const v = this.next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** Log-normal with the given median and log-space sigma. */
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(this.normal(0, sigma));
  }

  exponential(mean: number): number {
    return -mean * Math.log(1 - this.next());
  }

  poisson(lambda: number): number {
    if (lambda <= 0) return 0;
    if (lambda > 50) return Math.max(0, Math.round(this.normal(lambda, Math.sqrt(lambda))));
    const l = Math.exp(-lambda);
    let k = 0;
    let p = 1;
    do {
      k++;
      p *= this.next();
    } while (p > l);
    return k - 1;
  }

  /** Index drawn from a cumulative weight table (see cumulative()). */
  pick(cdf: Float64Array): number {
    const x = this.next() * cdf[cdf.length - 1]!;
    let lo = 0;
    let hi = cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

export function cumulative(weights: readonly number[]): Float64Array {
  const cdf = new Float64Array(weights.length);
  let sum = 0;
  weights.forEach((w, i) => {
    sum += Math.max(w, 0);
    cdf[i] = sum;
  });
  return cdf;
}

/** Zipf weights 1/k^s for ranks 1..n. */
export function zipfWeights(n: number, s: number): number[] {
  return Array.from({ length: n }, (_, k) => 1 / Math.pow(k + 1, s));
}

function mix(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/**
 * Short stable hex id from numbers: 64 bits, two 32-bit hashes of the numbers from different
 * starting values. (A generator seeded with them holds only 32 bits of them: ids drawn from
 * it collided once in about 2^16 records, and exactly-once usage rightly counted such a pair
 * once.)
 */
export function hexId(...parts: number[]): string {
  return hex8(hashOf(0x9e3779b9, parts)) + hex8(hashOf(0x3c6ef372, parts));
}

/** A stable 32-bit hash of numbers (hexId's first half): the same numbers, the same value. */
export function hashOfNumbers(...parts: number[]): number {
  return hashOf(0x9e3779b9, parts);
}

function hashOf(start: number, parts: readonly number[]): number {
  let h = start;
  for (const s of parts) h = mix(h ^ mix(Math.trunc(s) >>> 0) ^ mix(Math.floor(s / 2 ** 32) >>> 0));
  return mix(h ^ parts.length);
}

const hex8 = (x: number) => x.toString(16).padStart(8, '0');
