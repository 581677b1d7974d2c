import { betaBinomialLogPmf, betaBinomialUpperTail, betaParams, logGamma } from './betaBinomial';

describe('beta-binomial tail', () => {
  it('logGamma matches factorials', () => {
    expect(logGamma(1)).toBeCloseTo(0, 10);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 10);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 10);
  });

  it('approaches the binomial tail as rho -> 0', () => {
    // Binomial(10, 0.5): P(X >= 8) = (45 + 10 + 1) / 1024
    const { alpha, beta } = betaParams(0.5, 1e-7);
    expect(betaBinomialUpperTail(8, 10, alpha, beta)).toBeCloseTo(56 / 1024, 4);
  });

  it('is 1 at k=0, 0 above n, and fatter-tailed with more dispersion', () => {
    const tight = betaParams(0.02, 0.001);
    const loose = betaParams(0.02, 0.05);
    expect(betaBinomialUpperTail(0, 100, tight.alpha, tight.beta)).toBe(1);
    expect(betaBinomialUpperTail(101, 100, tight.alpha, tight.beta)).toBe(0);
    expect(betaBinomialUpperTail(10, 100, loose.alpha, loose.beta)).toBeGreaterThan(betaBinomialUpperTail(10, 100, tight.alpha, tight.beta));
  });

  it('makes small samples unremarkable and large ones decisive at the same rate', () => {
    const { alpha, beta } = betaParams(0.02, 0.005);
    // 20% errors: 2 of 10 views vs 60 of 300 views.
    expect(betaBinomialUpperTail(2, 10, alpha, beta)).toBeGreaterThan(1e-3);
    expect(betaBinomialUpperTail(60, 300, alpha, beta)).toBeLessThan(1e-7); // both sides carry lgamma rounding of ~1e-13 x log-magnitudes near 4e4
  });
});

/** The definition summed term by term in log space: the reference for the recurrence. */
function naiveUpperTail(k: number, n: number, alpha: number, beta: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  const logs: number[] = [];
  for (let j = k; j <= n; j++) logs.push(betaBinomialLogPmf(j, n, alpha, beta));
  const max = Math.max(...logs);
  return Math.min(1, Math.exp(max) * logs.reduce((s, l) => s + Math.exp(l - max), 0));
}

describe('beta-binomial tail by recurrence', () => {
  it('equals the term-by-term sum over rates, dispersions (U-shaped too), window sizes and k', () => {
    let checked = 0;
    for (const p of [0.001, 0.02, 0.3, 0.9, 0.999]) {
      for (const rho of [1e-6, 0.001, 0.05, 0.5, 0.9]) {
        const { alpha, beta } = betaParams(p, rho);
        for (const n of [1, 7, 100, 2000]) {
          for (const k of [1, 2, Math.floor(n * p), Math.ceil(n * p) + 3, Math.floor(n / 2), n - 1, n]) {
            if (k < 1 || k > n) continue;
            const want = naiveUpperTail(k, n, alpha, beta);
            const got = betaBinomialUpperTail(k, n, alpha, beta);
            if (want > 1e-300) expect(Math.abs(got - want) / want).toBeLessThan(1e-7); // both sides carry lgamma rounding of ~1e-13 x log-magnitudes near 4e4
            else expect(got).toBeLessThan(1e-290);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(400);
  });

  it('does not overflow when k is far below a mode near n', () => {
    const { alpha, beta } = betaParams(0.999, 1e-6);
    const got = betaBinomialUpperTail(1, 5000, alpha, beta);
    expect(got).toBeCloseTo(1, 7);
  });
});
