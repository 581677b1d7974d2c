import { BREAKDOWN_DIMENSIONS, type ViewOutcome } from './countWindow';
import type { IncidentBreakdown } from './incident';

/** Values tracked per dimension; rarer ones are folded into "other". */
const MAX_VALUES = 64;

/**
 * The property's normal mix of views over breakdown values (decayed counts), to tell
 * which CDN, ASN, country, player or device concentrates an incident's failures.
 */
export class NormalMix {
  readonly counts: Map<string, number>[] = BREAKDOWN_DIMENSIONS.map(() => new Map());
  total = 0;

  /** One view's breakdown values, in BREAKDOWN_DIMENSIONS order (as arguments: most views keep no array of them). */
  add(cdn: string, asn: string, country: string, player: string, device: string): void {
    this.total++;
    this.count(0, cdn);
    this.count(1, asn);
    this.count(2, country);
    this.count(3, player);
    this.count(4, device);
  }

  private count(d: number, v: string): void {
    const m = this.counts[d]!;
    const n = m.get(v);
    if (n !== undefined) m.set(v, n + 1);
    else if (m.size < MAX_VALUES) m.set(v, 1);
    else m.set('other', (m.get('other') ?? 0) + 1);
  }

  decay(factor: number): void {
    this.total *= factor;
    for (const m of this.counts) for (const [k, v] of m) m.set(k, v * factor);
  }

  share(d: number, value: string): number {
    return this.total > 0 ? (this.counts[d]!.get(value) ?? 0) / this.total : 0;
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
      for (const f of failures) counts.set(f.dims[d]!, (counts.get(f.dims[d]!) ?? 0) + 1);
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
    return { total: this.total, counts: this.counts.map((m) => [...m]) };
  }

  static restore(s: ReturnType<NormalMix['snapshot']>): NormalMix {
    const n = new NormalMix();
    n.total = s.total;
    s.counts.forEach((entries, d) => entries.forEach(([k, v]) => n.counts[d]!.set(k, v)));
    return n;
  }
}
