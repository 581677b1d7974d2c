import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeViewLine } from '../decode/viewsNdjson';
import type { ViewRecord } from '../decode/viewRecord';
import { PropertyMinute } from './propertyMinute';

const FIXTURE = path.resolve(__dirname, '../../test/fixtures/views-one-minute.ndjson');
const limits = { nowMs: Date.parse('2026-11-21T00:00:00Z'), maxFutureMs: 0 };

function fixtureViews(): ViewRecord[] {
  return fs
    .readFileSync(FIXTURE, 'utf8')
    .split('\n')
    .map((l) => decodeViewLine(l, limits, 'fixture'))
    .flatMap((r) => ('view' in r ? [r.view] : []));
}

const minuteStart = Date.parse('2026-11-20T10:00:00Z');

describe('PropertyMinute on a hand-computed minute', () => {
  const views = fixtureViews().filter((v) => v.viewEndMs >= minuteStart && v.viewEndMs < minuteStart + 60_000);
  const pm = new PropertyMinute('p1', minuteStart, { topN: 1, maxTracked: 100, topErrorTypes: 5 });
  for (const v of views) pm.add(v);
  const points = pm.toPoints();

  it('reads the five views of the minute', () => {
    expect(views.map((v) => v.viewId)).toEqual(['v1', 'v2', 'v3', 'v4', 'v5']);
  });

  it('computes view_qoe with the documented definitions', () => {
    const q = points.find((p) => p.measurement === 'view_qoe')!;
    expect(q.tags).toEqual({ property_id: 'p1' });
    expect(q.timeMs).toBe(minuteStart);
    const f = q.fields as Record<string, number>;
    expect(f).toMatchObject({ views: 5, failures: 2, startup_failures: 1, ebvs: 1, failure_pct: 40, startup_failure_pct: 20, ebvs_pct: 20 });
    expect(f.startup_ms_p50).toBe(2000);
    expect(f.startup_ms_p95).toBe(3000);
    expect(f.watch_s).toBeCloseTo(223, 6);
    expect(f.rebuffer_pct).toBeCloseTo((4000 / 223000) * 100, 6);
    expect(f.rebuffer_per_min).toBeCloseTo(3 / (223000 / 60000), 6);
    expect(f.bitrate_kbps).toBeCloseTo(5.7e11 / 210000 / 1000, 6);
    expect(f.upscale_pct).toBeCloseTo((6000 / 223000) * 100, 6);
    expect(f.experience_score).toBeCloseTo((67.6875 + 100 * (1 - (0.8 * 2000) / 9000) + 0 + 0) / 4, 6);
  });

  it('writes error rates per error type over all views', () => {
    const e = points.filter((p) => p.measurement === 'view_errors');
    expect(e).toEqual([{ measurement: 'view_errors', rp: 'per_minute', tags: { property_id: 'p1', error_type: 'networkError' }, fields: { views: 5, errors: 2, rate_pct: 40 }, timeMs: minuteStart }]);
  });

  it('keeps the top N breakdown values and folds the rest into "other"', () => {
    const cdn = points.filter((p) => p.measurement === 'view_qoe_by' && p.tags.dimension === 'cdn');
    expect(cdn.map((p) => [p.tags.value, p.fields.views, p.fields.failures])).toEqual([
      ['akamai', 3, 2],
      ['other', 2, 0],
    ]);
    const dims = new Set(points.filter((p) => p.measurement === 'view_qoe_by').map((p) => p.tags.dimension));
    expect([...dims].sort()).toEqual(['asn', 'cdn', 'country', 'device', 'player', 'stream_type']);
  });
});

describe('PropertyMinute cardinality bounds', () => {
  it('writes at most topN + 1 values per dimension however many distinct values arrive', () => {
    const [base] = fixtureViews();
    const pm = new PropertyMinute('p1', minuteStart, { topN: 10, maxTracked: 50, topErrorTypes: 5 });
    for (let i = 0; i < 5000; i++) pm.add({ ...base!, cdn: `cdn-${i}`, country: `c${i % 3}`, playbackFailure: true, errorType: `err-${i}` });
    const points = pm.toPoints();
    const cdn = points.filter((p) => p.tags.dimension === 'cdn');
    expect(cdn).toHaveLength(11);
    expect(cdn.reduce((s, p) => s + (p.fields.views as number), 0)).toBe(5000);
    expect(points.filter((p) => p.tags.dimension === 'country')).toHaveLength(3);
    const errors = points.filter((p) => p.measurement === 'view_errors');
    expect(errors).toHaveLength(6);
    expect(errors.reduce((s, p) => s + (p.fields.errors as number), 0)).toBe(5000);
    expect(pm.byDimension.get('cdn')!.groups.size).toBe(50);
  });
});

describe('PropertyMinute checkpoints', () => {
  it('come back with the same points, the startup times written as plain arrays', () => {
    const views = fixtureViews();
    const pm = new PropertyMinute('p1', minuteStart, { topN: 3, maxTracked: 100, topErrorTypes: 5 });
    for (const v of views.slice(0, 3)) pm.add(v);
    const json = JSON.parse(JSON.stringify(pm.snapshot()));
    expect(Array.isArray(json.totals.startupMs)).toBe(true);
    expect(json.totals.startupMs.length).toBeGreaterThan(0);
    const back = PropertyMinute.restore(json, 'p1', minuteStart, { topN: 3, maxTracked: 100, topErrorTypes: 5 });
    for (const v of views.slice(3)) {
      pm.add(v);
      back.add(v);
    }
    expect(back.toPoints()).toEqual(pm.toPoints());
  });
});
