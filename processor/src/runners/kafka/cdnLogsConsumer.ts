import type { Kafka } from 'kafkajs';
import type { Logger } from '../../log/logger';
import { deadLetter, type DeadLetter } from '../../decode/viewRecord';
import type { CdnRecord } from '../../decode/cdn';
import { recordFromMessage } from '../../decode/cdn/fromMessage';
import type { RecordEnricher } from '../../enrich/recordEnricher';
import { CdnJobs, cdnLateDeadLetter, type CdnJobsOptions, type CdnJobsSnapshot } from '../../jobs/cdnJobs';
import { pb, type CdnAccessRecordMessage, type CdnLogBatchMessage } from '../../proto';
import type { DeadLetterSink } from '../../sinks/deadLetterSink';
import type { PointSink } from '../../sinks/pointSink';
import type { QoePoint } from '../../schema/point';
import type { RedisCheckpointStore } from '../../state/checkpointStore';
import { CheckpointedConsumer, type ConsumerGroupOptions } from './checkpointedConsumer';

export interface CdnLogsConsumerOptions extends Omit<ConsumerGroupOptions, 'republishable'> {
  /** cdn.logs.raw: CdnLogBatch messages from collectors, keyed by CDN. */
  topic: string;
  /** cdn.logs.enriched: enriched CdnAccessRecord messages keyed by environment_id (the usage job's input). */
  enrichedTopic: string;
  jobs: Partial<CdnJobsOptions>;
}

export const DEFAULT_CDN_GROUP = 'qoe-cdn';

/**
 * At most how often the CDN stage saves a partition's state (ms). Every batch publishes
 * enriched records, and the usage stage absorbs a record published twice (record ids
 * de-duplicate within the open hours), so batches are not saved one by one: a crash
 * publishes again the records of the batches since the last save, and rewrites the same
 * health points.
 */
export const DEFAULT_CDN_CHECKPOINT_MS = 1_000;

/**
 * Stage 1 of the distributed CDN path: collector batches (keyed by CDN) -> enrichment
 * (asset database behind Redis) -> cdn.logs.enriched keyed by environment, and the per-CDN
 * health and client-QoE jobs, as a consumer group with per-partition state checkpointed with
 * the offsets. Hourly usage runs on the enriched topic (UsageConsumer), where each
 * environment's records meet in one partition.
 */
export class CdnLogsConsumer extends CheckpointedConsumer<CdnJobs, CdnJobsSnapshot> {
  constructor(kafka: Kafka, opts: CdnLogsConsumerOptions, enricher: RecordEnricher, sink: PointSink, dead: DeadLetterSink, store: RedisCheckpointStore<CdnJobsSnapshot>, logger: Logger) {
    super(
      kafka,
      { ...opts, checkpointEveryMs: opts.checkpointEveryMs ?? DEFAULT_CDN_CHECKPOINT_MS, republishable: true },
      {
        job: 'cdn',
        create: () => new CdnJobs({ ...opts.jobs, idleTimeoutMs: 0, jumpGuard: 'live', health: true, usage: false }),
        pending: (job) => job.emitPendingUpdates(),
        handle: async (job, messages, source) => {
          const dead: DeadLetter[] = [];
          const records: CdnRecord[] = [];
          for (const m of messages) {
            if (!m.value || m.value.length === 0) {
              dead.push(deadLetter('empty message', source, '', m.offset));
              continue;
            }
            let batch: CdnLogBatchMessage;
            try {
              batch = pb.CdnLogBatch.decode(m.value);
            } catch (err) {
              dead.push(deadLetter(`undecodable CdnLogBatch: ${(err as Error).message}`, source, m.value, m.offset));
              continue;
            }
            // No producer of ours sends an empty batch: bytes that decode to one are not a batch.
            if (!batch.records || batch.records.length === 0) {
              dead.push(deadLetter('CdnLogBatch holds no records', source, m.value, m.offset));
              continue;
            }
            for (const message of batch.records) {
              const r = recordFromMessage(message, Date.now());
              if ('record' in r) records.push(r.record);
              else dead.push(deadLetter(r.dead, source, message, m.offset));
            }
          }
          const points: QoePoint[] = [];
          const enriched: { key: string; value: Buffer }[] = [];
          for (const e of await enricher.enrich(records)) {
            enriched.push({ key: e.environment_id || 'unknown', value: Buffer.from(pb.CdnAccessRecord.encode(e as never).finish()) });
            // Health only: records too late for a minute are counted there; usage has its own stage.
            for (const p of job.process(e, source, Date.now()).points) points.push(p);
          }
          return { records: records.length, points, dead, publish: [{ topic: opts.enrichedTopic, messages: enriched }] };
        },
      },
      sink,
      dead,
      store,
      logger,
    );
  }
}

export interface UsageConsumerOptions extends ConsumerGroupOptions {
  /** cdn.logs.enriched, keyed by environment_id. */
  topic: string;
  jobs: Partial<CdnJobsOptions>;
  /**
   * At most how often a partition's state is saved (ms; 0 = every batch; default 5 s). The
   * state holds every record id of the open hours (3 h of lateness), too much to save per
   * batch at production rates. Redoing the batches after a save is harmless here: usage
   * points overwrite and record ids de-duplicate; only late-record dead letters repeat.
   */
  checkpointEveryMs?: number;
}

export const DEFAULT_USAGE_CHECKPOINT_MS = 5_000;

export const DEFAULT_USAGE_GROUP = 'qoe-usage';

/** Stage 2: hourly usage per environment and asset, exactly once, from enriched records. */
export class UsageConsumer extends CheckpointedConsumer<CdnJobs, CdnJobsSnapshot> {
  constructor(kafka: Kafka, opts: UsageConsumerOptions, sink: PointSink, dead: DeadLetterSink, store: RedisCheckpointStore<CdnJobsSnapshot>, logger: Logger) {
    super(
      kafka,
      { ...opts, checkpointEveryMs: opts.checkpointEveryMs ?? DEFAULT_USAGE_CHECKPOINT_MS },
      {
        job: 'usage',
        create: () => new CdnJobs({ ...opts.jobs, idleTimeoutMs: 0, jumpGuard: 'live', health: false, usage: true }),
        pending: (job) => job.emitPendingUpdates(),
        handle: async (job, messages, source) => {
          const dead: DeadLetter[] = [];
          const points: QoePoint[] = [];
          let taken = 0;
          let late = 0;
          for (const m of messages) {
            let message: CdnAccessRecordMessage;
            try {
              message = pb.CdnAccessRecord.decode(m.value ?? Buffer.alloc(0));
            } catch (err) {
              dead.push(deadLetter(`undecodable CdnAccessRecord: ${(err as Error).message}`, source, m.value ?? '', m.offset));
              continue;
            }
            const checked = recordFromMessage(message, Date.now());
            if ('dead' in checked) {
              dead.push(deadLetter(checked.dead, source, message, m.offset));
              continue;
            }
            const r = checked.record;
            taken++;
            const out = job.process(r, source, Date.now());
            for (const p of out.points) points.push(p);
            for (const l of out.late) dead.push(cdnLateDeadLetter(l, source, m.offset));
            late += out.late.length;
          }
          return { records: taken, late, points, dead, publish: [] };
        },
      },
      sink,
      dead,
      store,
      logger,
    );
  }
}
