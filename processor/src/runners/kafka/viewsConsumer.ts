import type { Kafka } from 'kafkajs';
import type { Logger } from '../../log/logger';
import { decodeViewMessage } from '../../decode/viewsProtobuf';
import { deadLetter, type DeadLetter } from '../../decode/viewRecord';
import type { ViewQoeJobOptions } from '../../jobs/viewQoeJob';
import { ViewJobs, type ViewJobsSnapshot } from '../../jobs/viewJobs';
import type { DetectorOptions } from '../../detect/options';
import { encodeIncident } from '../../detect/incidentProtobuf';
import type { DeadLetterSink } from '../../sinks/deadLetterSink';
import type { PointSink } from '../../sinks/pointSink';
import type { QoePoint } from '../../schema/point';
import type { RedisCheckpointStore } from '../../state/checkpointStore';
import { CheckpointedConsumer, type ConsumerGroupOptions, type ConsumerStats } from './checkpointedConsumer';

/**
 * Views publish incidents: a batch that publishes is always followed by a save; other batches
 * are saved at most every checkpointEveryMs (none given: after every batch).
 */
export interface ViewsConsumerOptions extends ConsumerGroupOptions {
  job: Partial<ViewQoeJobOptions>;
  detector?: Partial<DetectorOptions>;
  maxFutureMs: number;
  /** Topic for Incident messages (key incident_id); omitted = not published. */
  incidentsTopic?: string;
}

export const DEFAULT_VIEWS_GROUP = 'qoe-view-qoe';

/**
 * The per-minute QoE job and the detector as a Kafka consumer group on qoe.views
 * (VideoView protobuf, key property_id): one ViewJobs per partition, checkpointed with the
 * offsets (see CheckpointedConsumer), so every view counts exactly once and incidents
 * continue across restarts. Incident ids are deterministic, so a batch redone after a
 * crash republishes the same ids.
 */
export class ViewsConsumer extends CheckpointedConsumer<ViewJobs, ViewJobsSnapshot> {
  constructor(kafka: Kafka, opts: ViewsConsumerOptions, sink: PointSink, dead: DeadLetterSink, store: RedisCheckpointStore<ViewJobsSnapshot>, logger: Logger) {
    super(
      kafka,
      opts,
      {
        job: 'view_qoe',
        create: () => new ViewJobs({ ...opts.job, idleTimeoutMs: 0, jumpGuard: 'live' }, opts.detector ?? {}),
        pending: (job) => job.qoe.emitPendingUpdates(),
        handle: async (job, messages, source) => {
          const limits = { nowMs: Date.now(), maxFutureMs: opts.maxFutureMs };
          const points: QoePoint[] = [];
          const dead: DeadLetter[] = [];
          const incidents: { key: string; value: Buffer }[] = [];
          let records = 0;
          let late = 0;
          for (const message of messages) {
            // A null value (a tombstone) or no bytes: protobuf would read nothing as an empty view.
            if (!message.value || message.value.length === 0) {
              dead.push(deadLetter('empty message', source, '', message.offset));
              continue;
            }
            const r = decodeViewMessage(message.value, limits, source, message.offset);
            if ('dead' in r) {
              dead.push(r.dead);
              continue;
            }
            records++;
            const out = job.process(r.view, source, Date.now());
            for (const p of out.points) points.push(p);
            for (const e of out.incidents) {
              incidents.push({ key: e.incident.incidentId, value: Buffer.from(encodeIncident(e)) });
              if (e.kind === 'open') logger.warn({ incident: e.incident.incidentId, property: e.incident.propertyId, errorType: e.incident.errorType }, e.incident.message);
            }
            for (const l of out.late) dead.push(deadLetter(`late: view_end ${new Date(l.eventTimeMs).toISOString()} beyond allowed lateness`, source, { view_id: l.record.viewId }, message.offset));
            late += out.late.length;
          }
          return { records, late, points, dead, publish: opts.incidentsTopic ? [{ topic: opts.incidentsTopic, messages: incidents }] : [] };
        },
      },
      sink,
      dead,
      store,
      logger,
    );
  }

  override stats(): ConsumerStats & { views: number } {
    const s = super.stats();
    return { views: s.records, ...s };
  }
}
