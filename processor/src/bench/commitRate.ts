/** A commit of one partition's offset by a member of the group, at the time it logged it. */
export interface GroupCommit {
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
  /** The window all the partitions' rates fall in: the earliest first commit, the latest last one (ms). */
  fromMs: number;
  toMs: number;
}

/**
 * The steady consumption rate of a consumer group from its commits, each at the time its
 * member logged it. A commit marks exactly how far a partition had been processed when its
 * checkpoint was saved, so the rate of a partition is taken between its first and its last
 * commit made at or after `fromMs` (the group settled) that moved its offset and are not its
 * end offset: a group that checkpoints on an interval commits its end only after the next
 * interval, and that wait is not throughput. Partitions are consumed side by side, so their
 * rates add up. Undefined when a partition with records to consume after `fromMs` has fewer
 * than two such commits (the run was too short to tell).
 */
export function steadyCommitRate(commitsByPartition: ReadonlyMap<number, readonly GroupCommit[]>, endOffsets: ReadonlyMap<number, number>, fromMs: number): CommitRate | undefined {
  let perSecond = 0;
  let records = 0;
  let seconds = 0;
  let windowFrom = Infinity;
  let windowTo = -Infinity;
  for (const [partition, end] of endOffsets) {
    const all = [...(commitsByPartition.get(partition) ?? [])].sort((a, b) => a.atMs - b.atMs);
    const commits: GroupCommit[] = [];
    let offset = 0;
    for (const c of all) {
      const moved = c.offset > offset;
      offset = Math.max(offset, c.offset);
      if (moved && c.atMs >= fromMs && c.offset < end) commits.push(c);
    }
    const first = commits[0];
    const last = commits[commits.length - 1];
    if (!first || !last || last.atMs <= first.atMs) {
      // A partition already consumed when the group settled has nothing to tell.
      if (offsetAt(all, fromMs) >= end) continue;
      return undefined;
    }
    perSecond += ((last.offset - first.offset) * 1000) / (last.atMs - first.atMs);
    records += last.offset - first.offset;
    seconds = Math.max(seconds, (last.atMs - first.atMs) / 1000);
    windowFrom = Math.min(windowFrom, first.atMs);
    windowTo = Math.max(windowTo, last.atMs);
  }
  return { perSecond, records, seconds, fromMs: windowFrom, toMs: windowTo };
}

/** The highest offset committed at or before `atMs` (0 before any). */
function offsetAt(commits: readonly GroupCommit[], atMs: number): number {
  let offset = 0;
  for (const c of commits) if (c.atMs <= atMs) offset = Math.max(offset, c.offset);
  return offset;
}
