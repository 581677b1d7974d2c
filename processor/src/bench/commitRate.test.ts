import { steadyCommitRate, type GroupCommit } from './commitRate';

/**
 * The commits of a partition consumed at `perMs` records a millisecond from `startMs`, saved
 * (committed) every `everyMs` from `firstSaveMs` on, the end committed only at the first save
 * after it got there (the interval's wait), and committed once more at the end (as a member
 * stopping does) until `untilMs`.
 */
function partition(opts: { perMs: number; startMs: number; end: number; everyMs: number; untilMs: number; firstSaveMs?: number }): GroupCommit[] {
  const { perMs, startMs, end, everyMs, untilMs } = opts;
  const doneAt = startMs + end / perMs;
  const commits: GroupCommit[] = [];
  for (let save = startMs + (opts.firstSaveMs ?? everyMs); save <= untilMs; save += everyMs) commits.push({ atMs: save, offset: save >= doneAt ? end : Math.floor((save - startMs) * perMs) });
  return commits;
}

describe('steadyCommitRate', () => {
  it('adds up the partitions\' rates between commits after the group settled, leaving out the wait for the end commit', () => {
    const rates = [80, 60, 100]; // records a ms
    const end = 400_000;
    const commits = new Map(rates.map((perMs, p) => [p, partition({ perMs, startMs: 500 + 37 * p, end, everyMs: 1000, untilMs: 12_000, firstSaveMs: 300 + 111 * p })]));
    const ends = new Map(rates.map((_, p) => [p, end]));
    const r = steadyCommitRate(commits, ends, 1000)!;
    const want = rates.reduce((a, b) => a + b, 0) * 1000;
    expect(Math.abs(r.perSecond - want) / want).toBeLessThan(0.01);
    // Counting up to the end commit would take the interval's wait in: a rate well below.
    expect(r.records).toBeLessThan(3 * end);
    expect(r.seconds).toBeGreaterThan(2);
    // The window: from the earliest first commit after 1 s to the latest commit before an end.
    expect(r.fromMs).toBe(Math.min(...[...commits.values()].map((cs) => cs.find((c) => c.atMs >= 1000)!.atMs)));
    expect(r.toMs).toBe(Math.max(...[...commits.values()].map((cs) => cs.filter((c) => c.offset < end).pop()!.atMs)));
  });

  it('leaves out what was consumed before the group settled, and commits that did not move the offset', () => {
    // Fast while alone (before 3 s), half as fast once the group settled at 3 s; each commit logged twice, the second 400 ms later (a retry).
    const commits: GroupCommit[] = [];
    for (let t = 1000; t <= 12_000; t += 1000) {
      const offset = Math.min(900_000, t <= 3000 ? t * 200 : 600_000 + (t - 3000) * 100);
      commits.push({ atMs: t, offset }, { atMs: t + 400, offset });
    }
    const r = steadyCommitRate(new Map([[0, commits]]), new Map([[0, 900_000]]), 3000)!;
    expect(Math.abs(r.perSecond - 100_000) / 100_000).toBeLessThan(0.001);
    // From the 3 s commit (made as the group settled: 600,000) to the 5 s one (800,000); the 6 s one is the end.
    expect(r.records).toBe(200_000);
  });

  it('is undefined when a partition has fewer than two commits after the group settled, and skips one already consumed', () => {
    const end = 100_000;
    const short = partition({ perMs: 100, startMs: 0, end, everyMs: 1000, untilMs: 3000 });
    expect(steadyCommitRate(new Map([[0, short]]), new Map([[0, end]]), 0)).toBeUndefined();
    const long = partition({ perMs: 50, startMs: 0, end: 400_000, everyMs: 1000, untilMs: 10_000 });
    const done: GroupCommit[] = [{ atMs: 50, offset: end }, { atMs: 5000, offset: end }];
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
    expect(Math.abs(r.perSecond - 50_000) / 50_000).toBeLessThan(0.001);
    // A partition with records left and no commit at all cannot tell.
    expect(steadyCommitRate(new Map([[0, long]]), new Map([[0, 400_000], [1, end]]), 100)).toBeUndefined();
  });
});
