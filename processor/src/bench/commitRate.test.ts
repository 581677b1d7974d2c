import { steadyCommitRate, type CommitSample } from './commitRate';

/**
 * A partition consumed at `perMs` records a millisecond from `startMs`, saving (committing)
 * every `everyMs`, and committing its end only at the first save after it got there (the
 * interval's wait), polled every `pollMs` from 0 to `untilMs`.
 */
function partition(opts: { perMs: number; startMs: number; end: number; everyMs: number; pollMs: number; untilMs: number; firstSaveMs?: number }): CommitSample[] {
  const { perMs, startMs, end, everyMs, pollMs, untilMs } = opts;
  const doneAt = startMs + end / perMs;
  const committedAt = (t: number): number => {
    let committed = 0;
    for (let save = startMs + (opts.firstSaveMs ?? everyMs); save <= t; save += everyMs) committed = save >= doneAt ? end : Math.floor((save - startMs) * perMs);
    return committed;
  };
  const polls: CommitSample[] = [];
  for (let t = 0; t <= untilMs; t += pollMs) polls.push({ atMs: t, offset: committedAt(t) });
  return polls;
}

describe('steadyCommitRate', () => {
  it('adds up the partitions\' rates between commits after the group settled, leaving out the wait for the end commit', () => {
    const rates = [80, 60, 100]; // records a ms
    const end = 400_000;
    const samples = new Map(rates.map((perMs, p) => [p, partition({ perMs, startMs: 500 + 37 * p, end, everyMs: 1000, pollMs: 25, untilMs: 12_000, firstSaveMs: 300 + 111 * p })]));
    const ends = new Map(rates.map((_, p) => [p, end]));
    const r = steadyCommitRate(samples, ends, 1000)!;
    const want = rates.reduce((a, b) => a + b, 0) * 1000;
    expect(Math.abs(r.perSecond - want) / want).toBeLessThan(0.03);
    // Counting up to the end commit would take the interval's wait in: a rate well below.
    expect(r.records).toBeLessThan(3 * end);
    expect(r.seconds).toBeGreaterThan(2);
  });

  it('leaves out what was consumed before the group settled', () => {
    // Fast while alone (before 3 s), half as fast once the group settled at 3 s.
    const polls: CommitSample[] = [];
    let committed = 0;
    for (let t = 0; t <= 12_000; t += 25) {
      if (t % 1000 === 0 && t > 0) committed = Math.min(900_000, t <= 3000 ? t * 200 : 600_000 + (t - 3000) * 100);
      polls.push({ atMs: t, offset: committed });
    }
    const r = steadyCommitRate(new Map([[0, polls]]), new Map([[0, 900_000]]), 3000)!;
    expect(Math.abs(r.perSecond - 100_000) / 100_000).toBeLessThan(0.03);
  });

  it('is undefined when a partition shows fewer than two commits after the group settled, and skips one already consumed', () => {
    const end = 100_000;
    const short = partition({ perMs: 100, startMs: 0, end, everyMs: 1000, pollMs: 25, untilMs: 3000 });
    expect(steadyCommitRate(new Map([[0, short]]), new Map([[0, end]]), 0)).toBeUndefined();
    const long = partition({ perMs: 50, startMs: 0, end: 400_000, everyMs: 1000, pollMs: 25, untilMs: 10_000 });
    const done: CommitSample[] = [0, 25, 50, 5000, 6000].map((atMs) => ({ atMs, offset: atMs >= 50 ? end : 0 }));
    const r = steadyCommitRate(
      new Map([
        [0, long],
        [1, done],
      ]),
      new Map([
        [0, 400_000],
        [1, end],
      ]),
      100,
    )!;
    expect(Math.abs(r.perSecond - 50_000) / 50_000).toBeLessThan(0.03);
  });
});
