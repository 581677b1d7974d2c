import type { Row } from './frames';
import { breakdownRows, filterIncidents, foldIncidents, formatDuration, openForMs } from './incidents';

const point = (time: number, id: string, status: string, extra: Partial<Row> = {}): Row => ({
  time,
  incident_id: id,
  property_id: 'prop-news',
  scope: 'property',
  error_type: 'networkError',
  severity: 'critical',
  status,
  message: `${id} at ${time}`,
  video_title: '',
  error_rate_pct: 10,
  baseline_pct: 1,
  views_impacted: time / 1000,
  views_impacted_per_hour: 60,
  ...extra,
});

describe('foldIncidents', () => {
  const rows = [
    point(5000, 'a', 'open'),
    point(1000, 'a', 'open'),
    point(9000, 'a', 'closed'),
    point(2000, 'b', 'open', { scope: 'title', video_title: 'T' }),
    point(7000, 'b', 'open', { scope: 'title', video_title: 'T' }),
    point(3000, 'c', 'open', { property_id: 'prop-kids' }),
  ];

  it('opens at the first point and takes state and figures from the last', () => {
    const a = foldIncidents(rows).find((i) => i.incidentId === 'a')!;
    expect(a).toMatchObject({ status: 'closed', openedMs: 1000, closedMs: 9000, viewsImpacted: 9, message: 'a at 9000' });
    expect(openForMs(a, 1_000_000)).toBe(8000);
  });

  it('lists open incidents first, newest first', () => {
    expect(foldIncidents(rows).map((i) => i.incidentId)).toEqual(['c', 'b', 'a']);
  });

  it('filters by property, scope, error type and status', () => {
    const all = foldIncidents(rows);
    expect(filterIncidents(all, { status: 'open' }).map((i) => i.incidentId)).toEqual(['c', 'b']);
    expect(filterIncidents(all, { scope: 'title' }).map((i) => i.incidentId)).toEqual(['b']);
    expect(filterIncidents(all, { propertyId: 'prop-kids', errorType: 'networkError' }).map((i) => i.incidentId)).toEqual(['c']);
    expect(filterIncidents(all, { errorType: 'mediaError' })).toEqual([]);
  });

  it('ignores rows without an incident id', () => {
    expect(foldIncidents([{ time: 1 }])).toEqual([]);
  });
});

describe('helpers', () => {
  it('formats durations for operators', () => {
    expect([30_000, 45 * 60_000, 3 * 3_600_000 + 12 * 60_000, 50 * 3_600_000].map(formatDuration)).toEqual(['30 s', '45 min', '3 h 12 min', '2 d 2 h']);
  });
  it('orders the breakdown by how far each value is above its normal share', () => {
    const b = breakdownRows([
      { time: 0, dimension: 'country', value: 'DE', share_pct: 60, normal_share_pct: 50 },
      { time: 0, dimension: 'cdn', value: 'fastly', share_pct: 100, normal_share_pct: 30 },
    ]);
    expect(b.map((x) => x.value)).toEqual(['fastly', 'DE']);
  });
});
