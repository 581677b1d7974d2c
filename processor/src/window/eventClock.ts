/**
 * The latest event time of a stream (a partition's records, the detector's views).
 *
 * With a jump guard (jumpGuardMs > 0), a lone record far ahead of the rest (a mistyped date,
 * a client clock days ahead) does not move it: a record more than jumpGuardMs past it is
 * held until the next record tells. A next record near it or past it confirms it (the
 * stream is there now); one far behind it, back with the rest, drops it. Without the guard
 * one such record would make every record after it late (watermarks) or age every title and
 * incident at once (the detector). The stream's first record is held the same way (the next
 * one confirms it, or stands in for it when far behind it). A stream that jumps for real (a
 * log of another day after this one) pays one record of delay.
 *
 * On the wall clock (live input, `wallClock`), only a record more than jumpGuardMs past both
 * the latest time and the wall clock's now is held: a record of the present or the past is
 * what a live stream carries, after however quiet a spell, and waits for nothing.
 */
export class EventClock {
  /** The latest event time, ms; -Infinity before any (confirmed) record. */
  latest = Number.NEGATIVE_INFINITY;
  /** The time of a record held by the jump guard; NaN when none. */
  held = Number.NaN;

  constructor(
    private readonly jumpGuardMs = 0,
    private readonly wallClock = false,
  ) {}

  /** A record's event time; `nowMs` the wall clock's (read on the wall clock only). */
  observe(t: number, nowMs = Number.NEGATIVE_INFINITY): void {
    const guard = this.jumpGuardMs;
    if (guard <= 0) {
      if (t > this.latest) this.latest = t;
      return;
    }
    const held = this.held;
    if (!Number.isNaN(held)) {
      this.held = Number.NaN;
      if (t >= held - guard) this.latest = Math.max(this.latest, held);
      else if (this.latest === Number.NEGATIVE_INFINITY) {
        this.latest = t;
        return;
      }
    }
    // Before any record (off the wall clock), every record is far ahead: the first one is held.
    const reference = this.wallClock ? Math.max(this.latest, nowMs) : this.latest;
    if (reference === Number.NEGATIVE_INFINITY || t - reference > guard) this.held = t;
    else if (t > this.latest) this.latest = t;
  }
}
