import { pacer } from './pace';

describe('pacer', () => {
  beforeEach(() => jest.useFakeTimers({ now: Date.parse('2026-12-07T10:00:00Z') }));
  afterEach(() => jest.useRealTimers());

  /** Whether the pace's wait for this event is over once the wall clock has moved `ms`. */
  async function settledAfter(wait: Promise<void>, ms: number): Promise<boolean> {
    let done = false;
    void wait.then(() => (done = true));
    await jest.advanceTimersByTimeAsync(ms);
    return done;
  }

  it('holds each batch until the wall clock is at its last event divided by the speed, counted from the first event', async () => {
    const pace = pacer(60);
    const t0 = Date.parse('2026-11-20T10:00:00Z');
    expect(await settledAfter(pace(t0), 0)).toBe(true);
    // A minute of events later: a second of wall time at 60x.
    const minuteOn = pace(t0 + 60_000);
    expect(await settledAfter(minuteOn, 999)).toBe(false);
    expect(await settledAfter(minuteOn, 1)).toBe(true);
    // Batches without records (no event time) do not wait.
    expect(await settledAfter(pace(undefined), 0)).toBe(true);
  });

  it('waits at most a minute at a time (a jump in event time), and not at all at speed 0', async () => {
    const pace = pacer(1);
    const t0 = Date.parse('2026-11-20T10:00:00Z');
    await pace(t0);
    const dayOn = pace(t0 + 86_400_000);
    expect(await settledAfter(dayOn, 59_999)).toBe(false);
    expect(await settledAfter(dayOn, 1)).toBe(true);
    expect(await settledAfter(pacer(0)(t0 + 86_400_000), 0)).toBe(true);
  });
});
