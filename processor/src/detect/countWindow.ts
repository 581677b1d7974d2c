/** What the detector keeps of one view. */
export interface ViewOutcome {
  title: string;
  /** Error type label; '' when the view did not fail. */
  errorType: string;
  /** Breakdown values: cdn, asn, country, player, device. */
  dims: readonly string[];
}

export const BREAKDOWN_DIMENSIONS = ['cdn', 'asn', 'country', 'player', 'device'] as const;

/** The breakdown values of a view that did not fail: never read (breakdowns look at failures only). */
export const NO_DIMS: readonly string[] = Object.freeze([]);

/**
 * A view that did not fail, in a window that does not count per title: every such view
 * is this one object, so a title window holds no view of its own but its failures (a
 * title window lives long, and a million of them may be held).
 */
export const SUCCESSFUL_VIEW: ViewOutcome = Object.freeze({ title: '', errorType: '', dims: NO_DIMS });

const NO_ERRORS: ReadonlyMap<string, number> = new Map();

/** Adds one to a count in a map of counts. */
export function countUp(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** Takes one from a count in a map of counts, deleting it at zero. */
export function countDown(counts: Map<string, number>, key: string): void {
  const n = (counts.get(key) ?? 0) - 1;
  if (n > 0) counts.set(key, n);
  else counts.delete(key);
}

/**
 * A title's last N views (a sliding count window) with running totals: views and errors per
 * type. O(1) per view. A window that has seen only SUCCESSFUL_VIEW is just its count; the
 * ring exists from the first failure on and grows to N as views come, and the error counts
 * exist from the first error on, so a title seen once costs little (the detector may hold
 * a million of them). A property's window, which also counts per title, is PropertyWindow.
 */
export class CountWindow {
  /**
   * Views in arrival order until full; then a ring whose oldest view is at head. Undefined
   * while every view in the window is SUCCESSFUL_VIEW (`filled` of them).
   */
  private ring: ViewOutcome[] | undefined;
  private filled: number;
  private head = 0;
  private errorCounts: Map<string, number> | undefined;

  /** A window of `capacity` views, holding `successes` views that did not fail (at most capacity). */
  constructor(
    readonly capacity: number,
    successes = 0,
  ) {
    this.filled = Math.min(successes, capacity);
  }

  /** Views in the window. */
  get count(): number {
    return this.filled;
  }

  /** Errors per type in the window. */
  get errors(): ReadonlyMap<string, number> {
    return this.errorCounts ?? NO_ERRORS;
  }

  push(o: ViewOutcome): void {
    if (o.errorType === '') this.pushSuccess();
    else this.add(o);
  }

  /** A view that did not fail: no object is made for it. */
  pushSuccess(): void {
    // A success replacing the oldest success (when full) changes nothing but the count.
    if (this.ring === undefined) {
      if (this.filled < this.capacity) this.filled++;
      return;
    }
    this.add(SUCCESSFUL_VIEW);
  }

  private add(o: ViewOutcome): void {
    if (this.ring === undefined) {
      this.ring = new Array<ViewOutcome>(Math.min(this.capacity, Math.max(1, this.filled * 2)));
      for (let i = 0; i < this.filled; i++) this.ring[i] = SUCCESSFUL_VIEW;
    }
    if (this.filled < this.capacity) {
      // Grown by doubling, exactly (push() would reserve 17 slots for a title seen once).
      if (this.filled === this.ring.length) {
        const bigger = new Array<ViewOutcome>(Math.min(this.capacity, this.filled * 2));
        for (let i = 0; i < this.filled; i++) bigger[i] = this.ring[i]!;
        this.ring = bigger;
      }
      this.ring[this.filled++] = o;
    } else {
      const oldest = this.ring[this.head]!;
      if (oldest.errorType !== '' && this.errorCounts) countDown(this.errorCounts, oldest.errorType);
      this.ring[this.head] = o;
      this.head = (this.head + 1) % this.capacity;
    }
    if (o.errorType !== '') countUp((this.errorCounts ??= new Map()), o.errorType);
  }

  errorsOf(type: string): number {
    return this.errorCounts?.get(type) ?? 0;
  }

  outcomes(): ViewOutcome[] {
    if (this.ring === undefined) return new Array<ViewOutcome>(this.filled).fill(SUCCESSFUL_VIEW);
    return this.ring.slice(0, this.filled);
  }

  snapshot(): ViewOutcome[] {
    // Oldest first, so a restore pushes them back in order.
    const ring = this.ring;
    if (ring === undefined) return this.outcomes();
    const out: ViewOutcome[] = [];
    for (let i = 0; i < this.filled; i++) out.push(ring[(this.head + i) % this.filled]!);
    return out;
  }
}
