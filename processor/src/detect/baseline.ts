/**
 * What is normal for one property: its error rate per error type and how much that rate
 * moves between windows, learned from past windows with exponential forgetting.
 *
 * Model: the errors of a type in a window of n views are BetaBinomial(n, alpha, beta),
 * with mean rate p (decayed errors / decayed views, with a weak prior) and intra-window
 * correlation rho (overdispersion: rate variation between windows beyond binomial noise,
 * estimated from the standardized squared deviations of past hops).
 */
export class Baseline {
  views = 0;
  readonly errors = new Map<string, number>();
  rho = 0.002;
  viewsSeen = 0;

  /** Weak prior: 0.2% errors over 500 views, so a new error type is not "infinitely" surprising. */
  static readonly PRIOR_VIEWS = 500;
  static readonly PRIOR_RATE = 0.002;
  static readonly RHO_MIN = 0.0005;
  static readonly RHO_MAX = 0.2;

  rate(type: string): number {
    return ((this.errors.get(type) ?? 0) + Baseline.PRIOR_RATE * Baseline.PRIOR_VIEWS) / (this.views + Baseline.PRIOR_VIEWS);
  }

  totalRate(): number {
    let e = 0;
    for (const v of this.errors.values()) e += v;
    return (e + Baseline.PRIOR_RATE * Baseline.PRIOR_VIEWS) / (this.views + Baseline.PRIOR_VIEWS);
  }

  /**
   * Learns from one hop of views judged normal. `memoryViews` sets the forgetting: a hop of
   * n views decays the past by (1 - n / memoryViews).
   */
  learn(hopViews: number, hopErrors: ReadonlyMap<string, number>, memoryViews: number): void {
    if (hopViews <= 0) return;
    // Overdispersion from this hop's total errors against the current total rate.
    if (this.viewsSeen >= 200) {
      const p = this.totalRate();
      let e = 0;
      for (const v of hopErrors.values()) e += v;
      if (hopViews > 1) {
        const z2 = (e - hopViews * p) ** 2 / (hopViews * p * (1 - p));
        // Robust: one wild hop (an incident starting) must not inflate the dispersion.
        if (z2 < 25) {
          // Unclamped below 0: clamping each noisy observation would bias the estimate upwards.
          const rhoObs = clamp((z2 - 1) / (hopViews - 1), -1, 0.05);
          const w = Math.min(0.05, (hopViews / memoryViews) * 4);
          this.rho = clamp((1 - w) * this.rho + w * rhoObs, Baseline.RHO_MIN, Baseline.RHO_MAX);
        }
      }
    }
    const decay = Math.max(0, 1 - hopViews / memoryViews);
    this.views = this.views * decay + hopViews;
    for (const [t, v] of this.errors) this.errors.set(t, v * decay);
    for (const [t, e] of hopErrors) this.errors.set(t, (this.errors.get(t) ?? 0) + e);
    for (const [t, v] of this.errors) if (v < 1e-6) this.errors.delete(t);
    this.viewsSeen += hopViews;
  }

  reset(): void {
    this.views = 0;
    this.errors.clear();
    this.rho = 0.002;
    this.viewsSeen = 0;
  }

  snapshot(): { views: number; errors: [string, number][]; rho: number; viewsSeen: number } {
    return { views: this.views, errors: [...this.errors], rho: this.rho, viewsSeen: this.viewsSeen };
  }

  static restore(s: ReturnType<Baseline['snapshot']>): Baseline {
    const b = new Baseline();
    b.views = s.views;
    for (const [t, v] of s.errors) b.errors.set(t, v);
    b.rho = s.rho;
    b.viewsSeen = s.viewsSeen;
    return b;
  }
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}
