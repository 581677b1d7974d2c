import type { CdnRecord } from '../decode/cdn';
import { addRecord, cdnHealthFields, CdnMinute, emptyCdnTotals, mergeCdnTotals, type CdnMinuteSnapshot, type CdnTotalsJson } from './cdnMinute';

const rec = (o: Partial<CdnRecord>): CdnRecord => ({ request_time_ms: 1, status: 200, bytes_sent: 1000, ...o }) as CdnRecord;

describe('CDN minute totals', () => {
  it('cache hit % counts only requests whose line gives a cache state', () => {
    const t = emptyCdnTotals();
    addRecord(t, rec({ cache_status: 'Hit', cache_hit: true }));
    addRecord(t, rec({ cache_status: 'Miss', cache_hit: false }));
    addRecord(t, rec({ cache_status: 'Hit', cache_hit: true }));
    addRecord(t, rec({ cache_status: '' })); // common log format: unknown
    const f = cdnHealthFields(t);
    expect(f.requests).toBe(4);
    expect(f.cache_hit_pct).toBeCloseTo(200 / 3, 9);
  });

  it('requests without a response count as requests, not as errors, and stay out of the timings', () => {
    const t = emptyCdnTotals();
    addRecord(t, rec({ ttfb_ms: 20, total_ms: 100, status: 200 }));
    addRecord(t, rec({ ttfb_ms: 9000, total_ms: 30000, status: 0, bytes_sent: 5000 }));
    addRecord(t, rec({ ttfb_ms: 40, total_ms: 100, status: 503 }));
    expect(cdnHealthFields(t)).toMatchObject({ requests: 3, bytes: 7000, no_response: 1, status_5xx: 1, error_pct: 100 / 3 });
    expect(cdnHealthFields(t).rtt_ms_p99).toBeLessThan(102);
    expect(cdnHealthFields(t).ttfb_ms_p95).toBeLessThan(41);
  });

  it('leaves cache hit % out when no line gives a cache state, and restores checkpoints of older versions', () => {
    const unknown = emptyCdnTotals();
    addRecord(unknown, rec({}));
    expect(cdnHealthFields(unknown)).not.toHaveProperty('cache_hit_pct');
    expect(cdnHealthFields(unknown).requests).toBe(1);
    // A checkpoint written before cacheUnknown existed: a hit and a miss at one POP.
    const before = new CdnMinute('cloudfront', 0);
    before.add(rec({ pop: 'FRA', cache_status: 'Hit', cache_hit: true }));
    before.add(rec({ pop: 'FRA', cache_status: 'Miss', cache_hit: false }));
    const json = JSON.parse(JSON.stringify(before.snapshot())) as CdnMinuteSnapshot;
    for (const [, t] of json.pops.groups) {
      delete (t as Partial<CdnTotalsJson>).cacheUnknown;
      delete (t as Partial<CdnTotalsJson>).noResponse;
    }
    const restored = CdnMinute.restore(json, 'cloudfront', 0);
    restored.add(rec({ pop: 'FRA' }));
    const merged = emptyCdnTotals();
    mergeCdnTotals(merged, restored.pops.get('FRA'));
    mergeCdnTotals(merged, unknown);
    expect(cdnHealthFields(merged)).toMatchObject({ requests: 4, cache_hit_pct: 50, no_response: 0 });
  });

  it('counts distinct CMCD sessions and starved sessions, also across a checkpoint written with session ids as strings', () => {
    const m = new CdnMinute('akamai', 0);
    for (const [sid, starved] of [['s1', false], ['s2', true], ['s1', true], ['s3', false]] as const) m.add(rec({ pop: 'FRA', cmcd: { session_id: sid, buffer_starvation: starved } }));
    const sessionsOf = (x: CdnMinute) => x.toPoints().find((p) => p.measurement === 'cdn_client_qoe')!.fields;
    expect(sessionsOf(m)).toMatchObject({ sessions: 3, starved_sessions: 2 });
    // A checkpoint of an older version held the ids themselves.
    const old = JSON.parse(JSON.stringify(m.snapshot())) as CdnMinuteSnapshot;
    old.client.groups[0]![1].sessions = ['s1', 's2', 's3'];
    old.client.groups[0]![1].starved = ['s1', 's2'];
    const restored = CdnMinute.restore(old, 'akamai', 0);
    restored.add(rec({ pop: 'FRA', cmcd: { session_id: 's2', buffer_starvation: true } }));
    restored.add(rec({ pop: 'FRA', cmcd: { session_id: 's4' } }));
    expect(sessionsOf(restored)).toMatchObject({ sessions: 4, starved_sessions: 2 });
  });
});
