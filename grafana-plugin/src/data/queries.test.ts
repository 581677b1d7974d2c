import { cdnPopSeriesQuery, everyPageQuery, incidentHistoryQuery, propertyErrorsQuery } from './queries';

const r = { fromMs: 1_700_000_000_000, toMs: 1_700_003_600_000 };

describe('page queries', () => {
  it('bound every query on both sides', () => {
    for (const q of everyPageQuery(r)) expect(q.query).toContain('time >= 1700000000000ms AND time <= 1700003600000ms');
  });

  it('keep hostile values inside string literals', () => {
    const q = incidentHistoryQuery("x' OR 1=1; DROP DATABASE qoe --", r).query;
    expect(q).toContain(`"incident_id" = 'x\\' OR 1=1; DROP DATABASE qoe --'`);
    const cdn = cdnPopSeriesQuery("evil'cdn", 'P\\', r).query;
    expect(cdn).toContain(`"cdn" = 'evil\\'cdn' AND "pop" = 'P\\\\'`);
    // One statement only: no unescaped quote closes a literal early.
    expect(propertyErrorsQuery("a'", "b'", r).query.replace(/\\./g, '').match(/'/g)).toHaveLength(4);
  });

  it('group by time in buckets of at least a minute', () => {
    expect(propertyErrorsQuery('p', 'e', r).query).toContain('GROUP BY time(1m)');
  });
});
