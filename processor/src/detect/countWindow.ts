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

interface TitleCounts {
  views: number;
  /** Errors per type; made at the title's first error (most titles in a window have none). */
  errors: Map<string, number> | undefined;
}

const NO_ERRORS: ReadonlyMap<string, number> = new Map();

/** A view in a window: its outcome, or (a view that did not fail, in a window counting per title) its title. */
type Entry = ViewOutcome | string;

function outcomeOf(e: Entry): ViewOutcome {
  return typeof e === 'string' ? { title: e, errorType: '', dims: NO_DIMS } : e;
}

const titleOf = (e: Entry): string => (typeof e === 'string' ? e : e.title);
const errorTypeOf = (e: Entry): string => (typeof e === 'string' ? '' : e.errorType);

/**
 * The last N views (a sliding count window) with running totals: views, errors per type
 * and, when asked, per title. O(1) per view. A window that has seen only SUCCESSFUL_VIEW
 * is just its count; the ring exists from the first other view on and grows to N as views
 * come, and the error counts exist from the first error on, so a title seen once costs
 * little (the detector may hold a million of them).
 */
export class CountWindow {
  /**
   * Views in arrival order until full; then a ring whose oldest view is at head. Undefined
   * while every view in the window is SUCCESSFUL_VIEW (`filled` of them).
   */
  private ring: (Entry | undefined)[] | undefined;
  private filled = 0;
  private head = 0;
  private errorCounts: Map<string, number> | undefined;
  readonly byTitle: Map<string, TitleCounts> | undefined;

  constructor(
    readonly capacity: number,
    trackTitles: boolean,
  ) {
    this.byTitle = trackTitles ? new Map() : undefined;
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
    // A window counting per title keeps a view that did not fail as its title alone.
    this.add(o.errorType === '' && this.byTitle ? o.title : o);
  }

  /** A view of `title` that did not fail: no object is made for it (most views, in a window that may hold thousands). */
  pushSuccess(title: string): void {
    this.add(this.byTitle ? title : SUCCESSFUL_VIEW);
  }

  private add(o: Entry): void {
    if (this.ring === undefined) {
      if (o === SUCCESSFUL_VIEW) {
        // A success replacing the oldest success (when full) changes nothing but the count.
        if (this.filled < this.capacity) {
          this.filled++;
        }
        return;
      }
      this.ring = new Array<Entry | undefined>(Math.min(this.capacity, Math.max(1, this.filled * 2)));
      for (let i = 0; i < this.filled; i++) this.ring[i] = SUCCESSFUL_VIEW;
    }
    if (this.filled < this.capacity) {
      // Grown by doubling, exactly (push() would reserve 17 slots for a title seen once).
      if (this.filled === this.ring.length) {
        const bigger = new Array<Entry | undefined>(Math.min(this.capacity, this.filled * 2));
        for (let i = 0; i < this.filled; i++) bigger[i] = this.ring[i];
        this.ring = bigger;
      }
      this.ring[this.filled++] = o;
    } else {
      this.remove(this.ring[this.head]!);
      this.ring[this.head] = o;
      this.head = (this.head + 1) % this.capacity;
    }
    const title = titleOf(o);
    const errorType = errorTypeOf(o);
    if (errorType) {
      this.errorCounts ??= new Map();
      this.errorCounts.set(errorType, (this.errorCounts.get(errorType) ?? 0) + 1);
    }
    if (this.byTitle) {
      let t = this.byTitle.get(title);
      if (!t) this.byTitle.set(title, (t = { views: 0, errors: undefined }));
      t.views++;
      if (errorType) {
        t.errors ??= new Map();
        t.errors.set(errorType, (t.errors.get(errorType) ?? 0) + 1);
      }
    }
  }

  errorsOf(type: string): number {
    return this.errorCounts?.get(type) ?? 0;
  }

  /** Views and errors of a type of one title in the window (property windows only). */
  titleCounts(title: string, type: string): { views: number; errors: number } {
    const t = this.byTitle?.get(title);
    return { views: t?.views ?? 0, errors: t?.errors?.get(type) ?? 0 };
  }

  /** The title with the most errors of a type in the window. */
  topTitle(type: string): string | undefined {
    let best: string | undefined;
    let bestErrors = 0;
    for (const [title, c] of this.byTitle ?? []) {
      const e = c.errors?.get(type) ?? 0;
      if (e > bestErrors || (e === bestErrors && e > 0 && best !== undefined && title < best)) {
        best = title;
        bestErrors = e;
      }
    }
    return best;
  }

  outcomes(): ViewOutcome[] {
    if (this.ring === undefined) return new Array<ViewOutcome>(this.filled).fill(SUCCESSFUL_VIEW);
    return this.ring.slice(0, this.filled).map((e) => outcomeOf(e!));
  }

  snapshot(): ViewOutcome[] {
    // Oldest first, so a restore pushes them back in order.
    const out: ViewOutcome[] = [];
    const ring = this.ring;
    if (ring === undefined) return this.outcomes();
    for (let i = 0; i < this.filled; i++) out.push(outcomeOf(ring[(this.head + i) % this.filled]!));
    return out;
  }

  private remove(o: Entry): void {
    const title = titleOf(o);
    const errorType = errorTypeOf(o);
    if (errorType && this.errorCounts) {
      const n = (this.errorCounts.get(errorType) ?? 0) - 1;
      if (n > 0) this.errorCounts.set(errorType, n);
      else this.errorCounts.delete(errorType);
    }
    if (this.byTitle) {
      const t = this.byTitle.get(title);
      if (t) {
        t.views--;
        if (errorType && t.errors) {
          const n = (t.errors.get(errorType) ?? 0) - 1;
          if (n > 0) t.errors.set(errorType, n);
          else t.errors.delete(errorType);
        }
        if (t.views <= 0) this.byTitle.delete(title);
      }
    }
  }
}
