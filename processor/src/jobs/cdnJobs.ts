import type { Job } from './job';
import type { CdnJobRecord } from '../decode/cdn';
import { deadLetter, type DeadLetter } from '../decode/viewRecord';
import { CdnMinute, DEFAULT_CDN_LIMITS, type CdnLimits, type CdnMinuteSnapshot } from '../aggregate/cdnMinute';
import { DEFAULT_MAX_ASSETS_PER_HOUR, UsageHour, type UsageHourSnapshot } from '../aggregate/usageHour';
import { MEASUREMENTS, OTHER_VALUE } from '../schema';
import type { QoePoint } from '../schema/point';
import { DEFAULT_MAX_KEYS_PER_WINDOW, TumblingWindows, type JumpGuard, type LateRecord, type WindowsSnapshot } from '../window/tumblingWindows';

export interface CdnJobsSnapshot {
  version: 1;
  records: number;
  health: WindowsSnapshot<CdnMinuteSnapshot>;
  usage: WindowsSnapshot<UsageHourSnapshot>;
}

/** The job a late CDN record missed. */
export type CdnJob = 'health' | 'usage';

/** A record later than one job accepts: it is dead-lettered for that job (it may count in the other). */
export type CdnLateRecord = LateRecord<CdnJobRecord> & { job: CdnJob };

const LATE_REASON: Record<CdnJob, string> = {
  health: 'late: CDN record beyond the allowed lateness of per-minute CDN health and client QoE',
  usage: 'late: CDN record beyond the allowed lateness of hourly usage',
};

/** The dead letter of a record later than a CDN job accepts, naming the job. */
export function cdnLateDeadLetter(l: CdnLateRecord, source: string, position?: string | number): DeadLetter {
  return deadLetter(LATE_REASON[l.job], source, { record_id: l.record.record_id, request_time_ms: l.eventTimeMs }, position);
}

/** What each job did with the records it was given: records in = aggregated + late (+ no environment for usage). */
export interface CdnJobsStats {
  records: number;
  health: { aggregated: number; late: number };
  usage: { aggregated: number; late: number; noEnvironment: number };
}

export interface CdnJobsOptions {
  outOfOrdernessMs: number;
  /** Late records still update per-minute CDN health for this long. */
  healthLatenessMs: number;
  /** Late records still count in hourly usage for this long (3 h by design). */
  usageLatenessMs: number;
  idleTimeoutMs: number;
  /** Whether a lone record far ahead of the rest is kept from moving the watermark, and how (TumblingWindowOptions.jumpGuard): replays 'replay', live runners 'live'. */
  jumpGuard: JumpGuard;
  limits: CdnLimits;
  /** Which jobs run: health (keyed by CDN) and usage (keyed by environment) can run apart, on differently keyed topics. */
  health: boolean;
  usage: boolean;
  /** CDNs per minute and environments per hour; records of further ones count under "other" (QOE_MAX_KEYS_PER_WINDOW). */
  maxKeys: number;
  /** Assets per environment and hour; further ones count under "other" (QOE_MAX_ASSETS_PER_HOUR). */
  maxAssets: number;
}

export const DEFAULT_CDN_JOBS_OPTIONS: CdnJobsOptions = {
  outOfOrdernessMs: 10_000,
  healthLatenessMs: 120_000,
  usageLatenessMs: 3 * 3_600_000,
  idleTimeoutMs: 0,
  jumpGuard: 'off',
  limits: DEFAULT_CDN_LIMITS,
  health: true,
  usage: true,
  maxKeys: DEFAULT_MAX_KEYS_PER_WINDOW,
  maxAssets: DEFAULT_MAX_ASSETS_PER_HOUR,
};

export interface CdnJobsOutput {
  points: readonly QoePoint[];
  /** Too late for a job: per-minute health (2 min by default) or hourly usage (3 h). */
  late: readonly CdnLateRecord[];
}

/** The output of a record that emitted nothing and was in time (nearly every record): shared. */
const NO_OUTPUT: CdnJobsOutput = Object.freeze({ points: Object.freeze([]), late: Object.freeze([]) });

/**
 * Enriched CDN access records -> per-minute cdn_health, cdn_health_by, cdn_client_qoe
 * (keyed by CDN) and hourly usage, usage_asset (keyed by environment, exactly once), all in
 * the event time of the request. Pure.
 */
export class CdnJobs implements Job<CdnJobRecord, CdnJobsOutput, CdnJobsSnapshot> {
  private readonly health: TumblingWindows<CdnJobRecord, CdnMinute>;
  private readonly usage: TumblingWindows<CdnJobRecord, UsageHour>;
  private records = 0;
  private readonly counts: CdnJobsStats = { records: 0, health: { aggregated: 0, late: 0 }, usage: { aggregated: 0, late: 0, noEnvironment: 0 } };
  private readonly o: CdnJobsOptions;

  constructor(opts: Partial<CdnJobsOptions> = {}) {
    const o = (this.o = { ...DEFAULT_CDN_JOBS_OPTIONS, ...opts });
    this.health = new TumblingWindows<CdnJobRecord, CdnMinute>({
      sizeMs: MEASUREMENTS.cdnHealth.windowMs,
      outOfOrdernessMs: o.outOfOrdernessMs,
      allowedLatenessMs: o.healthLatenessMs,
      idleTimeoutMs: o.idleTimeoutMs,
      jumpGuard: o.jumpGuard,
      maxKeys: o.maxKeys,
      overflowKey: OTHER_VALUE,
      keyOf: (r) => r.cdn || 'unknown',
      timeOf: (r) => Number(r.request_time_ms),
      create: (cdn, start) => new CdnMinute(cdn, start, o.limits),
      add: (acc, r) => acc.add(r),
      release: (acc) => acc.release(),
    });
    this.usage = new TumblingWindows<CdnJobRecord, UsageHour>({
      sizeMs: MEASUREMENTS.usage.windowMs,
      outOfOrdernessMs: o.outOfOrdernessMs,
      allowedLatenessMs: o.usageLatenessMs,
      idleTimeoutMs: o.idleTimeoutMs,
      jumpGuard: o.jumpGuard,
      maxKeys: o.maxKeys,
      overflowKey: OTHER_VALUE,
      keyOf: (r) => r.environment_id || 'unknown',
      timeOf: (r) => Number(r.request_time_ms),
      create: (env, start) => new UsageHour(env, start, o.maxAssets),
      add: (acc, r) => acc.add(r),
    });
  }

  process(r: CdnJobRecord, partition = '0', nowMs = 0): CdnJobsOutput {
    this.records++;
    let points: QoePoint[] | undefined;
    let late: CdnLateRecord[] | undefined;
    if (this.o.health) {
      const h = this.health.add(r, partition, nowMs);
      // Indexed loops: a for-of over the (nearly always empty) emissions made an iterator a record.
      for (let i = 0; i < h.emitted.length; i++) (points ??= []).push(...h.emitted[i]!.acc.toPoints());
      if (h.late) {
        late ??= [];
        late.push({ ...h.late, job: 'health' });
        this.counts.health.late++;
      } else this.counts.health.aggregated++;
    }
    if (this.o.usage) {
      if (!r.environment_id) this.counts.usage.noEnvironment++;
      else {
        const u = this.usage.add(r, partition, nowMs);
        for (let i = 0; i < u.emitted.length; i++) (points ??= []).push(...u.emitted[i]!.acc.toPoints());
        if (u.late) {
          late ??= [];
          late.push({ ...u.late, job: 'usage' });
          this.counts.usage.late++;
        } else this.counts.usage.aggregated++;
      }
    }
    return points || late ? { points: points ?? [], late: late ?? [] } : NO_OUTPUT;
  }

  advance(nowMs = 0): QoePoint[] {
    return [...this.health.advance(nowMs), ...this.usage.advance(nowMs)].flatMap((w) => w.acc.toPoints());
  }

  flush(): QoePoint[] {
    return [...this.health.flush(), ...this.usage.flush()].flatMap((w) => w.acc.toPoints());
  }

  /** Late updates of emitted windows, at once (see TumblingWindows.emitPendingUpdates). */
  emitPendingUpdates(): QoePoint[] {
    return [...this.health.emitPendingUpdates(), ...this.usage.emitPendingUpdates()].flatMap((w) => w.acc.toPoints());
  }

  snapshot(): CdnJobsSnapshot {
    return { version: 1, records: this.records, health: this.health.snapshot((m) => m.snapshot()), usage: this.usage.snapshot((u) => u.snapshot()) };
  }

  restore(s: CdnJobsSnapshot): void {
    if (s.version !== 1) throw new Error(`unsupported CDN jobs snapshot version ${String(s.version)}`);
    this.records = s.records;
    this.health.restore(s.health, (json, cdn, start) => CdnMinute.restore(json, cdn, start, this.o.limits));
    this.usage.restore(s.usage, (json, env, start) => UsageHour.restore(json, env, start, this.o.maxAssets));
  }

  stats(): { records: number; lateForUsage: number; lateForHealth: number; overflow: number } {
    return { records: this.records, lateForUsage: this.usage.lateRecords(), lateForHealth: this.health.lateRecords(), overflow: this.health.overflowRecords() + this.usage.overflowRecords() };
  }

  /** Per job: records aggregated, late (dead-lettered), and without a usage environment, since this instance started. */
  jobStats(): CdnJobsStats {
    return { records: this.records, health: { ...this.counts.health }, usage: { ...this.counts.usage } };
  }
}
