import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readCdnLogFile } from '../sources/files/readCdnLogs';
import { DEFAULT_PEAK_HOUR_UTC } from '../sources/simulator/scenario';
import { MEASUREMENTS, RETENTION_POLICIES } from '../schema';
import { toLineProtocol, type QoePoint } from '../schema/point';
import { InfluxWriter } from '../sinks/influx';
import { ViewQoeJob } from '../jobs/viewQoeJob';
import { percentiles } from '../aggregate/percentile';
import type { ViewRecord } from '../decode/viewRecord';
import { benchView } from './benchView';
import { RAW_MEASUREMENT, rawLineOf } from './rawPoints';
import { bestOf, QOE_BIN, runNode } from './childRun';
import { rate, ratioRow, timedAsync, type BenchRow } from './table';

const BATCH = 5_000;

/** InfluxQL over HTTP, as Grafana would send it; the series of the first statement. */
async function query(url: string, db: string, q: string): Promise<{ columns: string[]; values: unknown[][] }[]> {
  const res = await fetch(`${url}/query?${new URLSearchParams({ db, q, epoch: 'ms' })}`);
  if (!res.ok) throw new Error(`InfluxQL ${res.status}: ${await res.text()}`);
  const body = (await res.json()) as { results: { series?: { columns: string[]; values: unknown[][] }[]; error?: string }[] };
  if (body.results[0]?.error) throw new Error(`InfluxQL: ${body.results[0].error}`);
  return body.results[0]?.series ?? [];
}

async function post(url: string, pathAndQuery: string, body: string): Promise<void> {
  const res = await fetch(`${url}${pathAndQuery}`, { method: 'POST', body, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  if (res.status !== 204) throw new Error(`write ${res.status}: ${await res.text()}`);
}

async function influxAdmin(url: string, q: string): Promise<void> {
  const res = await fetch(`${url}/query?${new URLSearchParams({ q })}`, { method: 'POST' });
  if (!res.ok) throw new Error(`${q}: ${res.status} ${await res.text()}`);
}

const created: string[] = [];

/**
 * A fresh database for one measurement, named for this run: InfluxDB 1.6 can refuse writes
 * ("database not found") right after DROP and CREATE of the same name.
 */
async function freshDatabase(url: string, name: string): Promise<string> {
  const db = `${name}_${process.pid}`;
  await influxAdmin(url, `CREATE DATABASE "${db}"`);
  created.push(db);
  return db;
}

/** Drops the databases this run made (they hold only bench data). */
export async function dropBenchDatabases(url: string): Promise<void> {
  for (const db of created.splice(0)) await influxAdmin(url, `DROP DATABASE "${db}"`).catch(() => undefined);
}

/** Points like the pipeline's: per-minute CDN health of many POPs, all within retention. */
function benchPoints(n: number): QoePoint[] {
  const now = Math.floor(Date.now() / 60_000) * 60_000;
  const pops = 50;
  return Array.from({ length: n }, (_, i) => ({
    measurement: MEASUREMENTS.cdnHealth.name,
    rp: MEASUREMENTS.cdnHealth.rp.name,
    tags: { cdn: ['akamai', 'cloudfront', 'fastly'][i % 3]!, pop: `POP${i % pops}` },
    fields: { requests: 1000 + (i % 97), bytes: 5_000_000 + i, ttfb_ms_p50: 21.5 + (i % 13), ttfb_ms_p95: 80.25 + (i % 17), rtt_ms_p95: 410.125, status_5xx: i % 7, error_pct: (i % 7) / 10 },
    timeMs: now - Math.floor(i / pops) * 60_000,
  }));
}

/** The writer against plain POSTs of the same points' line protocol, per write API, same server, same run. */
export async function writerRatios(url: string): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const n = Number(process.env.BENCH_WRITE_POINTS ?? 200_000);
  const points = benchPoints(n);
  const lines = points.map(toLineProtocol);
  for (const api of ['v1', 'v2'] as const) {
    const db = await freshDatabase(url, `qoe_bench_${api}`);
    const writer = await InfluxWriter.connect({ url, database: db, api, batchSize: BATCH });
    if (api === 'v2' && !supportsV2Write(writer.server.version)) {
      rows.push({ section: 'InfluxDB writer', figure: 'InfluxWriter rate / plain line-protocol POSTs, /api/v2/write', value: `not measurable here: InfluxDB ${writer.server.version} has no /api/v2/write (1.8 added it)` });
      await writer.close();
      continue;
    }
    const rp = RETENTION_POLICIES.minute.name;
    const target = api === 'v1' ? `/write?${new URLSearchParams({ db, rp, precision: 'ms' })}` : `/api/v2/write?${new URLSearchParams({ bucket: `${db}/${rp}`, precision: 'ms' })}`;
    const plainRun = () =>
      timedAsync(async () => {
        for (let i = 0; i < lines.length; i += BATCH) await post(url, target, lines.slice(i, i + BATCH).join('\n'));
      });
    const writerRun = () =>
      timedAsync(async () => {
        await writer.write(points);
        await writer.flush();
      });
    // Alternate, each side first in turn, best of three each: the server's state (its cache,
    // WAL and compactions) changes as it fills, and the side that follows a run pays for it.
    let plain = Infinity;
    let written = Infinity;
    for (let i = 0; i < 3; i++) {
      for (const side of i % 2 === 0 ? ['plain', 'writer'] : ['writer', 'plain']) {
        const ms = (await (side === 'plain' ? plainRun() : writerRun())).ms;
        if (side === 'plain') plain = Math.min(plain, ms);
        else written = Math.min(written, ms);
      }
    }
    await writer.close();
    const plainRate = n / plain;
    const writerRate = n / written;
    rows.push(ratioRow('InfluxDB writer', `InfluxWriter rate / plain line-protocol POSTs, ${api === 'v1' ? '/write' : '/api/v2/write'}`, writerRate / plainRate, `${rate(n, written)} vs ${rate(n, plain)} points, batches of ${BATCH}, encoding included`, { min: 0.7 }));
  }
  return rows;
}

/** /api/v2/write exists from InfluxDB 1.8 on (and in every 2.x). */
function supportsV2Write(version: string): boolean {
  const m = /(\d+)\.(\d+)/.exec(version);
  return !m || Number(m[1]) > 1 || Number(m[2]) >= 8;
}

/** `qoe replay` into the real InfluxDB, records per second of the whole command. */
export function endToEnd(url: string, inputs: { viewsNdjson: string; views: number; cdnFile: string; cdnFormat: string; cdnRecords: number }): BenchRow[] {
  const env = { QOE_INFLUX_URL: url, QOE_INFLUX_DB: `qoe_bench_e2e_${process.pid}` };
  created.push(env.QOE_INFLUX_DB);
  const args = (a: string[]) => [QOE_BIN, 'replay', ...a, '--dead-letter', path.join(path.dirname(inputs.viewsNdjson), 'dead-e2e.ndjson')];
  const views = bestOf(1, () => runNode(args(['--views', inputs.viewsNdjson]), env));
  const cdn = bestOf(1, () => runNode(args(['--cdn-logs', inputs.cdnFile, '--cdn-format', inputs.cdnFormat]), env));
  const perSecond = (n: number, ms: number) => (n / ms) * 1000;
  const row = (what: string, n: number, ms: number): BenchRow => {
    const r = perSecond(n, ms);
    return { section: 'end to end', figure: `qoe replay ${what} into InfluxDB (whole command)`, value: `${Math.round(r).toLocaleString('en-US')} records/s (${n.toLocaleString('en-US')} in ${(ms / 1000).toFixed(2)} s)`, goal: '>= 50,000/s', met: r >= 50_000 };
  };
  return [row('views (NDJSON, with the detector)', inputs.views, views.ms), row(`CDN records (${inputs.cdnFormat})`, inputs.cdnRecords, cdn.ms)];
}

function dirBytes(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  let total = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    total += e.isDirectory() ? dirBytes(p) : fs.statSync(p).size;
  }
  return total;
}

/** The raw side's request bodies: the file read and parsed by the pipeline's own reader, one line a request, BATCH lines a body. */
async function* rawBodies(file: string): AsyncGenerator<{ body: string; lines: number }> {
  let batch: string[] = [];
  for await (const b of readCdnLogFile(file, 'cloudfront', 1_000)) {
    for (const r of b.records) batch.push(rawLineOf(r));
    if (batch.length >= BATCH) {
      yield { body: batch.join('\n'), lines: batch.length };
      batch = [];
    }
  }
  if (batch.length > 0) yield { body: batch.join('\n'), lines: batch.length };
}

/**
 * What users would otherwise do: every CDN request as its own point (Telegraf tailing the
 * logs), the dashboard computed by InfluxQL GROUP BY time(1m). Same records, same server.
 */
export async function rawAlternative(url: string, servicesDir: string, workDir: string, recordsPerSecond: number): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const section = 'alternative: raw points + GROUP BY time(1m)';
  const hours = 6;
  // The six hours around the simulated day's peak, the latest of them that ended an hour ago or
  // earlier: the same requests whatever the hour the bench runs (the last six hours would hold
  // from about a million to two million of them, and the disk ratio would follow).
  const latestStart = Date.now() - (hours + 1) * 3_600_000;
  let start = Math.floor(latestStart / 86_400_000) * 86_400_000 + (DEFAULT_PEAK_HOUR_UTC - hours / 2) * 3_600_000;
  if (start > latestStart) start -= 86_400_000;
  const file = path.join(workDir, 'cdn-6h.log');
  runNode([QOE_BIN, 'simulate', '--start', new Date(start).toISOString(), '--minutes', String(hours * 60), '--rate', '1', '--cdn-rate', String(recordsPerSecond), '--out', '/dev/null', '--cdn-out', file, '--cdn-format', 'cloudfront']);
  const rawDb = await freshDatabase(url, 'qoe_bench_raw');
  const pipeDb = await freshDatabase(url, 'qoe_bench_pipeline');
  // The raw side from the same file: read and parsed by the pipeline's own reader (the fastest
  // parser at hand: Telegraf's would be slower), one point a request, POSTed in batches.
  const influxDir = path.join(servicesDir, 'influxdb');
  // Shards and WAL; not the series file (_series), which InfluxDB preallocates (32 MiB a database, however small).
  const shardBytes = (db: string) => {
    const d = path.join(influxDir, 'data', db);
    return fs.existsSync(d) ? fs.readdirSync(d).filter((e) => e !== '_series').reduce((s, e) => s + dirBytes(path.join(d, e)), 0) : 0;
  };
  const bytes = (db: string) => shardBytes(db) + dirBytes(path.join(influxDir, 'wal', db));
  let n = 0;
  const rawIngest = await timedAsync(async () => {
    // One request in flight while the next batch is parsed, as a log shipper would.
    let inFlight: Promise<void> = Promise.resolve();
    for await (const { body, lines } of rawBodies(file)) {
      await inFlight;
      inFlight = post(url, `/write?${new URLSearchParams({ db: rawDb, precision: 'ms' })}`, body);
      n += lines;
    }
    await inFlight;
  });
  const rawIngestedBytes = bytes(rawDb);
  const pipe = runNode([QOE_BIN, 'replay', '--cdn-logs', file, '--cdn-format', 'cloudfront', '--dead-letter', path.join(workDir, 'dead-raw.ndjson')], { QOE_INFLUX_URL: url, QOE_INFLUX_DB: pipeDb });
  const pipeIngestedBytes = bytes(pipeDb);
  rows.push(ratioRow(section, 'ingest: pipeline records/s (qoe replay, whole command) / raw points/s (same file read, parsed, one point a request POSTed)', n / pipe.ms / (n / rawIngest.ms), `${rate(n, pipe.ms)} vs ${rate(n, rawIngest.ms)} for ${n.toLocaleString('en-US')} requests over ${hours} h`, { min: 2 }));
  // InfluxDB's part of the raw side alone: the same lines POSTed to a database of their own,
  // only the POSTs timed (a batch is made, untimed, before its POST: memory stays one batch).
  const postsDb = await freshDatabase(url, 'qoe_bench_raw_posts');
  const posts = { ms: 0 };
  for await (const { body } of rawBodies(file)) {
    const t0 = performance.now();
    await post(url, `/write?${new URLSearchParams({ db: postsDb, precision: 'ms' })}`, body);
    posts.ms += performance.now() - t0;
  }
  rows.push({ section, figure: 'ingest: pipeline records/s / raw points/s of InfluxDB alone (the same lines POSTed, only the POSTs timed)', value: `${(posts.ms / pipe.ms).toFixed(2)}x (${rate(n, pipe.ms)} vs ${rate(n, posts.ms)})` });
  await influxAdmin(url, `DROP DATABASE "${postsDb}"`);

  const range = `time >= ${start}ms AND time < ${start + hours * 3_600_000}ms`;
  const rawQ = `SELECT count("status") AS requests, percentile("ttfb_ms", 95) AS ttfb_p95, percentile("total_ms", 95) AS rtt_p95 FROM "${RAW_MEASUREMENT}" WHERE ${range} GROUP BY time(1m), "cdn", "pop"`;
  const pipeQ = `SELECT "requests", "ttfb_ms_p95", "rtt_ms_p95" FROM "${RETENTION_POLICIES.minute.name}"."${MEASUREMENTS.cdnHealth.name}" WHERE ${range} GROUP BY "cdn", "pop"`;
  const best = async (q: string, db: string) => {
    let ms = Infinity;
    let rowsOut = 0;
    for (let i = 0; i < 3; i++) {
      const r = await timedAsync(() => query(url, db, q));
      ms = Math.min(ms, r.ms);
      rowsOut = r.value.reduce((s, x) => s + x.values.filter((v) => v[1] !== null).length, 0);
    }
    return { ms, rows: rowsOut };
  };
  const rawQuery = await best(rawQ, rawDb);
  const pipeQuery = await best(pipeQ, pipeDb);
  rows.push(ratioRow(section, `6 h dashboard query (requests, TTFB p95, RTT p95 per CDN/POP/minute): raw / pipeline time`, rawQuery.ms / pipeQuery.ms, `${rawQuery.ms.toFixed(0)} ms (${rawQuery.rows} rows) vs ${pipeQuery.ms.toFixed(1)} ms (${pipeQuery.rows} rows)`, { min: 100 }));

  const rawBytes = bytes(rawDb);
  const pipeBytes = bytes(pipeDb);
  const sizes = (raw: number, pipeline: number) => `${(raw / 1024 / 1024).toFixed(1)} MiB vs ${(pipeline / 1024).toFixed(0)} KiB`;
  rows.push({ section, figure: 'disk right after each ingest (shards + WAL, series file left out): raw / pipeline', value: `${(rawIngestedBytes / Math.max(1, pipeIngestedBytes)).toFixed(2)}x (${sizes(rawIngestedBytes, pipeIngestedBytes)})` });
  rows.push(ratioRow(section, 'disk at the end of this section, InfluxDB compacting meanwhile (shards + WAL, series file left out): raw / pipeline', rawBytes / Math.max(1, pipeBytes), sizes(rawBytes, pipeBytes), { min: 100 }));
  return rows;
}

/**
 * Live mode: the time from a minute window closing (the watermark passing its end) to its
 * points being answered by InfluxDB, through the writer with its default flush interval.
 * Views arrive in processing time at `viewsPerSecond`; event time runs ahead so a window
 * closes every `secondsPerWindow` of wall time.
 */
export async function windowLatency(url: string, minutes: number): Promise<BenchRow[]> {
  const db = await freshDatabase(url, 'qoe_bench_latency');
  const writer = await InfluxWriter.connect({ url, database: db });
  const job = new ViewQoeJob({ outOfOrdernessMs: 0, allowedLatenessMs: 0 });
  const properties = 20;
  const base = Math.floor(Date.now() / 60_000) * 60_000 - (minutes + 2) * 60_000;
  const latencies: number[] = [];
  for (let m = 0; m < minutes; m++) {
    const views: ViewRecord[] = [];
    for (let p = 0; p < properties; p++) {
      for (let i = 0; i < 20; i++) views.push(benchView(`prop-${p}`, 'v1', base + m * 60_000 + i * 2_000 + p, false));
    }
    views.sort((a, b) => a.viewEndMs - b.viewEndMs);
    const points: QoePoint[] = [];
    for (const v of views) points.push(...job.process(v).points);
    // The first view of the next minute moves the watermark past this window's end.
    const closing = job.process(benchView('prop-0', 'v1', base + (m + 1) * 60_000, false)).points;
    const closedAt = Date.now();
    points.push(...closing);
    const windowStart = base + m * 60_000;
    const expected = closing.filter((p) => p.measurement === MEASUREMENTS.viewQoe.name && p.timeMs === windowStart).length;
    await writer.write(points);
    // Poll (every 10 ms, up to 30 s) until InfluxDB answers with every property's point of the window.
    const deadline = Date.now() + 30_000;
    for (;;) {
      const s = await query(url, db, `SELECT count("views") FROM "${MEASUREMENTS.viewQoe.name}" WHERE time = ${windowStart}ms`);
      const got = Number(s[0]?.values[0]?.[1] ?? 0);
      if (got >= expected && expected > 0) break;
      if (Date.now() > deadline) throw new Error(`window ${new Date(windowStart).toISOString()} not queryable after 30 s (${got} of ${expected})`);
      await new Promise((r) => setTimeout(r, 10));
    }
    latencies.push(Date.now() - closedAt);
  }
  await writer.close();
  const [p50, p99] = percentiles(latencies, [50, 99]) as [number, number];
  return [{ section: 'latency', figure: `window close -> queryable in InfluxDB (writer flush interval 1 s; ${latencies.length} windows)`, value: `p50 ${p50} ms, p99 ${p99} ms`, goal: 'p99 < 2000 ms', met: p99 < 2000 }];
}


/** Version of the influxd binary, for the table's heading. */
export function influxdVersion(): string {
  try {
    return execFileSync('influxd', ['version'], { encoding: 'utf8' }).trim();
  } catch {
    return 'influxd version unknown';
  }
}
