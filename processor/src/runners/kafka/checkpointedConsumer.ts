import type { Admin, Consumer, EachBatchPayload, Kafka, KafkaMessage, Producer } from 'kafkajs';
import type { Snapshottable } from '../../jobs/job';
import type { Logger } from '../../log/logger';
import type { DeadLetter } from '../../decode/viewRecord';
import type { DeadLetterSink } from '../../sinks/deadLetterSink';
import type { QoePoint } from '../../schema/point';
import type { PointSink } from '../../sinks/pointSink';
import type { RedisCheckpointStore } from '../../state/checkpointStore';
import { FAILPOINTS, failpoint } from '../../config/failpoints';
import { instrument } from '../../log/instrumentation';
import { newestWindowEndMs } from '../../schema/point';
import { DEFAULT_LEAVE_TIMEOUT_MS, leaveWithin } from '../../sources/kafka/consumerLeave';

/** The instrumentation events of a checkpointed consumer (log/instrumentation.ts). */
export const CONSUMER_EVENTS = {
  /** A partition's batch processed, its output written and acknowledged (ConsumerBatchEvent). */
  batch: 'consumer.batch',
  /** The group gave this member its partitions (ConsumerAssignedEvent). */
  assigned: 'consumer.assigned',
} as const;

export interface ConsumerBatchEvent {
  /** The job the consumer runs (view_qoe, cdn, usage). */
  job: string;
  group: string;
  topic: string;
  partition: number;
  /** Records the job took from the batch. */
  records: number;
  /** Points the batch emitted. */
  points: number;
  /** Records too late for their window. */
  late: number;
  /** Messages of the partition after this batch (high watermark - next offset). */
  lag: number;
  /** End of the newest window among the points, epoch ms. */
  newestWindowEndMs: number | undefined;
  /** When the output was acknowledged, epoch ms. */
  atMs: number;
}

export interface ConsumerAssignedEvent {
  job: string;
  group: string;
  topic: string;
  partitions: number[];
}


/** What a keyed job consuming one topic partition does; state lives with the partition. */
export interface PartitionJobSpec<J extends Snapshottable<S>, S> {
  /** The job's name in self-metrics (view_qoe, cdn, usage). */
  job: string;
  create(): J;
  /** Processes messages the restored state does not yet reflect, in offset order. */
  handle(job: J, messages: KafkaMessage[], source: string): Promise<PartitionBatchOutput>;
  /** Points still waiting for event time to move (late updates), taken when the partition is quiet. */
  pending?(job: J): QoePoint[];
}

/** A partition without batches this long (ms) has its pending late updates written. */
export const QUIET_FLUSH_MS = 15_000;

/** The debug line a member logs when it committed a partition's offset (where its checkpoint stands). */
export const COMMITTED_LOG = 'offset committed';

export interface PartitionBatchOutput {
  /** Records the job took (decoded and processed), for stats. */
  records: number;
  /** Records among them too late for their window (dead-lettered). */
  late?: number;
  points: QoePoint[];
  dead: DeadLetter[];
  /** Messages to publish (e.g. incidents, enriched records) before the checkpoint. */
  publish: { topic: string; messages: { key: string; value: Buffer }[] }[];
}

/** How long after a crash kafkajs does not retry the member joins its group again, ms. */
const REJOIN_MS = 2_000;

/** Consumer-group timing, ms: how fast a dead member's partitions move to the others. */
export interface GroupTimeouts {
  sessionTimeout: number;
  rebalanceTimeout: number;
  heartbeatInterval: number;
}

export const DEFAULT_GROUP_TIMEOUTS: GroupTimeouts = { sessionTimeout: 30_000, rebalanceTimeout: 60_000, heartbeatInterval: 3_000 };

/**
 * How long a fetch may wait on the broker for data, ms. kafkajs heartbeats between fetches,
 * so an idle member's heartbeats are one fetch wait apart: the wait is kept to the heartbeat
 * interval. With kafkajs's default (5 s) and the fault suite's 6 s session, one second of
 * delay on a busy machine was enough for the group to expire a member that was alive, and
 * every expiry is a rebalance.
 */
export function fetchWaitOf(t: GroupTimeouts): number {
  return Math.min(5_000, t.heartbeatInterval);
}

interface PartitionState<J> {
  job: J;
  /** Wall-clock time of the last batch taken. */
  lastBatchMs: number;
  /** Next offset expected; messages below it were already reflected (after a restore). */
  nextOffset: bigint;
  /** The offset the saved checkpoint (and the group's committed offset) stands at; undefined before the first. */
  savedOffset: bigint | undefined;
  /**
   * The group's committed offset may stand behind savedOffset: the process that saved the
   * checkpoint died before its commit, or the commit failed (a rebalance), or the state was
   * restored from a checkpoint and the commit is not known. Committed again at the next
   * batch or quiet flush; otherwise a partition that takes no new message would show that
   * lag for ever (seen in the fault suite: a member killed between checkpoint and commit at
   * the end of the input, its partitions' lag never drained).
   */
  commitPending: boolean;
  /** Wall-clock time of the last checkpoint saved (or of the restore). */
  savedAtMs: number;
  /** Where the first batch must start (the checkpoint restored, or where a rewind went); cleared by that batch. */
  expectFrom: bigint | undefined;
  /** Where the state starts when it has taken nothing yet (expectFrom as it was made). */
  startsAt: bigint | undefined;
  /**
   * The group was joined again while this member kept the partition: kafkajs fetches it
   * from the committed offset after every join, which is behind this state when it took
   * batches since its last checkpoint (harmless: they are skipped) and ahead of it while it
   * is being rebuilt (the rebuild would skip the rest of what it must take again). The next
   * batch checks its start against the state's own position instead.
   */
  rejoined: boolean;
  /** The first offset this state took; where a rewind goes when no checkpoint was saved yet. */
  firstOffset: bigint | undefined;
  /** Where the fetch position was last sent back to because it ran ahead of expectFrom. */
  soughtBackTo: bigint | undefined;
  /**
   * Rebuilding a state whose checkpoint was missing: messages below this offset (the group's
   * committed offset) were processed and written before; they are taken again to rebuild
   * the state, and their output is discarded. Undefined when not rebuilding.
   */
  rebuildUntil: bigint | undefined;
}

/** A consumer's totals since it started. */
export interface ConsumerStats {
  messages: number;
  records: number;
  /** Offsets the topic's retention removed before this consumer came to them. */
  lost: number;
  /** Partitions whose checkpoint was missing behind a committed offset, their state rebuilt from the topic. */
  rebuilds: number;
  partitions: number[];
}

/** What every consumer group of the pipeline is given: its group, its topic, its timing. */
export interface ConsumerGroupOptions {
  groupId: string;
  topic: string;
  /** Consumer-group timing (defaults: 30 s session, 60 s rebalance). */
  groupTimeouts?: GroupTimeouts;
  /**
   * How often a partition's state is saved. 0 (default): after every batch. More: at most
   * this often (ms), and on stop; a batch that published messages is saved at once all the
   * same. The group's offset is committed only with a checkpoint, so a crash resumes from
   * the checkpoint and redoes the batches after it: right for outputs that are idempotent
   * (points that overwrite, usage de-duplicated by record id). Publications are not redone
   * beyond what a per-batch save would redo, since no unsaved batch published any.
   */
  checkpointEveryMs?: number;
  /**
   * The topics this member publishes to absorb a batch published twice (their readers
   * de-duplicate by record id, as usage does): a batch that published is then saved on the
   * checkpointEveryMs schedule like any other, and a crash publishes again what the batches
   * after the last save published. Default false: a batch that published is saved at once.
   */
  republishable?: boolean;
  /** At most this many bytes of a partition in one fetch (kafkajs default 1 MiB); smaller batches, more of them. */
  maxBytesPerPartition?: number;
  /** How long stop() waits for the member to leave its group, ms (default DEFAULT_LEAVE_TIMEOUT_MS; see leaveWithin). */
  leaveTimeoutMs?: number;
}

/**
 * A consumer-group member whose keyed state per partition is checkpointed in Redis with
 * the next offset. After each fetched batch: points written and flushed (durable),
 * publications acknowledged, then (every batch, or at most every checkpointEveryMs)
 * state + offset saved and the offset committed. A restart or rebalance restores the state
 * and skips what it already reflects: exactly once. A batch whose output fails drops the
 * partition's in-memory state and seeks back to the checkpoint, so the retry starts from
 * there instead of counting a batch twice.
 */
export class CheckpointedConsumer<J extends Snapshottable<S>, S> {
  private readonly consumer: Consumer;
  private readonly producer: Producer;
  private readonly partitions = new Map<number, PartitionState<J>>();
  private membership: { joined: boolean; assigned: number[] } = { joined: false, assigned: [] };
  /** Partitions rewound before their first checkpoint: the offset their redo starts at. */
  private readonly rewoundTo = new Map<number, bigint>();
  private messages = 0;
  private records = 0;
  /** Offsets the topic no longer held when this consumer came to them (retention). */
  private lost = 0;
  private rebuilds = 0;
  private admin: Admin | undefined;
  private stopping = false;
  /** Batches and quiet flushes take turns on the partitions' jobs; the tail of that chain. */
  private exclusive: Promise<unknown> = Promise.resolve();
  private quietTimer: NodeJS.Timeout | undefined;
  private rejoinTimer: NodeJS.Timeout | undefined;
  private readonly groupId: string;
  private readonly topic: string;
  private readonly checkpointEveryMs: number;
  private readonly saveWhenPublished: boolean;
  private readonly heartbeatMs: number;
  private readonly leaveTimeoutMs: number;

  constructor(
    private readonly kafka: Kafka,
    group: ConsumerGroupOptions,
    private readonly spec: PartitionJobSpec<J, S>,
    private readonly sink: PointSink,
    private readonly dead: DeadLetterSink,
    private readonly store: RedisCheckpointStore<S>,
    private readonly logger: Logger,
  ) {
    const { groupId, topic } = group;
    this.groupId = groupId;
    this.topic = topic;
    this.checkpointEveryMs = group.checkpointEveryMs ?? 0;
    this.saveWhenPublished = !group.republishable;
    this.producer = kafka.producer();
    const timeouts = group.groupTimeouts ?? DEFAULT_GROUP_TIMEOUTS;
    this.heartbeatMs = timeouts.heartbeatInterval;
    this.leaveTimeoutMs = group.leaveTimeoutMs ?? DEFAULT_LEAVE_TIMEOUT_MS;
    this.consumer = kafka.consumer({ groupId, ...timeouts, maxWaitTimeInMs: fetchWaitOf(timeouts), ...(group.maxBytesPerPartition ? { maxBytesPerPartition: group.maxBytesPerPartition } : {}) });
    this.consumer.on(this.consumer.events.GROUP_JOIN, (e) => {
      const assigned = new Set(e.payload.memberAssignment[topic] ?? []);
      // Partitions no longer ours: the new owner restores the last checkpoint (the group's
      // committed offset is that checkpoint's) and redoes what came after it.
      for (const p of [...this.partitions.keys(), ...this.rewoundTo.keys()]) {
        if (assigned.has(p)) continue;
        this.partitions.delete(p);
        this.rewoundTo.delete(p);
      }
      for (const st of this.partitions.values()) st.rejoined = true;
      this.membership = { joined: true, assigned: [...assigned].sort((a, b) => a - b) };
      this.logger.info({ group: groupId, topic, partitions: [...assigned] }, 'assigned partitions');
      instrument<ConsumerAssignedEvent>(CONSUMER_EVENTS.assigned, () => ({ job: spec.job, group: groupId, topic, partitions: this.membership.assigned }));
      failpoint(FAILPOINTS.rebalance, spec.job);
    });
    this.consumer.on(this.consumer.events.CRASH, (e) => this.crashed(e.payload.error, e.payload.restart));
  }

  async start(): Promise<void> {
    await this.producer.connect();
    await this.join();
    this.quietTimer = setInterval(() => {
      this.flushQuietPartitions().catch((err: Error) => this.logger.error({ topic: this.topic, err: err.message }, 'writing pending late updates failed; they go out with the next batch'));
    }, Math.min(QUIET_FLUSH_MS / 3, this.checkpointEveryMs > 0 ? Math.max(100, this.checkpointEveryMs / 2) : Infinity));
    this.quietTimer.unref();
  }

  /**
   * Stops taking batches, waits for the batch or quiet flush in hand, saves what the last
   * checkpoints do not hold yet (with a checkpoint interval), then leaves the group.
   */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.quietTimer) clearInterval(this.quietTimer);
    if (this.rejoinTimer) clearTimeout(this.rejoinTimer);
    try {
      this.consumer.pause([{ topic: this.topic }]);
    } catch {
      // not running (stopped by a crash, about to join again): nothing to pause
    }
    await this.exclusive;
    for (const [partition, st] of this.partitions) {
      if (st.rebuildUntil !== undefined) continue;
      try {
        if (unsaved(st)) await this.save(partition, st);
        else if (st.commitPending) await this.commit(partition, st);
      } catch (err) {
        // Either way the next owner starts from a consistent place: a commit refused (the group
        // rebalancing as this member leaves) is made by the owner that restores the checkpoint;
        // a checkpoint not saved leaves the last one, whose batches the next owner redoes.
        const saved = st.savedOffset === st.nextOffset;
        this.logger.warn({ topic: this.topic, partition, err: (err as Error).message }, saved ? 'committing the checkpoint\'s offset on stop failed; the next owner commits it' : 'saving the checkpoint on stop failed; the next owner redoes the batches since the last one');
      }
    }
    // The checkpoints are saved: a member that does not leave is dropped by the group after its session timeout.
    const left = await leaveWithin(() => this.consumer.disconnect(), this.leaveTimeoutMs);
    if (left.outcome === 'failed') this.logger.warn({ group: this.groupId, topic: this.topic, err: left.err.message }, 'leaving the consumer group failed; the group moves the partitions after the session timeout');
    if (left.outcome === 'timed out') this.logger.warn({ group: this.groupId, topic: this.topic, leaveTimeoutMs: this.leaveTimeoutMs }, 'leaving the consumer group did not finish in time (a rebalance in progress); stopping anyway, the group moves the partitions after the session timeout');
    await this.producer.disconnect();
    await this.admin?.disconnect().catch(() => undefined);
  }

  private async join(): Promise<void> {
    await this.consumer.connect();
    await this.consumer.subscribe({ topic: this.topic, fromBeginning: true });
    await this.consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      eachBatch: async (p) => {
        if (!this.stopping) await this.inTurn(() => this.handleBatch(p));
      },
    });
  }

  /**
   * kafkajs restarts a consumer after errors it deems retriable; after any other (a broker's
   * answer it cannot place, say) it leaves the consumer stopped, and this member would stay
   * up consuming nothing. Join again instead: the partition states are dropped (whoever gets
   * the partitions restores their checkpoints) and the group assigns afresh.
   */
  private crashed(error: Error, restarting: boolean): void {
    if (restarting || this.stopping) return;
    this.partitions.clear();
    this.rewoundTo.clear();
    this.membership = { joined: false, assigned: [] };
    this.logger.error({ group: this.groupId, topic: this.topic, err: error.message, retryInMs: REJOIN_MS }, 'consumer stopped on an error kafkajs does not retry; joining the group again');
    this.rejoinTimer = setTimeout(() => {
      if (this.stopping) return;
      this.join().catch((err: Error) => this.crashed(err, false));
    }, REJOIN_MS);
  }

  private inTurn<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.exclusive.then(fn, fn);
    this.exclusive = run.catch(() => undefined);
    return run;
  }

  /**
   * Writes the pending late updates of quiet partitions, then checkpoints them; saves the
   * state of partitions whose checkpoint is older than the interval.
   */
  private async flushQuietPartitions(): Promise<void> {
    if (this.stopping) return;
    await this.inTurn(async () => {
      for (const [partition, st] of this.partitions) {
        if (st.rebuildUntil !== undefined) continue;
        const points = this.spec.pending && Date.now() - st.lastBatchMs >= QUIET_FLUSH_MS ? this.spec.pending(st.job) : [];
        if (points.length > 0) {
          try {
            await this.sink.write(points);
            await this.sink.flush();
          } catch (err) {
            this.rewind(partition, st); // the checkpoint still marks them pending
            throw err;
          }
          await this.save(partition, st);
        } else if (unsaved(st) && this.saveDue(st)) await this.save(partition, st);
        else if (st.commitPending) await this.commit(partition, st);
      }
    });
  }

  jobs(): J[] {
    return [...this.partitions.values()].map((p) => p.job);
  }

  /** Whether this member has joined its consumer group, and the partitions the group gave it (for /readyz). */
  groupMembership(): { groupId: string; joined: boolean; assigned: number[] } {
    return { groupId: this.groupId, ...this.membership };
  }

  stats(): ConsumerStats {
    return { messages: this.messages, records: this.records, lost: this.lost, rebuilds: this.rebuilds, partitions: [...this.partitions.keys()] };
  }

  private async state(partition: number): Promise<PartitionState<J>> {
    let st = this.partitions.get(partition);
    if (st) return st;
    const job = this.spec.create();
    const cp = await this.store.load(this.groupId, this.topic, partition);
    if (cp) job.restore(cp.state);
    const offset = cp ? BigInt(cp.offset) : undefined;
    const rebuild = cp ? undefined : await this.missingCheckpoint(partition);
    const expectFrom = offset ?? rebuild?.from ?? this.rewoundTo.get(partition);
    this.rewoundTo.delete(partition);
    st = { job, nextOffset: offset ?? 0n, lastBatchMs: Date.now(), savedOffset: offset, commitPending: offset !== undefined, savedAtMs: Date.now(), expectFrom, startsAt: expectFrom, rejoined: false, firstOffset: undefined, soughtBackTo: undefined, rebuildUntil: rebuild?.until };
    this.partitions.set(partition, st);
    this.logger.info({ topic: this.topic, partition, restoredOffset: cp?.offset ?? null }, 'partition state ready');
    return st;
  }

  /**
   * A partition without a checkpoint whose group has committed an offset lost its state (a
   * Redis that lost data, a checkpoint deleted): going on from the committed offset with an
   * empty state would overwrite the open minutes and hours with partial totals. The state is
   * rebuilt instead from what the topic still holds before that offset, the way a changelog
   * is restored: those messages are processed again and their output (points, dead letters,
   * publications) discarded, since it was written when they were first taken.
   */
  private async missingCheckpoint(partition: number): Promise<{ from: bigint; until: bigint } | undefined> {
    if (!this.admin) {
      const admin = this.kafka.admin();
      await admin.connect();
      this.admin = admin;
    }
    const [committed] = await this.admin.fetchOffsets({ groupId: this.groupId, topics: [this.topic] });
    const at = committed?.partitions.find((p) => p.partition === partition)?.offset;
    if (at === undefined || Number(at) < 0) return undefined; // a partition the group never committed
    const until = BigInt(at);
    const held = (await this.admin.fetchTopicOffsets(this.topic)).find((p) => p.partition === partition);
    const from = held ? BigInt(held.low) : 0n;
    this.rebuilds++;
    if (from >= until) {
      this.logger.error({ topic: this.topic, partition, committed: at }, 'checkpoint missing behind the committed offset and the topic holds nothing before it: the open windows go on from an empty state');
      return undefined;
    }
    this.logger.warn(
      { topic: this.topic, partition, committed: at, rebuildFrom: from.toString(), messages: Number(until - from) },
      'checkpoint missing behind the committed offset: rebuilding the state from the topic without output',
    );
    return { from, until };
  }

  private saveDue(st: PartitionState<J>): boolean {
    // A checkpoint taken halfway through a rebuild would move the committed offset back
    // before output that is already written (and publications would go out twice).
    if (st.rebuildUntil !== undefined) return false;
    return this.checkpointEveryMs <= 0 || Date.now() - st.savedAtMs >= this.checkpointEveryMs;
  }

  /** Checkpoints the partition's state with its next offset, then commits that offset. */
  private async save(partition: number, st: PartitionState<J>): Promise<void> {
    await this.store.save(this.groupId, this.topic, partition, { offset: st.nextOffset.toString(), state: st.job.snapshot(), savedAtMs: Date.now() });
    st.savedOffset = st.nextOffset;
    st.savedAtMs = Date.now();
    st.commitPending = true;
    failpoint(FAILPOINTS.checkpointed, this.spec.job);
    await this.commit(partition, st);
  }

  /** Commits the group's offset of the partition to where its checkpoint stands. */
  private async commit(partition: number, st: PartitionState<J>): Promise<void> {
    const offset = st.savedOffset;
    if (offset === undefined) return;
    await this.consumer.commitOffsets([{ topic: this.topic, partition, offset: offset.toString() }]);
    if (st.savedOffset === offset) st.commitPending = false;
    // A line a partition a checkpoint interval: the bench reads the group's progress from it.
    this.logger.debug({ group: this.groupId, topic: this.topic, partition, offset: offset.toString() }, COMMITTED_LOG);
  }

  /**
   * Forgets the partition's in-memory state after output that did not get out, and moves
   * the fetch position back to the last checkpoint: the redone batches start from there.
   */
  private rewind(partition: number, st: PartitionState<J>): void {
    this.partitions.delete(partition);
    const to = st.savedOffset ?? st.firstOffset;
    if (to === undefined) return;
    if (st.savedOffset === undefined) this.rewoundTo.set(partition, to);
    this.consumer.seek({ topic: this.topic, partition, offset: to.toString() });
  }

  private async handleBatch({ batch, resolveOffset, heartbeat, isRunning, isStale }: EachBatchPayload): Promise<void> {
    const partition = batch.partition;
    // Fetched before a seek of ours: the batches from the new position follow.
    if (isStale()) return;
    const st = await this.state(partition);
    if (st.rejoined) {
      // Fetched from the committed offset: the state goes on from its own position.
      st.rejoined = false;
      st.expectFrom = st.firstOffset === undefined ? st.startsAt : st.nextOffset;
      st.soughtBackTo = undefined;
    }
    const first = batch.messages[0] ? BigInt(batch.messages[0].offset) : undefined;
    const expected = st.expectFrom;
    st.expectFrom = undefined;
    if (expected !== undefined && first !== undefined && first > expected) {
      if (st.soughtBackTo !== expected) {
        // The fetch position ran ahead of where this state starts (a batch redone after
        // failed output, a fetch already in flight): go back, once.
        this.logger.warn({ topic: this.topic, partition, fetched: first.toString(), expected: expected.toString() }, 'fetch ahead of the saved state; seeking back');
        st.soughtBackTo = expected;
        st.expectFrom = expected;
        this.consumer.seek({ topic: this.topic, partition, offset: expected.toString() });
        return;
      }
      // Still ahead after going back: the topic's retention removed these offsets before
      // they were processed. Their records are lost; say so and go on from what is there.
      // (The pipeline's topics are not compacted and take no transactions, whose markers
      // would also leave gaps in offsets.)
      this.lost += Number(first - expected);
      this.logger.error(
        { topic: this.topic, partition, from: expected.toString(), to: (first - 1n).toString(), lost: Number(first - expected) },
        'offsets removed by the topic retention before they were processed: their records are lost (retention too short for this outage)',
      );
    }
    st.soughtBackTo = undefined;
    if (st.firstOffset === undefined && first !== undefined) st.firstOffset = first;
    const fresh: KafkaMessage[] = [];
    let last: bigint | undefined;
    for (const m of batch.messages) {
      if (!isRunning() || isStale()) break;
      const offset = BigInt(m.offset);
      last = offset;
      if (offset >= st.nextOffset) fresh.push(m);
    }
    if (last === undefined) return;
    this.messages += fresh.length;
    st.lastBatchMs = Date.now();
    failpoint(FAILPOINTS.fetched, this.spec.job);
    // Output can wait long (InfluxDB away, the writer retrying): keep heart-beating meanwhile,
    // so the group does not take this member for dead and rebalance while it waits.
    const beat = setInterval(() => void heartbeat().catch(() => undefined), this.heartbeatMs);
    let published = false;
    try {
      if (st.rebuildUntil !== undefined) {
        const until = st.rebuildUntil;
        const taken = fresh.findIndex((m) => BigInt(m.offset) >= until);
        const again = taken < 0 ? fresh.splice(0) : fresh.splice(0, taken);
        // Output of messages written before the checkpoint went missing: discarded.
        if (again.length > 0) await this.spec.handle(st.job, again, `${batch.topic}/${partition}`);
        if (last + 1n >= until) {
          st.rebuildUntil = undefined;
          this.logger.info({ topic: this.topic, partition, offset: until.toString() }, 'partition state rebuilt');
        }
      }
      const out = await this.spec.handle(st.job, fresh, `${batch.topic}/${partition}`);
      this.records += out.records;
      this.dead.write(out.dead);
      if (out.points.length > 0) await this.sink.write(out.points);
      await this.sink.flush();
      for (const p of out.publish) {
        if (p.messages.length === 0) continue;
        await this.producer.send({ topic: p.topic, acks: -1, messages: p.messages });
        published = true;
      }
      instrument<ConsumerBatchEvent>(CONSUMER_EVENTS.batch, () => ({
        job: this.spec.job,
        group: this.groupId,
        topic: this.topic,
        partition,
        records: out.records,
        points: out.points.length,
        late: out.late ?? 0,
        lag: Math.max(0, Number(BigInt(batch.highWatermark) - last - 1n)),
        newestWindowEndMs: newestWindowEndMs(out.points),
        atMs: Date.now(),
      }));
    } catch (err) {
      // The job has taken messages whose output did not get out: forget the in-memory state,
      // so the redone batches start again from the last checkpoint.
      this.rewind(partition, st);
      throw err;
    } finally {
      clearInterval(beat);
    }
    failpoint(FAILPOINTS.flushed, this.spec.job);
    const next = last + 1n;
    if (next > st.nextOffset) st.nextOffset = next;
    resolveOffset(last.toString());
    if ((published && this.saveWhenPublished) || this.saveDue(st)) await this.save(partition, st);
    else if (st.commitPending && st.rebuildUntil === undefined) await this.commit(partition, st);
    await heartbeat();
  }
}

/** Whether the state has taken messages its last checkpoint does not hold. */
function unsaved<J>(st: PartitionState<J>): boolean {
  return st.nextOffset !== (st.savedOffset ?? 0n);
}
