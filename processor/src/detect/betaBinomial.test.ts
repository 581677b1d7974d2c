import { betaBinomialUpperTail, betaParams, logGamma } from './betaBinomial';

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
    expect(betaBinomialUpperTail(60, 300, alpha, beta)).toBeLessThan(1e-9);
  });
});
