import * as fs from 'node:fs';

/**
 * Named points of the consumer protocol where the fault suite makes the process kill itself
 * (SIGKILL, no clean-up) on the Nth pass: a crash that lands exactly between two steps, which
 * a kill from outside can only hit by luck. Armed by QOE_FAILPOINTS (`point:N,...`); unset,
 * each point costs one size check.
 */
export const FAILPOINTS = {
  /** A batch fetched and its partition state ready, nothing processed or written. */
  fetched: 'kafka.fetched',
  /** The batch's points written and flushed and its publications acknowledged, no checkpoint yet. */
  flushed: 'kafka.flushed',
  /** The partition's checkpoint saved in Redis, the group's offset not yet committed. */
  checkpointed: 'kafka.checkpointed',
  /** The group has just assigned partitions (a rebalance), before any batch of the new assignment. */
  rebalance: 'kafka.rebalance',
} as const;

export type Failpoint = (typeof FAILPOINTS)[keyof typeof FAILPOINTS];

const KNOWN = new Set<string>(Object.values(FAILPOINTS));

/** Parses `point:N[,point:N]`; throws naming what is wrong. */
export function parseFailpoints(spec: string): Map<Failpoint, number> {
  const armed = new Map<Failpoint, number>();
  for (const part of spec.split(',').map((s) => s.trim()).filter(Boolean)) {
    const m = /^([a-z.]+):(\d+)$/.exec(part);
    if (!m || !KNOWN.has(m[1]!) || Number(m[2]) < 1) throw new Error(`"${part}" is not point:N with N >= 1 and point one of ${[...KNOWN].join(', ')}`);
    armed.set(m[1] as Failpoint, Number(m[2]));
  }
  return armed;
}

const armed = new Map<Failpoint, number>();

/** Arms the points of a QOE_FAILPOINTS value (startup); an empty value disarms them all. */
export function armFailpoints(spec: string): void {
  armed.clear();
  for (const [point, n] of parseFailpoints(spec)) armed.set(point, n);
}

/** Passes a failpoint: on its armed pass, says so on stderr and dies at once with SIGKILL. */
export function failpoint(point: Failpoint): void {
  if (armed.size === 0) return;
  const left = armed.get(point);
  if (left === undefined) return;
  if (left > 1) {
    armed.set(point, left - 1);
    return;
  }
  fs.writeSync(2, JSON.stringify({ level: 'fatal', time: Date.now(), failpoint: point, msg: 'failpoint reached: killing this process (QOE_FAILPOINTS)' }) + '\n');
  process.kill(process.pid, 'SIGKILL');
}
