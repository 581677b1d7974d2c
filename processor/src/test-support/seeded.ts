/**
 * A seeded generator of numbers in [0, 1), the same sequence every run (a linear
 * congruential generator modulo 2^31, tests only), and a pick from a list by it.
 */
export function seeded(seed: number): { rnd: () => number; pick: <T>(xs: readonly T[]) => T } {
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  return { rnd, pick: <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]! };
}
