import { WatermarkTracker } from './watermark';

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
});
