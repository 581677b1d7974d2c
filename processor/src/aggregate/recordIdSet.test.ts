import { RecordIdSet } from './recordIdSet';
import { hash53 } from './hash53';

describe('RecordIdSet', () => {
  it('holds what a Set holds, through growth, for hashes of real ids and edge values', () => {
    const ids = new RecordIdSet();
    const ref = new Set<number>();
    const values = [0, 1, 2 ** 32, 2 ** 32 + 1, Number.MAX_SAFE_INTEGER, ...Array.from({ length: 50_000 }, (_, i) => hash53(`rec-${i % 40_000}`))];
    for (const v of values) expect(ids.add(v)).toBe(!ref.has(v) && ref.add(v) !== undefined);
    expect(ids.size).toBe(ref.size);
    expect([...ids].sort((a, b) => a - b)).toEqual([...ref].sort((a, b) => a - b));
    expect([...ids.values()]).toEqual([...ids]);
    for (let i = 0; i < 1000; i++) {
      const probe = hash53(`other-${i}`);
      expect(ids.has(probe)).toBe(ref.has(probe));
    }
    expect(ids.has(Number.MAX_SAFE_INTEGER)).toBe(true);
    expect(ids.add(0)).toBe(false);
  });

  it('refuses values that are not 53-bit hashes instead of corrupting the table', () => {
    const ids = new RecordIdSet();
    for (const bad of [-1, 0.5, NaN, Infinity, 2 ** 53]) expect(() => ids.add(bad)).toThrow(/out of range/);
    expect(ids.size).toBe(0);
  });
});
