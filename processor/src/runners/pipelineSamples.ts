import type { EmbeddedStats } from './embedded/embeddedRunner';
import type { WriterStats } from '../sinks/influx/writer';
import type { SelfMetricsSample, Tagged } from '../metrics/selfMetrics';
import { onInstrumentation } from '../log/instrumentation';
import { CONSUMER_EVENTS, type ConsumerAssignedEvent, type ConsumerBatchEvent } from './kafka/checkpointedConsumer';

/** What every mode adds: dead letters by reason, open incidents, the asset cache. */
export interface ProcessParts {
  deadLetterReasons: Record<string, number>;
  openIncidents: number;
  /** Counters of the cached asset lookup; undefined without an asset database. */
  assets?: { lookups: number; cacheHits: number; dbQueries: number };
  /** Requests the HTTP collector refused (embedded mode): 429 for its rate limit, 503 for back-pressure. */
  collector?: { throttled: number; deferred: number };
}

function writerPart(w: WriterStats): Pick<SelfMetricsSample, 'counters' | 'gauges'> {
  return {
    counters: { pointsWritten: w.written, pointsRejected: w.rejected + w.dropped, influxWriteRetries: w.retries, backpressurePauses: w.pauses },
    gauges: { influxBufferedPoints: w.buffered, influxFailing: w.failing ? 1 : 0 },
  };
}

function processPart(p: ProcessParts): Pick<SelfMetricsSample, 'counters' | 'gauges'> {
  const reasons: Tagged[] = Object.entries(p.deadLetterReasons).map(([reason, value]) => ({ tags: { reason }, value }));
  const counters: SelfMetricsSample['counters'] = { deadLetters: reasons };
  const gauges: SelfMetricsSample['gauges'] = { openIncidents: p.openIncidents };
  if (p.collector) {
    counters.collectorRefused = [
      { tags: { reason: 'rate_limit' }, value: p.collector.throttled },
      { tags: { reason: 'backpressure' }, value: p.collector.deferred },
    ];
  }
  if (p.assets) {
    Object.assign(counters, { assetLookups: p.assets.lookups, assetCacheHits: p.assets.cacheHits, assetDbQueries: p.assets.dbQueries });
    if (p.assets.lookups > 0) gauges.assetCacheHitRatio = Math.round((p.assets.cacheHits / p.assets.lookups) * 1000) / 1000;
  }
  return { counters, gauges };
}

/** The embedded pipeline's totals as self-metrics. */
export function embeddedSample(p: EmbeddedStats, w: WriterStats, parts: ProcessParts, nowMs: number): SelfMetricsSample {
  const wp = writerPart(w);
  const pp = processPart(parts);
  return {
    counters: {
      viewsIn: p.views,
      cdnRecordsIn: p.cdnRecords,
      recordsIn: p.recordsBySource.map((r) => ({ tags: { job: r.job, source: r.source }, value: r.records })),
      recordsOut: Object.entries(p.pointsByJob).map(([job, value]) => ({ tags: { job }, value })),
      lateRecords: [
        { tags: { job: 'view_qoe' }, value: p.lateViews },
        { tags: { job: 'cdn' }, value: p.lateCdnRecords },
      ],
      incidentsOpened: p.incidentsOpened,
      ...pp.counters,
      ...wp.counters,
    },
    gauges: { ...wp.gauges, ...pp.gauges, ...(Number.isFinite(p.watermarkMs) ? { watermarkLagMs: [{ tags: { job: 'view_qoe' }, value: Math.max(0, nowMs - p.watermarkMs) }] } : {}) },
  };
}

/**
 * The Kafka consumers' totals, gathered from their instrumentation events: records in per
 * job and topic, points out and late records per job, and the lag of each partition this
 * member holds (dropped when a rebalance takes the partition away).
 */
export class ConsumerTotals {
  private readonly recordsIn = new Map<string, Tagged>();
  private readonly recordsOut = new Map<string, Tagged>();
  private readonly late = new Map<string, Tagged>();
  private readonly lag = new Map<string, Tagged>();
  private readonly unsubscribe: (() => void)[];

  constructor() {
    this.unsubscribe = [onInstrumentation<ConsumerBatchEvent>(CONSUMER_EVENTS.batch, (e) => this.batch(e)), onInstrumentation<ConsumerAssignedEvent>(CONSUMER_EVENTS.assigned, (e) => this.assigned(e))];
  }

  close(): void {
    for (const u of this.unsubscribe) u();
  }

  private batch(e: ConsumerBatchEvent): void {
    add(this.recordsIn, { job: e.job, source: e.topic }, e.records);
    add(this.recordsOut, { job: e.job }, e.points);
    add(this.late, { job: e.job }, e.late);
    this.lag.set(`${e.group}\t${e.topic}\t${e.partition}`, { tags: { group: e.group, topic: e.topic, partition: String(e.partition) }, value: e.lag });
  }

  private assigned(e: ConsumerAssignedEvent): void {
    const held = new Set(e.partitions.map(String));
    for (const [key, t] of this.lag) if (t.tags.group === e.group && t.tags.topic === e.topic && !held.has(t.tags.partition!)) this.lag.delete(key);
  }

  sample(): { recordsIn: Tagged[]; recordsOut: Tagged[]; late: Tagged[]; lag: Tagged[]; records: (job: string) => number } {
    const copy = (m: Map<string, Tagged>) => [...m.values()].map((t) => ({ tags: { ...t.tags }, value: t.value }));
    return { recordsIn: copy(this.recordsIn), recordsOut: copy(this.recordsOut), late: copy(this.late), lag: copy(this.lag), records: (job) => [...this.recordsIn.values()].filter((t) => t.tags.job === job).reduce((n, t) => n + t.value, 0) };
  }
}

function add(m: Map<string, Tagged>, tags: Record<string, string>, n: number): void {
  const key = Object.values(tags).join('\t');
  const t = m.get(key);
  if (t) t.value += n;
  else m.set(key, { tags, value: n });
}

/** Offsets removed by retention before they were processed, and the views' watermark lag, from `qoe start` in distributed mode. */
export interface DistributedExtras {
  lostMessages: number;
  /** Partition states rebuilt from the topic because their checkpoint was missing. */
  stateRebuilds: number;
  /** Wall clock minus the furthest-behind watermark of the views partitions this member holds, ms. */
  viewsWatermarkLagMs?: number;
}

/** The Kafka consumers' totals as self-metrics. */
export function distributedSample(t: ConsumerTotals, x: DistributedExtras, w: WriterStats, parts: ProcessParts): SelfMetricsSample {
  const wp = writerPart(w);
  const pp = processPart(parts);
  const s = t.sample();
  const [views, cdn] = [s.records('view_qoe'), s.records('cdn')];
  return {
    counters: { viewsIn: views, cdnRecordsIn: cdn, recordsIn: s.recordsIn, recordsOut: s.recordsOut, lateRecords: s.late, kafkaMessagesLost: x.lostMessages, kafkaStateRebuilds: x.stateRebuilds, ...pp.counters, ...wp.counters },
    gauges: { ...wp.gauges, ...pp.gauges, kafkaConsumerLag: s.lag, ...(x.viewsWatermarkLagMs !== undefined ? { watermarkLagMs: [{ tags: { job: 'view_qoe' }, value: x.viewsWatermarkLagMs }] } : {}) },
  };
}
