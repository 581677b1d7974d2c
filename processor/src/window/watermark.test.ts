import { WatermarkTracker } from './watermark';
import { seeded } from '../test-support/seeded';

describe('WatermarkTracker', () => {
  it('is max event time minus out-of-orderness, the minimum across partitions', () => {
    const w = new WatermarkTracker(1_000);
    expect(w.current()).toBe(Number.NEGATIVE_INFINITY);
    w.observe('a', 10_000);
    w.observe('a', 8_000);
    expect(w.current()).toBe(9_000);
    w.observe('b', 5_000);
    expect(w.current()).toBe(4_000);
  });

  it('a registered but empty partition holds the watermark until it is idle', () => {
    const w = new WatermarkTracker(0, 100);
    w.register('empty', 0);
    w.observe('a', 10_000, 0);
    expect(w.current(50)).toBe(Number.NEGATIVE_INFINITY);
    expect(w.current(150)).toBe(10_000);
  });

  it('survives a snapshot and restore', () => {
    const w = new WatermarkTracker(0);
    w.observe('a', 5);
    w.observe('b', 7);
    const copy = new WatermarkTracker(0);
    copy.restore(w.snapshot());
    expect(copy.current()).toBe(5);
  });

  it('with a jump guard, a lone record far ahead does not move the watermark; one held at a snapshot is held after a restore', () => {
    const w = new WatermarkTracker(1_000, 0, 60_000);
    for (const t of [10_000, 20_000, 5 * 86_400_000]) w.observe('a', t);
    expect(w.current()).toBe(19_000);
    const copy = new WatermarkTracker(1_000, 0, 60_000);
    copy.restore(w.snapshot(), w.heldSnapshot());
    // The next record confirms the jump in both (it is near the held one)...
    for (const x of [w, copy]) x.observe('a', 5 * 86_400_000 + 1);
    expect(copy.current()).toBe(w.current());
    expect(w.current()).toBe(5 * 86_400_000 - 999);
    // ... where one far behind it, back with the rest, would have dropped it.
    const other = new WatermarkTracker(1_000, 0, 60_000);
    other.restore({ a: 20_000 }, { a: 5 * 86_400_000 });
    other.observe('a', 21_000);
    expect(other.current()).toBe(20_000);
  });

  it('answers as a plain map of max times would, over seeded observes, registrations, removals and restores, with and without idleness', () => {
    for (const idle of [0, 50]) {
      const { rnd } = seeded(3 + idle);
      const w = new WatermarkTracker(10, idle);
      let model = new Map<string, number>();
      const seen = new Map<string, number>();
      const modelCurrent = (now: number) => {
        let min = Number.POSITIVE_INFINITY;
        let active = 0;
        for (const [p, max] of model) {
          if (idle > 0 && now - (seen.get(p) ?? now) > idle) continue;
          active++;
          if (max < min) min = max;
        }
        if (idle > 0 && active === 0) min = Math.max(Number.NEGATIVE_INFINITY, ...model.values());
        return min === Number.POSITIVE_INFINITY || min === Number.NEGATIVE_INFINITY ? Number.NEGATIVE_INFINITY : min - 10;
      };
      let now = 0;
      for (let i = 0; i < 5000; i++) {
        now += Math.floor(rnd() * 20);
        const p = `p${Math.floor(rnd() * 3)}`;
        const op = rnd();
        if (op < 0.8) {
          const t = 1_000_000 + Math.floor(rnd() * 100_000);
          w.observe(p, t, now);
          model.set(p, Math.max(model.get(p) ?? Number.NEGATIVE_INFINITY, t));
          seen.set(p, now);
        } else if (op < 0.87) {
          w.register(p, now);
          if (!model.has(p)) model.set(p, Number.NEGATIVE_INFINITY);
          if (!seen.has(p)) seen.set(p, now);
        } else if (op < 0.94) {
          w.remove(p);
          model.delete(p);
          seen.delete(p);
        } else {
          // Through JSON as a checkpoint goes (-Infinity becomes null; TumblingWindows turns it back).
          const json = JSON.parse(JSON.stringify(w.snapshot())) as Record<string, number | null>;
          expect(json).toEqual(JSON.parse(JSON.stringify(Object.fromEntries(model))));
          const snap = Object.fromEntries(Object.entries(json).map(([k, v]) => [k, v ?? Number.NEGATIVE_INFINITY]));
          w.restore(snap);
          model = new Map(Object.entries(snap));
        }
        expect([i, w.current(now)]).toEqual([i, modelCurrent(now)]);
      }
    }
  });
});
