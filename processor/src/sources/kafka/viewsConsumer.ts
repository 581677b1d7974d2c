import type { Consumer, EachBatchPayload, Kafka } from 'kafkajs';
import type { Logger } from '../../log/logger';
import { decodeViewMessage } from '../../decode/viewsProtobuf';
import type { DeadLetter } from '../../decode/viewRecord';
import type { ViewQoeJobOptions } from '../../pipeline/viewQoeJob';
import { ViewJobs, type ViewJobsSnapshot } from '../../pipeline/viewJobs';
import type { DetectorOptions } from '../../detect/options';
import { encodeIncident } from '../../detect/incidentOutputs';
import type { Producer } from 'kafkajs';
import type { DeadLetterSink } from '../../sinks/deadLetterSink';
import type { PointSink } from '../../sinks/pointSink';
import type { QoePoint } from '../../sinks/point';
import type { RedisCheckpointStore } from '../../state/checkpointStore';

export interface ViewsConsumerOptions {
  groupId: string;
  topic: string;
  job: Partial<ViewQoeJobOptions>;
  detector?: Partial<DetectorOptions>;
  maxFutureMs: number;
  /** Topic for Incident messages (key incident_id); omitted = not published. */
  incidentsTopic?: string;
}

export const DEFAULT_VIEWS_GROUP = 'qoe-view-qoe';

interface PartitionState {
  job: ViewJobs;
  /** Next offset expected; messages below it were already reflected (after a restore). */
  nextOffset: bigint;
}

/**
 * The per-minute QoE job as a Kafka consumer group on qoe.views (VideoView protobuf, key
 * property_id). Each partition has its own job, so the keyed window state moves with the
 * partition. After each fetched batch: the points are written and flushed (durable), the
 * partition's open-window state is checkpointed with the next offset in Redis, then the
 * offset is committed to Kafka. A restart or rebalance restores the state and skips what
 * it already reflects, so every view counts exactly once.
 */
export class ViewsConsumer {
  private readonly consumer: Consumer;
  private readonly producer: Producer | undefined;
  private readonly partitions = new Map<number, PartitionState>();
  private views = 0;

  constructor(
    kafka: Kafka,
    private readonly opts: ViewsConsumerOptions,
    private readonly sink: PointSink,
    private readonly dead: DeadLetterSink,
    private readonly store: RedisCheckpointStore<ViewJobsSnapshot>,
    private readonly logger: Logger,
  ) {
    this.producer = opts.incidentsTopic ? kafka.producer() : undefined;
    this.consumer = kafka.consumer({ groupId: opts.groupId, sessionTimeout: 30_000, heartbeatInterval: 3_000 });
    this.consumer.on(this.consumer.events.GROUP_JOIN, (e) => {
      const assigned = new Set(e.payload.memberAssignment[opts.topic] ?? []);
      // State of partitions we no longer own is already checkpointed; let the new owner restore it.
      for (const p of [...this.partitions.keys()]) if (!assigned.has(p)) this.partitions.delete(p);
      this.logger.info({ group: opts.groupId, partitions: [...assigned] }, 'views consumer assigned partitions');
    });
  }

  async start(): Promise<void> {
    await this.producer?.connect();
    await this.consumer.connect();
    await this.consumer.subscribe({ topic: this.opts.topic, fromBeginning: true });
    await this.consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      eachBatch: (payload) => this.handleBatch(payload),
    });
  }

  async stop(): Promise<void> {
    await this.consumer.disconnect();
    await this.producer?.disconnect();
  }

  /** The partitions' jobs (for dumps and control). */
  jobs(): ViewJobs[] {
    return [...this.partitions.values()].map((p) => p.job);
  }

  stats(): { views: number; partitions: number[] } {
    return { views: this.views, partitions: [...this.partitions.keys()] };
  }

  private async partitionState(partition: number): Promise<PartitionState> {
    let st = this.partitions.get(partition);
    if (st) return st;
    const job = new ViewJobs({ ...this.opts.job, idleTimeoutMs: 0 }, this.opts.detector ?? {});
    const cp = await this.store.load(this.opts.groupId, this.opts.topic, partition);
    if (cp) job.restore(cp.state);
    st = { job, nextOffset: cp ? BigInt(cp.offset) : 0n };
    this.partitions.set(partition, st);
    this.logger.info({ partition, restoredOffset: cp?.offset ?? null }, 'views partition state ready');
    return st;
  }

  private async handleBatch({ batch, resolveOffset, heartbeat, isRunning, isStale }: EachBatchPayload): Promise<void> {
    const partition = batch.partition;
    const st = await this.partitionState(partition);
    const limits = { nowMs: Date.now(), maxFutureMs: this.opts.maxFutureMs };
    const points: QoePoint[] = [];
    const incidents: { key: string; value: Buffer }[] = [];
    const dead: DeadLetter[] = [];
    let last: bigint | undefined;
    for (const message of batch.messages) {
      if (!isRunning() || isStale()) break;
      const offset = BigInt(message.offset);
      last = offset;
      if (offset < st.nextOffset) continue; // already reflected in the restored state
      const source = `${batch.topic}/${partition}`;
      if (!message.value) {
        dead.push({ reason: 'empty message', source, position: message.offset, payload: '' });
        continue;
      }
      const r = decodeViewMessage(message.value, limits, source, message.offset);
      if ('dead' in r) {
        dead.push(r.dead);
        continue;
      }
      this.views++;
      const out = st.job.process(r.view, String(partition));
      for (const p of out.points) points.push(p);
      for (const e of out.incidents) {
        incidents.push({ key: e.incident.incidentId, value: Buffer.from(encodeIncident(e)) });
        if (e.kind === 'open') this.logger.warn({ incident: e.incident.incidentId, property: e.incident.propertyId, errorType: e.incident.errorType }, e.incident.message);
      }
      for (const l of out.late) dead.push({ reason: `late: view_end ${new Date(l.eventTimeMs).toISOString()} beyond allowed lateness`, source, position: message.offset, payload: JSON.stringify({ view_id: l.record.viewId }) });
    }
    if (last === undefined) return;
    this.dead.write(dead);
    if (points.length > 0) await this.sink.write(points);
    await this.sink.flush();
    // Incident ids are deterministic, so a batch redone after a crash republishes the same ids.
    if (this.producer && incidents.length > 0) await this.producer.send({ topic: this.opts.incidentsTopic!, acks: -1, messages: incidents });
    const next = last + 1n;
    if (next > st.nextOffset) st.nextOffset = next;
    await this.store.save(this.opts.groupId, this.opts.topic, partition, { offset: st.nextOffset.toString(), state: st.job.snapshot(), savedAtMs: Date.now() });
    resolveOffset(last.toString());
    await this.consumer.commitOffsets([{ topic: batch.topic, partition, offset: st.nextOffset.toString() }]);
    await heartbeat();
  }
}

