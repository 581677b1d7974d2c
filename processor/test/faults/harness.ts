/** What the fault suite's cases share: the processes they run, the dumps they compare, their secrets. */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MEASUREMENTS } from '../../src/schema';
import { PrivateInfluxd } from '../../src/test-support/influxd';
import { PrivateRedis } from '../../src/test-support/redisServer';

export const BIN = path.resolve(__dirname, '../../bin/qoe.js');
export const COLLECTOR_TOKEN = 'fault-suite-collector-token-5f2c';
export const ADMIN_TOKEN = 'fault-suite-admin-token-91ab';
/** Everything the suite's processes wrote, searched for the secrets at the end. */
export const outputs: string[] = [];

export interface Child {
  proc: ChildProcess;
  stderr(): string;
  exited: Promise<number | null>;
  rssPeak(): number;
}

export function qoe(args: string[], env: Record<string, string>): Child {
  const proc = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, QOE_LOG_LEVEL: 'info', QOE_START_SERVICES: 'false', QOE_ADMIN_TOKEN: ADMIN_TOKEN, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  proc.stderr!.on('data', (d) => (err += d));
  proc.stdout!.on('data', (d) => (err += d));
  let peak = 0;
  const timer = setInterval(() => {
    try {
      const kb = Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${proc.pid}/status`, 'utf8'))?.[1] ?? 0);
      peak = Math.max(peak, kb * 1024);
    } catch {
      /* gone */
    }
  }, 100);
  const exited = new Promise<number | null>((resolve) =>
    proc.once('exit', (code) => {
      clearInterval(timer);
      outputs.push(err);
      resolve(code);
    }),
  );
  return { proc, stderr: () => err, exited, rssPeak: () => peak };
}

export async function influxQuery(url: string, db: string, q: string): Promise<{ name: string; tags?: Record<string, string>; columns: string[]; values: unknown[][] }[]> {
  const res = await fetch(`${url}/query?${new URLSearchParams({ db, q, epoch: 'ms' })}`);
  const body = (await res.json()) as { results: { error?: string; series?: { name: string; tags?: Record<string, string>; columns: string[]; values: unknown[][] }[] }[] };
  if (body.results[0]?.error) throw new Error(`${q}: ${body.results[0].error}`);
  return body.results[0]?.series ?? [];
}

/** Every point of every measurement of the schema in a database, as comparable text. */
export async function dump(url: string, db: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const m of Object.values(MEASUREMENTS)) {
    const series = await influxQuery(url, db, `SELECT * FROM "${m.rp.name}"."${m.name}" GROUP BY *`);
    out[m.name] = JSON.stringify(series.map((s) => ({ tags: s.tags, columns: s.columns, values: s.values })).sort((a, b) => (JSON.stringify(a.tags) < JSON.stringify(b.tags) ? -1 : 1)));
  }
  return out;
}

export const countPoints = (d: Record<string, string>) => Object.values(d).reduce((n, s) => n + (JSON.parse(s) as { values: unknown[] }[]).reduce((m, x) => m + x.values.length, 0), 0);

export function seeded(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/** No secret in anything the processes of this file wrote (logs, errors, summaries, dead letters). */
export function expectNoSecrets(): void {
  const all = outputs.join('\n');
  expect(all).not.toContain(COLLECTOR_TOKEN);
  expect(all).not.toContain(ADMIN_TOKEN);
}

/** The private servers of one describe block, read through getters once its beforeAll ran. */
export interface SuiteServers {
  influx(): PrivateInfluxd;
  redis(): PrivateRedis;
}

/**
 * Registers the hooks every fault file needs: a private InfluxDB (and Redis when asked) started
 * before the file's cases, destroyed after them, and then every output of the file's processes
 * searched for the suite's secrets. Call it first in the describe block, so its servers are up
 * before the file's own beforeAll runs.
 */
export function suiteServers(opts: { redis?: boolean } = {}): SuiteServers {
  let influx: PrivateInfluxd | undefined;
  let redis: PrivateRedis | undefined;
  beforeAll(async () => {
    influx = await PrivateInfluxd.create();
    await influx.start();
    if (opts.redis) {
      redis = await PrivateRedis.create();
      await redis.start();
    }
  });
  afterAll(async () => {
    await influx?.destroy();
    await redis?.destroy();
    expectNoSecrets();
  });
  const started = <T>(server: T | undefined, name: string): T => {
    if (!server) throw new Error(`the suite's ${name} is not started (suiteServers(${name === 'Redis' ? '{ redis: true }' : ''}) registers it, read it inside a hook or case)`);
    return server;
  };
  return { influx: () => started(influx, 'InfluxDB'), redis: () => started(redis, 'Redis') };
}
