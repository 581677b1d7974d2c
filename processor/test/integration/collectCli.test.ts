import { spawn } from 'node:child_process';
import * as dgram from 'node:dgram';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { waitFor } from '../../src/test-support/waitFor';

const BIN = path.resolve(__dirname, '../../bin/qoe.js');
const FIXTURES = path.resolve(__dirname, '../fixtures');
const TOKEN = 'collector-secret-4711';

const readNdjson = (file: string) =>
  fs.existsSync(file)
    ? fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => JSON.parse(l) as Record<string, unknown>)
    : [];

describe('qoe collect (CLI) without Kafka', () => {
  it('takes views and CDN logs over HTTP and syslog, refuses bad tokens, writes what it accepted and stops cleanly', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qoe-collect-cli-'));
    const [out, cdnOut, dead] = ['views.ndjson', 'cdn.ndjson', 'dead.ndjson'].map((f) => path.join(dir, f)) as [string, string, string];
    const child = spawn(process.execPath, [BIN, 'collect', '--out', out, '--cdn-out', cdnOut, '--dead-letter', dead], {
      env: { ...process.env, QOE_KAFKA_BROKERS: '', QOE_COLLECTOR_PORT: '0', QOE_COLLECTOR_TOKENS: TOKEN, QOE_SYSLOG_UDP_PORT: '0', QOE_SYSLOG_FORMAT: 'fastly', QOE_LOG_LEVEL: 'info' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      await waitFor(() => /collector listening on http:\/\/[\d.]+:\d+/.test(stderr) && /"udpPort":\d+/.test(stderr), 20_000, () => `the collector to listen (${stderr})`);
      const base = /collector listening on (http:\/\/[\d.]+:\d+)/.exec(stderr)![1]!;
      const udpPort = Number(/"udpPort":(\d+)/.exec(stderr)![1]);
      const auth = { authorization: `Bearer ${TOKEN}` };

      const noToken = await fetch(`${base}/v1/views`, { method: 'POST', body: '{}' });
      expect(noToken.status).toBe(401);
      const wrongToken = await fetch(`${base}/v1/views`, { method: 'POST', headers: { authorization: 'Bearer nope' }, body: '{}' });
      expect(wrongToken.status).toBe(401);

      const views = fs.readFileSync(path.join(FIXTURES, 'views-one-minute.ndjson'), 'utf8').trim().split('\n');
      const viewsRes = await fetch(`${base}/v1/views`, { method: 'POST', headers: { ...auth, 'content-type': 'application/x-ndjson' }, body: [...views, '{"view_id":"bad"}'].join('\n') });
      expect(viewsRes.status).toBe(200);
      const viewsBody = (await viewsRes.json()) as { accepted: number; rejected: number; errors: { reason: string }[] };
      expect(viewsBody).toMatchObject({ accepted: views.length, rejected: 1 });
      expect(viewsBody.errors[0]!.reason).toMatch(/property_id/);

      // Cloudflare Logpush posts gzip bodies (here without Content-Encoding).
      const cloudflare = fs.readFileSync(path.join(FIXTURES, 'cdn/cloudflare.ndjson'));
      const cdnRes = await fetch(`${base}/v1/cdn-logs?format=cloudflare`, { method: 'POST', headers: auth, body: zlib.gzipSync(cloudflare) });
      expect(cdnRes.status).toBe(200);
      expect(await cdnRes.json()).toMatchObject({ accepted: 3, rejected: 0 });
      const badFormat = await fetch(`${base}/v1/cdn-logs?format=nginx`, { method: 'POST', headers: auth, body: 'x' });
      expect(badFormat.status).toBe(400);
      expect(((await badFormat.json()) as { error: string }).error).toMatch(/format must be one of/);

      const fastly = fs.readFileSync(path.join(FIXTURES, 'cdn/fastly.log'), 'utf8').trim().split('\n')[0]!;
      const udp = dgram.createSocket('udp4');
      await new Promise<void>((resolve, reject) => udp.send(fastly, udpPort, '127.0.0.1', (err) => (err ? reject(err) : resolve())));
      udp.close();

      await waitFor(() => readNdjson(cdnOut).length === 4, 10_000, () => `4 CDN records in ${cdnOut} (${readNdjson(cdnOut).length})`);
      child.kill('SIGTERM');
      expect(await exited).toBe(0);

      expect(readNdjson(out).map((v) => v.view_id)).toEqual(views.map((l) => (JSON.parse(l) as { view_id: string }).view_id));
      expect(readNdjson(cdnOut).map((r) => r.record_id).sort()).toEqual(['7f1e2d3c4b5a6978', '7f1e2d3c4b5a6979', '7f1e2d3c4b5a697a', 'fst-8a7b']);
      expect(readNdjson(dead)).toEqual([expect.objectContaining({ reason: expect.stringMatching(/property_id/) })]);
      expect(stderr).toMatch(/"msg":"collector stopped"/);
      expect(stderr).not.toContain(TOKEN);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});

describe('qoe simulate feeding the collectors', () => {
  it('posts views to the HTTP collector and streams CDN lines over syslog TCP, as players and CDNs would', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qoe-simulate-collect-'));
    const [out, cdnOut, dead, expectedViews, expectedCdn] = ['views.ndjson', 'cdn.ndjson', 'dead.ndjson', 'expected-views.ndjson', 'expected-cdn.log'].map((f) => path.join(dir, f)) as [string, string, string, string, string];
    const child = spawn(process.execPath, [BIN, 'collect', '--out', out, '--cdn-out', cdnOut, '--dead-letter', dead], {
      env: { ...process.env, QOE_KAFKA_BROKERS: '', QOE_COLLECTOR_PORT: '0', QOE_COLLECTOR_TOKENS: TOKEN, QOE_SYSLOG_TCP_PORT: '0', QOE_SYSLOG_FORMAT: 'fastly', QOE_LOG_LEVEL: 'info' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      await waitFor(() => /collector listening on http:\/\/[\d.]+:\d+/.test(stderr) && /"tcpPort":\d+/.test(stderr), 20_000, () => `the collectors to listen (${stderr})`);
      const base = /collector listening on (http:\/\/[\d.]+:\d+)/.exec(stderr)![1]!;
      const tcpPort = Number(/"tcpPort":(\d+)/.exec(stderr)![1]);
      const sim = ['simulate', '--start', '2026-11-20T12:00:00Z', '--minutes', '1', '--rate', '30', '--cdn-rate', '20', '--cdn-format', 'fastly', '--seed', '9'];
      const run = (args: string[], env: Record<string, string> = {}) =>
        new Promise<void>((resolve, reject) => {
          const p = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
          let err = '';
          p.stderr!.on('data', (d) => (err += d));
          p.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`qoe ${args[0]} exited ${code}: ${err}`))));
        });
      // The same traffic to files, as the reference.
      await run([...sim, '--out', expectedViews, '--cdn-out', expectedCdn]);
      await run([...sim, '--collector', base, '--syslog', `127.0.0.1:${tcpPort}`], { QOE_COLLECTOR_TOKEN: TOKEN });
      const wantViews = readNdjson(expectedViews).map((v) => v.view_id);
      const wantCdn = fs.readFileSync(expectedCdn, 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).length;
      expect(wantViews.length).toBeGreaterThan(100);
      await waitFor(() => readNdjson(out).length === wantViews.length && readNdjson(cdnOut).length === wantCdn, 20_000, () => `${wantViews.length} views and ${wantCdn} CDN records (have ${readNdjson(out).length} and ${readNdjson(cdnOut).length})`);
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(readNdjson(out).map((v) => v.view_id)).toEqual(wantViews);
      expect(readNdjson(dead)).toEqual([]);
      expect(stderr).not.toContain(TOKEN);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
