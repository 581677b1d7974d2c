import type { ViewRecord } from '../decode/viewRecord';
import { DEFAULT_BREAKDOWN_LIMITS, PropertyMinute, type BreakdownLimits, type PropertyMinuteSnapshot } from '../aggregate/propertyMinute';
import { MEASUREMENTS, OTHER_VALUE } from '../schema';
import type { QoePoint } from '../schema/point';
import { DEFAULT_MAX_KEYS_PER_WINDOW, TumblingWindows, type JumpGuard, type LateRecord, type WindowResult, type WindowsSnapshot } from '../window/tumblingWindows';

export interface ViewQoeJobSnapshot {
  version: 1;
  viewsIn: number;
  windows: WindowsSnapshot<PropertyMinuteSnapshot>;
}

export interface ViewQoeJobOptions {
  outOfOrdernessMs: number;
  allowedLatenessMs: number;
  /** Partitions idle this long (processing time) stop holding the watermark; 0 for replay. */
  idleTimeoutMs: number;
  /** Whether a lone view far ahead of the rest is kept from moving the watermark, and how (TumblingWindowOptions.jumpGuard): replays 'replay', live runners 'live'. */
  jumpGuard: JumpGuard;
  limits: BreakdownLimits;
  /** Properties per minute; views of further properties count under "other" (QOE_MAX_KEYS_PER_WINDOW). */
  maxProperties: number;
}

export const DEFAULT_VIEW_QOE_JOB_OPTIONS: ViewQoeJobOptions = {
  outOfOrdernessMs: 10_000,
  allowedLatenessMs: 120_000,
  idleTimeoutMs: 0,
  jumpGuard: 'off',
  limits: DEFAULT_BREAKDOWN_LIMITS,
  maxProperties: DEFAULT_MAX_KEYS_PER_WINDOW,
};

export interface JobOutput {
  points: readonly QoePoint[];
  late: readonly LateRecord<ViewRecord>[];
}

/** The output of a view that emitted nothing and was in time (nearly every view): shared. */
const NO_OUTPUT: JobOutput = Object.freeze({ points: Object.freeze([]), late: Object.freeze([]) });

/**
 * Views -> per-minute view_qoe, view_qoe_by and view_errors points, keyed by property, in
 * event time (the minute the view ended). Pure: no clocks or I/O of its own.
 */
export class ViewQoeJob {
  private readonly windows: TumblingWindows<ViewRecord, PropertyMinute>;
  private viewsIn = 0;

  private readonly limits: BreakdownLimits;

  constructor(opts: Partial<ViewQoeJobOptions> = {}) {
    const o = { ...DEFAULT_VIEW_QOE_JOB_OPTIONS, ...opts };
    this.limits = o.limits;
    this.windows = new TumblingWindows<ViewRecord, PropertyMinute>({
      sizeMs: MEASUREMENTS.viewQoe.windowMs,
      outOfOrdernessMs: o.outOfOrdernessMs,
      allowedLatenessMs: o.allowedLatenessMs,
      idleTimeoutMs: o.idleTimeoutMs,
      jumpGuard: o.jumpGuard,
      maxKeys: o.maxProperties,
      overflowKey: OTHER_VALUE,
      keyOf: (v) => v.propertyId,
      timeOf: (v) => v.viewEndMs,
      create: (key, start) => new PropertyMinute(key, start, o.limits),
      add: (acc, v) => acc.add(v),
      release: (acc) => acc.release(),
    });
  }

  process(view: ViewRecord, partition = '0', nowMs = 0): JobOutput {
    this.viewsIn++;
    const r = this.windows.add(view, partition, nowMs);
    if (r.emitted.length === 0 && !r.late) return NO_OUTPUT;
    return { points: toPoints(r.emitted), late: r.late ? [r.late] : [] };
  }

  /** Emits windows the watermark has passed (call on a timer when idle partitions matter). */
  advance(nowMs = 0): QoePoint[] {
    return toPoints(this.windows.advance(nowMs));
  }

  /** Late updates of emitted minutes, at once (see TumblingWindows.emitPendingUpdates). */
  emitPendingUpdates(): QoePoint[] {
    return toPoints(this.windows.emitPendingUpdates());
  }

  /** End of input: emits every open window. */
  flush(): QoePoint[] {
    return toPoints(this.windows.flush());
  }

  /** Open-window state and watermarks as JSON, to checkpoint with the input position. */
  snapshot(): ViewQoeJobSnapshot {
    return { version: 1, viewsIn: this.viewsIn, windows: this.windows.snapshot((pm) => pm.snapshot()) };
  }

  restore(snap: ViewQoeJobSnapshot): void {
    if (snap.version !== 1) throw new Error(`unsupported job snapshot version ${String(snap.version)}`);
    this.viewsIn = snap.viewsIn;
    this.windows.restore(snap.windows, (json, key, start) => PropertyMinute.restore(json, key, start, this.limits));
  }

  stats(): { views: number; late: number; overflow: number; openWindows: number; watermarkMs: number } {
    return { views: this.viewsIn, late: this.windows.lateRecords(), overflow: this.windows.overflowRecords(), openWindows: this.windows.openWindowCount(), watermarkMs: this.windows.currentWatermark() };
  }
}

function toPoints(results: readonly WindowResult<PropertyMinute>[]): QoePoint[] {
  const out: QoePoint[] = [];
  for (const r of results) for (const p of r.acc.toPoints()) out.push(p);
  return out;
}
