import { countDown, countUp, NO_DIMS, type ViewOutcome } from './countWindow';

/**
 * A title as a property window counts it: its views and errors in the window are kept on the
 * title's own object (the detector's TitleState), found through the window's entries. A map
 * from title to counts cost two map operations a view and, with a large catalog (nearly every
 * view in the window of a title of its own), one new entry and object a view.
 */
export interface WindowedTitle {
  readonly videoId: string;
  /** The title's views in its property's window. */
  windowViews: number;
  /** Its errors per type there; made at its first error (most titles have none). */
  windowErrors: Map<string, number> | undefined;
}

/** A view that failed, in a property window: its outcome and its title. */
class WindowedFailure {
  constructor(
    readonly title: WindowedTitle,
    readonly outcome: ViewOutcome,
  ) {}
}

/** A view in the window: its title (a view that did not fail) or its failure. */
type Entry = WindowedTitle | WindowedFailure;

const NO_ERRORS: ReadonlyMap<string, number> = new Map();

/**
 * A property's last N views (a sliding count window) with running totals: views, errors per
 * type, and per title (on the titles' objects). O(1) per view; a view that did not fail is
 * its title alone, no object of its own.
 */
export class PropertyWindow {
  /** Views in arrival order until full; then a ring whose oldest view is at head. */
  private readonly ring: Entry[] = [];
  private head = 0;
  private readonly errorCounts = new Map<string, number>();

  constructor(readonly capacity: number) {}

  /** Views in the window. */
  get count(): number {
    return this.ring.length;
  }

  /** Errors per type in the window. */
  get errors(): ReadonlyMap<string, number> {
    return this.errorCounts.size > 0 ? this.errorCounts : NO_ERRORS;
  }

  /** A view of the title that did not fail. */
  pushSuccess(t: WindowedTitle): void {
    this.add(t);
    t.windowViews++;
  }

  /** A view of the title that failed (errorType not ''). */
  pushFailure(t: WindowedTitle, o: ViewOutcome): void {
    this.add(new WindowedFailure(t, o));
    t.windowViews++;
    countUp(this.errorCounts, o.errorType);
    countUp((t.windowErrors ??= new Map()), o.errorType);
  }

  private add(e: Entry): void {
    if (this.ring.length < this.capacity) {
      this.ring.push(e);
      return;
    }
    const oldest = this.ring[this.head]!;
    if (oldest instanceof WindowedFailure) {
      const t = oldest.title;
      t.windowViews--;
      countDown(this.errorCounts, oldest.outcome.errorType);
      if (t.windowErrors) countDown(t.windowErrors, oldest.outcome.errorType);
    } else oldest.windowViews--;
    this.ring[this.head] = e;
    this.head = (this.head + 1) % this.capacity;
  }

  errorsOf(type: string): number {
    return this.errorCounts.get(type) ?? 0;
  }

  /** Views and errors of a type of one title in the window. */
  titleCounts(t: WindowedTitle, type: string): { views: number; errors: number } {
    return { views: t.windowViews, errors: t.windowErrors?.get(type) ?? 0 };
  }

  /** The title with the most errors of a type in the window (of those with as many, the least video id). */
  topTitle(type: string): WindowedTitle | undefined {
    let best: WindowedTitle | undefined;
    let bestErrors = 0;
    for (const e of this.ring) {
      if (!(e instanceof WindowedFailure) || e.outcome.errorType !== type) continue;
      const n = e.title.windowErrors?.get(type) ?? 0;
      if (n > bestErrors || (n === bestErrors && e.title.videoId < best!.videoId)) {
        best = e.title;
        bestErrors = n;
      }
    }
    return best;
  }

  /** The failures of a type in the window (in the ring's order). */
  failures(type: string): ViewOutcome[] {
    const out: ViewOutcome[] = [];
    for (const e of this.ring) if (e instanceof WindowedFailure && e.outcome.errorType === type) out.push(e.outcome);
    return out;
  }

  /** The views of the window, oldest first, as outcomes (a checkpoint's form; a restore pushes them back in order). */
  snapshot(): ViewOutcome[] {
    const out: ViewOutcome[] = [];
    const n = this.ring.length;
    for (let i = 0; i < n; i++) {
      const e = this.ring[(this.head + i) % n]!;
      out.push(e instanceof WindowedFailure ? e.outcome : { title: e.videoId, errorType: '', dims: NO_DIMS });
    }
    return out;
  }
}
