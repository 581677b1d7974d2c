import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import * as net from 'node:net';
import * as path from 'node:path';

export const REPO = path.resolve(__dirname, '../../..');

/** Starts (or reuses) the project's real InfluxDB and Redis; returns their URLs. */
export function startServices(): { influxUrl: string; redisUrl: string } {
  const out = execFileSync('bash', [path.join(REPO, 'scripts/services.sh'), 'up'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const env: Record<string, string> = {};
  for (const m of out.matchAll(/^export (\w+)=(.*)$/gm)) env[m[1]!] = m[2]!;
  return { influxUrl: env.QOE_INFLUX_URL ?? 'http://127.0.0.1:18086', redisUrl: env.QOE_REDIS_URL ?? 'redis://127.0.0.1:16379' };
}

/** Debian's chromium, installed when missing. */
export function chromiumPath(): string {
  return execFileSync('bash', [path.join(REPO, 'scripts/services.sh'), 'chromium'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim().split('\n').pop()!;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

export async function influxQuery(influxUrl: string, db: string, q: string): Promise<Array<{ name: string; tags?: Record<string, string>; columns: string[]; values: unknown[][] }>> {
  const r = await fetch(`${influxUrl}/query?${new URLSearchParams({ db, q, epoch: 'ms' })}`);
  const json = (await r.json()) as { results?: Array<{ error?: string; series?: Array<{ name: string; columns: string[]; values: unknown[][] }> }> };
  const err = json.results?.[0]?.error;
  if (err) throw new Error(`${q}: ${err}`);
  return json.results?.[0]?.series ?? [];
}

/** Polls until `check` returns a value, or fails with what it last saw. */
export async function waitFor<T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 240_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await check();
      if (v !== undefined) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `: ${(last as Error).message}` : ''}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

export interface RunningProcessor {
  child: ChildProcess;
  adminUrl: string;
  collectorUrl: string;
  stderr: () => string;
  stop: () => Promise<void>;
}

/**
 * The real embedded `qoe start`: simulated history of `backfillMin` minutes from a scenario
 * with incidents and a CDN degradation written at once, then live traffic, its detector
 * behind the admin API on a free port.
 */
export async function startProcessor(o: { influxUrl: string; redisUrl: string; db: string; token: string; scenario: string; backfillMin: number; deadLetter: string; statsdPort: number }): Promise<RunningProcessor> {
  const adminPort = await freePort();
  const collectorPort = await freePort();
  const child = spawn(process.execPath, [path.join(REPO, 'processor/bin/qoe.js'), 'start', '--dead-letter', o.deadLetter], {
    env: {
      ...process.env,
      QOE_INFLUX_URL: o.influxUrl,
      QOE_REDIS_URL: o.redisUrl,
      QOE_INFLUX_DB: o.db,
      QOE_PG_URL: '',
      QOE_KAFKA_BROKERS: '',
      QOE_START_SERVICES: 'false',
      QOE_ADMIN_PORT: String(adminPort),
      QOE_ADMIN_TOKEN: o.token,
      QOE_COLLECTOR_PORT: String(collectorPort),
      QOE_SIM_SCENARIO: o.scenario,
      QOE_SIM_BACKFILL_MIN: String(o.backfillMin),
      QOE_STATSD_HOST: '127.0.0.1',
      QOE_STATSD_PORT: String(o.statsdPort),
      QOE_LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  child.stderr!.on('data', (d) => (err += d));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    child,
    adminUrl: `http://127.0.0.1:${adminPort}`,
    collectorUrl: `http://127.0.0.1:${collectorPort}`,
    stderr: () => err,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
