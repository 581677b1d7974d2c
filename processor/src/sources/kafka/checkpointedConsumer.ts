import type { Consumer, EachBatchPayload, Kafka, KafkaMessage, Producer } from 'kafkajs';
import type { Logger } from '../../log/logger';
import type { DeadLetter } from '../../decode/viewRecord';
import type { DeadLetterSink } from '../../sinks/deadLetterSink';
import type { QoePoint } from '../../sinks/point';
import type { PointSink } from '../../sinks/pointSink';
import type { RedisCheckpointStore } from '../../state/checkpointStore';

/** A job whose whole state is one JSON snapshot. */
export interface Snapshottable<S> {
  snapshot(): S;
  restore(state: S): void;
}

/** What a keyed job consuming one topic partition does; state lives with the partition. */
export interface PartitionJobSpec<J extends Snapshottable<S>, S> {
  create(): J;
  /** Processes messages the restored state does not yet reflect, in offset order. */
  handle(job: J, messages: KafkaMessage[], source: string): Promise<PartitionBatchOutput>;
  /** Points still waiting for event time to move (late updates), taken when the partition is quiet. */
  pending?(job: J): QoePoint[];
}

/** A partition without batches this long (ms) has its pending late updates written. */
export const QUIET_FLUSH_MS = 15_000;

export interface PartitionBatchOutput {
  /** Records the job took (decoded and processed), for stats. */
  records: number;
  points: QoePoint[];
  dead: DeadLetter[];
  /** Messages to publish (e.g. incidents, enriched records) before the checkpoint. */
  publish: { topic: string; messages: { key: string; value: Buffer }[] }[];
}

/** Consumer-group timing, ms: how fast a dead member's partitions move to the others. */
export interface GroupTimeouts {
  sessionTimeout: number;
  rebalanceTimeout: number;
  heartbeatInterval: number;
}

export const DEFAULT_GROUP_TIMEOUTS: GroupTimeouts = { sessionTimeout: 30_000, rebalanceTimeout: 60_000, heartbeatInterval: 3_000 };

interface PartitionState<J> {
  job: J;
  /** Wall-clock time of the last batch taken. */
  lastBatchMs: number;
  /** Next offset expected; messages below it were already reflected (after a restore). */
  nextOffset: bigint;
}

/**
 * A consumer-group member whose keyed state per partition is checkpointed in Redis with
 * the next offset. After each fetched batch: points written and flushed (durable),
 * publications acknowledged, state + offset saved, then the offset committed. A restart
 * or rebalance restores the state and skips what it already reflects: exactly once. A
 * batch whose output fails drops the partition's in-memory state, so its retry starts from
 * the checkpoint instead of counting the batch twice.
 */
export class CheckpointedConsumer<J extends Snapshottable<S>, S> {
  private readonly consumer: Consumer;
  private readonly producer: Producer;
  private readonly partitions = new Map<number, PartitionState<J>>();
  private messages = 0;
  private records = 0;
  private stopping = false;
  /** Batches and quiet flushes take turns on the partitions' jobs; the tail of that chain. */
  private exclusive: Promise<unknown> = Promise.resolve();
  private quietTimer: NodeJS.Timeout | undefined;

  constructor(
    kafka: Kafka,
    private readonly groupId: string,
    private readonly topic: string,
    private readonly spec: PartitionJobSpec<J, S>,
    private readonly sink: PointSink,
    private readonly dead: DeadLetterSink,
    private readonly store: RedisCheckpointStore<S>,
    private readonly logger: Logger,
    timeouts: GroupTimeouts = DEFAULT_GROUP_TIMEOUTS,
  ) {
    this.producer = kafka.producer();
    this.consumer = kafka.consumer({ groupId, ...timeouts });
    this.consumer.on(this.consumer.events.GROUP_JOIN, (e) => {
      const assigned = new Set(e.payload.memberAssignment[topic] ?? []);
      // State of partitions no longer ours is already checkpointed; the new owner restores it.
      for (const p of [...this.partitions.keys()]) if (!assigned.has(p)) this.partitions.delete(p);
      this.logger.info({ group: groupId, topic, partitions: [...assigned] }, 'assigned partitions');
    });
  }

  async start(): Promise<void> {
    await this.producer.connect();
    await this.consumer.connect();
    await this.consumer.subscribe({ topic: this.topic, fromBeginning: true });
    await this.consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      eachBatch: async (p) => {
        if (!this.stopping) await this.inTurn(() => this.handleBatch(p));
      },
    });
    this.quietTimer = setInterval(() => {
      this.flushQuietPartitions().catch((err: Error) => this.logger.error({ topic: this.topic, err: err.message }, 'writing pending late updates failed; they go out with the next batch'));
    }, QUIET_FLUSH_MS / 3);
    this.quietTimer.unref();
  }

  /**
   * Stops taking batches, waits for the batch or quiet flush in hand, then leaves the group.
   * Every batch and flush ends with its checkpoint, so nothing is left to save.
   */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.quietTimer) clearInterval(this.quietTimer);
    this.consumer.pause([{ topic: this.topic }]);
    await this.exclusive;
    await this.consumer.disconnect();
    await this.producer.disconnect();
  }

  private inTurn<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.exclusive.then(fn, fn);
    this.exclusive = run.catch(() => undefined);
    return run;
  }

  /** Writes the pending late updates of quiet partitions, then checkpoints them (same offset). */
  private async flushQuietPartitions(): Promise<void> {
    const pending = this.spec.pending;
    if (!pending || this.stopping) return;
    await this.inTurn(async () => {
      for (const [partition, st] of this.partitions) {
        if (Date.now() - st.lastBatchMs < QUIET_FLUSH_MS) continue;
        const points = pending(st.job);
        if (points.length === 0) continue;
        try {
          await this.sink.write(points);
          await this.sink.flush();
          await this.checkpoint(partition, st);
        } catch (err) {
          this.partitions.delete(partition); // the checkpoint still marks them pending
          throw err;
        }
      }
    });
  }

  jobs(): J[] {
    return [...this.partitions.values()].map((p) => p.job);
  }

  stats(): { messages: number; records: number; partitions: number[] } {
    return { messages: this.messages, records: this.records, partitions: [...this.partitions.keys()] };
  }

  private async state(partition: number): Promise<PartitionState<J>> {
    let st = this.partitions.get(partition);
    if (st) return st;
    const job = this.spec.create();
    const cp = await this.store.load(this.groupId, this.topic, partition);
    if (cp) job.restore(cp.state);
    st = { job, nextOffset: cp ? BigInt(cp.offset) : 0n, lastBatchMs: Date.now() };
    this.partitions.set(partition, st);
    this.logger.info({ topic: this.topic, partition, restoredOffset: cp?.offset ?? null }, 'partition state ready');
    return st;
  }

  private async checkpoint(partition: number, st: PartitionState<J>): Promise<void> {
    await this.store.save(this.groupId, this.topic, partition, { offset: st.nextOffset.toString(), state: st.job.snapshot(), savedAtMs: Date.now() });
  }

  private async handleBatch({ batch, resolveOffset, heartbeat, isRunning, isStale }: EachBatchPayload): Promise<void> {
    const partition = batch.partition;
    const st = await this.state(partition);
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
    try {
      const out = await this.spec.handle(st.job, fresh, `${batch.topic}/${partition}`);
      this.records += out.records;
      this.dead.write(out.dead);
      if (out.points.length > 0) await this.sink.write(out.points);
      await this.sink.flush();
      for (const p of out.publish) if (p.messages.length > 0) await this.producer.send({ topic: p.topic, acks: -1, messages: p.messages });
    } catch (err) {
      // The job has taken messages whose output did not get out: forget the in-memory state,
      // so the redone batch starts again from the last checkpoint.
      this.partitions.delete(partition);
      throw err;
    }
    const next = last + 1n;
    if (next > st.nextOffset) st.nextOffset = next;
    await this.checkpoint(partition, st);
    resolveOffset(last.toString());
    await this.consumer.commitOffsets([{ topic: batch.topic, partition, offset: st.nextOffset.toString() }]);
    await heartbeat();
  }
}
