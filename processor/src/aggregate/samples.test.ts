import { Samples } from './samples';

describe('Samples', () => {
  it('keeps every value in order through growth, and merges and copies them', () => {
    const s = new Samples();
    expect(s.length).toBe(0);
    expect(s.toArray()).toEqual([]);
    const values = Array.from({ length: 1000 }, (_, i) => (i * 7919) % 1009 + 0.25);
    for (const v of values) s.push(v);
    expect(s.length).toBe(1000);
    expect(Array.from(s.view())).toEqual(values);
    const t = Samples.of([1, 2, 3]);
    t.pushAll(s);
    expect(t.toArray()).toEqual([1, 2, 3, ...values]);
    t.pushAll([]);
    expect(t.length).toBe(1003);
    expect(s.toArray()).toEqual(values);
  });

  it('gives a view of the values only, not of the room left for more', () => {
    const s = Samples.of([5, 6, 7]);
    expect(s.view().length).toBe(3);
    expect(JSON.stringify(s.toArray())).toBe('[5,6,7]');
  });
});
