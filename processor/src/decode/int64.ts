/**
 * An int64 as protobufjs decodes it (a Long {low, high} when long.js is loaded) or as JSON
 * has it (number or string), as a number. Long's own conversion goes through a decimal
 * string; seconds since the epoch are far inside the 53 bits a number holds exactly.
 */
export function int64Number(v: unknown): number {
  if (typeof v === 'number') return v;
  if (v !== null && typeof v === 'object' && typeof (v as { low?: unknown }).low === 'number' && typeof (v as { high?: unknown }).high === 'number') {
    const { low, high } = v as { low: number; high: number };
    return high * 4_294_967_296 + (low >>> 0);
  }
  return Number(v);
}
