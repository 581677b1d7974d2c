import { Samples } from './samples';
import { seeded } from '../test-support/seeded';

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

  it('released memory is used again by other Samples without mixing values: many Samples grown, read and released in a seeded random order', () => {
    const { rnd: rand } = seeded(7);
    const live: { s: Samples; model: number[] }[] = [];
    for (let step = 0; step < 20_000; step++) {
      const r = rand();
      if (r < 0.02 || live.length === 0) live.push({ s: new Samples(), model: [] });
      else if (r < 0.04) {
        // A window dropped: its Samples released (and never read again).
        const [gone] = live.splice(Math.floor(rand() * live.length), 1);
        gone!.s.release();
        expect(gone!.s.length).toBe(0);
      } else {
        const e = live[Math.floor(rand() * live.length)]!;
        const burst = 1 + Math.floor(rand() * 200);
        for (let i = 0; i < burst; i++) {
          const v = step + i / 1000;
          e.s.push(v);
          e.model.push(v);
        }
      }
    }
    expect(live.some((e) => e.model.length > 1024)).toBe(true);
    for (const e of live) expect(Array.from(e.s.view())).toEqual(e.model);
  });
});
