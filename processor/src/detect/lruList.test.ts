import { LruList, type LruLinks } from './lruList';
import { seeded } from '../test-support/seeded';

interface Node extends LruLinks<Node> {
  id: number;
}

describe('LruList', () => {
  const ids = (l: LruList<Node>) => [...l].map((n) => n.id);

  it('iterates oldest first and moves touched objects to the end', () => {
    const l = new LruList<Node>();
    const [a, b, c] = [1, 2, 3].map((id) => ({ id }));
    l.push(a!);
    l.push(b!);
    l.push(c!);
    expect(ids(l)).toEqual([1, 2, 3]);
    l.touch(a!);
    expect(ids(l)).toEqual([2, 3, 1]);
    l.touch(a!);
    expect(ids(l)).toEqual([2, 3, 1]);
    expect(l.oldest()).toBe(b);
    expect(l.size).toBe(3);
  });

  it('keeps the order a Map gets from delete + set, over a random sequence', () => {
    const l = new LruList<Node>();
    const ref = new Map<number, Node>();
    const nodes = new Map<number, Node>();
    const { rnd } = seeded(7);
    for (let i = 0; i < 5000; i++) {
      const k = Math.floor(rnd() * 50);
      const op = rnd();
      const present = nodes.get(k);
      if (op < 0.4 && !present) {
        const n = { id: k };
        nodes.set(k, n);
        l.push(n);
        ref.set(k, n);
      } else if (op < 0.7 && present) {
        l.touch(present);
        ref.delete(k);
        ref.set(k, present);
      } else if (present) {
        l.remove(present);
        nodes.delete(k);
        ref.delete(k);
      }
      expect(l.size).toBe(ref.size);
    }
    expect(ids(l)).toEqual([...ref.keys()]);
    expect(l.oldest()?.id).toBe([...ref.keys()][0]);
  });

  it('lets the object being visited be removed during iteration', () => {
    const l = new LruList<Node>();
    const nodes = [1, 2, 3, 4].map((id) => ({ id }));
    for (const n of nodes) l.push(n);
    const seen: number[] = [];
    for (const n of l) {
      seen.push(n.id);
      if (n.id !== 3) l.remove(n);
    }
    expect(seen).toEqual([1, 2, 3, 4]);
    expect(ids(l)).toEqual([3]);
    expect(l.oldest()?.id).toBe(3);
    expect(l.size).toBe(1);
  });
});
