import { percentiles } from './percentile';
import { emptyHistogram, histogramAdd, histogramCount, histogramFromJson, histogramMerge, histogramPercentiles, histogramToJson, RELATIVE_ACCURACY } from './logHistogram';
import { Random } from '../sources/simulator/random';

describe('log histogram', () => {
  const rng = new Random(3);
  const values = Array.from({ length: 20_000 }, () => rng.logNormal(40, 0.8));

  it('answers quantiles within the stated relative error of the exact ones', () => {
    const h = emptyHistogram();
    for (const v of values) histogramAdd(h, v);
    const ps = [1, 50, 90, 95, 99, 100];
    const exact = percentiles(values, ps);
    histogramPercentiles(h, ps).forEach((q, i) => {
      expect(Math.abs(q! - exact[i]!) / exact[i]!).toBeLessThanOrEqual(RELATIVE_ACCURACY + 1e-9);
    });
    expect(Object.keys(histogramToJson(h)).length).toBeLessThan(700);
  });

  it('does not depend on order or on how it was merged', () => {
    const whole = emptyHistogram();
    for (const v of values) histogramAdd(whole, v);
    const parts = [emptyHistogram(), emptyHistogram(), emptyHistogram()];
    [...values].reverse().forEach((v, i) => histogramAdd(parts[i % 3]!, v));
    const merged = emptyHistogram();
    for (const p of parts) histogramMerge(merged, histogramFromJson(JSON.parse(JSON.stringify(histogramToJson(p))) as Record<string, number>));
    expect(histogramPercentiles(merged, [50, 95, 99])).toEqual(histogramPercentiles(whole, [50, 95, 99]));
  });

  it('keeps zeros apart and ignores values that are not numbers', () => {
    const h = emptyHistogram();
    for (const v of [0, 0, 0, 5, Number.NaN, Number.POSITIVE_INFINITY]) histogramAdd(h, v);
    expect(histogramPercentiles(h, [50, 100])).toEqual([0, expect.closeTo(5, 1)]);
    expect(histogramPercentiles(emptyHistogram(), [50])).toEqual([null]);
  });

  it('gives the quantiles and the JSON the plain-object histogram gave (bucket name -> count), values below 1 and zeros among them', () => {
    const rng2 = new Random(11);
    const h = emptyHistogram();
    const plain: Record<string, number> = {};
    for (let i = 0; i < 5000; i++) {
      const v = i % 50 === 0 ? 0 : rng2.logNormal(i % 2 === 0 ? 0.3 : 300, 1.5);
      histogramAdd(h, v);
      const key = v <= 0 ? 'z' : String(Math.ceil(Math.log(v) / Math.log(1.01 / 0.99)));
      plain[key] = (plain[key] ?? 0) + 1;
    }
    expect(histogramToJson(h)).toEqual(plain);
    expect(histogramCount(h)).toBe(5000);
    const restored = histogramFromJson(JSON.parse(JSON.stringify(plain)) as Record<string, number>);
    expect(histogramPercentiles(restored, [0, 1, 2, 50, 99, 100])).toEqual(histogramPercentiles(h, [0, 1, 2, 50, 99, 100]));
    expect(histogramPercentiles(h, [1])).toEqual([0]);
    // What a checkpoint could not have written is left out: not a bucket, not a count.
    expect(histogramCount(histogramFromJson({ '3': 2, x: 5, '1.5': 1, '-4': -1, '7': 0.5, z: 1 }))).toBe(3);
  });

  it('counts the same in its array and outside it, whatever the order and spread of the values, in new arrays and in those released ones are given again (a seeded model of bucket -> count)', () => {
    const rng3 = new Random(5);
    for (let round = 0; round < 200; round++) {
      const h = emptyHistogram();
      const model = new Map<number, number>();
      const n = 1 + Math.floor(rng3.next() * 300);
      // Values from 1e-12 to 1e12 in some rounds (far outside one array), a narrow band in others.
      const spread = round % 3 === 0 ? 55 : round % 3 === 1 ? 8 : 1;
      for (let i = 0; i < n; i++) {
        const v = Math.exp((rng3.next() - 0.5) * spread);
        const key = Math.ceil(Math.log(v) / Math.log(1.01 / 0.99));
        model.set(key, (model.get(key) ?? 0) + 1);
        histogramAdd(h, v);
      }
      const expected = Object.fromEntries([...model].sort((a, b) => a[0] - b[0]).map(([k, c]) => [String(k), c]));
      expect(histogramToJson(h)).toEqual(expected);
      const seen: number[] = [];
      h.forEach((i) => seen.push(i));
      expect(seen).toEqual([...model.keys()].sort((a, b) => a - b));
      const merged = emptyHistogram();
      histogramMerge(merged, h);
      histogramMerge(merged, histogramFromJson(expected));
      expect(histogramCount(merged)).toBe(2 * n);
      expect(histogramPercentiles(merged, [50, 99])).toEqual(histogramPercentiles(h, [50, 99]));
      // Released, they are empty, and the next rounds' histograms count in their arrays again (from zero).
      h.release();
      merged.release();
      expect(histogramCount(h)).toBe(0);
      expect(histogramToJson(h)).toEqual({});
      histogramAdd(h, 5);
      expect(histogramToJson(h)).toEqual({ [String(Math.ceil(Math.log(5) / Math.log(1.01 / 0.99)))]: 1 });
    }
  });
});
