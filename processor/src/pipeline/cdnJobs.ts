import type { CdnRecord } from '../decode/cdn';
import { deadLetter, type DeadLetter } from '../decode/viewRecord';
import { CdnMinute, DEFAULT_CDN_LIMITS, type CdnLimits, type CdnMinuteSnapshot } from '../aggregate/cdnMinute';
import { UsageHour, type UsageHourSnapshot } from '../aggregate/usageHour';
import { MEASUREMENTS } from '../schema';
import type { QoePoint } from '../sinks/point';
import { TumblingWindows, type LateRecord, type WindowsSnapshot } from '../window/tumblingWindows';

export interface CdnJobsSnapshot {
  version: 1;
  records: number;
  health: WindowsSnapshot<CdnMinuteSnapshot>;
  usage: WindowsSnapshot<UsageHourSnapshot>;
}

/** The dead letter of a record later than hourly usage accepts. */
export function usageLateDeadLetter(l: LateRecord<CdnRecord>, source: string, position?: string | number): DeadLetter {
  return deadLetter('late: CDN record beyond the allowed lateness of hourly usage', source, { record_id: l.record.record_id }, position);
}

export interface CdnJobsOptions {
  outOfOrdernessMs: number;
  /** Late records still update per-minute CDN health for this long. */
  healthLatenessMs: number;
  /** Late records still count in hourly usage for this long (3 h by design). */
  usageLatenessMs: number;
  idleTimeoutMs: number;
  limits: CdnLimits;
  /** Which jobs run: health (keyed by CDN) and usage (keyed by environment) can run apart, on differently keyed topics. */
  health: boolean;
  usage: boolean;
}

export const DEFAULT_CDN_JOBS_OPTIONS: CdnJobsOptions = {
  outOfOrdernessMs: 10_000,
  healthLatenessMs: 120_000,
  usageLatenessMs: 3 * 3_600_000,
  idleTimeoutMs: 0,
  limits: DEFAULT_CDN_LIMITS,
  health: true,
  usage: true,
};

export interface CdnJobsOutput {
  points: QoePoint[];
  /** Too late even for hourly usage. */
  late: LateRecord<CdnRecord>[];
}

/**
 * Enriched CDN access records -> per-minute cdn_health, cdn_health_by, cdn_client_qoe
 * (keyed by CDN) and hourly usage, usage_asset (keyed by environment, exactly once), all in
 * the event time of the request. Pure.
 */
export class CdnJobs {
  private readonly health: TumblingWindows<CdnRecord, CdnMinute>;
  private readonly usage: TumblingWindows<CdnRecord, UsageHour>;
  private records = 0;
  private readonly o: CdnJobsOptions;

  constructor(opts: Partial<CdnJobsOptions> = {}) {
    const o = (this.o = { ...DEFAULT_CDN_JOBS_OPTIONS, ...opts });
    this.health = new TumblingWindows<CdnRecord, CdnMinute>({
      sizeMs: MEASUREMENTS.cdnHealth.windowMs,
      outOfOrdernessMs: o.outOfOrdernessMs,
      allowedLatenessMs: o.healthLatenessMs,
      idleTimeoutMs: o.idleTimeoutMs,
      keyOf: (r) => r.cdn || 'unknown',
      timeOf: (r) => Number(r.request_time_ms),
      create: (cdn, start) => new CdnMinute(cdn, start, o.limits),
      add: (acc, r) => acc.add(r),
    });
    this.usage = new TumblingWindows<CdnRecord, UsageHour>({
      sizeMs: MEASUREMENTS.usage.windowMs,
      outOfOrdernessMs: o.outOfOrdernessMs,
      allowedLatenessMs: o.usageLatenessMs,
      idleTimeoutMs: o.idleTimeoutMs,
      keyOf: (r) => r.environment_id || 'unknown',
      timeOf: (r) => Number(r.request_time_ms),
      create: (env, start) => new UsageHour(env, start),
      add: (acc, r) => acc.add(r),
    });
  }

  process(r: CdnRecord, partition = '0', nowMs = 0): CdnJobsOutput {
    this.records++;
    const points: QoePoint[] = [];
    if (this.o.health) {
      const h = this.health.add(r, partition, nowMs);
      for (const w of h.emitted) points.push(...w.acc.toPoints());
    }
    const late: LateRecord<CdnRecord>[] = [];
    if (this.o.usage && r.environment_id) {
      const u = this.usage.add(r, partition, nowMs);
      for (const w of u.emitted) points.push(...w.acc.toPoints());
      if (u.late) late.push(u.late);
    }
    return { points, late };
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
    this.usage.restore(s.usage, (json, env, start) => UsageHour.restore(json, env, start));
  }

  stats(): { records: number; lateForUsage: number; lateForHealth: number } {
    return { records: this.records, lateForUsage: this.usage.lateRecords(), lateForHealth: this.health.lateRecords() };
  }
}
