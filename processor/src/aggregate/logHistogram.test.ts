import { percentiles } from './percentile';
import { emptyHistogram, histogramAdd, histogramMerge, histogramPercentiles, RELATIVE_ACCURACY } from './logHistogram';
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
    expect(Object.keys(h).length).toBeLessThan(700);
  });

  it('does not depend on order or on how it was merged', () => {
    const whole = emptyHistogram();
    for (const v of values) histogramAdd(whole, v);
    const parts = [emptyHistogram(), emptyHistogram(), emptyHistogram()];
    [...values].reverse().forEach((v, i) => histogramAdd(parts[i % 3]!, v));
    const merged = emptyHistogram();
    for (const p of parts) histogramMerge(merged, JSON.parse(JSON.stringify(p)) as Record<string, number>);
    expect(histogramPercentiles(merged, [50, 95, 99])).toEqual(histogramPercentiles(whole, [50, 95, 99]));
  });

  it('keeps zeros apart and ignores values that are not numbers', () => {
    const h = emptyHistogram();
    for (const v of [0, 0, 0, 5, Number.NaN, Number.POSITIVE_INFINITY]) histogramAdd(h, v);
    expect(histogramPercentiles(h, [50, 100])).toEqual([0, expect.closeTo(5, 1)]);
    expect(histogramPercentiles(emptyHistogram(), [50])).toEqual([null]);
  });
});
