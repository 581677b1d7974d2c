import type { Logger } from '../log/logger';
import type { ViewLimits } from '../decode/normalizeView';
import { normalizeView, type RawView } from '../decode/normalizeView';
import { deadLetter } from '../decode/viewRecord';
import type { DeadLetterSink } from '../sinks/deadLetterSink';
import type { PointSink } from '../sinks/pointSink';
import type { QoePoint } from '../sinks/point';
import { ViewGenerator, type Scenario } from '../sources/simulator';
import { ViewQoeJob, type ViewQoeJobOptions } from './viewQoeJob';

export interface EmbeddedOptions {
  scenario: Scenario;
  /** Minutes of simulated history generated at start. */
  backfillMinutes: number;
  job: Partial<ViewQoeJobOptions>;
  maxFutureMs: number;
  /** How often the simulator catches up with the wall clock, ms. */
  tickMs: number;
  /** Wall clock (tests may pass their own). */
  now?: () => number;
}

export interface EmbeddedStats {
  views: number;
  deadLetters: number;
  lateViews: number;
  points: number;
  watermarkMs: number;
}

/**
 * The embedded pipeline: simulator (in wall-clock time, after a burst of history) ->
 * decode/validate -> per-minute QoE job -> sink. One process, no Kafka.
 */
export class EmbeddedPipeline {
  private readonly job: ViewQoeJob;
  private readonly generator: ViewGenerator;
  private readonly now: () => number;
  private nextSecondMs = 0;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> = Promise.resolve();
  private stopped = false;
  private readonly stats: EmbeddedStats = { views: 0, deadLetters: 0, lateViews: 0, points: 0, watermarkMs: Number.NEGATIVE_INFINITY };

  constructor(
    private readonly opts: EmbeddedOptions,
    private readonly sink: PointSink,
    private readonly dead: DeadLetterSink,
    private readonly logger: Logger,
  ) {
    this.now = opts.now ?? Date.now;
    this.job = new ViewQoeJob({ ...opts.job });
    const startMs = this.now();
    this.generator = new ViewGenerator(opts.scenario, { scenarioStartMs: opts.scenario.start ? Date.parse(opts.scenario.start) : startMs });
    // History starts on a minute boundary so its first minute is complete.
    this.nextSecondMs = opts.backfillMinutes > 0 ? Math.floor((startMs - opts.backfillMinutes * 60_000) / 60_000) * 60_000 : Math.floor(startMs / 1000) * 1000;
  }

  /** Generates the backfill, then keeps up with the clock every tickMs. */
  async start(): Promise<void> {
    await this.catchUp();
    this.logger.info({ ...this.getStats() }, 'backfill done; streaming live simulated traffic');
    this.timer = setInterval(() => {
      this.running = this.running.then(() => this.catchUp()).catch((err) => this.logger.error({ err }, 'pipeline tick failed'));
    }, this.opts.tickMs);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
    await this.sink.flush();
  }

  getStats(): EmbeddedStats {
    return { ...this.stats, watermarkMs: this.job.stats().watermarkMs };
  }

  /** Processes every whole second of simulated traffic up to now. */
  async catchUp(): Promise<void> {
    const until = Math.floor(this.now() / 1000) * 1000;
    while (this.nextSecondMs < until && !this.stopped) {
      const points: QoePoint[] = [];
      // Up to a minute of traffic per sink write, so backfill is fast and live is prompt.
      const batchEnd = Math.min(until, this.nextSecondMs + 60_000);
      const limits: ViewLimits = { nowMs: this.now(), maxFutureMs: this.opts.maxFutureMs };
      for (; this.nextSecondMs < batchEnd; this.nextSecondMs += 1000) {
        for (const raw of this.generator.viewsInSecond(this.nextSecondMs)) this.ingest(raw, limits, points);
      }
      for (const p of this.job.advance(this.now())) points.push(p);
      if (points.length > 0) await this.sink.write(points);
      this.stats.points += points.length;
    }
  }

  private ingest(raw: RawView, limits: ViewLimits, points: QoePoint[]): void {
    const r = normalizeView(raw, limits);
    if (!r.ok) {
      this.dead.write([deadLetter(r.reason, 'simulator', raw)]);
      this.stats.deadLetters++;
      return;
    }
    this.stats.views++;
    const out = this.job.process(r.value, '0', this.now());
    for (const p of out.points) points.push(p);
    for (const l of out.late) {
      this.stats.lateViews++;
      this.dead.write([deadLetter('late: beyond allowed lateness', 'simulator', { view_id: l.record.viewId })]);
    }
  }
}
