/**
 * Watermark = min over source partitions of (max event time seen - allowed
 * out-of-orderness). A partition that has been idle longer than idleTimeoutMs (processing
 * time) stops holding the watermark back, until it sends again.
 *
 * With a jump guard (jumpGuardMs > 0), a partition's max is an EventClock's: a lone record
 * far ahead of the rest does not move it, so it does not make every record after it late.
 */
import { EventClock } from './eventClock';

export class WatermarkTracker {
  /** Max event time seen per partition (`latest`), in an object each so a record's time is stored in place (in a Map, each new max was a new heap number). */
  private readonly maxEventTime = new Map<string, EventClock>();
  private readonly lastSeen = new Map<string, number>();
  /** The entry of the partition observed or registered last: with one partition (a replay), the only one. */
  private last: EventClock | undefined;

  constructor(
    private readonly outOfOrdernessMs: number,
    /** 0 disables idleness (replay: watermarks are then a pure function of the input). */
    private readonly idleTimeoutMs = 0,
    /** How far past its partition's max a record must be to wait for the next one to confirm it; 0 = no guard. */
    private readonly jumpGuardMs = 0,
    /** The guard also asks that far past the wall clock's now (observe's nowMs): live input (EventClock). */
    private readonly wallClock = false,
  ) {}

  observe(partition: string, eventTimeMs: number, nowMs = 0): void {
    let clock = this.maxEventTime.get(partition);
    if (clock === undefined) this.maxEventTime.set(partition, (clock = this.newClock()));
    clock.observe(eventTimeMs, nowMs);
    this.last = clock;
    if (this.idleTimeoutMs > 0) this.lastSeen.set(partition, nowMs);
  }

  /** Declares a partition (so an empty one holds the watermark until it is idle). */
  register(partition: string, nowMs = 0): void {
    if (!this.maxEventTime.has(partition)) this.maxEventTime.set(partition, (this.last = this.newClock()));
    if (this.idleTimeoutMs > 0 && !this.lastSeen.has(partition)) this.lastSeen.set(partition, nowMs);
  }

  remove(partition: string): void {
    if (this.maxEventTime.get(partition) === this.last) this.last = undefined;
    this.maxEventTime.delete(partition);
    this.lastSeen.delete(partition);
  }

  /** Current watermark; -Infinity before any record. */
  current(nowMs = 0): number {
    let min = Number.POSITIVE_INFINITY;
    if (this.idleTimeoutMs <= 0) {
      // One partition (every record of a replay): its entry, without iterating the map.
      if (this.maxEventTime.size === 1 && this.last !== undefined) return this.lagging(this.last.latest);
      for (const { latest } of this.maxEventTime.values()) if (latest < min) min = latest;
      return this.lagging(min);
    }
    let activeCount = 0;
    for (const [partition, { latest }] of this.maxEventTime) {
      if (nowMs - (this.lastSeen.get(partition) ?? nowMs) > this.idleTimeoutMs) continue;
      activeCount++;
      if (latest < min) min = latest;
    }
    if (activeCount === 0) {
      // Every partition idle: the most advanced one rules, so output does not stall forever.
      min = Number.NEGATIVE_INFINITY;
      for (const { latest } of this.maxEventTime.values()) if (latest > min) min = latest;
    }
    return this.lagging(min);
  }

  /** The watermark of the slowest partition's max event time: -Infinity while it is unknown. */
  private lagging(min: number): number {
    return min === Number.POSITIVE_INFINITY || min === Number.NEGATIVE_INFINITY ? Number.NEGATIVE_INFINITY : min - this.outOfOrdernessMs;
  }

  snapshot(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [p, { latest }] of this.maxEventTime) out[p] = latest;
    return out;
  }

  private newClock(): EventClock {
    return new EventClock(this.jumpGuardMs, this.wallClock);
  }

  /** The held record's time of each partition that has one (jump guard). */
  heldSnapshot(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [p, { held }] of this.maxEventTime) if (!Number.isNaN(held)) out[p] = held;
    return out;
  }

  restore(state: Record<string, number>, held: Record<string, number> = {}): void {
    this.maxEventTime.clear();
    this.last = undefined;
    for (const [p, t] of Object.entries(state)) {
      const clock = this.newClock();
      clock.latest = t;
      clock.held = held[p] ?? Number.NaN;
      this.maxEventTime.set(p, (this.last = clock));
    }
  }
}
