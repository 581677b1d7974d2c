import { InvalidArgumentError } from 'commander';

/** Option parser for counts: a whole number >= 1. */
export function positiveInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('a whole number >= 1');
  return n;
}
