import { percentile, percentiles } from './percentile';

/** A deterministic pseudo-random sequence (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

describe('percentiles', () => {
  it('gives what sorting gives, for any order, duplicates and sizes', () => {
    const rnd = random(7);
    const ps = [0, 1, 50, 95, 99, 100, 50];
    for (let trial = 0; trial < 300; trial++) {
      const n = 1 + Math.floor(rnd() * 400);
      const distinct = 1 + Math.floor(rnd() * 50);
      const values = Array.from({ length: n }, () => (trial % 3 === 0 ? Math.floor(rnd() * distinct) : rnd() * 10_000 - 100));
      const sorted = [...values].sort((a, b) => a - b);
      const expected = ps.map((p) => sorted[Math.max(Math.ceil((p / 100) * n), 1) - 1]);
      expect(percentiles(values, ps)).toEqual(expected);
      expect(ps.map((p) => percentile(values, p))).toEqual(expected);
    }
  });

  it('leaves its input as it was and answers null for no values', () => {
    const values = [5, 3, 9, 1];
    expect(percentiles(values, [50, 95])).toEqual([3, 9]);
    expect(values).toEqual([5, 3, 9, 1]);
    expect(percentiles([], [50])).toEqual([null]);
  });

  it('sorts when a value is NaN (NaN ranks last, as in a sorted Float64Array)', () => {
    expect(percentiles([NaN, 2, 1], [50, 100])).toEqual([2, NaN]);
  });
});
