import { LruMap } from './lruMap';

describe('LruMap', () => {
  it('iterates oldest first and moves touched and re-set keys to the end', () => {
    const m = new LruMap<string, number>();
    m.set('a', 1).set('b', 2).set('c', 3);
    expect([...m.entries()]).toEqual([['a', 1], ['b', 2], ['c', 3]]);
    expect(m.touch('a')).toBe(1);
    m.set('b', 20);
    expect([...m]).toEqual([['c', 3], ['a', 1], ['b', 20]]);
    expect(m.first()).toEqual(['c', 3]);
    expect(m.touch('zz')).toBeUndefined();
    expect(m.size).toBe(3);
  });

  it('behaves like a Map whose moves are delete + set, over a random sequence', () => {
    const m = new LruMap<number, number>();
    const ref = new Map<number, number>();
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 5000; i++) {
      const k = Math.floor(rnd() * 50);
      const op = rnd();
      if (op < 0.4) {
        ref.delete(k);
        ref.set(k, i);
        m.set(k, i);
      } else if (op < 0.7) {
        const v = ref.get(k);
        if (v !== undefined) {
          ref.delete(k);
          ref.set(k, v);
        }
        expect(m.touch(k)).toBe(v);
      } else {
        expect(m.delete(k)).toBe(ref.delete(k));
      }
      expect(m.size).toBe(ref.size);
    }
    expect([...m]).toEqual([...ref]);
    expect([...m.values()]).toEqual([...ref.values()]);
  });

  it('lets the entry being visited be deleted during iteration', () => {
    const m = new LruMap<string, number>();
    for (const k of ['a', 'b', 'c', 'd']) m.set(k, k.charCodeAt(0));
    const seen: string[] = [];
    for (const [k] of m) {
      seen.push(k);
      if (k !== 'c') m.delete(k);
    }
    expect(seen).toEqual(['a', 'b', 'c', 'd']);
    expect([...m]).toEqual([['c', 99]]);
    expect(m.first()).toEqual(['c', 99]);
  });
});
