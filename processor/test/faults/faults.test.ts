/**
 * The fault suite: the same input undisturbed and disturbed, results compared point by
 * point. `npm run test:faults` runs it whole; CI runs it with QOE_FAULTS=ci (shorter faults,
 * fewer kills, the same checks). Waits are for states (a point queryable, a retry logged,
 * a process gone), never for fixed sleeps; the only fixed durations are the faults' own.
 */
import * as dgram from 'node:dgram';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { DEFAULT_CDN_LIMITS } from '../../src/aggregate/cdnMinute';
import { CLOUDFRONT_STANDARD_FIELDS } from '../../src/decode/cdn/cloudfront';
import type { CdnAccessRecordMessage } from '../../src/proto';
import { MEASUREMENTS, RETENTION_POLICIES } from '../../src/schema';
import { DEFAULT_SCENARIO, simulateRange } from '../../src/sources/simulator';
import { toVendorLine } from '../../src/sources/simulator/renderCdnLogs';
import { parseScenario } from '../../src/sources/simulator/scenario';
import { simulatedViews, tempFile, toNdjson } from '../../src/test-support/viewFiles';
import { waitFor } from '../../src/test-support/waitFor';
import { FULL, recordFault } from './faultReport';
import { COLLECTOR_TOKEN, countPoints, dump, influxQuery, outputs, qoe, seeded, suiteServers } from './harness';

describe('faults', () => {
  const from = Math.floor(Date.now() / 3_600_000) * 3_600_000 - 4 * 3_600_000;
  const { influx } = suiteServers();

  it('InfluxDB stopped in the middle of a replay: consumption waits, nothing is lost or doubled, results equal the undisturbed run', async () => {
    // Enough views for several checkpoint saves (one every 10,000 records).
    const minutes = FULL ? 40 : 30;
    const views = simulatedViews(from, minutes, { rate: FULL ? 40 : 30, seed: 3 });
    const file = tempFile('fault-views.ndjson', toNdjson(views));
    // Small write batches, quick retries; a buffer large enough to reach a checkpoint in the outage.
    const env = (db: string) => ({ QOE_INFLUX_URL: influx().url, QOE_INFLUX_DB: db, QOE_INFLUX_BATCH_SIZE: '500', QOE_INFLUX_MAX_BUFFER: '50000', QOE_INFLUX_RETRY_MS: '100', QOE_INFLUX_RETRY_MAX_MS: '1000', QOE_INFLUX_TIMEOUT_MS: '2000' });
    const args = ['replay', '--views', file, '--speed', String((minutes * 60) / 15), '--dead-letter', tempFile('fault-dead.ndjson', '')];

    const calm = qoe(args, env('undisturbed'));
    expect(await calm.exited).toBe(0);
    const undisturbed = await dump(influx().url, 'undisturbed');
    expect(countPoints(undisturbed)).toBeGreaterThan(minutes * 10);
    expect(views.length).toBeGreaterThan(20_000);

    // The disturbed run checkpoints, and crashes while InfluxDB is away: a checkpoint taken
    // then would claim points InfluxDB never stored (the resumed run would skip them).
    const checkpoint = tempFile('fault-influx().checkpoint', '');
    fs.rmSync(checkpoint);
    const hitArgs = [...args, '--checkpoint', checkpoint, '--checkpoint-every', '10000', '--batch-size', '500'];
    const hit = qoe(hitArgs, env('disturbed'));
    await waitFor(async () => (await influxQuery(influx().url, 'disturbed', 'SELECT count("views") FROM "per_minute"."view_qoe"').catch(() => [])).length > 0, 60_000, 'the first points of the disturbed run');
    await influx().stop();
    const faultStart = Date.now();
    await waitFor(() => /InfluxDB write failed, retrying/.test(hit.stderr()), 60_000, () => `the replay to retry (${hit.stderr().slice(-500)})`);
    const consumedAt = () => (fs.existsSync(checkpoint) ? (JSON.parse(fs.readFileSync(checkpoint, 'utf8')) as { recordsConsumed: number }).recordsConsumed : 0);
    const before = consumedAt();
    // The fault itself lasts a fixed time (two minutes in the full suite).
    await new Promise((r) => setTimeout(r, FULL ? 120_000 : 12_000));
    expect(hit.proc.exitCode).toBeNull(); // still waiting, not failed, not finished
    // Nothing was acknowledged that InfluxDB did not store: no progress saved during the outage.
    expect(consumedAt()).toBe(before);
    hit.proc.kill('SIGKILL'); // and the process dies while InfluxDB is away
    await hit.exited;
    await influx().start();
    const back = Date.now();
    const resumed = qoe(hitArgs, env('disturbed'));
    expect(await resumed.exited).toBe(0);
    const recoveryMs = Date.now() - back;
    const disturbed = await dump(influx().url, 'disturbed');
    for (const m of Object.keys(undisturbed)) expect([m, disturbed[m]]).toEqual([m, undisturbed[m]]);
    const rss = Math.max(hit.rssPeak(), resumed.rssPeak());
    expect(rss).toBeLessThan(400 * 1024 * 1024);
    recordFault({ fault: 'InfluxDB stopped mid-replay', done: `qoe replay --checkpoint paced over ~15 s; influxd stopped after the first points; the replay SIGKILLed ${FULL ? 120 : 12} s into the outage; influxd restarted; the replay resumed`, checked: 'no checkpoint progress during the outage (nothing acknowledged unwritten); every point of every measurement equal to the undisturbed run; RSS < 400 MiB', records: views.length, faultMs: back - faultStart, rssPeakBytes: rss, recoveryMs, result: 'equal to undisturbed' });
  });

  // A views file; an export's directory of views files (a file a property, one gzipped, bad
  // lines in another) and a CloudFront delivery's directory (a file an edge, one gzipped, bad
  // lines in another), both read on the reader worker: a directory's resume merges its files
  // again and passes over what it replayed.
  it.each(['views file', 'views directory', 'CDN log directory'] as const)('qoe replay --checkpoint of a %s killed with SIGKILL at seeded random points and resumed gives the same line protocol', async (kind) => {
    const views = simulatedViews(from, 30, { rate: FULL ? 80 : 60, seed: 5 });
    const file = tempFile(`fault-ckpt-${kind.replace(/ /g, '-')}.ndjson`, toNdjson(views));
    const dir = path.dirname(file);
    const delivery = kind === 'CDN log directory' ? cloudFrontByEdge(from, 20, path.join(dir, 'fault-ckpt-delivery')) : undefined;
    const inputArgs =
      kind === 'views file'
        ? ['--views', file, '--checkpoint-every', '10000']
        : kind === 'views directory'
          ? ['--views', viewsByProperty(views, path.join(dir, 'fault-ckpt-export')), '--checkpoint-every', '10000']
          : ['--cdn-logs', delivery!.dir, '--cdn-format', 'cloudfront', '--checkpoint-every', '2000'];
    const env: Record<string, string> = kind === 'views file' ? {} : { QOE_REPLAY_READER: 'worker' };
    const calmOut = path.join(dir, `calm-${kind}.lp`);
    const calm = qoe(['replay', ...inputArgs.filter((a, i, all) => a !== '--checkpoint-every' && all[i - 1] !== '--checkpoint-every'), '--out', calmOut, '--batch-size', '200', '--dead-letter', path.join(dir, 'd1.ndjson')], env);
    expect(await calm.exited).toBe(0);

    const out = path.join(dir, `killed-${kind}.lp`);
    const checkpoint = path.join(dir, `replay-${kind}.checkpoint`);
    const rnd = seeded(20261202);
    const kills = kind === 'views file' ? (FULL ? 20 : 5) : FULL ? 10 : 3;
    // What a run writes before its end. A CDN replay writes its usage hours (about half its
    // output here: they close hours after these 20 minutes) and its last minutes (their
    // lateness) when its input ends, in one go, after which the checkpoint is removed: its
    // kill points are shares of four fifths of the rest, which it writes as it goes.
    const calmSize = kind === 'CDN log directory' ? 0.8 * linesBytes(calmOut, (l) => !l.startsWith(`${MEASUREMENTS.usage.name},`) && !l.startsWith(`${MEASUREMENTS.usageAsset.name},`)) : fs.statSync(calmOut).size;
    // Seeded shares of the output, increasing, the last at 0.9 (past several checkpoint saves).
    const killPoints = [...Array.from({ length: kills - 1 }, () => 0.05 + rnd() * 0.8), 0.9].sort((a, b) => a - b);
    let killed = 0;
    let resumedFromCheckpoint = 0;
    let finished = false;
    let peak = 0;
    while (!finished) {
      const started = Date.now();
      const run = qoe(['replay', ...inputArgs, '--out', out, '--batch-size', '200', '--checkpoint', checkpoint, '--speed', '200', '--dead-letter', path.join(dir, 'd2.ndjson')], env);
      if (killed < kills) {
        // Kill points are states, not times: when this run's output (written since it started,
        // not the killed run's file it has yet to cut back or start anew) reaches a seeded
        // share of its final size (increasing, so every resumed run passes its point before it ends).
        const point = killPoints[killed]! * calmSize;
        const reached = () => {
          const st = fs.existsSync(out) ? fs.statSync(out) : undefined;
          return st !== undefined && st.mtimeMs >= started && st.size >= point;
        };
        await waitFor(() => run.proc.exitCode !== null || reached(), 120_000, 'the kill point', 25);
        if (run.proc.exitCode === null) {
          if (fs.existsSync(checkpoint)) resumedFromCheckpoint++;
          run.proc.kill('SIGKILL');
          killed++;
        }
      }
      const code = await run.exited;
      peak = Math.max(peak, run.rssPeak());
      finished = code === 0;
      if (code !== 0 && code !== null) throw new Error(`replay exited ${code}: ${run.stderr().slice(-1000)}`);
    }
    expect(killed).toBe(kills);
    expect(resumedFromCheckpoint).toBeGreaterThan(0);
    expect(fs.readFileSync(out, 'utf8')).toBe(fs.readFileSync(calmOut, 'utf8'));
    expect(fs.existsSync(checkpoint)).toBe(false);
    recordFault({ fault: kind === 'views file' ? 'replay killed (SIGKILL) and resumed' : `replay of a ${kind} killed (SIGKILL) and resumed`, done: `${killed} kills at seeded points of a paced run${kind === 'views file' ? '' : ' read on the reader worker'} (${resumedFromCheckpoint} after a checkpoint was saved), resumed with --checkpoint each time`, checked: 'line protocol byte for byte equal to an uninterrupted replay', records: delivery?.records ?? views.length, rssPeakBytes: peak, result: 'equal to undisturbed' });
  });

  it('hostile input through the HTTP collector: no crash, every good record kept, every bad one dead-lettered with its reason, 413 beyond the body limit', async () => {
    const dir = path.dirname(tempFile('x', ''));
    const [out, dead] = [path.join(dir, 'hostile-out.ndjson'), path.join(dir, 'hostile-dead.ndjson')];
    const collect = qoe(['collect', '--out', out, '--dead-letter', dead], { QOE_KAFKA_BROKERS: '', QOE_COLLECTOR_PORT: '0', QOE_COLLECTOR_TOKENS: COLLECTOR_TOKEN, QOE_COLLECTOR_MAX_BODY_BYTES: String(4 * 1024 * 1024) });
    try {
      await waitFor(() => /collector listening on http:\/\/[\d.]+:\d+/.test(collect.stderr()), 30_000, 'the collector to listen');
      const base = /collector listening on (http:\/\/[\d.]+:\d+)/.exec(collect.stderr())![1]!;
      const auth = { authorization: `Bearer ${COLLECTOR_TOKEN}` };
      const now = Date.now();
      const good = simulatedViews(Math.floor(now / 60_000) * 60_000 - 30 * 60_000, 10, { rate: 5, seed: 8 }).map((v) => JSON.stringify(v));
      const rnd = seeded(77);
      const mutate = (l: string) => {
        const i = Math.floor(rnd() * l.length);
        const kind = Math.floor(rnd() * 3);
        return kind === 0 ? l.slice(0, i) + l.slice(i + 1) : kind === 1 ? l.slice(0, i) + String.fromCharCode(Math.floor(rnd() * 128)) + l.slice(i + 1) : l.slice(0, i);
      };
      const base0 = JSON.parse(good[0]!) as Record<string, unknown>;
      const hostile = [
        'x'.repeat(1024 * 1024), // a line of a megabyte
        '['.repeat(50_000) + ']'.repeat(50_000), // deeply nested
        JSON.stringify({ ...base0, view_id: 'epoch', view_start: '1970-01-01T00:00:00Z', view_end: '1970-01-01T00:00:01Z' }),
        JSON.stringify({ ...base0, view_id: 'future', view_end: '3000-01-01T00:00:00Z' }),
        JSON.stringify({ ...base0, view_id: 'negative', watch_time: -5 }),
        JSON.stringify({ ...base0, view_id: 'nan', rebuffer_duration: 'NaN' }),
        JSON.stringify({ ...base0, view_id: 'inf', video_startup_time: 1e400 }),
        JSON.stringify({ ...base0, view_id: 'proto', __proto__: { polluted: true } }),
        '{"constructor":{"prototype":{"polluted":true}}}',
        ...good.slice(0, 200).map(mutate),
      ];
      const lines = [...good, ...hostile].sort(() => rnd() - 0.5);
      let accepted = 0;
      let rejected = 0;
      let sent = 0;
      // In bodies of ~1.5 MB; invalid UTF-8 bytes in one of them.
      for (let i = 0; i < lines.length; ) {
        const chunk: string[] = [];
        let size = 0;
        while (i < lines.length && size < 1_500_000) {
          size += lines[i]!.length + 1;
          chunk.push(lines[i++]!);
        }
        const body = Buffer.concat([Buffer.from(chunk.join('\n') + '\n'), i >= lines.length ? Buffer.from([0xff, 0xfe, 0x7b, 0x22, 0xc3, 0x28, 0x0a]) : Buffer.alloc(0)]);
        sent += chunk.filter((l) => l.trim() !== '').length + (i >= lines.length ? 1 : 0);
        const res = await fetch(`${base}/v1/views`, { method: 'POST', headers: { ...auth, 'content-type': 'application/x-ndjson', 'content-encoding': 'gzip' }, body: zlib.gzipSync(body) });
        expect(res.status).toBe(200);
        const r = (await res.json()) as { accepted: number; rejected: number };
        accepted += r.accepted;
        rejected += r.rejected;
      }
      // Random bytes as protobuf: refused, not fatal.
      const junk = Buffer.from(Array.from({ length: 4096 }, () => Math.floor(rnd() * 256)));
      const pb = await fetch(`${base}/v1/views`, { method: 'POST', headers: { ...auth, 'content-type': 'application/x-protobuf' }, body: junk });
      expect([200, 400]).toContain(pb.status);
      // Beyond the body limit (also after decompression: a gzip bomb).
      const bomb = zlib.gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x20));
      const tooBig = await fetch(`${base}/v1/views`, { method: 'POST', headers: { ...auth, 'content-encoding': 'gzip' }, body: bomb });
      expect(tooBig.status).toBe(413);
      expect((await fetch(`${base}/healthz`)).status).toBe(200); // still up

      expect(accepted + rejected).toBe(sent);
      await waitFor(() => fs.existsSync(out) && fs.readFileSync(out, 'utf8').split('\n').filter(Boolean).length === accepted, 30_000, 'every accepted view in the output file');
      const kept = new Set(fs.readFileSync(out, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { view_id: string }).view_id));
      for (const g of good) expect(kept.has((JSON.parse(g) as { view_id: string }).view_id)).toBe(true);
      for (const id of ['epoch', 'future', 'negative', 'nan']) expect([id, kept.has(id)]).toEqual([id, false]);
      await waitFor(() => fs.existsSync(dead) && fs.readFileSync(dead, 'utf8').split('\n').filter(Boolean).length >= rejected, 30_000, 'every rejected record in the dead-letter file');
      const deadLetters = fs.readFileSync(dead, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { reason?: string });
      expect(deadLetters.every((d) => typeof d.reason === 'string' && d.reason.length > 0)).toBe(true);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      outputs.push(fs.readFileSync(dead, 'utf8'));
      recordFault({ fault: 'hostile input, HTTP collector', done: `${sent} NDJSON lines (${good.length} good; megabyte line, 50k-deep nesting, invalid UTF-8, epoch and year-3000 times, negative/NaN/infinite durations, prototype keys, ${200} seeded mutations), random protobuf bytes, a 64 MiB gzip bomb`, checked: 'accepted + rejected = sent; every good view kept; every rejection dead-lettered with a reason; 413 for the bomb; still healthy', records: sent, rssPeakBytes: collect.rssPeak(), result: 'as expected' });
    } finally {
      collect.proc.kill('SIGTERM');
      await collect.exited;
    }
  });

  it('hostile CDN logs through syslog (TCP and UDP) and a file replay: no crash, every good record kept, every bad one dead-lettered, series bounded under a flood of made-up POPs, countries, ASNs, environments and assets', async () => {
    // Three minutes well inside one hour, two hours ago: hourly usage sees the whole flood in one window.
    const start = Math.floor(Date.now() / 3_600_000) * 3_600_000 - 2 * 3_600_000 + 5 * 60_000;
    const records: CdnAccessRecordMessage[] = [];
    for (const second of simulateRange(DEFAULT_SCENARIO, start, start + 3 * 60_000, { views: false, cdn: true })) records.push(...second.cdn);
    const good = records.slice(0, FULL ? 1500 : 600).map((r) => toVendorLine('fastly', r));
    expect(good.length).toBeGreaterThan(100);
    const goodIds = good.map((l) => (JSON.parse(l) as { request_id: string }).request_id);
    const base = JSON.parse(good[0]!) as Record<string, unknown>;
    const variant = (id: string, o: Record<string, unknown>) => JSON.stringify({ ...base, request_id: id, ...o });
    const mustReject = ['epoch', 'future', 'neg-bytes', 'bad-status', 'huge-ttfb'];
    const rnd = seeded(91);
    const hostile = [
      '['.repeat(50_000) + ']'.repeat(50_000),
      variant('epoch', { timestamp: '1970-01-01T00:00:00Z' }),
      variant('future', { timestamp: '3000-01-01T00:00:00Z' }),
      variant('neg-bytes', { bytes: -5 }),
      variant('bad-status', { status: 42 }),
      variant('huge-ttfb', { ttfb_s: 1e9 }),
      variant('nan-ttfb', { ttfb_s: 'NaN' }),
      variant('proto', { __proto__: { polluted: true }, constructor: { prototype: { polluted: true } } }),
      variant('long-country', { client_country: 'Z'.repeat(20_000), client_asn: -7, pop: 'P\u0000\nOP' }),
      variant('back\\', { url: '/env\\/asset\\/720p/seg_1.m4s' }),
      ...good.slice(0, 100).map((l) => {
        const i = Math.floor(rnd() * l.length);
        return Math.floor(rnd() * 2) === 0 ? l.slice(0, Math.max(1, i)) : l.slice(0, i) + String.fromCharCode(Math.floor(rnd() * 65_536)) + l.slice(i + 1);
      }),
    ];

    // Through the syslog collector: octet-counted frames (one of them oversized, one with invalid
    // UTF-8) on one connection, newline-framed lines (one of a megabyte) on another, and datagrams.
    const dir = path.dirname(tempFile('x', ''));
    const [cdnOut, dead] = [path.join(dir, 'syslog-out.ndjson'), path.join(dir, 'syslog-dead.ndjson')];
    const collect = qoe(['collect', '--cdn-out', cdnOut, '--dead-letter', dead], { QOE_KAFKA_BROKERS: '', QOE_COLLECTOR_PORT: '0', QOE_COLLECTOR_TOKENS: COLLECTOR_TOKEN, QOE_SYSLOG_TCP_PORT: '0', QOE_SYSLOG_UDP_PORT: '0', QOE_SYSLOG_FORMAT: 'fastly' });
    try {
      await waitFor(() => /syslog collector listening: \{/.test(collect.stderr()) && /collector listening on http/.test(collect.stderr()), 30_000, 'the collectors to listen');
      const ports = JSON.parse(/syslog collector listening: (\{[^}]*\})/.exec(collect.stderr())![1]!) as { tcpPort: number; udpPort: number };
      const httpBase = /collector listening on (http:\/\/[\d.]+:\d+)/.exec(collect.stderr())![1]!;
      const lines = [...good, ...hostile].sort(() => rnd() - 0.5);
      const half = Math.floor(lines.length / 2);
      const rfc5424 = (l: string) => Buffer.from(`<134>1 ${new Date(start).toISOString()} cache-fra qoe - - - ${l}`);
      const octets = (b: Buffer) => Buffer.concat([Buffer.from(`${b.length} `), b]);
      const octetStream = Buffer.concat([
        ...lines.slice(0, half).map((l) => octets(rfc5424(l))),
        octets(Buffer.alloc(100_000, 0x78)),
        octets(Buffer.concat([rfc5424('{"request_id":"utf8'), Buffer.from([0xff, 0xfe, 0xc3, 0x28]), Buffer.from('"}')])),
      ]);
      const lineStream = Buffer.from([...lines.slice(half, half + 50), 'x'.repeat(1024 * 1024), ...lines.slice(half + 50)].map((l) => `<134>Nov 20 10:00:08 cache-lcy qoe[1]: ${l}\n`).join(''));
      const sendTcp = (data: Buffer) =>
        new Promise<void>((resolve, reject) => {
          const sock = net.connect(ports.tcpPort, '127.0.0.1', () => sock.end(data, () => resolve()));
          sock.on('error', reject);
        });
      await Promise.all([sendTcp(octetStream), sendTcp(lineStream)]);
      const udp = dgram.createSocket('udp4');
      const datagrams = [...good.slice(0, 20), hostile[1]!, hostile[3]!];
      for (const l of datagrams) await new Promise<void>((resolve) => udp.send(rfc5424(l), ports.udpPort, '127.0.0.1', () => resolve()));
      udp.close();
      const sent = lines.length + 2 + 1 + datagrams.length; // + the oversized frame, the invalid UTF-8 frame, the megabyte line
      const count = (file: string) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).length : 0);
      await waitFor(() => count(cdnOut) + count(dead) === sent, 60_000, () => `every frame either handed on or dead-lettered (${count(cdnOut)} + ${count(dead)} of ${sent})`);
      const kept = fs.readFileSync(cdnOut, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { record_id: string }).record_id);
      const keptSet = new Set(kept);
      for (const id of goodIds) expect(keptSet.has(id)).toBe(true);
      for (const id of mustReject) expect([id, keptSet.has(id)]).toEqual([id, false]);
      const deadLetters = fs.readFileSync(dead, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { reason?: string });
      expect(deadLetters.every((d) => typeof d.reason === 'string' && d.reason.length > 0)).toBe(true);
      // The 100 kB frame, the megabyte line and the 50k-deep nesting (100 kB) in whichever half it fell.
      expect(deadLetters.filter((d) => /syslog framing: .*skipped/.test(d.reason!)).length).toBe(3);
      expect((await fetch(`${httpBase.replace(/\/v1.*/, '')}/healthz`)).status).toBe(200);
      outputs.push(fs.readFileSync(dead, 'utf8'));
      recordFault({ fault: 'hostile input, syslog collector', done: `${sent} Fastly messages over TCP (octet-counted and newline-framed) and UDP: ${good.length} good, a 100 kB frame, a megabyte line, invalid UTF-8, 50k-deep nesting, epoch and year-3000 times, negative bytes, a bad status, NaN and absurd TTFB, prototype keys, control characters, 100 seeded mutations`, checked: 'handed on + dead-lettered = sent; every good record kept; the must-reject ones not; every dead letter has a reason; oversized frames skipped without losing the connection; still healthy', records: sent, rssPeakBytes: collect.rssPeak(), result: 'as expected' });
    } finally {
      collect.proc.kill('SIGTERM');
      await collect.exited;
    }

    // The same lines and a flood of made-up POPs, countries, ASNs, environments and assets, replayed from a file into InfluxDB.
    const flood = Array.from({ length: FULL ? 6000 : 4000 }, (_, i) =>
      variant(`flood-${i}`, { timestamp: new Date(start + (i % 180) * 1000).toISOString(), pop: `P${i}`, client_country: String.fromCharCode(65 + (i % 26), 65 + (Math.floor(i / 26) % 26)), client_asn: 100_000 + i, url: `/env-flood-${i % 50}/asset-flood-${i}/720p/seg_1.m4s` }),
    );
    const file = tempFile('cdn-flood.log', [...good, ...hostile, ...flood].join('\n') + '\n');
    const db = 'cdnflood';
    const replay = qoe(['replay', '--cdn-logs', file, '--cdn-format', 'fastly', '--dead-letter', tempFile('cdn-flood-dead.ndjson', '')], { QOE_INFLUX_URL: influx().url, QOE_INFLUX_DB: db, QOE_MAX_KEYS_PER_WINDOW: '40', QOE_MAX_ASSETS_PER_HOUR: '60' });
    expect(await replay.exited).toBe(0);
    const summary = /replayed (\d+) CDN records into \d+ points; (\d+) lines rejected/.exec(replay.stderr());
    expect(summary).not.toBeNull();
    expect(Number(summary![1]) + Number(summary![2])).toBe(good.length + hostile.length + flood.length);
    const range = `time >= ${start - 3_600_000}ms AND time < ${start + 3_600_000}ms`;
    const worst = async (m: (typeof MEASUREMENTS)[keyof typeof MEASUREMENTS], by: string) => {
      const series = await influxQuery(influx().url, db, `SELECT count(*) FROM "${m.rp.name}"."${m.name}" WHERE ${range} GROUP BY ${by}`);
      return Math.max(0, ...series.flatMap((x) => x.values.map((v) => Math.max(...v.slice(1).map(Number).filter(Number.isFinite)))));
    };
    const pops = await worst(MEASUREMENTS.cdnHealth, 'time(1m), "cdn"');
    const breakdown = await worst(MEASUREMENTS.cdnHealthBy, 'time(1m), "cdn", "dimension"');
    const environments = await worst(MEASUREMENTS.usage, 'time(1h)');
    const assets = await worst(MEASUREMENTS.usageAsset, 'time(1h), "environment_id"');
    expect(pops).toBeGreaterThan(1);
    expect(pops).toBeLessThanOrEqual(DEFAULT_CDN_LIMITS.topPops + 1);
    expect(breakdown).toBeGreaterThan(1);
    expect(breakdown).toBeLessThanOrEqual(DEFAULT_CDN_LIMITS.topN + 1);
    expect(environments).toBe(41);
    expect(assets).toBe(61);
    recordFault({ fault: 'hostile input and cardinality attack, CDN log file', done: `the syslog case's lines and ${flood.length} more, each with its own POP, country, ASN and asset (50 environments), replayed from a file with QOE_MAX_KEYS_PER_WINDOW=40 and QOE_MAX_ASSETS_PER_HOUR=60`, checked: `records + rejected lines = lines; series in InfluxDB: POPs per CDN and minute ${pops} (<= 50 + other), breakdown values per dimension and minute ${breakdown} (<= 10 + other), environments per hour ${environments} (40 + other), assets per environment and hour ${assets} (60 + other)`, records: good.length + hostile.length + flood.length, rssPeakBytes: replay.rssPeak(), result: 'as expected' });
  });

  it('a cardinality attack (a distinct title, CDN, ASN, country and player in every view) keeps series per minute bounded', async () => {
    // Every third view also under a property of its own.
    const views = simulatedViews(from, 10, { rate: FULL ? 60 : 30, seed: 11 }).map((v, i) => ({ ...v, ...(i % 3 === 0 ? { property_id: `prop-flood-${i}` } : {}), video_id: `flood-${i}`, video_title: `Flood ${i}`, cdn: `cdn-${i}`, asn: 100000 + i, country: `Z${i}`, player_name: `player-${i}`, viewer_device_category: `device-${i}` }));
    const file = tempFile('flood.ndjson', toNdjson(views));
    const run = qoe(['replay', '--views', file, '--dead-letter', tempFile('flood-dead.ndjson', '')], { QOE_INFLUX_URL: influx().url, QOE_INFLUX_DB: 'flood', QOE_MAX_KEYS_PER_WINDOW: '25' });
    expect(await run.exited).toBe(0);
    const perMinute = await influxQuery(influx().url, 'flood', `SELECT count("views") FROM "${RETENTION_POLICIES.minute.name}"."view_qoe_by" WHERE time >= ${from}ms AND time < ${from + 11 * 60_000}ms GROUP BY time(1m), "property_id", "dimension"`);
    const worst = Math.max(...perMinute.flatMap((s) => s.values.map((v) => Number(v[1] ?? 0))));
    expect(worst).toBeGreaterThan(0);
    expect(worst).toBeLessThanOrEqual(10 + 1); // QOE_TOP_N values and "other"
    const properties = await influxQuery(influx().url, 'flood', `SELECT count("views") FROM "${RETENTION_POLICIES.minute.name}"."view_qoe" WHERE time >= ${from}ms AND time < ${from + 11 * 60_000}ms GROUP BY time(1m)`);
    const worstProperties = Math.max(...properties.flatMap((s) => s.values.map((v) => Number(v[1] ?? 0))));
    expect(worstProperties).toBe(25 + 1); // QOE_MAX_KEYS_PER_WINDOW properties and "other"
    recordFault({ fault: 'cardinality attack', done: `${views.length} views, each with its own title, CDN, ASN, country, player and device, every third under a property of its own`, checked: `view_qoe_by series per property, dimension and minute in InfluxDB <= top N + other (worst ${worst}); properties per minute in view_qoe ${worstProperties} (QOE_MAX_KEYS_PER_WINDOW=25 + other)`, records: views.length, rssPeakBytes: run.rssPeak(), result: 'as expected' });
  });
});

/** The views as an export's directory: a file a property (the first gzipped), two bad lines in the middle of the second. */
function viewsByProperty(views: readonly { property_id: string }[], dir: string): string {
  fs.mkdirSync(dir, { recursive: true });
  const properties = [...new Set(views.map((v) => v.property_id))].sort();
  properties.forEach((p, i) => {
    const lines = views.filter((v) => v.property_id === p).map((v) => JSON.stringify(v));
    if (i === 1) lines.splice(Math.floor(lines.length / 2), 0, 'not json', '{"view_id":"no-property"}');
    const text = lines.join('\n') + '\n';
    fs.writeFileSync(path.join(dir, `${p}.ndjson${i === 0 ? '.gz' : ''}`), i === 0 ? zlib.gzipSync(text) : text);
  });
  return dir;
}

/** `minutes` of CloudFront standard logs as a delivery's directory: a file an edge (the first gzipped), two bad lines late in the second. */
function cloudFrontByEdge(start: number, minutes: number, dir: string): { dir: string; records: number } {
  fs.mkdirSync(dir, { recursive: true });
  const byEdge = new Map<string, string[]>();
  let records = 0;
  // Steady traffic (the built-in scenario's follows the time of day): some 20,000 records, a checkpoint every 2,000.
  const scenario = parseScenario({ seed: 12, viewsPerSecond: 2, cdnRequestsPerSecond: 40 });
  for (const second of simulateRange(scenario, start, start + minutes * 60_000, { views: false, cdn: true })) {
    for (const r of second.cdn) {
      const line = toVendorLine('cloudfront', r);
      const edge = line.split('\t')[2]!.slice(0, 3);
      byEdge.set(edge, [...(byEdge.get(edge) ?? []), line]);
      records++;
    }
  }
  const header = ['#Version: 1.0', `#Fields: ${CLOUDFRONT_STANDARD_FIELDS.join(' ')}`];
  [...byEdge].forEach(([edge, lines], i) => {
    if (i === 1) lines.splice(Math.floor(lines.length * 0.8), 0, 'not a log line', '2026-11-20\tbad');
    const text = [...header, ...lines].join('\n') + '\n';
    fs.writeFileSync(path.join(dir, `E1.${edge}.log${i === 0 ? '.gz' : ''}`), i === 0 ? zlib.gzipSync(text) : text);
  });
  return { dir, records };
}

/** Bytes of a file's lines that `keep` keeps (each with its newline). */
function linesBytes(file: string, keep: (line: string) => boolean): number {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l !== '' && keep(l))
    .reduce((n, l) => n + Buffer.byteLength(l) + 1, 0);
}
