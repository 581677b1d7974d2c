import { EventClock } from './eventClock';

const M = 60_000;
const DAY = 24 * 60 * M;

function clockAfter(times: readonly number[], guard = 5 * M): EventClock {
  const c = new EventClock(guard);
  for (const t of times) c.observe(t);
  return c;
}

describe('EventClock', () => {
  it('without a guard is the max of the times seen', () => {
    const c = clockAfter([10, 5, 3 * DAY, 20], 0);
    expect(c.latest).toBe(3 * DAY);
  });

  it('leaves out a lone record far ahead of the rest, and keeps the times after it', () => {
    expect(clockAfter([0, M, 2 * M, 2 * DAY, 3 * M, 4 * M]).latest).toBe(4 * M);
    // Far ahead then far behind, each alone.
    expect(clockAfter([0, M, 2 * DAY, 3 * M, 4 * M, 5 * DAY, 5 * M]).latest).toBe(5 * M);
  });

  it('follows a stream that jumps for real one record later (to the earlier of the two), also with its records out of order', () => {
    const c = clockAfter([0, M, 2 * M]);
    c.observe(DAY);
    expect(c.latest).toBe(2 * M);
    c.observe(DAY - 30_000);
    expect(c.latest).toBe(DAY);
    c.observe(DAY + M);
    expect(c.latest).toBe(DAY + M);
    // Jumps in steps, each confirmed by the next record.
    expect(clockAfter([0, DAY, 2 * DAY, 2 * DAY + 1]).latest).toBe(2 * DAY + 1);
  });

  it('holds the first record until the next one confirms it, or stands in for it when it is far behind', () => {
    const c = new EventClock(5 * M);
    c.observe(2 * DAY);
    expect(c.latest).toBe(Number.NEGATIVE_INFINITY);
    c.observe(0);
    expect(c.latest).toBe(0);
    c.observe(M);
    expect(c.latest).toBe(M);
    expect(clockAfter([M, 2 * M]).latest).toBe(2 * M);
    expect(clockAfter([2 * M, M]).latest).toBe(2 * M);
  });

  it('on the wall clock, moves at once to a record of the present or the past however long the quiet before it, and holds one far ahead of the wall clock', () => {
    const now = 10 * DAY;
    const c = new EventClock(5 * M, true);
    c.observe(now - DAY, now);
    expect(c.latest).toBe(now - DAY);
    c.observe(now - M, now);
    expect(c.latest).toBe(now - M);
    // A client clock 50 minutes ahead: held, then dropped by the next record of the present.
    c.observe(now + 50 * M, now);
    expect(c.latest).toBe(now - M);
    c.observe(now, now + 1_000);
    expect(c.latest).toBe(now);
    expect(Number.isNaN(c.held)).toBe(true);
    // Within the guard of the wall clock: at once.
    c.observe(now + 4 * M, now);
    expect(c.latest).toBe(now + 4 * M);
  });

  it('moves like the max of the times as long as no record is further ahead than the guard', () => {
    let seed = 7;
    const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const c = new EventClock(5 * M);
    let max = 0;
    for (let i = 0; i < 10_000; i++) {
      // Up to 4 minutes past the latest time, or out of order by up to 10 minutes before it.
      const time = i > 10 && rnd() < 0.3 ? max - Math.floor(rnd() * 10 * M) : max + Math.floor(rnd() * 4 * M);
      c.observe(time);
      max = Math.max(max, time);
      if (i > 0) expect(c.latest).toBe(max);
    }
  });
});
