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

/**
 * The last N views (a sliding count window) with running totals: views, errors per type
 * and, when asked, per title. O(1) per view.
 */
export class CountWindow {
  private readonly ring: (ViewOutcome | undefined)[];
  private head = 0;
  count = 0;
  readonly errors = new Map<string, number>();
  readonly byTitle: Map<string, TitleCounts> | undefined;

  constructor(
    readonly capacity: number,
    trackTitles: boolean,
  ) {
    this.ring = new Array<ViewOutcome | undefined>(capacity);
    this.byTitle = trackTitles ? new Map() : undefined;
  }

  push(o: ViewOutcome): void {
    const old = this.ring[this.head];
    if (old) this.remove(old);
    else this.count++;
    this.ring[this.head] = o;
    this.head = (this.head + 1) % this.capacity;
    if (o.errorType) this.errors.set(o.errorType, (this.errors.get(o.errorType) ?? 0) + 1);
    if (this.byTitle) {
      let t = this.byTitle.get(o.title);
      if (!t) this.byTitle.set(o.title, (t = { views: 0, errors: new Map() }));
      t.views++;
      if (o.errorType) t.errors.set(o.errorType, (t.errors.get(o.errorType) ?? 0) + 1);
    }
  }

  errorsOf(type: string): number {
    return this.errors.get(type) ?? 0;
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
    return this.ring.filter((o): o is ViewOutcome => o !== undefined);
  }

  snapshot(): ViewOutcome[] {
    // Oldest first, so a restore pushes them back in order.
    const out: ViewOutcome[] = [];
    for (let i = 0; i < this.capacity; i++) {
      const o = this.ring[(this.head + i) % this.capacity];
      if (o) out.push(o);
    }
    return out;
  }

  private remove(o: ViewOutcome): void {
    if (o.errorType) {
      const n = (this.errors.get(o.errorType) ?? 0) - 1;
      if (n > 0) this.errors.set(o.errorType, n);
      else this.errors.delete(o.errorType);
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
