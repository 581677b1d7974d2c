import { durationMs, firstEventMs, retentionWarning } from './retentionCheck';
import { tempFile, toNdjson } from '../../test-support/viewFiles';

describe('retention check before a replay into InfluxDB', () => {
  it('reads InfluxQL durations', () => {
    expect([durationMs('30d'), durationMs('1h30m'), durationMs('INF'), durationMs('2w')]).toEqual([30 * 86_400_000, 5_400_000, Infinity, 14 * 86_400_000]);
  });
  it('warns when the input is older than the per-minute retention policy keeps, and not otherwise', async () => {
    const now = Date.parse('2026-12-01T00:00:00Z');
    const old = now - 40 * 86_400_000;
    const file = tempFile('old.ndjson', toNdjson([{ view_id: 'a', property_id: 'p', view_start: old - 1000, view_end: old }]));
    const first = await firstEventMs(file, { views: 'ndjson' });
    expect(first).toBe(old);
    expect(retentionWarning(first, now)).toMatch(/older than retention policy "per_minute" keeps \(30d\)/);
    expect(retentionWarning(now - 86_400_000, now)).toBeUndefined();
    expect(retentionWarning(undefined, now)).toBeUndefined();
  });
});
