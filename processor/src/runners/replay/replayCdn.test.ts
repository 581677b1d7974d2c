import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import type { CdnFormat } from '../../decode/cdn';
import { PathConventionLookup } from '../../enrich/assetLookup';
import { openGeo } from '../../enrich/geoFromSettings';
import { RecordEnricher } from '../../enrich/recordEnricher';
import { silentLogger } from '../../log/logger';
import { MemoryDeadLetterSink } from '../../sinks/deadLetterSink';
import { LineProtocolFileSink } from '../../sinks/pointSink';
import { crashingSink } from '../../test-support/crashingSink';
import { simulateRange } from '../../sources/simulator';
import { toVendorLine } from '../../sources/simulator/renderCdnLogs';
import { parseScenario } from '../../sources/simulator/scenario';
import { parseLineProtocol } from '../../test-support/lineProtocol';
import { tempDir, tempFile } from '../../test-support/viewFiles';
import { loadCdnCheckpoint, loadCheckpoint } from './replayCheckpoint';
import { replayCdnLogs } from './replayCdn';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures/cdn');
const START = Date.parse('2026-11-20T10:00:00Z');

/** Text a mutation puts into a line: delimiters, quotes, brackets, escapes, control and astral characters, odd numbers, CMCD pieces. */
const JUNK = ['\t', '"', '{', '}', '[', ']', ',', ':', '\\', '%', '%ZZ', '-', '\u0000', '\u00e9', '\ud83d\ude00', '\ud800', '9'.repeat(400), '-1', '1e309', 'NaN', 'null', 'true', '0x10', '  ', 'CMCD=', '%2C', 'bl=-5', 'sid="', 'ot=zz'];

/** A line changed in one to four places (seeded): text put in, cut out, the rest cut off, a field replaced, or a number changed. */
function mutate(line: string, next: () => number): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  for (let k = 1 + Math.floor(next() * 4); k > 0; k--) {
    const at = Math.floor(next() * line.length);
    const r = next();
    if (r < 0.3) line = line.slice(0, at) + pick(JUNK) + line.slice(at);
    else if (r < 0.5) line = line.slice(0, at) + line.slice(at + 1 + Math.floor(next() * 20));
    else if (r < 0.6) line = line.slice(0, at);
    else if (r < 0.8) {
      const d = line.includes('\t') ? '\t' : ',';
      const cells = line.split(d);
      cells[Math.floor(next() * cells.length)] = pick(JUNK);
      line = cells.join(d);
    } else line = line.replace(/\d+/, () => String(Math.floor(next() * 1e12)));
  }
  // Header lines are the formats' own business (a CloudFront #Fields line may change the columns).
  return line.startsWith('#') ? `x${line}` : line;
}

function lcg(seed: number): () => number {
  return () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

/** A vendor file's header and data lines, with simulated lines of the format after them where the simulator writes its shape. */
function goodLines(format: CdnFormat, file: string, simulated: boolean): { header: string[]; data: string[] } {
  const lines = fs.readFileSync(path.join(FIXTURES, file), 'utf8').split('\n');
  const header = lines.filter((l) => l.startsWith('#'));
  const data = lines.filter((l) => l.trim() !== '' && !l.startsWith('#'));
  if (simulated) {
    const scenario = parseScenario({ seed: 5, viewsPerSecond: 1, cdnRequestsPerSecond: 10 });
    for (const s of simulateRange(scenario, START, START + 60_000, { views: false, cdn: true })) for (const r of s.cdn) data.push(toVendorLine(format, r));
  }
  return { header, data };
}

/** A CloudFront file (or directory) replayed on the main thread, URL convention only: its stats, dead letters and line protocol. */
async function replayCloudFront(file: string, batchSize: number) {
  const out = tempFile('out.lp', '');
  const sink = new LineProtocolFileSink(out, 'qoe');
  const dead = new MemoryDeadLetterSink();
  const stats = await replayCdnLogs({ file, format: 'cloudfront', batchSize, jobs: {}, enricher: new RecordEnricher(new PathConventionLookup(), null) }, sink, dead, silentLogger);
  await sink.close();
  return { stats, dead: dead.records, text: fs.readFileSync(out, 'utf8') };
}

describe('replayCdnLogs on hostile lines', () => {
  it.each<[CdnFormat, string, boolean]>([
    ['cloudfront', 'cloudfront-standard.log', true],
    ['cloudfront', 'cloudfront-standard-v2.log', false],
    ['cloudfront', 'cloudfront-standard-v2.ndjson', false],
    ['cloudfront-realtime', 'cloudfront-realtime.log', true],
    ['fastly', 'fastly.log', true],
    ['akamai-ds2', 'akamai-ds2.ndjson', true],
    ['cloudflare', 'cloudflare.ndjson', true],
  ])('%s (%s): 1,500 mutated lines among the good ones are records or dead letters with a reason; every good line stays a record; the output is valid', async (format, file, simulated) => {
    const { header, data } = goodLines(format, file, simulated);
    const next = lcg(file.length * 7919 + format.length);
    const lines = [...header];
    const good = new Set<number>();
    let mutated = 0;
    for (let i = 0; mutated < 1_500 || i < data.length; i++) {
      good.add(lines.length + 1);
      lines.push(data[i % data.length]!);
      for (let k = 0; k < 3 && mutated < 1_500; k++, mutated++) lines.push(mutate(data[Math.floor(next() * data.length)]!, next));
    }
    const input = tempFile(`hostile-${path.basename(file)}`, lines.join('\n') + '\n');
    const out = tempFile('out.lp', '');
    const sink = new LineProtocolFileSink(out, 'qoe');
    const dead = new MemoryDeadLetterSink();
    const enricher = new RecordEnricher(new PathConventionLookup(), openGeo({ country: 'bundled', asn: 'bundled' }));
    const stats = await replayCdnLogs({ file: input, format, batchSize: 97, jobs: {}, enricher }, sink, dead, silentLogger);
    await sink.close();

    // Every line is a record or a dead letter, but blank lines and header lines.
    const counted = lines.filter((l) => l.trim() !== '' && !l.startsWith('#')).length;
    expect(stats.records + stats.deadLetters).toBe(counted);
    expect(stats.records).toBeGreaterThanOrEqual(good.size);
    const rejected = dead.records.filter((d) => !d.reason.startsWith('late'));
    expect(rejected).toHaveLength(stats.deadLetters);
    expect(stats.deadLetters).toBeGreaterThan(300);
    for (const d of rejected) {
      expect(d.reason.length).toBeGreaterThan(5);
      expect(good.has(d.position as number)).toBe(false);
    }
    // What each job made of the records adds up; the points are line protocol InfluxDB takes.
    expect(stats.jobs!.health.aggregated + stats.jobs!.health.late).toBe(stats.records);
    expect(stats.jobs!.usage.aggregated + stats.jobs!.usage.late + stats.jobs!.usage.noEnvironment).toBe(stats.records);
    const points = parseLineProtocol(fs.readFileSync(out, 'utf8'));
    expect(points.length).toBe(stats.points);
    for (const p of points) for (const v of Object.values(p.fields)) if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
  });
});

describe('replayCdnLogs in event time', () => {
  it('one line dated two days ahead costs no other line: every point of the log without it, unchanged, and its own', async () => {
    const { header, data } = goodLines('cloudfront', 'cloudfront-standard.log', true);
    const run = async (lines: string[]) => {
      const { stats, text } = await replayCloudFront(tempFile('cdn.log', [...header, ...lines].join('\n') + '\n'), 100);
      return { stats, lines: new Set(text.split('\n').filter((l) => l && !l.startsWith('#'))) };
    };
    const sorted = data.filter((l) => l.startsWith('2026-11-20')).sort();
    const middle = Math.floor(sorted.length / 2);
    const clean = await run(sorted);
    const poisoned = await run([...sorted.slice(0, middle), sorted[middle]!.replace('2026-11-20', '2026-11-22'), ...sorted.slice(middle)]);
    expect(clean.stats.lateRecords).toBe(0);
    expect(poisoned.stats.lateRecords).toBe(0);
    expect([...clean.lines].filter((l) => !poisoned.lines.has(l))).toEqual([]);
    const extra = [...poisoned.lines].filter((l) => !clean.lines.has(l));
    expect(extra.length).toBeGreaterThan(0);
    for (const l of extra) expect(Number(l.slice(l.lastIndexOf(' ') + 1))).toBeGreaterThanOrEqual(Date.parse('2026-11-22T00:00:00Z'));
  });
});

describe('replayCdnLogs of a truncated gzip log', () => {
  it('replays every complete line before the cut (the points those lines alone give), dead-letters the cut and says so', async () => {
    const { header, data } = goodLines('cloudfront', 'cloudfront-standard.log', true);
    const text = [...header, ...data.filter((l) => l.startsWith('2026-11-20')).sort()].join('\n') + '\n';
    const gz = zlib.gzipSync(text);
    const cut = gz.subarray(0, Math.floor(gz.length * 0.6));
    const readable = zlib.gunzipSync(cut, { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString('utf8');
    const complete = readable.slice(0, readable.lastIndexOf('\n') + 1);
    const cutFile = tempFile('cut.log.gz', cut);
    const truncated = await replayCloudFront(cutFile, 50);
    const prefix = await replayCloudFront(tempFile('prefix.log', complete), 50);
    expect(prefix.stats.inputError).toBeUndefined();
    expect(prefix.stats.records).toBeGreaterThan(100);
    expect(truncated.stats.records).toBe(prefix.stats.records);
    expect(truncated.text).toBe(prefix.text);
    expect(truncated.stats.inputError).toBe(`${cutFile}: the gzip content ends early (a truncated file); what came before was read`);
    expect(truncated.stats.deadLetters).toBe(1);
    expect(truncated.dead).toEqual([expect.objectContaining({ reason: 'input not read to its end: the gzip content ends early (a truncated file); what came before was read', source: cutFile, position: prefix.stats.records + 1 })]);
  });
});

describe('replayCdnLogs of a directory of log files', () => {
  it('reads the files side by side in event time: files of one edge each (one gzipped) give the points of the whole log, where the files one after another lose most records as late', async () => {
    const { header } = goodLines('cloudfront', 'cloudfront-standard.log', false);
    // Ten minutes of requests: files one after another are minutes apart.
    const lines: string[] = [];
    for (const s of simulateRange(parseScenario({ seed: 9, viewsPerSecond: 1, cdnRequestsPerSecond: 5 }), START, START + 600_000, { views: false, cdn: true })) for (const r of s.cdn) lines.push(toVendorLine('cloudfront', r));
    lines.sort();
    const byEdge = new Map<string, string[]>();
    for (const l of lines) {
      const edge = l.split('\t')[2]!.slice(0, 3);
      byEdge.set(edge, [...(byEdge.get(edge) ?? []), l]);
    }
    expect(byEdge.size).toBeGreaterThan(3);
    const dir = path.dirname(tempFile('x', ''));
    [...byEdge].forEach(([edge, edgeLines], i) => {
      const text = [...header, ...edgeLines].join('\n') + '\n';
      fs.writeFileSync(path.join(dir, `E123.2026-11-20-12.${edge}.log${i === 0 ? '.gz' : ''}`), i === 0 ? zlib.gzipSync(text) : text);
    });
    fs.writeFileSync(path.join(dir, '.hidden'), 'not a log');
    const merged = await replayCloudFront(dir, 64);
    const whole = await replayCloudFront(tempFile('whole.log', [...header, ...lines].join('\n') + '\n'), 64);
    const oneAfterAnother = await replayCloudFront(tempFile('cat.log', [...byEdge.values()].map((l) => [...header, ...l].join('\n')).join('\n') + '\n'), 64);
    expect(merged.stats.records).toBe(lines.length);
    expect(merged.stats.lateRecords).toBe(0);
    expect(merged.stats.deadLetters).toBe(0);
    expect(merged.text).toBe(whole.text);
    expect(oneAfterAnother.stats.lateRecords).toBeGreaterThan(lines.length / 4);

    // One file cut short: the others are read to their end, the cut one to its last complete line; the failure names it.
    const gz = path.join(dir, fs.readdirSync(dir).find((f) => f.endsWith('.gz'))!);
    const bytes = fs.readFileSync(gz);
    fs.writeFileSync(gz, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const cut = await replayCloudFront(dir, 64);
    expect(cut.stats.inputError).toBe(`${gz}: the gzip content ends early (a truncated file); what came before was read`);
    expect(cut.dead).toEqual([expect.objectContaining({ reason: expect.stringMatching(/^input not read to its end: /), source: gz })]);
    expect(cut.stats.lateRecords).toBe(0);
    const firstFile = [...byEdge.values()][0]!.length;
    expect(cut.stats.records).toBeGreaterThan(lines.length - firstFile);
    expect(cut.stats.records).toBeLessThan(lines.length);
  });
});


describe('replayCdnLogs resumed from a checkpoint', () => {
  /** Twelve minutes of CloudFront lines, in order, and the standard header. */
  const { header } = goodLines('cloudfront', 'cloudfront-standard.log', false);
  const lines: string[] = [];
  for (const s of simulateRange(parseScenario({ seed: 4, viewsPerSecond: 1, cdnRequestsPerSecond: 12 }), START, START + 720_000, { views: false, cdn: true })) for (const r of s.cdn) lines.push(toVendorLine('cloudfront', r));
  lines.sort();
  const fields = header.find((l) => l.startsWith('#Fields:'))!.slice(8).trim().split(' ');

  /** A replay that dies at its sink's 6th write (output past its last checkpoint), then resumed with another batch size: its output, stats and dead letters against an uninterrupted run's. */
  async function crashAndResume(input: string, minConsumed = 0) {
    const clean = await replayCloudFront(input, 50);
    const out = tempFile('cdn-interrupted.lp', '');
    const checkpointFile = `${out}.checkpoint`;
    const opts = { file: input, format: 'cloudfront' as const, batchSize: 50, jobs: {}, enricher: new RecordEnricher(new PathConventionLookup(), null), checkpointFile, checkpointEvery: 4 };
    const first = new LineProtocolFileSink(out, 'qoe');
    const crashing = crashingSink(first, 6);
    await expect(replayCdnLogs(opts, crashing, new MemoryDeadLetterSink(), silentLogger)).rejects.toThrow('simulated crash');
    await first.close();
    const cp = loadCdnCheckpoint(checkpointFile, input, 'cloudfront')!;
    expect(cp.recordsConsumed).toBeGreaterThan(minConsumed);
    // A directory's checkpoint says where each of its files stood; a file's, its lines.
    expect(cp.merge !== undefined).toBe(fs.statSync(input).isDirectory());
    expect(fs.statSync(out).size).toBeGreaterThan(cp.sink!.bytes);
    expect(() => loadCdnCheckpoint(checkpointFile, input, 'fastly')).toThrow(/as cloudfront, not fastly/);
    expect(() => loadCheckpoint(checkpointFile, input)).toThrow(/saved by a replay of CDN logs, not of views/);

    const second = new LineProtocolFileSink(out, 'qoe', cp.sink);
    const dead = new MemoryDeadLetterSink();
    const stats = await replayCdnLogs({ ...opts, batchSize: 130, resume: cp }, second, dead, silentLogger);
    await second.close();
    expect(clean.stats.deadLetters).toBeGreaterThan(0);
    expect(stats).toEqual(clean.stats);
    expect(fs.readFileSync(out, 'utf8')).toBe(clean.text);
    expect(fs.existsSync(checkpointFile)).toBe(false);
    // The dead letters after the checkpoint, and only those.
    expect(dead.records.length).toBeGreaterThan(0);
    expect(dead.records.length).toBeLessThan(clean.dead.length);
    expect(dead.records).toEqual(clean.dead.slice(clean.dead.length - dead.records.length));
    return clean;
  }

  it('a file continues byte for byte, with the columns a #Fields line in the passed-over lines set', async () => {
    // After the first fifth, another column order (a later #Fields line, before the checkpoint); bad lines early and late.
    const fifth = Math.floor(lines.length / 5);
    const order = [...fields.keys()].reverse();
    const reordered = lines.slice(fifth).map((l) => {
      const cells = l.split('\t');
      return order.map((i) => cells[i] ?? '-').join('\t');
    });
    const late = reordered.length - 100;
    const text = [...header, ...lines.slice(0, 10), 'not a log line', ...lines.slice(10, fifth), `#Fields: ${order.map((i) => fields[i]).join(' ')}`, ...reordered.slice(0, late), '2026-11-20\tbad', ...reordered.slice(late)].join('\n') + '\n';
    const clean = await crashAndResume(tempFile('resume.cloudfront.log', text), fifth + 12);
    expect(clean.stats.records).toBe(lines.length);
  });

  it('a directory of files (one gzipped) continues byte for byte', async () => {
    const dir = tempDir();
    const byEdge = new Map<string, string[]>();
    for (const l of lines) {
      const edge = l.split('\t')[2]!.slice(0, 3);
      byEdge.set(edge, [...(byEdge.get(edge) ?? []), l]);
    }
    expect(byEdge.size).toBeGreaterThan(2);
    [...byEdge].forEach(([edge, edgeLines], i) => {
      // Bad lines early and late in two files: dead letters before and after the checkpoint.
      if (i === 1 || i === 2) edgeLines.splice(Math.floor(edgeLines.length * (i === 1 ? 0.1 : 0.9)), 0, 'not a log line', 'another');
      const text = [...header, ...edgeLines].join('\n') + '\n';
      fs.writeFileSync(path.join(dir, `E1.2026-11-20-10.${edge}.log${i === 0 ? '.gz' : ''}`), i === 0 ? zlib.gzipSync(text) : text);
    });
    const clean = await crashAndResume(dir);
    expect(clean.stats.records).toBe(lines.length);
    expect(clean.stats.lateRecords).toBe(0);
  });
});
