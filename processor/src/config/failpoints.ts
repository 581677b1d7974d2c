import * as fs from 'node:fs';

/**
 * Named points of the consumer protocol where the fault suite makes the process kill itself
 * (SIGKILL, no clean-up) on the Nth pass: a crash that lands exactly between two steps, which
 * a kill from outside can only hit by luck. Armed by QOE_FAILPOINTS (`point:N,...`); unset,
 * each point costs one size check. `point@job:N` counts the passes of one consumer only (its
 * job: view_qoe, cdn, usage), e.g. `kafka.flushed@cdn:1`: the CDN stage's enriched records
 * published and not yet saved, so its restart publishes them again.
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

/** Parses `point[@job]:N[,...]` into the armed keys (`point` or `point@job`) and their N; throws naming what is wrong. */
export function parseFailpoints(spec: string): Map<string, number> {
  const armed = new Map<string, number>();
  for (const part of spec.split(',').map((s) => s.trim()).filter(Boolean)) {
    const m = /^([a-z.]+)(@[a-z_]+)?:(\d+)$/.exec(part);
    if (!m || !KNOWN.has(m[1]!) || Number(m[3]) < 1) throw new Error(`"${part}" is not point[@job]:N with N >= 1 and point one of ${[...KNOWN].join(', ')}`);
    armed.set(m[1]! + (m[2] ?? ''), Number(m[3]));
  }
  return armed;
}

const armed = new Map<string, number>();

/** Arms the points of a QOE_FAILPOINTS value (startup); an empty value disarms them all. */
export function armFailpoints(spec: string): void {
  armed.clear();
  for (const [key, n] of parseFailpoints(spec)) armed.set(key, n);
}

/**
 * Passes a failpoint in a consumer running `job`: on an armed pass (of the point in any
 * consumer, or in this job's), says so on stderr and dies at once with SIGKILL.
 */
export function failpoint(point: Failpoint, job: string): void {
  if (armed.size === 0) return;
  for (const key of [point, `${point}@${job}`]) {
    const left = armed.get(key);
    if (left === undefined) continue;
    if (left > 1) {
      armed.set(key, left - 1);
      continue;
    }
    fs.writeSync(2, JSON.stringify({ level: 'fatal', time: Date.now(), failpoint: point, job, msg: 'failpoint reached: killing this process (QOE_FAILPOINTS)' }) + '\n');
    process.kill(process.pid, 'SIGKILL');
  }
}
