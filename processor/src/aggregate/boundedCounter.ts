import { OTHER_VALUE } from '../schema';

/** A BoundedGroups as JSON: the tracked values, the overflow, and the values already written as their own series. */
export interface GroupsSnapshot<S> {
  groups: [string, S][];
  overflow?: S;
  shown?: string[];
}

/**
 * Per-value accumulators for one breakdown dimension with a hard bound on distinct
 * values: once `maxTracked` values are held, new values go straight to "other", so
 * hostile or high-cardinality input cannot grow memory or series. Which values are
 * tracked depends only on input order, so a replay of the same input is identical.
 */
export class BoundedGroups<A> {
  readonly groups = new Map<string, A>();
  private overflow: A | undefined;
  /** Values written as series of their own by an earlier top() of this window (see top). */
  private shown = new Set<string>();

  constructor(
    private readonly maxTracked: number,
    private readonly create: () => A,
  ) {}

  snapshot<S>(save: (a: A) => S): GroupsSnapshot<S> {
    const out: GroupsSnapshot<S> = { groups: [...this.groups.entries()].map(([k, v]) => [k, save(v)]) };
    if (this.overflow) out.overflow = save(this.overflow);
    if (this.shown.size > 0) out.shown = [...this.shown];
    return out;
  }

  restore<S>(snap: GroupsSnapshot<S>, load: (s: S) => A): void {
    this.groups.clear();
    for (const [k, v] of snap.groups) this.groups.set(k, load(v));
    this.overflow = snap.overflow === undefined ? undefined : load(snap.overflow);
    this.shown = new Set(snap.shown ?? []);
  }

  /** Every accumulator, tracked values and the overflow. */
  forEach(fn: (acc: A) => void): void {
    for (const acc of this.groups.values()) fn(acc);
    if (this.overflow) fn(this.overflow);
  }

  get(value: string): A {
    let acc = this.groups.get(value);
    if (acc) return acc;
    if (value !== OTHER_VALUE && this.groups.size < this.maxTracked) {
      acc = this.create();
      this.groups.set(value, acc);
      return acc;
    }
    if (!this.overflow) this.overflow = this.create();
    return this.overflow;
  }

  /**
   * The top `n` values by `weight` (ties by value, ascending) and everything else merged
   * into "other" (including values that were never tracked). A value written as a series
   * of its own by an earlier call (the window's first emission, before late records
   * changed the ranking) keeps its series in later ones: moved into "other" it would be
   * counted twice, in "other" and in its earlier point, which a later write does not
   * overwrite. The others fill the places left, so there are never more than `n`.
   */
  top(n: number, weight: (a: A) => number, merge: (into: A, from: A) => void): [string, A][] {
    const entries = [...this.groups.entries()].sort((a, b) => weight(b[1]) - weight(a[1]) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const kept: [string, A][] = [];
    const rest: [string, A][] = [];
    let room = n - this.shown.size;
    for (const e of entries) {
      if (this.shown.has(e[0])) kept.push(e);
      else if (room > 0) {
        kept.push(e);
        room--;
      } else rest.push(e);
    }
    for (const [value] of kept) this.shown.add(value);
    if (rest.length === 0 && !this.overflow) return kept;
    const other = this.create();
    if (this.overflow) merge(other, this.overflow);
    for (const [, acc] of rest) merge(other, acc);
    kept.push([OTHER_VALUE, other]);
    return kept;
  }
}
