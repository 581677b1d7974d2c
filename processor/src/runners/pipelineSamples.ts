import type { EmbeddedStats } from './embedded/embeddedRunner';
import type { WriterStats } from '../sinks/influx/writer';
import type { SelfMetricsSample } from '../metrics/selfMetrics';

function writerPart(w: WriterStats): Pick<SelfMetricsSample, 'counters' | 'gauges'> {
  return {
    counters: { pointsWritten: w.written, pointsRejected: w.rejected + w.dropped, influxWriteRetries: w.retries, backpressurePauses: w.pauses },
    gauges: { influxBufferedPoints: w.buffered, influxFailing: w.failing ? 1 : 0 },
  };
}

/** The embedded pipeline's totals as self-metrics. */
export function embeddedSample(p: EmbeddedStats, w: WriterStats, nowMs: number): SelfMetricsSample {
  const wp = writerPart(w);
  return {
    counters: { viewsIn: p.views, cdnRecordsIn: p.cdnRecords, recordsIn: p.views + p.cdnRecords, deadLetters: p.deadLetters, lateRecords: p.lateViews, incidentsOpened: p.incidentsOpened, ...wp.counters },
    gauges: { ...wp.gauges, ...(Number.isFinite(p.watermarkMs) ? { watermarkLagMs: Math.max(0, nowMs - p.watermarkMs) } : {}) },
  };
}

/** Totals of the Kafka consumers of `qoe start` in distributed mode. */
export interface DistributedTotals {
  views: number;
  cdnRecords: number;
  deadLetters: number;
  /** Offsets removed by retention before they were processed, over all consumers. */
  lostMessages: number;
}

/** The Kafka consumers' totals as self-metrics (each partition has its own watermark: no lag gauge). */
export function distributedSample(t: DistributedTotals, w: WriterStats): SelfMetricsSample {
  const wp = writerPart(w);
  return { counters: { viewsIn: t.views, cdnRecordsIn: t.cdnRecords, recordsIn: t.views + t.cdnRecords, deadLetters: t.deadLetters, kafkaMessagesLost: t.lostMessages, ...wp.counters }, gauges: wp.gauges };
}
