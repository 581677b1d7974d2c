import { monitorEventLoopDelay } from 'node:perf_hooks';
import { StatsD } from 'hot-shots';
import type { Logger } from '../log/logger';
import { SELF_METRICS } from '../schema';

export type CounterKey = keyof typeof SELF_METRICS.counters;
export type GaugeKey = keyof typeof SELF_METRICS.gauges;
export type TimingKey = keyof typeof SELF_METRICS.timings;

/** One value of a metric with its own tags (SELF_METRIC_METRIC_TAGS), e.g. per job or partition. */
export interface Tagged {
  tags: Record<string, string>;
  value: number;
}

/** A metric's value: one number, or one per tag set. */
export type MetricValue = number | readonly Tagged[];

/** Running totals (counters) and current values (gauges) read off the pipeline. */
export interface SelfMetricsSample {
  counters: Partial<Record<CounterKey, MetricValue>>;
  gauges: Partial<Record<GaugeKey, MetricValue>>;
}

/** What the reporter sends through; hot-shots' StatsD client fits. */
export interface StatsSink {
  increment(stat: string, value: number, tags?: Record<string, string>): void;
  gauge(stat: string, value: number, tags?: Record<string, string>): void;
  timing?(stat: string, ms: number, tags?: Record<string, string>): void;
}

const each = (v: MetricValue): readonly Tagged[] => (typeof v === 'number' ? [{ tags: {}, value: v }] : v);
const tagsArg = (tags: Record<string, string>) => (Object.keys(tags).length > 0 ? tags : undefined);

/**
 * Reads the pipeline's own totals on an interval and sends them through statsd: counters
 * as the increase since the last report, gauges as they are. The pipeline keeps plain
 * totals; only this module knows about statsd.
 */
export class SelfMetricsReporter {
  /** Counter totals at the last report, by key and tag set. */
  private readonly last = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;
  private readonly loopDelay = monitorEventLoopDelay({ resolution: 20 });

  constructor(
    private readonly sink: StatsSink,
    private readonly sample: () => SelfMetricsSample,
  ) {}

  report(): void {
    const sampled = this.sample();
    const s: SelfMetricsSample = { counters: sampled.counters, gauges: { ...sampled.gauges } };
    // The process itself, whatever the mode: event-loop delay, heap and RSS.
    const mem = process.memoryUsage();
    const p99 = this.loopDelay.count > 0 ? this.loopDelay.percentile(99) / 1e6 : 0;
    this.loopDelay.reset();
    Object.assign(s.gauges, { heapUsedBytes: mem.heapUsed, rssBytes: mem.rss, eventLoopLagMs: Math.round(p99 * 10) / 10 });
    for (const [key, value] of Object.entries(s.counters) as [CounterKey, MetricValue][]) {
      for (const { tags, value: total } of each(value)) {
        if (!Number.isFinite(total)) continue;
        const id = `${key}${JSON.stringify(tags)}`;
        const delta = total - (this.last.get(id) ?? 0);
        this.last.set(id, total);
        if (delta > 0) this.sink.increment(SELF_METRICS.counters[key], delta, tagsArg(tags));
      }
    }
    for (const [key, value] of Object.entries(s.gauges) as [GaugeKey, MetricValue][]) {
      for (const { tags, value: v } of each(value)) if (Number.isFinite(v)) this.sink.gauge(SELF_METRICS.gauges[key], v, tagsArg(tags));
    }
  }

  /** One timed event, sent at once (a statsd timing). */
  timing(key: TimingKey, ms: number, tags: Record<string, string> = {}): void {
    if (Number.isFinite(ms) && ms >= 0) this.sink.timing?.(SELF_METRICS.timings[key], Math.round(ms), tagsArg(tags));
  }

  start(intervalMs: number): void {
    this.loopDelay.enable();
    this.timer = setInterval(() => this.report(), intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.report();
    this.loopDelay.disable();
  }
}

/** A statsd client for host:port (UDP), or undefined when host is empty (metrics off). */
export function statsdClient(host: string, port: number, tags: Record<string, string>, logger: Logger): (StatsSink & { close(cb?: () => void): void }) | undefined {
  if (!host) return undefined;
  let warned = false;
  return new StatsD({
    host,
    port,
    prefix: `${SELF_METRICS.prefix}.`,
    globalTags: tags,
    errorHandler: (err) => {
      if (warned) return;
      warned = true; // statsd is best effort: say so once, never stop the pipeline
      logger.warn({ err: err.message, host, port }, 'statsd send failed; self-metrics are best effort');
    },
  });
}
