import * as fs from 'node:fs';
import * as path from 'node:path';
import { bestOf, bestOfEach, QOE_BIN, runNode, type ChildRun } from './childRun';
import { mib, ratioRow, type BenchRow } from './table';
import type { VendorFormat } from '../sources/simulator/renderCdnLogs';
import { IPV6_NETWORKS } from '../sources/simulator/players';
import { readInWorkerFor, replayReaderOfEnv } from '../runners/replay/worker/readerWorkerStart';

const SECTION = 'replay vs bare loop';
/** Event time of the generated inputs (fixed, so every run replays the same files). */
export const BENCH_START = '2026-11-20T12:00:00Z';

/** What a user's shortest program over the same file does: read it and parse each record, nothing else. */
const BARE_SCRIPTS = {
  ndjson: `const fs=require('fs'),rl=require('readline');(async()=>{let n=0;for await(const l of rl.createInterface({input:fs.createReadStream(process.argv[2]),crlfDelay:Infinity})){if(l){JSON.parse(l);n++;}}console.log(n);})();`,
  tabs: `const fs=require('fs'),rl=require('readline');(async()=>{let n=0;for await(const l of rl.createInterface({input:fs.createReadStream(process.argv[2]),crlfDelay:Infinity})){if(l&&l[0]!=='#'){l.split('\\t');n++;}}console.log(n);})();`,
  protobuf: (generated: string, minimal: string) =>
    `const {qoe}=require(${JSON.stringify(generated)});const {Reader}=require(${JSON.stringify(minimal)});const r=Reader.create(require('fs').readFileSync(process.argv[2]));let n=0;while(r.pos<r.len){qoe.v1.VideoView.decodeDelimited(r);n++;}console.log(n);`,
};

const TAB_FORMATS: readonly VendorFormat[] = ['cloudfront', 'cloudfront-realtime'];
export const CDN_FORMATS_BENCHED: readonly VendorFormat[] = ['cloudfront', 'cloudfront-realtime', 'fastly', 'akamai-ds2', 'cloudflare'];

/**
 * The built-in scenario's catalogs (300 to 1,500 titles a property, most views on a few) with
 * a hundred times more titles and a flatter popularity: a broadcaster's back catalogue, where
 * most titles are played once or twice an hour. Per-title state (detector windows, LRU order)
 * then holds far more titles than the default inputs make.
 */
const LARGE_CATALOG_SCENARIO = {
  properties: [
    { id: 'prop-news', weight: 3, baselineErrorPct: 0.5, titles: 80_000, zipfS: 0.8, liveShare: 0.4 },
    { id: 'prop-sport', weight: 2, baselineErrorPct: 2, titles: 30_000, zipfS: 0.8, liveShare: 0.6 },
    { id: 'prop-kids', weight: 1, baselineErrorPct: 5, titles: 150_000, zipfS: 0.7, liveShare: 0 },
  ],
};

export interface BenchInputs {
  dir: string;
  viewsNdjson: string;
  /** The same number of views over large catalogs (LARGE_CATALOG_SCENARIO). */
  viewsLargeCatalog: string;
  viewsHalf: string;
  /** The first quarter of viewsNdjson (at the default sizes, a file read on the main thread: WORKER_MIN_BYTES). */
  viewsQuarter: string;
  viewsProtobuf: string;
  cdn: Record<VendorFormat, string>;
  /** The CloudFront log with every request from a client address of its own (newClientsLog). */
  cloudfrontNewClients: string;
  /** A CloudFront log of the same scenario three times as long (its first third is cdn.cloudfront). */
  cloudfrontLong: string;
  /** The first fifth of cdn.cloudfront's lines (its header lines kept). */
  cloudfrontFifth: string;
  views: number;
}

/**
 * The same CloudFront log with every line's client address one never seen before in it, half
 * of them IPv6 (in the simulator's providers' networks, IPV6_NETWORKS): the simulated audience
 * is 4,096 clients, so after the first minutes the geo cache answers nearly every line, where
 * a log of a large audience meets new addresses all the time (and each costs a reading of the
 * geo tables). Deterministic.
 */
export function newClientsLog(from: string, to: string): void {
  const lines = fs.readFileSync(from, 'utf8').split('\n');
  let n = 0;
  const out = lines.map((line) => {
    if (line === '' || line.startsWith('#')) return line;
    const fields = line.split('\t');
    n++;
    // c-ip is the fifth field of the standard log's documented field list.
    const h = (Math.imul(n, 2654435761) >>> 0).toString(16).padStart(8, '0');
    fields[4] = n % 2 === 0 ? `${IPV6_NETWORKS[n % IPV6_NETWORKS.length]}:${h.slice(0, 4)}:${h.slice(4)}::${(n % 65_535) + 1}` : `${20 + (n % 180)}.${(n >>> 8) & 255}.${n & 255}.${1 + ((n >>> 16) % 254)}`;
    return fields.join('\t');
  });
  fs.writeFileSync(to, out.join('\n'));
}

/** Generates the inputs with `qoe simulate`, the way a user would. */
export function generateInputs(dir: string, views: number, cdnRecords: number): BenchInputs {
  // The built-in scenario ends about 170 views/s at this hour; enough minutes for `views`.
  const minutes = (n: number, perSecond: number) => String(Math.max(1, Math.ceil(n / perSecond / 60)));
  const viewsNdjson = path.join(dir, 'views.ndjson');
  const sim = (args: string[]) => runNode([QOE_BIN, 'simulate', '--start', BENCH_START, ...args]);
  sim(['--minutes', minutes(views, 95), '--rate', '170', '--out', viewsNdjson]);
  const scenario = path.join(dir, 'large-catalog.json');
  fs.writeFileSync(scenario, JSON.stringify(LARGE_CATALOG_SCENARIO));
  const viewsLargeCatalog = path.join(dir, 'views-large-catalog.ndjson');
  sim(['--scenario', scenario, '--minutes', minutes(views, 95), '--rate', '170', '--out', viewsLargeCatalog]);
  const viewsProtobuf = path.join(dir, 'views.pb');
  sim(['--minutes', minutes(views, 95), '--rate', '170', '--format', 'protobuf', '--out', viewsProtobuf]);
  const viewsHalf = path.join(dir, 'views-half.ndjson');
  const lines = linesOf(viewsNdjson);
  firstLinesOf(lines, 1 / 2, viewsHalf);
  const viewsQuarter = path.join(dir, 'views-quarter.ndjson');
  firstLinesOf(lines, 1 / 4, viewsQuarter);
  const cdn = {} as Record<VendorFormat, string>;
  for (const f of CDN_FORMATS_BENCHED) {
    cdn[f] = path.join(dir, `cdn.${f}.log`);
    sim(['--minutes', minutes(cdnRecords, 73), '--rate', '1', '--cdn-rate', '130', '--out', '/dev/null', '--cdn-out', cdn[f], '--cdn-format', f]);
  }
  const cloudfrontNewClients = path.join(dir, 'cdn.cloudfront-new-clients.log');
  newClientsLog(cdn.cloudfront, cloudfrontNewClients);
  const cloudfrontLong = path.join(dir, 'cdn.cloudfront-long.log');
  sim(['--minutes', String(3 * Number(minutes(cdnRecords, 73))), '--rate', '1', '--cdn-rate', '130', '--out', '/dev/null', '--cdn-out', cloudfrontLong, '--cdn-format', 'cloudfront']);
  const cloudfrontFifth = path.join(dir, 'cdn.cloudfront-fifth.log');
  firstLinesOf(linesOf(cdn.cloudfront), 1 / 5, cloudfrontFifth);
  return { dir, viewsNdjson, viewsLargeCatalog, viewsHalf, viewsQuarter, viewsProtobuf, cdn, cloudfrontNewClients, cloudfrontLong, cloudfrontFifth, views: lines.length };
}

/** A file's non-empty lines. */
function linesOf(file: string): string[] {
  return fs.readFileSync(file, 'utf8').split('\n').filter(Boolean);
}

/** The first `share` of a file's lines into `to`, with every header line (#...) among them kept. */
function firstLinesOf(lines: readonly string[], share: number, to: string): void {
  const keep = Math.floor(lines.filter((l) => l[0] !== '#').length * share);
  const out: string[] = [];
  for (let i = 0, kept = 0; i < lines.length && kept < keep; i++) {
    out.push(lines[i]!);
    if (lines[i]![0] !== '#') kept++;
  }
  fs.writeFileSync(to, out.join('\n') + '\n');
}

/** Distinct (property, video) pairs of a views file. */
function titlesIn(file: string): number {
  const titles = new Set<string>();
  for (const l of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!l) continue;
    const v = JSON.parse(l) as { property_id?: string; video_id?: string };
    titles.add(`${v.property_id}|${v.video_id}`);
  }
  return titles.size;
}

function countLines(file: string): number {
  const text = fs.readFileSync(file, 'utf8');
  let n = 0;
  for (const l of text.split('\n')) if (l && l[0] !== '#') n++;
  return n;
}

/** Runs of each side of a ratio (the best counts), the two sides taking turns. */
const RUNS = 5;

/**
 * `qoe replay ... --out FILE.lp` against the bare loop over the same file, each the best of
 * RUNS runs taken in turns, as child processes (both pay Node's start). Plus replay time
 * against input size.
 */
export function replayRatios(inputs: BenchInputs): BenchRow[] {
  const rows: BenchRow[] = [];
  const scripts = path.join(inputs.dir, 'bare');
  fs.mkdirSync(scripts, { recursive: true });
  const script = (name: string, code: string) => {
    const file = path.join(scripts, `${name}.js`);
    fs.writeFileSync(file, code);
    return file;
  };
  const ndjson = script('ndjson', BARE_SCRIPTS.ndjson);
  const tabs = script('tabs', BARE_SCRIPTS.tabs);
  const protobuf = script('protobuf', BARE_SCRIPTS.protobuf(path.resolve(__dirname, '../../generated/qoe.js'), require.resolve('protobufjs/minimal')));
  const out = path.join(inputs.dir, 'out.lp');
  const dead = path.join(inputs.dir, 'dead.ndjson');
  const replay = (args: string[], env: NodeJS.ProcessEnv = {}) => runNode([QOE_BIN, 'replay', ...args, '--out', out, '--dead-letter', dead], env);
  const detail = (r: ChildRun, bare: ChildRun, n: number) => `${(r.ms / 1000).toFixed(2)} s vs ${(bare.ms / 1000).toFixed(2)} s for ${n.toLocaleString('en-US')} records${r.maxRssBytes ? `, replay peak RSS ${mib(r.maxRssBytes)}` : ''}`;

  const [bareViews, views] = bestOfEach(RUNS, () => runNode([ndjson, inputs.viewsNdjson]), () => replay(['--views', inputs.viewsNdjson]));
  rows.push(ratioRow(SECTION, 'views NDJSON (QoE + detector) to line protocol / readline + JSON.parse', views.ms / bareViews.ms, detail(views, bareViews, inputs.views), { max: 2 }));
  const [bareLarge, large] = bestOfEach(RUNS, () => runNode([ndjson, inputs.viewsLargeCatalog]), () => replay(['--views', inputs.viewsLargeCatalog]));
  rows.push(ratioRow(SECTION, `views NDJSON over large catalogs (${titlesIn(inputs.viewsLargeCatalog).toLocaleString('en-US')} titles played) / readline + JSON.parse`, large.ms / bareLarge.ms, detail(large, bareLarge, countLines(inputs.viewsLargeCatalog)), { max: 2 }));
  const [barePb, pb] = bestOfEach(RUNS, () => runNode([protobuf, inputs.viewsProtobuf]), () => replay(['--views', inputs.viewsProtobuf]));
  rows.push(ratioRow(SECTION, 'views protobuf to line protocol / protobufjs decodeDelimited loop', pb.ms / barePb.ms, detail(pb, barePb, inputs.views), { max: 3 }));

  const cdnRuns = {} as Record<VendorFormat, [ChildRun, ChildRun]>;
  for (const f of CDN_FORMATS_BENCHED) {
    const file = inputs.cdn[f];
    const [bare, r] = (cdnRuns[f] = bestOfEach(RUNS, () => runNode([TAB_FORMATS.includes(f) ? tabs : ndjson, file]), () => replay(['--cdn-logs', file, '--cdn-format', f])));
    const what = TAB_FORMATS.includes(f) ? 'readline + split on tabs' : 'readline + JSON.parse';
    rows.push(ratioRow(SECTION, `CDN ${f} (parse, enrich, health, client QoE, usage) / ${what}`, r.ms / bare.ms, detail(r, bare, countLines(file)), { max: 3 }));
  }

  // What a line costs once both are started and warmed up: the time a log three times as long
  // adds, against what it adds to the bare loop (start-up, module loading and the JIT's warm-up
  // are paid once, and weigh on the ratio of a short file).
  const [bareLong, long] = bestOfEach(RUNS, () => runNode([tabs, inputs.cloudfrontLong]), () => replay(['--cdn-logs', inputs.cloudfrontLong, '--cdn-format', 'cloudfront']));
  const [bareOnce, once] = cdnRuns.cloudfront;
  const linesOnce = countLines(inputs.cdn.cloudfront);
  const linesLong = countLines(inputs.cloudfrontLong);
  rows.push({
    section: SECTION,
    figure: 'CDN cloudfront, the lines past the first file\'s: (a log three times as long - the log) / the same for readline + split on tabs',
    value: `${((long.ms - once.ms) / (bareLong.ms - bareOnce.ms)).toFixed(2)}x (replay ${(once.ms / 1000).toFixed(2)} -> ${(long.ms / 1000).toFixed(2)} s, bare loop ${(bareOnce.ms / 1000).toFixed(2)} -> ${(bareLong.ms / 1000).toFixed(2)} s for ${linesOnce.toLocaleString('en-US')} -> ${linesLong.toLocaleString('en-US')} records; the whole long log ${(long.ms / bareLong.ms).toFixed(2)}x)`,
  });

  // Smaller files (at the default sizes below WORKER_MIN_BYTES, so read on the main thread; the
  // row says which, as the replay decides): the fixed cost of start-up and warm-up weighs more on their ratio.
  const smaller = (what: string, bareScript: string, file: string, args: string[], bareWhat: string) => {
    const [bare, r] = bestOfEach(RUNS, () => runNode([bareScript, file]), () => replay(args));
    const size = fs.statSync(file).size;
    const reader = readInWorkerFor(replayReaderOfEnv(), file) ? 'a reader worker' : 'the main thread';
    rows.push({ section: SECTION, figure: `${what} (${mib(size)}, read on ${reader}) / ${bareWhat}`, value: `${(r.ms / bare.ms).toFixed(2)}x (${detail(r, bare, countLines(file))})` });
  };
  smaller('views NDJSON, the file\'s first quarter', ndjson, inputs.viewsQuarter, ['--views', inputs.viewsQuarter], 'readline + JSON.parse');
  smaller('CDN cloudfront, the log\'s first fifth', tabs, inputs.cloudfrontFifth, ['--cdn-logs', inputs.cloudfrontFifth, '--cdn-format', 'cloudfront'], 'readline + split on tabs');

  // A large audience: every line's client new to the geo cache.
  const [bareNew, newClients] = bestOfEach(RUNS, () => runNode([tabs, inputs.cloudfrontNewClients]), () => replay(['--cdn-logs', inputs.cloudfrontNewClients, '--cdn-format', 'cloudfront']));
  rows.push({ section: SECTION, figure: 'CDN cloudfront, every line from a new client address (half IPv6) / readline + split on tabs', value: `${(newClients.ms / bareNew.ms).toFixed(2)}x (${detail(newClients, bareNew, countLines(inputs.cloudfrontNewClients))})` });

  // What the reader worker (QOE_REPLAY_READER=auto picks it for these files) brings: the same replays reading on the main thread.
  const onMain = { QOE_REPLAY_READER: 'main' };
  const [bareMainViews, mainViews] = bestOfEach(RUNS, () => runNode([ndjson, inputs.viewsNdjson]), () => replay(['--views', inputs.viewsNdjson], onMain));
  rows.push({ section: SECTION, figure: 'views NDJSON, reading on the main thread (QOE_REPLAY_READER=main) / readline + JSON.parse', value: `${(mainViews.ms / bareMainViews.ms).toFixed(2)}x (${detail(mainViews, bareMainViews, inputs.views)})` });
  const cloudfront = inputs.cdn.cloudfront;
  const [bareMainCdn, mainCdn] = bestOfEach(RUNS, () => runNode([tabs, cloudfront]), () => replay(['--cdn-logs', cloudfront, '--cdn-format', 'cloudfront'], onMain));
  rows.push({ section: SECTION, figure: 'CDN cloudfront, reading on the main thread (QOE_REPLAY_READER=main) / readline + split on tabs', value: `${(mainCdn.ms / bareMainCdn.ms).toFixed(2)}x (${detail(mainCdn, bareMainCdn, countLines(cloudfront))})` });

  // Linear in input size: the per-record time of the whole file against half of it (start-up excluded by difference).
  const half = bestOf(2, () => replay(['--views', inputs.viewsHalf]));
  const startup = bestOf(2, () => runNode([QOE_BIN, '--version']));
  const perRecordFull = (views.ms - startup.ms) / inputs.views;
  const perRecordHalf = (half.ms - startup.ms) / Math.floor(inputs.views / 2);
  rows.push(ratioRow('scale', 'replay time per view, whole file / half of it (start-up taken off)', perRecordFull / perRecordHalf, `${(perRecordFull * 1000).toFixed(2)} vs ${(perRecordHalf * 1000).toFixed(2)} µs a view; start-up ${startup.ms.toFixed(0)} ms`, { max: 1.2 }));
  return rows;
}
