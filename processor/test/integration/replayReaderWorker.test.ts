import { execFileSync, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { waitFor } from '../../src/test-support/waitFor';

/**
 * `qoe replay` reading its file on a worker thread (QOE_REPLAY_READER=worker) writes exactly
 * what it writes reading on the main thread: line protocol, dead letters, incidents and the
 * summary, for views (NDJSON, protobuf) and every CDN format, with bad lines among the good.
 */
const BIN = path.resolve(__dirname, '../../bin/qoe.js');
const START = '2026-11-20T12:00:00Z';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qoe-reader-worker-'));

function simulate(args: string[]): void {
  execFileSync(process.execPath, [BIN, 'simulate', '--start', START, ...args], { stdio: 'ignore' });
}

interface Outputs {
  status: number | null;
  stderr: string;
  lp: string;
  dead: string;
  incidents: string;
}

function replay(reader: 'main' | 'worker' | 'auto', name: string, args: string[], env: Record<string, string> = {}): Outputs {
  const out = path.join(dir, `${name}.${reader}.lp`);
  const dead = path.join(dir, `${name}.${reader}.dead.ndjson`);
  const incidents = path.join(dir, `${name}.${reader}.incidents.ndjson`);
  const r = spawnSync(process.execPath, [BIN, 'replay', ...args, '--out', out, '--dead-letter', dead, ...(args.includes('--views') ? ['--incidents', incidents] : []), '--batch-size', '37'], {
    encoding: 'utf8',
    env: { ...process.env, QOE_LOG_LEVEL: 'warn', QOE_PG_URL: '', QOE_REPLAY_READER: reader, ...env },
  });
  const read = (f: string) => (fs.existsSync(f) ? fs.readFileSync(f, 'utf8') : '');
  // Dead letters carry the wall-clock time they were written at; the summary names this run's files.
  const deadLetters = read(dead).replace(/"at":"[^"]*",/g, '');
  return { status: r.status, stderr: r.stderr.replaceAll(`.${reader}.`, '.READER.'), lp: read(out), dead: deadLetters, incidents: read(incidents) };
}

function expectSame(name: string, args: string[]): Outputs {
  const main = replay('main', name, args);
  const worker = replay('worker', name, args);
  expect(main.status).toBe(0);
  expect(worker).toEqual(main);
  return main;
}

const BAD_VIEW_LINES = ['{"view_id":', '', '   ', '[1,2]', '{"view_id":"x","property_id":"p","view_start":"2026-11-20T12:00:00Z","view_end":"2026-11-20T11:00:00Z"}', '\u00ff\u00fe not json', '{"view_id":"v\u00e9","property_id":"p\u{1F600}","view_start":"2026-11-20T12:00:00Z","view_end":"2026-11-20T12:00:05Z","video_startup_time":-5}'];

describe('qoe replay on a reader worker', () => {
  it('writes the same points, dead letters, incidents and summary as reading on the main thread: views NDJSON and protobuf', () => {
    const scenario = path.join(dir, 'scenario.json');
    fs.writeFileSync(scenario, JSON.stringify({ viewsPerSecond: 20, incidents: [{ type: 'bad_title', property: 'prop-sport', titleRank: 1, startMin: 20, durationMin: 10, errorRatePct: 80, errorType: 'networkError' }] }));
    const ndjson = path.join(dir, 'views.ndjson');
    simulate(['--scenario', scenario, '--minutes', '40', '--out', ndjson]);
    // Bad lines among the good ones, in the middle of the file.
    const lines = fs.readFileSync(ndjson, 'utf8').split('\n');
    lines.splice(Math.floor(lines.length / 2), 0, ...BAD_VIEW_LINES);
    fs.writeFileSync(ndjson, lines.join('\n'));
    const views = expectSame('views', ['--views', ndjson]);
    expect(views.incidents).toContain('"status":"open"');
    expect(views.dead.trim().split('\n').length).toBeGreaterThanOrEqual(4);
    expect(views.stderr).toContain('rejected');

    const pb = path.join(dir, 'views.pb.gz');
    simulate(['--scenario', scenario, '--minutes', '10', '--format', 'protobuf', '--out', path.join(dir, 'views.pb')]);
    fs.writeFileSync(pb, zlib.gzipSync(fs.readFileSync(path.join(dir, 'views.pb'))));
    expect(expectSame('views-pb', ['--views', pb]).lp.length).toBeGreaterThan(1000);
  });

  it.each(['cloudfront', 'cloudfront-realtime', 'fastly', 'akamai-ds2', 'cloudflare'])('writes the same for CDN logs: %s', (format) => {
    const file = path.join(dir, `cdn.${format}.log`);
    simulate(['--minutes', '5', '--rate', '1', '--cdn-rate', '60', '--out', '/dev/null', '--cdn-out', file, '--cdn-format', format]);
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    lines.splice(Math.floor(lines.length / 2), 0, 'garbage line', '{"not":"a record"}', '\t\t\t');
    fs.writeFileSync(file, lines.join('\n'));
    const r = expectSame(`cdn-${format}`, ['--cdn-logs', file, '--cdn-format', format]);
    expect(r.lp).toMatch(/^cdn_health,/m);
    expect(r.dead).not.toBe('');
  });

  it('reads a directory of log files (one gzipped) side by side in event time, as the main thread does, to the points of the whole log', () => {
    const whole = path.join(dir, 'dir-whole.cloudfront.log');
    simulate(['--minutes', '6', '--rate', '1', '--cdn-rate', '60', '--out', '/dev/null', '--cdn-out', whole, '--cdn-format', 'cloudfront']);
    const lines = fs.readFileSync(whole, 'utf8').split('\n');
    const header = lines.filter((l) => l.startsWith('#'));
    const byEdge = new Map<string, string[]>();
    for (const l of lines.filter((x) => x && !x.startsWith('#'))) byEdge.set(l.split('\t')[2]!.slice(0, 3), [...(byEdge.get(l.split('\t')[2]!.slice(0, 3)) ?? []), l]);
    const logs = path.join(dir, 'delivery');
    fs.mkdirSync(logs);
    [...byEdge].forEach(([edge, edgeLines], i) => {
      const text = [...header, ...edgeLines].join('\n') + '\n';
      fs.writeFileSync(path.join(logs, `E1.2026-11-20-12.${edge}${i === 0 ? '.gz' : ''}`), i === 0 ? zlib.gzipSync(text) : text);
    });
    const args = ['--cdn-logs', logs, '--cdn-format', 'cloudfront'];
    const r = expectSame('delivery', args);
    expect(r.stderr).toContain('0 too late');
    expect(r.lp).toBe(replay('main', 'delivery-whole', ['--cdn-logs', whole, '--cdn-format', 'cloudfront']).lp);
    // With --checkpoint (saved on the way, removed at the end): the same points.
    const checkpoint = path.join(dir, 'delivery.cp');
    const withCheckpoint = replay('worker', 'delivery-cp', [...args, '--checkpoint', checkpoint, '--checkpoint-every', '500']);
    expect(withCheckpoint.status).toBe(0);
    expect(withCheckpoint.lp).toBe(r.lp);
    expect(fs.existsSync(checkpoint)).toBe(false);
    // Refused before anything is read: one checkpoint for two inputs, a checkpoint interval without a checkpoint.
    const both = replay('worker', 'delivery-both', [...args, '--views', whole, '--checkpoint', checkpoint]);
    expect(both.status).toBe(1);
    expect(both.stderr).toContain('--checkpoint resumes one input');
    const every = replay('worker', 'delivery-every', [...args, '--checkpoint-every', '500']);
    expect(every.status).toBe(1);
    expect(every.stderr).toContain('--checkpoint-every needs --checkpoint FILE');
  });

  it('reads a directory of views files (an export a file a property, one gzipped, in a folder) side by side in event time, as the main thread does, to the points of the whole file', () => {
    const whole = path.join(dir, 'export-whole.ndjson');
    simulate(['--minutes', '8', '--rate', '30', '--out', whole]);
    const byProperty = new Map<string, string[]>();
    for (const l of fs.readFileSync(whole, 'utf8').split('\n').filter(Boolean)) {
      const p = (JSON.parse(l) as { property_id: string }).property_id;
      byProperty.set(p, [...(byProperty.get(p) ?? []), l]);
    }
    const exportDir = path.join(dir, 'export');
    fs.mkdirSync(path.join(exportDir, '2026-11-20'), { recursive: true });
    [...byProperty].forEach(([p, lines], i) => {
      const text = lines.join('\n') + '\n';
      fs.writeFileSync(path.join(exportDir, i === 0 ? `${p}.ndjson.gz` : path.join('2026-11-20', `${p}.ndjson`)), i === 0 ? zlib.gzipSync(text) : text);
    });
    expect(byProperty.size).toBeGreaterThanOrEqual(3);
    const r = expectSame('export', ['--views', exportDir]);
    expect(r.stderr).toContain('0 too late');
    expect(r.lp).toBe(replay('main', 'export-whole', ['--views', whole]).lp);
    // With --checkpoint (saved on the way, removed at the end): the same points.
    const checkpoint = path.join(dir, 'export.cp');
    const withCheckpoint = replay('worker', 'export-cp', ['--views', exportDir, '--checkpoint', checkpoint, '--checkpoint-every', '1000']);
    expect(withCheckpoint.status).toBe(0);
    expect(withCheckpoint.lp).toBe(r.lp);
    expect(fs.existsSync(checkpoint)).toBe(false);
    // Refused before anything is read: names of both encodings.
    fs.writeFileSync(path.join(exportDir, 'extra.pb'), '');
    const mixed = replay('worker', 'export-mixed', ['--views', exportDir]);
    expect(mixed.status).toBe(1);
    expect(mixed.stderr).toContain('holds both protobuf');
  });

  it('writes the same for views and CDN logs in one replay (the worker started early reads the views, a second one the CDN logs)', () => {
    const views = path.join(dir, 'both.views.ndjson');
    const cdn = path.join(dir, 'both.cloudfront.log');
    simulate(['--minutes', '5', '--rate', '30', '--cdn-rate', '40', '--out', views, '--cdn-out', cdn, '--cdn-format', 'cloudfront']);
    const r = expectSame('both', ['--views', views, '--cdn-logs', cdn, '--cdn-format', 'cloudfront']);
    expect(r.lp).toMatch(/^cdn_health,/m);
    expect(r.lp).toMatch(/^view_qoe,/m);
  });

  it('enriches on the worker as the main thread does, and stops as it does on a geo database it cannot use (the error names the variable)', () => {
    const file = path.join(dir, 'geo.cloudfront.log');
    simulate(['--minutes', '3', '--rate', '1', '--cdn-rate', '60', '--out', '/dev/null', '--cdn-out', file, '--cdn-format', 'cloudfront']);
    const args = ['--cdn-logs', file, '--cdn-format', 'cloudfront'];
    // The simulator's clients are in real networks: the bundled tables give them an ASN and a country.
    expect(expectSame('geo', args).lp).toMatch(/^cdn_health_by,.*dimension=country,.*value=[A-Z]{2}[ ,]/m);
    for (const env of [{ QOE_GEO_COUNTRY_MMDB: path.join(dir, 'missing.mmdb') }, { QOE_GEO_ASN_MMDB: file }] as Record<string, string>[]) {
      const main = replay('main', 'bad-geo', args, env);
      const worker = replay('worker', 'bad-geo', args, env);
      expect(main.status).toBe(2);
      expect(main.stderr).toContain(`invalid environment variable ${Object.keys(env)[0]}`);
      expect(worker).toEqual(main);
    }
  });

  it('QOE_REPLAY_READER=auto reads a small file on the main thread and writes the same', () => {
    const file = path.join(dir, 'small.ndjson');
    simulate(['--minutes', '2', '--rate', '5', '--out', file]);
    expect(fs.statSync(file).size).toBeLessThan(4 * 1024 * 1024);
    const main = replay('main', 'small', ['--views', file]);
    const auto = replay('auto', 'small', ['--views', file]);
    expect(main.status).toBe(0);
    expect(auto).toEqual(main);
    expect(auto.lp).toMatch(/^view_qoe,/m);
  });

  it('fails as the main thread does on a file it cannot read', () => {
    const missing = path.join(dir, 'missing.ndjson');
    const corrupt = path.join(dir, 'corrupt.ndjson.gz');
    fs.writeFileSync(corrupt, Buffer.concat([zlib.gzipSync(Buffer.from('{"a":1}\n'.repeat(1000))).subarray(0, 40), Buffer.from('not gzip')]));
    for (const file of [missing, corrupt]) {
      const main = replay('main', 'bad', ['--views', file]);
      const worker = replay('worker', 'bad', ['--views', file]);
      expect(main.status).not.toBe(0);
      expect(main.stderr).toMatch(file === missing ? /^qoe: \S/ : /^qoe: input not read to its end: \S+corrupt\.ndjson\.gz: the gzip content /m);
      expect(worker).toEqual(main);
    }
  });

  it.each([
    ['views NDJSON', 'cut.views.ndjson', ['--minutes', '10', '--rate', '20', '--out', '{file}'], (file: string) => ['--views', file]],
    ['CloudFront logs', 'cut.cloudfront.log', ['--minutes', '5', '--rate', '1', '--cdn-rate', '60', '--out', '/dev/null', '--cdn-out', '{file}', '--cdn-format', 'cloudfront'], (file: string) => ['--cdn-logs', file, '--cdn-format', 'cloudfront']],
  ] as const)('replays a truncated gzip file (%s) to its last complete line, as the main thread does, and fails saying so', (_what, source, simulation, args) => {
    simulate(simulation.map((a) => a.replace('{file}', path.join(dir, source))));
    const whole = fs.readFileSync(path.join(dir, source));
    const gz = zlib.gzipSync(whole);
    const cut = path.join(dir, `${source}.gz`);
    fs.writeFileSync(cut, gz.subarray(0, Math.floor(gz.length / 2)));
    const readable = zlib.gunzipSync(gz.subarray(0, Math.floor(gz.length / 2)), { finishFlush: zlib.constants.Z_SYNC_FLUSH });
    const prefix = path.join(dir, `prefix.${source}`);
    fs.writeFileSync(prefix, readable.subarray(0, readable.lastIndexOf(0x0a) + 1));
    const main = replay('main', `cut-${source}`, args(cut));
    const worker = replay('worker', `cut-${source}`, args(cut));
    expect(main.status).toBe(1);
    expect(main.stderr).toContain(`qoe: input not read to its end: ${cut}: the gzip content ends early (a truncated file); what came before was read`);
    expect(main.dead).toContain('"reason":"input not read to its end: the gzip content ends early');
    expect(worker).toEqual(main);
    // The points of the complete lines, as the same lines alone give them.
    const alone = replay('main', `prefix-${source}`, args(prefix));
    expect(alone.status).toBe(0);
    expect(main.lp.length).toBeGreaterThan(1_000);
    expect(main.lp).toBe(alone.lp);
  });

  it('resumes a replay killed mid-file from its checkpoint to the same output', async () => {
    const file = path.join(dir, 'views.ndjson');
    const checkpoint = path.join(dir, 'resume.checkpoint');
    const out = path.join(dir, 'resume.lp');
    const dead = path.join(dir, 'resume.dead.ndjson');
    // Paced (40 minutes of views in about 12 s), so the run is still going when its first checkpoint is saved.
    const args = [BIN, 'replay', '--views', file, '--out', out, '--dead-letter', dead, '--checkpoint', checkpoint, '--checkpoint-every', '10000', '--batch-size', '37', '--speed', '200'];
    const env = { ...process.env, QOE_LOG_LEVEL: 'warn', QOE_REPLAY_READER: 'worker' };
    const child = spawn(process.execPath, args, { env, stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    let done = false;
    void exited.then(() => (done = true));
    await waitFor(() => done || fs.existsSync(checkpoint), 120_000, 'a first checkpoint', 25);
    expect(done).toBe(false);
    child.kill('SIGKILL');
    await exited;
    const saved = JSON.parse(fs.readFileSync(checkpoint, 'utf8')) as { recordsConsumed: number };
    expect(saved.recordsConsumed).toBeGreaterThan(0);
    const rerun = spawnSync(process.execPath, args, { env, encoding: 'utf8' });
    expect(rerun.status).toBe(0);
    expect(fs.existsSync(checkpoint)).toBe(false);
    expect(fs.readFileSync(out, 'utf8')).toBe(replay('main', 'views', ['--views', file]).lp);
  });
});
