import type { CdnRecord } from '../decode/cdn';
import { UsageHour } from './usageHour';

const record = (id: string, asset: string): CdnRecord => ({ record_id: id, asset_id: asset, environment_id: 'env', status: 200, bytes_sent: 100, segment_duration_ms: 6_000 }) as CdnRecord;

describe('UsageHour', () => {
  it('counts assets beyond the bound under "other", and every record in the environment total', () => {
    const u = new UsageHour('env', 0, 2);
    ['a', 'b', 'c', 'a', 'd'].forEach((asset, i) => u.add(record(`r${i}`, asset)));
    u.add(record('r0', 'a')); // a duplicate: counted once
    const byAsset = Object.fromEntries(u.toPoints().map((p) => [p.tags.asset_id ?? 'total', p.fields.requests]));
    expect(byAsset).toEqual({ total: 5, a: 2, b: 1, other: 2 });
    expect(u.duplicates).toBe(1);
  });

  it('keeps the bound across a checkpoint', () => {
    const u = new UsageHour('env', 0, 1);
    u.add(record('r1', 'a'));
    const restored = UsageHour.restore(JSON.parse(JSON.stringify(u.snapshot())), 'env', 0, 1);
    restored.add(record('r2', 'b'));
    expect(restored.toPoints().map((p) => p.tags.asset_id).filter(Boolean)).toEqual(['a', 'other']);
  });
});
