import { detailRange, errorRateSeries, fiveXxSeries, incidentFieldSeries } from './detailSeries';
import type { IncidentView } from './incidents';

describe('detail series', () => {
  it('computes the error rate from errors and views, leaving minutes without views empty', () => {
    const views = [{ time: 0, views: 200 }, { time: 60_000, views: 0 }, { time: 120_000, views: 100 }];
    const errors = [{ time: 0, errors: 10 }, { time: 120_000, errors: 50 }];
    expect(errorRateSeries(views, errors)).toEqual([[0, 5], [60_000, null], [120_000, 50]]);
  });
  it('computes the 5xx share of a CDN', () => {
    expect(fiveXxSeries([{ time: 0, requests: 400, status_5xx: 100 }])).toEqual([[0, 25]]);
  });
  it('sorts an incident\'s own points by time', () => {
    expect(incidentFieldSeries([{ time: 2, error_rate_pct: 5 }, { time: 1, error_rate_pct: 3 }], 'error_rate_pct')).toEqual([[1, 3], [2, 5]]);
  });
  it('shows from before the opening to after the close, never past now', () => {
    const i = { openedMs: 10 * 3_600_000, closedMs: 11 * 3_600_000 } as IncidentView;
    expect(detailRange(i, 20 * 3_600_000)).toEqual({ fromMs: 10 * 3_600_000 - 30 * 60_000, toMs: 11 * 3_600_000 + 15 * 60_000 });
    expect(detailRange({ ...i, closedMs: null }, 10.5 * 3_600_000)).toEqual({ fromMs: 10 * 3_600_000 - 30 * 60_000, toMs: 10.5 * 3_600_000 });
  });
});
