import type { CdnRecord } from '../decode/cdn';
import { addRecord, cdnHealthFields, emptyCdnTotals, mergeCdnTotals } from './cdnMinute';

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

  it('leaves cache hit % out when no line gives a cache state, and merges totals of older checkpoints', () => {
    const unknown = emptyCdnTotals();
    addRecord(unknown, rec({}));
    expect(cdnHealthFields(unknown)).not.toHaveProperty('cache_hit_pct');
    expect(cdnHealthFields(unknown).requests).toBe(1);
    // A checkpoint written before cacheUnknown existed.
    const old = JSON.parse(JSON.stringify({ ...emptyCdnTotals(), requests: 2, cacheHits: 1, cacheUnknown: undefined }));
    mergeCdnTotals(old, unknown);
    addRecord(old, rec({}));
    expect(cdnHealthFields(old)).toMatchObject({ requests: 4, cache_hit_pct: 50 });
  });
});
