/** What the detector keeps of one view. */
export interface ViewOutcome {
  title: string;
  /** Error type label; '' when the view did not fail. */
  errorType: string;
  /** Breakdown values: cdn, asn, country, player, device. */
  dims: readonly string[];
}

export const BREAKDOWN_DIMENSIONS = ['cdn', 'asn', 'country', 'player', 'device'] as const;

interface TitleCounts {
  views: number;
  errors: Map<string, number>;
}

const NO_ERRORS: ReadonlyMap<string, number> = new Map();

/**
 * The last N views (a sliding count window) with running totals: views, errors per type
 * and, when asked, per title. O(1) per view. The ring grows to N as views come and the
 * error counts exist from the first error on, so a title seen once costs little (the
 * detector may hold a million of them).
 */
export class CountWindow {
  /** Views in arrival order until full; then a ring whose oldest view is at head. */
  private ring: (ViewOutcome | undefined)[] = new Array<ViewOutcome | undefined>(1);
  private filled = 0;
  private head = 0;
  count = 0;
  private errorCounts: Map<string, number> | undefined;
  readonly byTitle: Map<string, TitleCounts> | undefined;

  constructor(
    readonly capacity: number,
    trackTitles: boolean,
  ) {
    this.byTitle = trackTitles ? new Map() : undefined;
  }

  /** Errors per type in the window. */
  get errors(): ReadonlyMap<string, number> {
    return this.errorCounts ?? NO_ERRORS;
  }

  push(o: ViewOutcome): void {
    if (this.filled < this.capacity) {
      // Grown by doubling, exactly (push() would reserve 17 slots for a title seen once).
      if (this.filled === this.ring.length) {
        const bigger = new Array<ViewOutcome | undefined>(Math.min(this.capacity, this.filled * 2));
        for (let i = 0; i < this.filled; i++) bigger[i] = this.ring[i];
        this.ring = bigger;
      }
      this.ring[this.filled++] = o;
      this.count++;
    } else {
      this.remove(this.ring[this.head]!);
      this.ring[this.head] = o;
      this.head = (this.head + 1) % this.capacity;
    }
    if (o.errorType) {
      this.errorCounts ??= new Map();
      this.errorCounts.set(o.errorType, (this.errorCounts.get(o.errorType) ?? 0) + 1);
    }
    if (this.byTitle) {
      let t = this.byTitle.get(o.title);
      if (!t) this.byTitle.set(o.title, (t = { views: 0, errors: new Map() }));
      t.views++;
      if (o.errorType) t.errors.set(o.errorType, (t.errors.get(o.errorType) ?? 0) + 1);
    }
  }

  errorsOf(type: string): number {
    return this.errorCounts?.get(type) ?? 0;
  }

  /** Views and errors of a type of one title in the window (property windows only). */
  titleCounts(title: string, type: string): { views: number; errors: number } {
    const t = this.byTitle?.get(title);
    return { views: t?.views ?? 0, errors: t?.errors.get(type) ?? 0 };
  }

  /** The title with the most errors of a type in the window. */
  topTitle(type: string): string | undefined {
    let best: string | undefined;
    let bestErrors = 0;
    for (const [title, c] of this.byTitle ?? []) {
      const e = c.errors.get(type) ?? 0;
      if (e > bestErrors || (e === bestErrors && e > 0 && best !== undefined && title < best)) {
        best = title;
        bestErrors = e;
      }
    }
    return best;
  }

  outcomes(): ViewOutcome[] {
    return this.ring.slice(0, this.filled) as ViewOutcome[];
  }

  snapshot(): ViewOutcome[] {
    // Oldest first, so a restore pushes them back in order.
    const out: ViewOutcome[] = [];
    for (let i = 0; i < this.filled; i++) out.push(this.ring[(this.head + i) % this.filled]!);
    return out;
  }

  private remove(o: ViewOutcome): void {
    if (o.errorType && this.errorCounts) {
      const n = (this.errorCounts.get(o.errorType) ?? 0) - 1;
      if (n > 0) this.errorCounts.set(o.errorType, n);
      else this.errorCounts.delete(o.errorType);
    }
    if (this.byTitle) {
      const t = this.byTitle.get(o.title);
      if (t) {
        t.views--;
        if (o.errorType) {
          const n = (t.errors.get(o.errorType) ?? 0) - 1;
          if (n > 0) t.errors.set(o.errorType, n);
          else t.errors.delete(o.errorType);
        }
        if (t.views <= 0) this.byTitle.delete(o.title);
      }
    }
  }
}
