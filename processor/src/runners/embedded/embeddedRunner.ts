import type { Logger } from '../../log/logger';
import type { ViewLimits } from '../../decode/normalizeView';
import { normalizeView, type RawView } from '../../decode/normalizeView';
import { deadLetter, type DeadLetter, type ViewRecord } from '../../decode/viewRecord';
import type { DeadLetterSink } from '../../sinks/deadLetterSink';
import type { PointSink } from '../../sinks/pointSink';
import { newestWindowEndMs, type QoePoint } from '../../schema/point';
import { instrument } from '../../log/instrumentation';
import { CdnLogGenerator, ViewGenerator, type Scenario } from '../../sources/simulator';
import type { CdnRecord } from '../../decode/cdn';
import { RecordEnricher } from '../../enrich/recordEnricher';
import { CdnJobs, cdnLateDeadLetter, type CdnJobsOptions } from '../../jobs/cdnJobs';
import type { ViewQoeJobOptions } from '../../jobs/viewQoeJob';
import { ViewJobs } from '../../jobs/viewJobs';
import type { Detector } from '../../detect/detector';
import type { IncidentEvent } from '../../detect/incident';
import { incidentPoints } from '../../detect/incidentOutputs';

/** Input quiet this long (processing time, ms): late updates go out without waiting for the beat. */
export const QUIET_FLUSH_MS = 10_000;

/** The embedded pipeline's instrumentation events (log/instrumentation.ts). */
export const EMBEDDED_EVENTS = {
  /** A job's points handed to the sink (EmbeddedEmitEvent). */
  emitted: 'embedded.emitted',
} as const;

export interface EmbeddedEmitEvent {
  job: EmbeddedJob;
  points: number;
  /** End of the newest window among the points, epoch ms. */
  newestWindowEndMs: number | undefined;
  atMs: number;
}

/** The jobs of the embedded pipeline, as self-metrics name them. */
export type EmbeddedJob = 'view_qoe' | 'cdn';

/** Sources counted apart in records_in; beyond this many, "other". */
const MAX_SOURCES = 32;

export interface EmbeddedStats {
  /** Records read per job and source (collector, syslog, file, simulator). */
  recordsBySource: { job: EmbeddedJob; source: string; records: number }[];
  /** Points emitted per job. */
  pointsByJob: Record<EmbeddedJob, number>;
  views: number;
  deadLetters: number;
  lateViews: number;
  /** CDN records too late for their window (health or usage). */
  lateCdnRecords: number;
  points: number;
  incidentsOpened: number;
  cdnRecords: number;
  watermarkMs: number;
}

/**
 * The embedded pipeline's core: views from any source (simulator, HTTP collector, files)
 * -> per-minute QoE job -> sink. One process, no Kafka. ingest() resolves once the points
 * it produced are accepted by the sink, so a slow sink slows the sources down.
 */
export class EmbeddedPipeline {
  private readonly job: ViewJobs;
  private readonly cdn: CdnJobs;
  private readonly stats: Omit<EmbeddedStats, 'recordsBySource' | 'pointsByJob'> = { views: 0, deadLetters: 0, lateViews: 0, lateCdnRecords: 0, points: 0, incidentsOpened: 0, cdnRecords: 0, watermarkMs: Number.NEGATIVE_INFINITY };
  private lastInputMs = Number.NEGATIVE_INFINITY;
  private readonly bySource = new Map<string, { job: EmbeddedJob; source: string; records: number }>();
  private readonly pointsByJob: Record<EmbeddedJob, number> = { view_qoe: 0, cdn: 0 };
  /** Called with every incident open, update and close. */
  onIncident: ((e: IncidentEvent) => void) | undefined;

  constructor(
    job: Partial<ViewQoeJobOptions>,
    private readonly sink: PointSink,
    private readonly dead: DeadLetterSink,
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
    cdnJobs: Partial<CdnJobsOptions> = {},
    private readonly enricher: RecordEnricher = new RecordEnricher(),
  ) {
    this.job = new ViewJobs({ jumpGuard: 'live', ...job });
    this.cdn = new CdnJobs({ jumpGuard: 'live', ...cdnJobs });
  }

  /** Parsed CDN access records from one source: enriched, then CDN health, client QoE and usage. */
  async ingestCdn(records: readonly CdnRecord[], partition: string): Promise<void> {
    this.lastInputMs = this.now();
    const enriched = await this.enricher.enrich(records);
    const points: QoePoint[] = [];
    const now = this.now();
    for (const r of enriched) {
      this.stats.cdnRecords++;
      const out = this.cdn.process(r, partition, now);
      for (const p of out.points) points.push(p);
      for (const l of out.late) this.dead.write([cdnLateDeadLetter(l, partition)]);
      this.stats.lateCdnRecords += out.late.length;
    }
    this.countSource('cdn', partition, enriched.length);
    await this.emit(points, 'cdn');
  }

  get detector(): Detector {
    return this.job.detector;
  }

  /** Validated views from one source partition. */
  async ingest(views: readonly ViewRecord[], partition: string): Promise<void> {
    const now = this.now();
    this.lastInputMs = now;
    const points: QoePoint[] = [];
    for (const v of views) {
      this.stats.views++;
      const out = this.job.process(v, partition, now);
      for (const p of out.points) points.push(p);
      for (const e of out.incidents) {
        if (e.kind === 'open') {
          this.stats.incidentsOpened++;
          this.logger.warn({ incident: e.incident.incidentId, scope: e.incident.scope, property: e.incident.propertyId, errorType: e.incident.errorType, muted: e.incident.muted }, e.incident.message);
        } else if (e.kind === 'close') this.logger.info({ incident: e.incident.incidentId, viewsImpacted: e.incident.viewsImpacted }, 'incident closed');
        this.onIncident?.(e);
      }
      for (const l of out.late) {
        this.stats.lateViews++;
        this.dead.write([deadLetter(`late: view_end ${new Date(l.eventTimeMs).toISOString()} behind watermark ${new Date(l.watermarkMs).toISOString()} beyond allowed lateness`, partition, { view_id: l.record.viewId, property_id: l.record.propertyId })]);
      }
    }
    this.countSource('view_qoe', partition, views.length);
    await this.emit(points, 'view_qoe');
  }

  /** Raw view objects (simulator, NDJSON): validated here; bad ones dead-lettered. */
  async ingestRaw(raws: readonly RawView[], partition: string, limits: ViewLimits): Promise<void> {
    const good: ViewRecord[] = [];
    const bad: DeadLetter[] = [];
    for (const raw of raws) {
      const r = normalizeView(raw, limits);
      if (r.ok) good.push(r.value);
      else bad.push(deadLetter(r.reason, partition, raw));
    }
    this.deadLetters(bad);
    await this.ingest(good, partition);
  }

  deadLetters(records: readonly DeadLetter[]): void {
    if (records.length === 0) return;
    this.stats.deadLetters += records.length;
    this.dead.write(records);
  }

  /**
   * Emits windows that idle partitions no longer hold back and, once the input has been
   * quiet for QUIET_FLUSH_MS, the late updates still waiting for event time to move. Call
   * on a timer.
   */
  async tick(): Promise<void> {
    const now = this.now();
    const quiet = now - this.lastInputMs >= QUIET_FLUSH_MS;
    await this.emit([...this.job.qoe.advance(now), ...(quiet ? this.job.qoe.emitPendingUpdates() : [])], 'view_qoe');
    await this.emit([...this.cdn.advance(now), ...(quiet ? this.cdn.emitPendingUpdates() : [])], 'cdn');
  }

  /** Writes incident changes made by hand (admin close) as points, like detected ones. */
  async publishIncidents(events: readonly IncidentEvent[]): Promise<void> {
    await this.emit(events.flatMap(incidentPoints), 'view_qoe');
    for (const e of events) this.onIncident?.(e);
  }

  /**
   * At shutdown: the late updates of emitted windows still waiting for a quiet spell go out
   * (they count records already taken), then everything is flushed. Open windows stay
   * unwritten: their minutes are not complete.
   */
  async close(): Promise<void> {
    await this.emit(this.job.qoe.emitPendingUpdates(), 'view_qoe');
    await this.emit(this.cdn.emitPendingUpdates(), 'cdn');
    await this.sink.flush();
  }

  getStats(): EmbeddedStats {
    return { ...this.stats, recordsBySource: [...this.bySource.values()].map((r) => ({ ...r })), pointsByJob: { ...this.pointsByJob }, watermarkMs: this.job.qoe.stats().watermarkMs };
  }

  /** Source names are the callers' (http, syslog, a file's partition...); a flood of them ends in "other". */
  private countSource(job: EmbeddedJob, source: string, records: number): void {
    if (records === 0) return;
    let key = `${job}\t${source}`;
    if (!this.bySource.has(key) && this.bySource.size >= MAX_SOURCES) key = `${job}\tother`;
    const entry = this.bySource.get(key);
    if (entry) entry.records += records;
    else this.bySource.set(key, { job, source: key.split('\t')[1]!, records });
  }

  private async emit(points: QoePoint[], job: EmbeddedJob): Promise<void> {
    if (points.length === 0) return;
    this.stats.points += points.length;
    this.pointsByJob[job] += points.length;
    await this.sink.write(points);
    instrument<EmbeddedEmitEvent>(EMBEDDED_EVENTS.emitted, () => ({ job, points: points.length, newestWindowEndMs: newestWindowEndMs(points), atMs: this.now() }));
    this.logger.debug({ points: points.length }, 'points emitted');
  }
}

export interface LiveSimulatorOptions {
  scenario: Scenario;
  /** Minutes of simulated history generated at start. */
  backfillMinutes: number;
  maxFutureMs: number;
  /** How often the simulator catches up with the wall clock, ms. */
  tickMs: number;
  now?: () => number;
}

/**
 * Drives the simulator in wall-clock time: a burst of history at start (from a minute
 * boundary, so the first minute is complete), then every tick the seconds that passed.
 */
export class LiveSimulator {
  static readonly PARTITION = 'simulator';
  private readonly generator: ViewGenerator;
  private readonly cdnGenerator: CdnLogGenerator;
  private readonly now: () => number;
  private nextSecondMs: number;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(
    private readonly opts: LiveSimulatorOptions,
    private readonly pipeline: EmbeddedPipeline,
    private readonly logger: Logger,
  ) {
    this.now = opts.now ?? Date.now;
    const startMs = this.now();
    const clock = { scenarioStartMs: opts.scenario.start ? Date.parse(opts.scenario.start) : startMs };
    this.generator = new ViewGenerator(opts.scenario, clock);
    this.cdnGenerator = new CdnLogGenerator(opts.scenario, clock);
    this.nextSecondMs = opts.backfillMinutes > 0 ? Math.floor((startMs - opts.backfillMinutes * 60_000) / 60_000) * 60_000 : Math.floor(startMs / 1000) * 1000;
  }

  async start(): Promise<void> {
    await this.catchUp();
    this.timer = setInterval(() => {
      this.running = this.running.then(() => this.catchUp()).catch((err: Error) => this.logger.error({ err: err.message }, 'simulator tick failed'));
    }, this.opts.tickMs);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Generates every whole second up to now, a minute of traffic per pipeline call. */
  async catchUp(): Promise<void> {
    const until = Math.floor(this.now() / 1000) * 1000;
    while (this.nextSecondMs < until && !this.stopped) {
      const batchEnd = Math.min(until, this.nextSecondMs + 60_000);
      const raws: RawView[] = [];
      const cdn: CdnRecord[] = [];
      for (; this.nextSecondMs < batchEnd; this.nextSecondMs += 1000) {
        for (const v of this.generator.viewsInSecond(this.nextSecondMs)) raws.push(v);
        for (const r of this.cdnGenerator.recordsInSecond(this.nextSecondMs)) cdn.push(r as CdnRecord);
      }
      await this.pipeline.ingestRaw(raws, LiveSimulator.PARTITION, { nowMs: this.now(), maxFutureMs: this.opts.maxFutureMs });
      await this.pipeline.ingestCdn(cdn, LiveSimulator.PARTITION);
    }
    await this.pipeline.tick();
  }
}
