import { BREAKDOWN_DIMENSIONS, countUp, type ViewOutcome } from './countWindow';
import type { IncidentBreakdown } from './incident';

/** Values tracked per dimension; rarer ones are folded into "other". */
const MAX_VALUES = 64;

/**
 * Decayed counts of the values of one dimension: a slot per value (in the order values were
 * first seen), the counts in one Float64Array. Decaying multiplies the array in place: in a
 * Map, every decayed count (no longer an integer) was a new heap number, a tenth of all the
 * memory a replay of views allocated on the main thread.
 */
class DecayedCounts {
  private readonly slots = new Map<string, number>();
  /** One slot more than MAX_VALUES: the "other" a full dimension counts into. */
  private readonly counts = new Float64Array(MAX_VALUES + 1);

  /** One more view with this value ("other" once MAX_VALUES values are tracked). */
  count(v: string): void {
    let slot = this.slots.get(v);
    if (slot === undefined) slot = this.slots.size < MAX_VALUES ? this.slotOf(v) : this.slotOf('other');
    if (slot >= 0) this.counts[slot]!++;
  }

  get(v: string): number {
    const slot = this.slots.get(v);
    return slot === undefined ? 0 : this.counts[slot]!;
  }

  set(v: string, n: number): void {
    const slot = this.slotOf(v);
    if (slot >= 0) this.counts[slot] = n;
  }

  decay(factor: number): void {
    for (let i = 0; i < this.slots.size; i++) this.counts[i]! *= factor;
  }

  /** [value, count] in the order the values were first seen. */
  entries(): [string, number][] {
    return [...this.slots].map(([v, slot]) => [v, this.counts[slot]!]);
  }

  /** The value's slot, given one when it is new; -1 when every slot is taken (only a restored state that was not ours can fill them). */
  private slotOf(v: string): number {
    let slot = this.slots.get(v);
    if (slot === undefined) {
      if (this.slots.size === this.counts.length) return -1;
      this.slots.set(v, (slot = this.slots.size));
    }
    return slot;
  }
}

/**
 * The property's normal mix of views over breakdown values (decayed counts), to tell
 * which CDN, ASN, country, player or device concentrates an incident's failures.
 */
export class NormalMix {
  private readonly counts: DecayedCounts[] = BREAKDOWN_DIMENSIONS.map(() => new DecayedCounts());
  total = 0;

  /** One view's breakdown values, in BREAKDOWN_DIMENSIONS order (as arguments: most views keep no array of them). */
  add(cdn: string, asn: string, country: string, player: string, device: string): void {
    this.total++;
    this.counts[0]!.count(cdn);
    this.counts[1]!.count(asn);
    this.counts[2]!.count(country);
    this.counts[3]!.count(player);
    this.counts[4]!.count(device);
  }

  decay(factor: number): void {
    this.total *= factor;
    for (const c of this.counts) c.decay(factor);
  }

  share(d: number, value: string): number {
    return this.total > 0 ? this.counts[d]!.get(value) / this.total : 0;
  }

  /**
   * For each dimension, the value whose share of the failures exceeds its normal share of
   * views the most (only values that hold at least a third of the failures).
   */
  breakdowns(failures: readonly ViewOutcome[]): IncidentBreakdown[] {
    if (failures.length === 0) return [];
    const out: IncidentBreakdown[] = [];
    BREAKDOWN_DIMENSIONS.forEach((dimension, d) => {
      const counts = new Map<string, number>();
      for (const f of failures) countUp(counts, f.dims[d]!);
      let best: IncidentBreakdown | undefined;
      for (const [value, n] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
        const sharePct = (100 * n) / failures.length;
        const normalSharePct = 100 * this.share(d, value);
        if (sharePct < 33) continue;
        if (!best || sharePct - normalSharePct > best.sharePct - best.normalSharePct) best = { dimension, value, sharePct, normalSharePct };
      }
      if (best) out.push(best);
    });
    return out.sort((a, b) => b.sharePct - b.normalSharePct - (a.sharePct - a.normalSharePct));
  }

  snapshot(): { total: number; counts: [string, number][][] } {
    return { total: this.total, counts: this.counts.map((c) => c.entries()) };
  }

  static restore(s: ReturnType<NormalMix['snapshot']>): NormalMix {
    const n = new NormalMix();
    n.total = s.total;
    s.counts.forEach((entries, d) => entries.forEach(([k, v]) => n.counts[d]!.set(k, v)));
    return n;
  }
}
