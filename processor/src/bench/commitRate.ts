/** A group's committed offset of one partition as seen by one poll. */
export interface CommitSample {
  atMs: number;
  offset: number;
}

export interface CommitRate {
  /** Records a second: the partitions' rates added up. */
  perSecond: number;
  /** Offsets the rate is taken over, all partitions together. */
  records: number;
  /** The longest span of commits any partition's rate is taken over, s. */
  seconds: number;
}

/**
 * The steady consumption rate of a consumer group from polls of its committed offsets. A
 * commit marks exactly how far a partition had been processed when its checkpoint was saved,
 * so the rate of a partition is taken between its first and its last commit seen after
 * `fromMs` (the group settled) that are not its end offset: a group that checkpoints on an
 * interval commits its end only after the next interval, and that wait is not throughput.
 * A commit counts from the poll that first shows it, and only when the poll before it was
 * itself taken after `fromMs`, so it was made after the group settled. Partitions are
 * consumed side by side, so their rates add up. Undefined when a partition with records
 * to consume after `fromMs` has fewer than two such commits (the run was too short to
 * tell).
 */
export function steadyCommitRate(samples: ReadonlyMap<number, readonly CommitSample[]>, endOffsets: ReadonlyMap<number, number>, fromMs: number): CommitRate | undefined {
  let perSecond = 0;
  let records = 0;
  let seconds = 0;
  for (const [partition, end] of endOffsets) {
    const polls = samples.get(partition) ?? [];
    const commits: CommitSample[] = [];
    for (let i = 1; i < polls.length; i++) {
      const poll = polls[i]!;
      const before = polls[i - 1]!;
      if (poll.offset !== before.offset && before.atMs >= fromMs && poll.offset < end) commits.push(poll);
    }
    const first = commits[0];
    const last = commits[commits.length - 1];
    if (!first || !last || last.atMs <= first.atMs) {
      // A partition already consumed when the group settled has nothing to tell.
      if (offsetAt(polls, fromMs) >= end) continue;
      return undefined;
    }
    perSecond += ((last.offset - first.offset) * 1000) / (last.atMs - first.atMs);
    records += last.offset - first.offset;
    seconds = Math.max(seconds, (last.atMs - first.atMs) / 1000);
  }
  return { perSecond, records, seconds };
}

/** The committed offset the last poll at or before `atMs` saw (0 before any). */
function offsetAt(polls: readonly CommitSample[], atMs: number): number {
  let offset = 0;
  for (const p of polls) if (p.atMs <= atMs) offset = p.offset;
  return offset;
}
