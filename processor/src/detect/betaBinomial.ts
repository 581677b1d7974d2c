/** The Lanczos approximation's coefficients for g = 7, made once (not on every call). */
const LANCZOS_G = 7;
const LANCZOS = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

/** log Γ(x) by the Lanczos approximation (|error| < 1e-13 for x > 0). */
export function logGamma(x: number): number {
  const g = LANCZOS_G;
  const c = LANCZOS;
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  x -= 1;
  let a = c[0]!;
  const t = x + g + 0.5;
  for (let i = 1; i < g + 2; i++) a += c[i]! / (x + i);
  return HALF_LOG_TWO_PI + (x + 0.5) * Math.log(t) - t + Math.log(a);
}

function logBeta(a: number, b: number): number {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}

function logChoose(n: number, k: number): number {
  return logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1);
}

/** log P(X = j) for X ~ BetaBinomial(n, alpha, beta). */
export function betaBinomialLogPmf(j: number, n: number, alpha: number, beta: number): number {
  return logChoose(n, j) + logBeta(j + alpha, n - j + beta) - logBeta(alpha, beta);
}

/** Terms are kept relative to P(X = k) and rescaled by this factor before they overflow. */
const RESCALE = 1e250;
const LOG_RESCALE = Math.log(RESCALE);

/**
 * P(X >= k) for X ~ BetaBinomial(n, alpha, beta): the chance of seeing at least k errors
 * in n views when the error rate itself varies between windows as Beta(alpha, beta).
 *
 * Only P(X = k) needs the gamma function; each later term follows from the one before by
 * the ratio P(j+1)/P(j) = (n-j)(j+alpha) / ((j+1)(n-j-1+beta)). With beta >= 1 that ratio,
 * once below 1, stays below 1 (the pmf has one mode or none), so the sum stops when the
 * terms left cannot add a relative 1e-16. With beta < 1 (a U-shaped pmf) every term is summed.
 */
export function betaBinomialUpperTail(k: number, n: number, alpha: number, beta: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  let logScale = betaBinomialLogPmf(k, n, alpha, beta);
  const canStopEarly = beta >= 1;
  let term = 1;
  let sum = 0;
  for (let j = k; j <= n; j++) {
    sum += term;
    if (j === n) break;
    const ratio = ((n - j) * (j + alpha)) / ((j + 1) * (n - j - 1 + beta));
    term *= ratio;
    if (canStopEarly && ratio < 1 && term * (n - j) < sum * 1e-16) break;
    if (sum > RESCALE) {
      sum /= RESCALE;
      term /= RESCALE;
      logScale += LOG_RESCALE;
    }
  }
  return Math.min(1, Math.exp(logScale + Math.log(sum)));
}

/**
 * Beta parameters for a mean rate p and an intra-class correlation rho (the share of
 * variance that comes from the rate moving between windows; 0 = plain binomial).
 */
export function betaParams(p: number, rho: number): { alpha: number; beta: number } {
  const pp = Math.min(Math.max(p, 1e-6), 1 - 1e-6);
  const kappa = 1 / Math.max(rho, 1e-6) - 1; // alpha + beta
  return { alpha: pp * kappa, beta: (1 - pp) * kappa };
}
