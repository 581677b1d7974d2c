/**
 * The embedded pipeline (`qoe start` without Kafka) with InfluxDB stopped while views and CDN
 * logs keep arriving at its HTTP collector. Same input undisturbed and disturbed, InfluxDB
 * contents compared point by point.
 */
import * as path from 'node:path';
import { DEFAULT_SCENARIO, simulateRange } from '../../src/sources/simulator';
import { toVendorLine } from '../../src/sources/simulator/renderCdnLogs';
import { FaultProxy } from '../../src/test-support/faultProxy';
import { simulatedViews, tempFile } from '../../src/test-support/viewFiles';
import { waitFor } from '../../src/test-support/waitFor';
import { FULL, recordFault } from './faultReport';
import { COLLECTOR_TOKEN, countPoints, dump, influxQuery, qoe, suiteServers, type Child } from './harness';

/** One minute of input: the views that ended in it and the CDN requests made in it, as bodies. */
interface Chunk {
  views: string;
  viewCount: number;
  cdn: string;
  cdnCount: number;
}

/** What the client saw: records taken, refusals (503/429) it waited out and retried. */
interface ClientTally {
  accepted: number;
  rejected: number;
  refusals: number;
  /** Records of the chunks not yet taken (the client's backlog). */
  backlog: number;
}

/**
 * A collector client as a player SDK or log shipper behaves: one request at a time, and a
 * refused request (503 or 429) is sent again after the Retry-After the collector named.
 */
async function send(base: string, chunks: readonly Chunk[], tally: ClientTally): Promise<void> {
  const post = async (route: string, body: string) => {
    for (;;) {
      const res = await fetch(`${base}${route}`, { method: 'POST', headers: { authorization: `Bearer ${COLLECTOR_TOKEN}`, 'content-type': 'application/x-ndjson' }, body });
      if (res.status === 503 || res.status === 429) {
        await res.arrayBuffer();
        tally.refusals++;
        // The collector's own pacing (its Retry-After), not a wait for a test state.
        await new Promise((r) => setTimeout(r, Number(res.headers.get('retry-after') ?? '1') * 1000));
        continue;
      }
      if (res.status !== 200) throw new Error(`${route}: HTTP ${res.status} ${await res.text()}`);
      const r = (await res.json()) as { accepted: number; rejected: number };
      tally.accepted += r.accepted;
      tally.rejected += r.rejected;
      return;
    }
  };
  for (const c of chunks) {
    await post('/v1/views', c.views);
    tally.backlog -= c.viewCount;
    await post('/v1/cdn-logs?format=fastly', c.cdn);
    tally.backlog -= c.cdnCount;
  }
}

describe('faults: embedded qoe start', () => {
  const from = Math.floor(Date.now() / 3_600_000) * 3_600_000 - 4 * 3_600_000;
  const { influx } = suiteServers();

  it('InfluxDB stopped, then answering 500s, then hanging, while views and CDN logs arrive over HTTP: the collector refuses with 503 instead of buffering without bound, the clients retry, and the results equal the undisturbed run', async () => {
    const minutes = FULL ? 30 : 20;
    const views = simulatedViews(from, minutes, { rate: 20, seed: 21 });
    const cdn = [...simulateRange(DEFAULT_SCENARIO, from, from + minutes * 60_000, { views: false, cdn: true })].flatMap((s) => s.cdn);
    const chunks: Chunk[] = [];
    for (let m = 0; m < minutes; m++) {
      const inMinute = (ms: number) => Math.floor((ms - from) / 60_000) === m;
      const v = views.filter((x) => inMinute(Date.parse(x.view_end)));
      const c = cdn.filter((x) => inMinute(Number(x.request_time_ms)));
      chunks.push({ views: v.map((x) => JSON.stringify(x)).join('\n') + '\n', viewCount: v.length, cdn: c.map((x) => toVendorLine('fastly', x)).join('\n') + '\n', cdnCount: c.length });
    }
    const records = views.length + cdn.length;
    expect(chunks.reduce((n, c) => n + c.viewCount + c.cdnCount, 0)).toBe(records);
    const half = Math.floor(minutes / 2);
    const dir = path.dirname(tempFile('x', ''));
    // Both runs write through a proxy that can answer 500 or never answer (passing through otherwise).
    const proxy = await FaultProxy.start(influx().url);

    // A small write buffer (the collector refuses once half of it waits), quick retries.
    const start = (db: string): { run: Child; base: () => string } => {
      const run = qoe(['start', '--dead-letter', path.join(dir, `${db}-dead.ndjson`)], {
        QOE_KAFKA_BROKERS: '',
        QOE_SIM_ENABLED: 'false',
        QOE_COLLECTOR_PORT: '0',
        QOE_ADMIN_PORT: '0',
        QOE_COLLECTOR_TOKENS: COLLECTOR_TOKEN,
        QOE_STATSD_HOST: '',
        QOE_INFLUX_URL: proxy.url,
        QOE_INFLUX_DB: db,
        QOE_INFLUX_BATCH_SIZE: '100',
        QOE_INFLUX_MAX_BUFFER: '400',
        QOE_INFLUX_RETRY_MS: '100',
        QOE_INFLUX_RETRY_MAX_MS: '1000',
        QOE_INFLUX_TIMEOUT_MS: '2000',
      });
      return { run, base: () => /Views are also accepted at (http:\/\/[\d.]+:\d+)\/v1\/views/.exec(run.stderr())![1]! };
    };
    const firstPoints = (db: string) => waitFor(async () => (await influxQuery(influx().url, db, 'SELECT count("views") FROM "per_minute"."view_qoe"').catch(() => [])).length > 0, 60_000, `the first points in ${db}`);
    const listening = (run: Child) => waitFor(() => /Views are also accepted at http/.test(run.stderr()) || run.proc.exitCode !== null, 60_000, 'qoe start to listen');

    // Undisturbed: the first half, its first points written, the second half, a clean stop.
    const calm = start('embedded_undisturbed');
    await listening(calm.run);
    const calmTally: ClientTally = { accepted: 0, rejected: 0, refusals: 0, backlog: records };
    await send(calm.base(), chunks.slice(0, half), calmTally);
    await firstPoints('embedded_undisturbed');
    await send(calm.base(), chunks.slice(half), calmTally);
    calm.run.proc.kill('SIGTERM');
    expect(await calm.run.exited).toBe(0);
    // (A refusal here would only mean a slow InfluxDB; the client retries it either way.)
    expect([calmTally.accepted, calmTally.rejected, calmTally.backlog]).toEqual([records, 0, 0]);
    const undisturbed = await dump(influx().url, 'embedded_undisturbed');
    expect(countPoints(undisturbed)).toBeGreaterThan(minutes * 10);

    // Disturbed: influxd stopped once the first half's points are in, the second half sent
    // while it is down (two minutes in the full suite); started again behind the proxy
    // answering 500, then never answering (the writer's 2 s timeout), then passing through.
    const hit = start('embedded_disturbed');
    await listening(hit.run);
    const tally: ClientTally = { accepted: 0, rejected: 0, refusals: 0, backlog: records };
    await send(hit.base(), chunks.slice(0, half), tally);
    await firstPoints('embedded_disturbed');
    await influx().stop();
    const faultStart = Date.now();
    const rest = send(hit.base(), chunks.slice(half), tally);
    let clientDone = false;
    void rest.then(() => (clientDone = true), () => (clientDone = true));
    // The writer meets the outage and the collector starts refusing (its buffer half full).
    await waitFor(() => /InfluxDB write failed, retrying/.test(hit.run.stderr()) || clientDone, 60_000, () => `the writer to retry (${hit.run.stderr().slice(-500)})`);
    await waitFor(() => tally.refusals > 0 || clientDone, 120_000, 'the collector to refuse a request');
    expect(clientDone).toBe(false);
    const stoppedMs = FULL ? 120_000 : 15_000;
    const phaseMs = FULL ? 40_000 : 5_000;
    await new Promise((r) => setTimeout(r, Math.max(0, faultStart + stoppedMs - Date.now()))); // the fault's own length
    expect(hit.run.proc.exitCode).toBeNull(); // waiting, not failed
    await influx().start();
    for (const mode of ['error500', 'hang'] as const) {
      proxy.mode = mode;
      await waitFor(() => proxy.counts[mode] > 0, 60_000, `a write to meet the ${mode} fault`);
      await new Promise((r) => setTimeout(r, phaseMs)); // the fault's own length
    }
    expect(hit.run.proc.exitCode).toBeNull();
    const heldBack = tally.backlog;
    const refusedDuringFault = tally.refusals;
    // Consumption paused: part of the second half is still with the client.
    expect(heldBack).toBeGreaterThan(0);
    proxy.mode = 'pass';
    const back = Date.now();
    await rest;
    hit.run.proc.kill('SIGTERM');
    expect(await hit.run.exited).toBe(0);
    const recoveryMs = Date.now() - back;
    await proxy.close();
    expect(tally.accepted).toBe(records);
    expect(tally.backlog).toBe(0);

    const disturbed = await dump(influx().url, 'embedded_disturbed');
    for (const m of Object.keys(undisturbed)) expect([m, disturbed[m]]).toEqual([m, undisturbed[m]]);
    const rss = Math.max(calm.run.rssPeak(), hit.run.rssPeak());
    expect(rss).toBeLessThan(400 * 1024 * 1024);
    recordFault({
      fault: 'Embedded mode: InfluxDB stopped, 500s, hanging, while the HTTP collector takes data',
      done: `\`qoe start\` without Kafka (write buffer 400 lines); ${minutes} minutes of views and Fastly log lines POSTed a minute at a time by a client that honours Retry-After; after the first half's points were written, influxd stopped for ${stoppedMs / 1000} s, then behind a proxy answering 500 (${phaseMs / 1000} s), then never answering (${phaseMs / 1000} s, 2 s client timeout), while the second half was sent`,
      checked: `the collector answered 503 once half the write buffer waited (${refusedDuringFault} refusals during the fault, ${heldBack.toLocaleString('en-US')} records still with the client when it ended: consumption paused, not buffered); the process stayed up; every record accepted once; every point of every measurement equal to the undisturbed run; RSS < 400 MiB`,
      records,
      faultMs: back - faultStart,
      rssPeakBytes: rss,
      recoveryMs,
      result: 'equal to undisturbed',
    });
  });
});
