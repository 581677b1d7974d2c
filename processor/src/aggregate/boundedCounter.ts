import { OTHER_VALUE } from '../schema';

/**
 * Per-value accumulators for one breakdown dimension with a hard bound on distinct
 * values: once `maxTracked` values are held, new values go straight to "other", so
 * hostile or high-cardinality input cannot grow memory or series. Which values are
 * tracked depends only on input order, so a replay of the same input is identical.
 */
export class BoundedGroups<A> {
  readonly groups = new Map<string, A>();
  private overflow: A | undefined;

  constructor(
    private readonly maxTracked: number,
    private readonly create: () => A,
  ) {}

  snapshot<S>(save: (a: A) => S): { groups: [string, S][]; overflow?: S } {
    const out: { groups: [string, S][]; overflow?: S } = { groups: [...this.groups.entries()].map(([k, v]) => [k, save(v)]) };
    if (this.overflow) out.overflow = save(this.overflow);
    return out;
  }

  restore<S>(snap: { groups: [string, S][]; overflow?: S }, load: (s: S) => A): void {
    this.groups.clear();
    for (const [k, v] of snap.groups) this.groups.set(k, load(v));
    this.overflow = snap.overflow === undefined ? undefined : load(snap.overflow);
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
   * into "other" (including values that were never tracked).
   */
  top(n: number, weight: (a: A) => number, merge: (into: A, from: A) => void): [string, A][] {
    const entries = [...this.groups.entries()].sort((a, b) => weight(b[1]) - weight(a[1]) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const kept = entries.slice(0, n);
    const rest = entries.slice(n);
    if (rest.length === 0 && !this.overflow) return kept;
    const other = this.create();
    if (this.overflow) merge(other, this.overflow);
    for (const [, acc] of rest) merge(other, acc);
    kept.push([OTHER_VALUE, other]);
    return kept;
  }
}
