import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** bin/qoe.js of this checkout. */
export const QOE_BIN = path.resolve(__dirname, '../../bin/qoe.js');

const GNU_TIME = '/usr/bin/time';

export interface ChildRun {
  ms: number;
  /** Peak RSS of the child, bytes (when /usr/bin/time is there to tell). */
  maxRssBytes?: number;
  stdout: string;
}

/**
 * Runs `node args...` to completion, as a user would from a shell: the wall time includes
 * Node's start and the program's module loading. Throws with the child's stderr on failure.
 */
export function runNode(args: string[], env: NodeJS.ProcessEnv = {}, cwd?: string): ChildRun {
  const withTime = fs.existsSync(GNU_TIME);
  const cmd = withTime ? GNU_TIME : process.execPath;
  const argv = withTime ? ['-f', 'qoe-bench-maxrss-kb=%M', process.execPath, ...args] : args;
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 64 << 20, ...(cwd ? { cwd } : {}) });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`node ${args.slice(0, 3).join(' ')} ... exited with ${r.status}: ${(r.stderr ?? '').slice(-2000)}`);
  const m = /qoe-bench-maxrss-kb=(\d+)/.exec(r.stderr ?? '');
  return { ms, ...(m ? { maxRssBytes: Number(m[1]) * 1024 } : {}), stdout: r.stdout };
}

/** The faster of `times` runs (the machines are shared: the minimum is the least disturbed). */
/**
 * The best run of each of two commands, run in turns (a, b, a, b, ...): a burst of load from
 * the machine's neighbours then slows both sides of a ratio instead of one.
 */
export function bestOfEach(times: number, a: () => ChildRun, b: () => ChildRun): [ChildRun, ChildRun] {
  let bestA: ChildRun | undefined;
  let bestB: ChildRun | undefined;
  for (let i = 0; i < times; i++) {
    const ra = a();
    if (!bestA || ra.ms < bestA.ms) bestA = ra;
    const rb = b();
    if (!bestB || rb.ms < bestB.ms) bestB = rb;
  }
  return [bestA!, bestB!];
}

export function bestOf(times: number, run: () => ChildRun): ChildRun {
  let best: ChildRun | undefined;
  for (let i = 0; i < times; i++) {
    const r = run();
    if (!best || r.ms < best.ms) best = r;
  }
  return best!;
}
