import { WatermarkTracker } from './watermark';

/** Keys per window (properties a minute, environments an hour) unless configured: far above real traffic, far below a flood. */
export const DEFAULT_MAX_KEYS_PER_WINDOW = 20_000;

export interface TumblingWindowOptions<R, A> {
  /** Window width, ms. Windows are aligned to the epoch: [k*size, (k+1)*size). */
  sizeMs: number;
  /** Watermark lag behind the max event time, ms. */
  outOfOrdernessMs: number;
  /** How long after a window's end late records still update (and re-emit) it, ms. */
  allowedLatenessMs: number;
  /** Partitions idle this long (processing time) do not hold the watermark; 0 = never. */
  idleTimeoutMs?: number;
  /**
   * A lone record further ahead than the out-of-orderness and allowed lateness together
   * waits for the next record of its partition to confirm it before it moves the watermark
   * (WatermarkTracker's jump guard, an EventClock per partition): 'replay' judges by the
   * input alone (a wait of one record costs a replay nothing); 'live' holds only records
   * that far ahead of the wall clock's now (the `nowMs` of add()) too, so that a partition's
   * first record after a quiet spell waits for nothing. 'off' (or absent): no guard.
   */
  jumpGuard?: JumpGuard;
  /**
   * Windows updated by late records are emitted again when the watermark crosses a
   * multiple of this (event time), not on every late record. Default min(size, 1 min).
   */
  lateFiringMs?: number;
  /**
   * Distinct keys per window (a flood of made-up property or environment ids must not grow
   * memory or series without bound): once a window holds this many, records of new keys
   * go to `overflowKey`. Default: no bound.
   */
  maxKeys?: number;
  /** The key records beyond maxKeys are counted under. */
  overflowKey?: string;
  keyOf(record: R): string;
  timeOf(record: R): number;
  create(key: string, windowStartMs: number): A;
  add(acc: A, record: R): void;
  /**
   * Called with the accumulator of a window dropped past its allowed lateness (so it can give
   * back memory to be used again), at the next call that collects windows: the results of the
   * call that dropped it are used by the caller before it calls again.
   */
  release?(acc: A): void;
}

/** Whether a lone record far ahead of the rest is kept from moving the watermark, and how (TumblingWindowOptions.jumpGuard). */
export type JumpGuard = 'off' | 'replay' | 'live';

export interface WindowResult<A> {
  key: string;
  windowStartMs: number;
  windowEndMs: number;
  acc: A;
  /** 0 for the first emission; n for the n-th update by late records. */
  revision: number;
}

/** JSON-safe state of the engine, for checkpoints (restored with restore()). */
export interface WindowsSnapshot<S> {
  watermark: Record<string, number | null>;
  /** Records held by the watermark's jump guard, per partition (absent: none). */
  watermarkHeld?: Record<string, number>;
  lastWatermark: number | null;
  lastLateFiring?: number | null;
  lateCount: number;
  windows: { start: number; dirty: string[]; slots: { key: string; revision: number; acc: S }[] }[];
}

export interface LateRecord<R> {
  record: R;
  eventTimeMs: number;
  watermarkMs: number;
}

interface WindowSlot<A> {
  acc: A;
  emittedRevision: number; // -1 = never emitted
}

interface WindowState<A> {
  slots: Map<string, WindowSlot<A>>;
  /** Keys changed since the window was last emitted. */
  dirty: Set<string>;
}

/** What add() answers for a record that made nothing due (nearly every record): one shared, frozen answer. */
const NOTHING_DUE: { emitted: readonly never[] } = Object.freeze({ emitted: Object.freeze([]) });

/**
 * Event-time tumbling windows keyed by any string key. Pure logic: the caller feeds
 * records and reads emissions; no timers, no I/O.
 *
 * A window is emitted once the watermark passes its end, in (end, key) order. Records
 * for an emitted window arrive "late": within the allowed lateness they update it and it
 * is emitted again (same point identity, so the sink overwrites); beyond it they go to the
 * late output. Emission is checked after every record, so results do not depend on how the
 * input was batched.
 */
export class TumblingWindows<R, A> {
  private readonly watermark: WatermarkTracker;
  /** window start -> key -> slot */
  private readonly windows = new Map<number, WindowState<A>>();
  private lateCount = 0;
  private overflowCount = 0;
  private lastWatermark = Number.NEGATIVE_INFINITY;
  private lastLateFiring = Number.NEGATIVE_INFINITY;
  /**
   * No window can fall due, become final or fire late before the watermark reaches this
   * (set by collect(), lowered when a window opens); -Infinity = unknown, collect.
   */
  private nextDueMs = Number.NEGATIVE_INFINITY;
  private readonly lateFiringMs: number;
  /**
   * The slot the last record went to (lastSlot), still marked dirty: records come in runs of one
   * window and key, and the next one of the run needs no lookups. Forgotten whenever a
   * window is emitted, dropped or restored (emission clears the dirty mark).
   */
  private lastSlot: WindowSlot<A> | undefined;
  /** Window start and key of lastSlot (kept in fields: an object for them was made at every change of key). */
  private lastStart = 0;
  private lastKey = '';
  /** Accumulators of windows dropped by the last collect, released at the next (see opts.release). */
  private dropped: A[] = [];

  constructor(private readonly opts: TumblingWindowOptions<R, A>) {
    if (!(opts.sizeMs > 0)) throw new Error('sizeMs must be > 0');
    this.watermark = new WatermarkTracker(opts.outOfOrdernessMs, opts.idleTimeoutMs ?? 0, opts.jumpGuard && opts.jumpGuard !== 'off' ? opts.outOfOrdernessMs + opts.allowedLatenessMs : 0, opts.jumpGuard === 'live');
    this.lateFiringMs = opts.lateFiringMs ?? Math.min(opts.sizeMs, 60_000);
  }

  windowStart(timeMs: number): number {
    return Math.floor(timeMs / this.opts.sizeMs) * this.opts.sizeMs;
  }

  /**
   * Adds one record. Returns the windows that became complete (or were updated) and the
   * record itself when it was too late for any window.
   */
  add(record: R, partition = '0', nowMs = 0): { emitted: readonly WindowResult<A>[]; late?: LateRecord<R> } {
    const t = this.opts.timeOf(record);
    const start = this.windowStart(t);
    const end = start + this.opts.sizeMs;
    const wm = this.lastWatermark;
    if (end + this.opts.allowedLatenessMs <= wm) {
      this.lateCount++;
      this.watermark.observe(partition, t, nowMs);
      return { emitted: this.advance(nowMs), late: { record, eventTimeMs: t, watermarkMs: wm } };
    }
    const key = this.opts.keyOf(record);
    const last = this.lastSlot;
    if (last !== undefined && this.lastStart === start && this.lastKey === key) this.opts.add(last.acc, record);
    else {
      let state = this.windows.get(start);
      if (!state) {
        state = { slots: new Map(), dirty: new Set() };
        this.windows.set(start, state);
        if (end < this.nextDueMs) this.nextDueMs = end;
      }
      let slotKey = key;
      let slot = state.slots.get(key);
      if (!slot && state.slots.size >= (this.opts.maxKeys ?? Number.POSITIVE_INFINITY)) {
        slotKey = this.opts.overflowKey ?? key;
        slot = state.slots.get(slotKey);
        this.overflowCount++;
      }
      if (!slot) {
        slot = { acc: this.opts.create(slotKey, start), emittedRevision: -1 };
        state.slots.set(slotKey, slot);
      }
      this.opts.add(slot.acc, record);
      state.dirty.add(slotKey);
      if (slotKey === key) {
        this.lastSlot = slot;
        this.lastStart = start;
        this.lastKey = key;
      }
    }
    this.watermark.observe(partition, t, nowMs);
    // A record for an open window changes nothing that is due until the watermark reaches
    // the next window end, finality or late-firing beat (skips the scan on nearly every record).
    const next = Math.max(wm, this.watermark.current(nowMs));
    if (end > wm && next < this.nextDueMs) {
      this.lastWatermark = next;
      return NOTHING_DUE;
    }
    return { emitted: this.advanceTo(next) };
  }

  registerPartition(partition: string, nowMs = 0): void {
    this.watermark.register(partition, nowMs);
  }

  /** Re-evaluates the watermark (e.g. on a timer, for idle partitions) and emits what is due. */
  advance(nowMs = 0): WindowResult<A>[] {
    return this.advanceTo(Math.max(this.lastWatermark, this.watermark.current(nowMs)));
  }

  private advanceTo(wm: number): WindowResult<A>[] {
    this.lastWatermark = wm;
    return this.collect(wm);
  }

  /**
   * Emits the updates late records made to windows already emitted, without waiting for
   * the late-firing beat (which needs event time to move). For live runs whose input went
   * quiet, on a processing-time timer; the values are the same the beat would emit.
   */
  emitPendingUpdates(): WindowResult<A>[] {
    const due: WindowResult<A>[] = [];
    this.lastSlot = undefined;
    for (const start of [...this.windows.keys()].sort((a, b) => a - b)) {
      const end = start + this.opts.sizeMs;
      if (end > this.lastWatermark) break;
      const state = this.windows.get(start)!;
      for (const key of [...state.dirty].sort()) {
        const slot = state.slots.get(key)!;
        state.dirty.delete(key);
        slot.emittedRevision++;
        due.push({ key, windowStartMs: start, windowEndMs: end, acc: slot.acc, revision: slot.emittedRevision });
      }
    }
    return due;
  }

  /** End of input: emits every open window regardless of the watermark, then drops state. */
  flush(): WindowResult<A>[] {
    const out = this.collect(Number.POSITIVE_INFINITY);
    this.windows.clear();
    this.lastSlot = undefined;
    return out;
  }

  currentWatermark(): number {
    return this.lastWatermark;
  }

  /** Records that arrived after their window's allowed lateness. */
  lateRecords(): number {
    return this.lateCount;
  }

  /** Records of keys beyond maxKeys, counted under the overflow key, since this instance started. */
  overflowRecords(): number {
    return this.overflowCount;
  }

  openWindowCount(): number {
    let n = 0;
    for (const w of this.windows.values()) n += w.slots.size;
    return n;
  }

  /** State as plain JSON; `save` turns an accumulator into JSON. */
  snapshot<S>(save: (acc: A) => S): WindowsSnapshot<S> {
    const finite = (x: number) => (Number.isFinite(x) ? x : null);
    const wmState = this.watermark.snapshot();
    const held = this.watermark.heldSnapshot();
    return {
      watermark: Object.fromEntries(Object.entries(wmState).map(([k, v]) => [k, finite(v)])),
      ...(Object.keys(held).length > 0 ? { watermarkHeld: held } : {}),
      lastWatermark: finite(this.lastWatermark),
      lastLateFiring: finite(this.lastLateFiring),
      lateCount: this.lateCount,
      windows: [...this.windows.entries()].map(([start, w]) => ({
        start,
        dirty: [...w.dirty],
        slots: [...w.slots.entries()].map(([key, slot]) => ({ key, revision: slot.emittedRevision, acc: save(slot.acc) })),
      })),
    };
  }

  /** Replaces the state with a snapshot; `load` rebuilds an accumulator. */
  restore<S>(snap: WindowsSnapshot<S>, load: (json: S, key: string, windowStartMs: number) => A): void {
    const num = (x: number | null) => (x === null ? Number.NEGATIVE_INFINITY : x);
    this.watermark.restore(Object.fromEntries(Object.entries(snap.watermark).map(([k, v]) => [k, num(v)])), snap.watermarkHeld);
    this.lastWatermark = num(snap.lastWatermark);
    this.lastLateFiring = num(snap.lastLateFiring ?? null);
    this.lateCount = snap.lateCount;
    this.nextDueMs = Number.NEGATIVE_INFINITY;
    this.lastSlot = undefined;
    this.windows.clear();
    for (const w of snap.windows) {
      const slots = new Map<string, WindowSlot<A>>();
      for (const s of w.slots) slots.set(s.key, { acc: load(s.acc, s.key, w.start), emittedRevision: s.revision });
      this.windows.set(w.start, { slots, dirty: new Set(w.dirty) });
    }
  }

  private collect(wm: number): WindowResult<A>[] {
    this.releaseDropped();
    const due = this.collectDue(wm);
    this.nextDueMs = this.nextDueAfter(wm);
    return due;
  }

  private releaseDropped(): void {
    if (this.dropped.length === 0) return;
    for (const acc of this.dropped) this.opts.release!(acc);
    this.dropped = [];
  }

  private collectDue(wm: number): WindowResult<A>[] {
    const due: WindowResult<A>[] = [];
    this.lastSlot = undefined;
    let anyDue = false;
    for (const start of this.windows.keys()) {
      if (start + this.opts.sizeMs <= wm) {
        anyDue = true;
        break;
      }
    }
    if (!anyDue) return due;
    const firing = Math.floor(wm / this.lateFiringMs);
    const fireLate = firing !== this.lastLateFiring;
    if (fireLate) this.lastLateFiring = firing;
    const starts = [...this.windows.keys()].sort((a, b) => a - b);
    for (const start of starts) {
      const end = start + this.opts.sizeMs;
      if (end > wm) break;
      const state = this.windows.get(start)!;
      const final = end + this.opts.allowedLatenessMs <= wm;
      if (state.dirty.size > 0) {
        for (const key of [...state.dirty].sort()) {
          const slot = state.slots.get(key)!;
          // First emissions go out at once; updates from late records on the late-firing beat.
          if (slot.emittedRevision >= 0 && !fireLate && !final) continue;
          state.dirty.delete(key);
          slot.emittedRevision++;
          due.push({ key, windowStartMs: start, windowEndMs: end, acc: slot.acc, revision: slot.emittedRevision });
        }
      }
      // Past the allowed lateness nothing can change the window: drop its state.
      if (final) {
        if (this.opts.release) for (const slot of state.slots.values()) this.dropped.push(slot.acc);
        this.windows.delete(start);
      }
    }
    return due;
  }

  /**
   * The lowest watermark at which collect() could emit or drop something, once it has run
   * at `wm`: an open window's end, an emitted window's finality, and (while emitted windows
   * are kept for late records) the next late-firing beat.
   */
  private nextDueAfter(wm: number): number {
    let next = Number.POSITIVE_INFINITY;
    let kept = false;
    for (const start of this.windows.keys()) {
      const end = start + this.opts.sizeMs;
      if (end > wm) next = Math.min(next, end);
      else {
        kept = true;
        next = Math.min(next, end + this.opts.allowedLatenessMs);
      }
    }
    if (kept) next = Math.min(next, (Math.floor(wm / this.lateFiringMs) + 1) * this.lateFiringMs);
    return next;
  }
}
