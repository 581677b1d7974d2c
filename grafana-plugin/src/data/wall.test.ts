import { DEFAULT_THRESHOLDS } from './settings';
import { isStale, judge, wallCells, worst } from './wall';

describe('judge', () => {
  it('is bad past the absolute threshold, whatever the normal', () => {
    expect(judge(6000, 5000, 6000, 10, true)).toBe('bad');
    expect(judge(50, 80, 50, 1, false)).toBe('bad');
  });
  it('is unusual far on the wrong side of the cell\'s own normal', () => {
    expect(judge(3000, 5000, 1000, 100, true)).toBe('unusual');
    expect(judge(70 + 20, 80, 98, 1, false)).toBe('ok'); // 90 % hit rate, normal 98: 8 points is under a quarter of the mean
    expect(judge(85, 80, 98, 1, false)).toBe('ok');
  });
  it('is ok within the normal spread, and better than normal is never unusual', () => {
    expect(judge(1100, 5000, 1000, 100, true)).toBe('ok');
    expect(judge(100, 5000, 1000, 10, true)).toBe('ok');
    expect(judge(null, 5000, 1000, 10, true)).toBe('nodata');
  });
  it('takes the worst health of a cell', () => {
    expect(worst(['ok', 'unusual', 'nodata'])).toBe('unusual');
    expect(worst([])).toBe('nodata');
  });
});

describe('wallCells', () => {
  const current = [
    { time: 0, cdn: 'fastly', pop: 'LHR', rtt_ms_p95: 2000, ttfb_ms_p95: 100, requests: 1000, status_4xx: 10, status_5xx: 290, cache_hit_pct: 65 },
    { time: 0, cdn: 'akamai', pop: 'FRA', rtt_ms_p95: 2100, ttfb_ms_p95: 80, requests: 1000, status_4xx: 5, status_5xx: 1, cache_hit_pct: 93 },
  ];
  const normal = [{ time: 0, cdn: 'akamai', pop: 'FRA', rtt_ms_p95_mean: 2000, rtt_ms_p95_sd: 50, ttfb_ms_p95_mean: 80, ttfb_ms_p95_sd: 5 }];

  it('computes the error share from counts and sorts cells by CDN and POP', () => {
    const cells = wallCells(current, normal, DEFAULT_THRESHOLDS);
    expect(cells.map((c) => `${c.cdn}/${c.pop}`)).toEqual(['akamai/FRA', 'fastly/LHR']);
    expect(cells[1]!.metrics.errors.value).toBeCloseTo(30);
    expect(cells[1]!.health).toBe('bad');
    expect(cells[0]!.metrics.rtt).toEqual({ value: 2100, normal: 2000, health: 'ok' });
    expect(cells[0]!.health).toBe('ok');
  });
});

describe('isStale', () => {
  it('is stale with no point, or one older than the allowed age', () => {
    expect(isStale(null, 1_000_000, 5)).toBe(true);
    expect(isStale(1_000_000 - 6 * 60_000, 1_000_000, 5)).toBe(true);
    expect(isStale(1_000_000 - 2 * 60_000, 1_000_000, 5)).toBe(false);
  });
});
