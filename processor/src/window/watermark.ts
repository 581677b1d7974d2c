/**
 * Watermark = min over source partitions of (max event time seen - allowed
 * out-of-orderness). A partition that has been idle longer than idleTimeoutMs (processing
 * time) stops holding the watermark back, until it sends again.
 */
export class WatermarkTracker {
  /** Max event time seen per partition, in an object each so a record's time is stored in place (in a Map, each new max was a new heap number). */
  private readonly maxEventTime = new Map<string, { max: number }>();
  private readonly lastSeen = new Map<string, number>();
  /** The entry of the partition observed or registered last: with one partition (a replay), the only one. */
  private last: { max: number } | undefined;

  constructor(
    private readonly outOfOrdernessMs: number,
    /** 0 disables idleness (replay: watermarks are then a pure function of the input). */
    private readonly idleTimeoutMs = 0,
  ) {}

  observe(partition: string, eventTimeMs: number, nowMs = 0): void {
    const entry = this.maxEventTime.get(partition);
    if (entry === undefined) this.maxEventTime.set(partition, (this.last = { max: eventTimeMs }));
    else {
      if (eventTimeMs > entry.max) entry.max = eventTimeMs;
      this.last = entry;
    }
    if (this.idleTimeoutMs > 0) this.lastSeen.set(partition, nowMs);
  }

  /** Declares a partition (so an empty one holds the watermark until it is idle). */
  register(partition: string, nowMs = 0): void {
    if (!this.maxEventTime.has(partition)) this.maxEventTime.set(partition, (this.last = { max: Number.NEGATIVE_INFINITY }));
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
      if (this.maxEventTime.size === 1 && this.last !== undefined) return this.lagging(this.last.max);
      for (const { max } of this.maxEventTime.values()) if (max < min) min = max;
      return this.lagging(min);
    }
    let activeCount = 0;
    for (const [partition, { max }] of this.maxEventTime) {
      if (nowMs - (this.lastSeen.get(partition) ?? nowMs) > this.idleTimeoutMs) continue;
      activeCount++;
      if (max < min) min = max;
    }
    if (activeCount === 0) {
      // Every partition idle: the most advanced one rules, so output does not stall forever.
      min = Number.NEGATIVE_INFINITY;
      for (const { max } of this.maxEventTime.values()) if (max > min) min = max;
    }
    return this.lagging(min);
  }

  /** The watermark of the slowest partition's max event time: -Infinity while it is unknown. */
  private lagging(min: number): number {
    return min === Number.POSITIVE_INFINITY || min === Number.NEGATIVE_INFINITY ? Number.NEGATIVE_INFINITY : min - this.outOfOrdernessMs;
  }

  snapshot(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [p, { max }] of this.maxEventTime) out[p] = max;
    return out;
  }

  restore(state: Record<string, number>): void {
    this.maxEventTime.clear();
    this.last = undefined;
    for (const [p, t] of Object.entries(state)) this.maxEventTime.set(p, (this.last = { max: t }));
  }
}
