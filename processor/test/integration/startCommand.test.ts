import { SELF_METRICS, SELF_METRIC_METRIC_TAGS, type SelfMetricName } from '../../src/schema';
import { spawn } from 'node:child_process';
import * as dgram from 'node:dgram';
import * as path from 'node:path';
import { InfluxDB } from '@influxdata/influxdb-client';
import { influxQL } from '../../src/sinks/influx';
import { STARTER_QUERIES } from '../../src/cli/queries';
import { freePort } from '../../src/test-support/influxd';

const BIN = path.resolve(__dirname, '../../bin/qoe.js');
const url = () => process.env.QOE_INFLUX_URL ?? 'http://127.0.0.1:18086';

describe('qoe start (the README first command) end to end', () => {
  it('starts, writes simulated QoE into InfluxDB, prints queries that return data, and stops cleanly', async () => {
    const db = `qoe_it_start_${process.pid}`;
    // A statsd listener standing in for Telegraf's statsd input.
    const statsd = dgram.createSocket('udp4');
    const statsLines: string[] = [];
    statsd.on('message', (m) => statsLines.push(...m.toString().split('\n')));
    await new Promise<void>((r) => statsd.bind(0, '127.0.0.1', () => r()));
    const child = spawn(process.execPath, [BIN, 'start', '--dead-letter', '/tmp/qoe-it-dead.ndjson'], {
      env: { ...process.env, QOE_INFLUX_URL: url(), QOE_INFLUX_DB: db, QOE_STATSD_HOST: '127.0.0.1', QOE_STATSD_PORT: String(statsd.address().port), QOE_SIM_BACKFILL_MIN: '5', QOE_SIM_VIEWS_PER_S: '10', QOE_LOG_LEVEL: 'warn', QOE_COLLECTOR_PORT: '0', QOE_IDLE_TIMEOUT_MS: '2000', QOE_ADMIN_PORT: '0', QOE_ADMIN_TOKEN: 'it-admin-token' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const deadline = Date.now() + 150_000;
      while (!stdout.includes('Press Ctrl-C')) {
        if (child.exitCode !== null) throw new Error(`qoe start exited early: ${stderr}`);
        if (Date.now() > deadline) throw new Error(`qoe start did not get ready in 150 s; stdout: ${stdout.slice(-2000)}\nstderr: ${stderr.slice(-4000)}`);
        await new Promise((r) => setTimeout(r, 200));
      }
      expect(stdout).toContain(`database "${db}"`);
      expect(stdout).toContain('influx -host 127.0.0.1');

      // Every printed starter query returns data from the real server.
      const client = new InfluxDB({ url: url() });
      for (const { q } of STARTER_QUERIES) {
        expect(stdout).toContain(q.replace(/'/g, `'\\''`));
        const [r] = await influxQL(client, q, { db });
        expect(r!.series.length).toBeGreaterThan(0);
      }
      const [count] = await influxQL(client, 'SELECT sum("views") FROM "per_minute"."view_qoe" WHERE time >= now() - 10m AND time <= now()', { db });
      expect(Number(count!.series[0]!.values[0]![1])).toBeGreaterThan(100);

      // Views POSTed to the embedded HTTP collector reach the same series.
      const collectorUrl = /Views are also accepted at (http:\/\/[^ ]+\/v1\/views)/.exec(stdout)![1]!;
      const end = Math.floor(Date.now() / 60_000) * 60_000 - 30_000;
      const posted = Array.from({ length: 25 }, (_, i) => ({ view_id: `http-${i}`, property_id: 'it-http', view_start: end - 60_000, view_end: end, watch_time: 60_000, playback_failure: i < 5, player_error_code: 'networkError' }));
      const res = await fetch(collectorUrl, { method: 'POST', body: posted.map((v) => JSON.stringify(v)).join('\n'), headers: { 'content-type': 'application/x-ndjson' } });
      expect(await res.json()).toMatchObject({ accepted: 25, rejected: 0 });
      const minute = Math.floor(end / 60_000) * 60_000;
      // Depending on the second of the minute the views land before their minute is
      // emitted or as late updates of it, which go out on the next late-firing beat (1 min).
      let row: unknown[] | undefined;
      const rowDeadline = Date.now() + 120_000;
      while (Date.now() < rowDeadline) {
        const [r] = await influxQL(client, `SELECT "views", "failures" FROM "per_minute"."view_qoe" WHERE "property_id" = 'it-http' AND time >= ${minute}ms AND time < ${minute + 60_000}ms`, { db });
        row = r!.series[0]?.values[0];
        if (row && row[1] === 25) break;
        await new Promise((r2) => setTimeout(r2, 500));
      }
      expect(row).toEqual([minute, 25, 5]);

      // The admin API answers with the token, and only with it.
      const adminUrl = /Admin API [^:]+: (http:\/\/[^ ]+\/v1\/incidents)/.exec(stdout)![1]!;
      expect((await fetch(adminUrl)).status).toBe(401);
      const dump = await fetch(adminUrl, { headers: { authorization: 'Bearer it-admin-token' } });
      expect(dump.status).toBe(200);
      expect(Array.isArray(((await dump.json()) as { incidents: unknown[] }).incidents)).toBe(true);
      const baselines = (await (await fetch(adminUrl.replace(/incidents$/, 'baselines'), { headers: { authorization: 'Bearer it-admin-token' } })).json()) as { baselines: Record<string, { viewsSeen: number }> };
      expect(baselines.baselines['prop-news']!.viewsSeen).toBeGreaterThan(0);
      expect(stderr).not.toContain('it-admin-token');
      // Liveness and readiness probes, without a token, for orchestrators.
      const probe = async (name: string) => {
        const r = await fetch(adminUrl.replace(/\/v1\/incidents$/, `/${name}`));
        return { status: r.status, body: (await r.json()) as unknown };
      };
      expect(await probe('healthz')).toEqual({ status: 200, body: { status: 'ok' } });
      expect(await probe('readyz')).toEqual({ status: 200, body: { checks: { influxdb: true, influxWrites: true } } });

      // Self-metrics arrive through statsd (every 10 s).
      const deadline2 = Date.now() + 30_000;
      while (!statsLines.some((l) => l.startsWith('qoe.views_in:')) && Date.now() < deadline2) await new Promise((r) => setTimeout(r, 250));
      expect(statsLines.find((l) => l.startsWith('qoe.views_in:'))).toMatch(/^qoe\.views_in:\d+\|c\|#instance:[^,]+,mode:embedded$/);
      expect(statsLines.some((l) => l.startsWith('qoe.influx_buffered_points:'))).toBe(true);
      // Every gauge of the schema comes with every report, and the counters this run must move;
      // each line parsed as Telegraf's statsd input parses it (DogStatsD tags, metric_separator "_").
      // (Not here: the Kafka consumers' lag and the asset cache, which need Kafka and PostgreSQL; kafkaCdn.test.ts checks those.)
      const elsewhere = new Set<string>([SELF_METRICS.gauges.kafkaConsumerLag, SELF_METRICS.gauges.assetCacheHitRatio]);
      const want = [...Object.values(SELF_METRICS.gauges).filter((g) => !elsewhere.has(g)), SELF_METRICS.counters.viewsIn, SELF_METRICS.counters.cdnRecordsIn, SELF_METRICS.counters.recordsIn, SELF_METRICS.counters.recordsOut, SELF_METRICS.counters.pointsWritten, SELF_METRICS.timings.influxWriteMs, SELF_METRICS.timings.windowEmitMs];
      const deadline3 = Date.now() + 30_000;
      const seen = () => new Set(statsLines.map((l) => /^qoe\.([a-z0-9_]+):/.exec(l)?.[1]).filter(Boolean));
      while (want.some((m) => !seen().has(m)) && Date.now() < deadline3) await new Promise((r) => setTimeout(r, 250));
      const documented = new Set<string>([...Object.values(SELF_METRICS.counters), ...Object.values(SELF_METRICS.gauges), ...Object.values(SELF_METRICS.timings)]);
      const parsed = statsLines.filter((l) => l !== '').map((l) => {
        const m = /^qoe\.([a-z0-9_]+):(-?[\d.]+)\|(c|g|ms|h)\|#(.*)$/.exec(l);
        if (!m) throw new Error(`not a statsd line Telegraf reads: ${l}`);
        const tags = Object.fromEntries(m[4]!.split(',').map((t) => t.split(':') as [string, string]));
        return { measurement: `qoe_${m[1]}`, name: m[1]!, value: Number(m[2]), type: m[3], tags };
      });
      expect(want.filter((m) => !seen().has(m))).toEqual([]);
      expect(parsed.filter((p) => !documented.has(p.name)).map((p) => p.name)).toEqual([]);
      for (const p of parsed) {
        expect(Number.isFinite(p.value)).toBe(true);
        expect([p.name, Object.keys(p.tags).sort()]).toEqual([p.name, ['instance', 'mode', ...(SELF_METRIC_METRIC_TAGS[p.name as SelfMetricName] ?? [])].sort()]);
        expect(p.tags.mode).toBe('embedded');
      }
    } finally {
      child.kill('SIGTERM');
      statsd.close();
    }
    expect(await exited).toBe(0);
  }, 360_000);

  it('ends at once with an error naming QOE_PG_URL when the asset database cannot be used', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, [BIN, 'start', '--dead-letter', '/tmp/qoe-it-dead.ndjson'], {
      env: { ...process.env, QOE_INFLUX_URL: url(), QOE_INFLUX_DB: `qoe_it_start_pg_${process.pid}`, QOE_PG_URL: `postgres://qoe@127.0.0.1:${port}/qoe`, QOE_LOG_LEVEL: 'warn', QOE_COLLECTOR_PORT: '0', QOE_ADMIN_PORT: '0', QOE_ADMIN_TOKEN: 'x' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect(code).toBe(2);
    expect(stderr).toMatch(/QOE_PG_URL: the asset database cannot be used/);
  });
});
