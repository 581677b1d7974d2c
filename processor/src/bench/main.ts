/**
 * `npm run bench`: throughput and memory of the hot paths, printed as figures. Bounded in
 * size and time; compare ratios measured in one run (these machines are shared and noisy).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { decodeViewLine } from '../decode/viewsNdjson';
import type { ViewRecord } from '../decode/viewRecord';
import { silentLogger } from '../log/logger';
import { ViewQoeJob } from '../jobs/viewQoeJob';
import { replayViews } from '../runners/replay/replayViews';
import { startLocalServices } from '../services/localServices';
import { InfluxWriter } from '../sinks/influx';
import { MemoryDeadLetterSink } from '../sinks/deadLetterSink';
import { LineProtocolFileSink } from '../sinks/pointSink';
import { toLineProtocol, type QoePoint } from '../schema/point';
import { parseScenario, simulateRange } from '../sources/simulator';
import { CdnLogGenerator } from '../sources/simulator/generateCdnLogs';
import { cdnFileHeader, toVendorLine, type VendorFormat } from '../sources/simulator/renderCdnLogs';
import { parseCdnLine, parserFor, type CdnRecord } from '../decode/cdn';
import { RecordEnricher } from '../enrich/recordEnricher';
import { PathConventionLookup } from '../enrich/assetLookup';
import { asnFromSetting, mmdbFromSetting, MmdbGeoLookup } from '../enrich/geoLookup';
import { CdnJobs } from '../jobs/cdnJobs';
import { RecordIdSet } from '../aggregate/recordIdSet';
import { hash53 } from '../aggregate/usageHour';

const VIEWS = Number(process.env.BENCH_VIEWS ?? 200_000);
const CDN_RECORDS = Number(process.env.BENCH_CDN_RECORDS ?? 100_000);

function timed<T>(fn: () => T): { value: T; ms: number } {
  const t0 = process.hrtime.bigint();
  const value = fn();
  return { value, ms: Number(process.hrtime.bigint() - t0) / 1e6 };
}

async function timedAsync<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const t0 = process.hrtime.bigint();
  const value = await fn();
  return { value, ms: Number(process.hrtime.bigint() - t0) / 1e6 };
}

const rate = (n: number, ms: number) => `${Math.round((n / ms) * 1000).toLocaleString('en-US')}/s`;
const mib = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MiB`;

async function main(): Promise<void> {
  const out: [string, string][] = [];
  const from = Date.parse('2026-11-20T12:00:00Z');
  const scenario = parseScenario({ viewsPerSecond: 200, seed: 5 });

  const gen = timed(() => {
    const lines: string[] = [];
    for (const s of simulateRange(scenario, from, from + 24 * 3_600_000)) {
      for (const v of s.views) lines.push(JSON.stringify(v));
      if (lines.length >= VIEWS) break;
    }
    return lines.slice(0, VIEWS);
  });
  const lines = gen.value;
  out.push(['simulate views (NDJSON)', `${lines.length} views in ${gen.ms.toFixed(0)} ms = ${rate(lines.length, gen.ms)}`]);

  const limits = { nowMs: Date.now(), maxFutureMs: 3_600_000 };
  const dec = timed(() => {
    const views: ViewRecord[] = [];
    for (const l of lines) {
      const r = decodeViewLine(l, limits, 'bench');
      if ('view' in r) views.push(r.view);
    }
    return views;
  });
  out.push(['decode + validate NDJSON', `${rate(dec.value.length, dec.ms)} (${(dec.ms / dec.value.length * 1000).toFixed(2)} µs/view)`]);

  const heapBefore = process.memoryUsage().heapUsed;
  let maxOpen = 0;
  const agg = timed(() => {
    const job = new ViewQoeJob({ outOfOrdernessMs: 10_000, allowedLatenessMs: 120_000 });
    const points: QoePoint[] = [];
    for (const v of dec.value) {
      for (const p of job.process(v).points) points.push(p);
      const open = job.stats().openWindows;
      if (open > maxOpen) maxOpen = open;
    }
    for (const p of job.flush()) points.push(p);
    return points;
  });
  out.push(['per-minute QoE job (windows + aggregation)', `${rate(dec.value.length, agg.ms)}; ${agg.value.length} points; at most ${maxOpen} open windows; heap +${mib(process.memoryUsage().heapUsed - heapBefore)}`]);

  const lp = timed(() => agg.value.map(toLineProtocol).join('\n'));
  out.push(['line protocol encoding', `${rate(agg.value.length, lp.ms)} points (${mib(lp.value.length)})`]);

  await benchCdn(out, from);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qoe-bench-'));
  const file = path.join(dir, 'views.ndjson');
  fs.writeFileSync(file, lines.join('\n') + '\n');
  const sink = new LineProtocolFileSink(path.join(dir, 'out.lp'), 'qoe');
  const rep = await timedAsync(() => replayViews({ viewsFile: file, viewsFormat: 'ndjson', batchSize: 10_000, speed: 0, job: {}, maxFutureMs: 3_600_000 }, sink, new MemoryDeadLetterSink(), silentLogger));
  await sink.close();
  out.push(['qoe replay file -> line protocol file', `${rate(rep.value.views, rep.ms)} views (${mib(fs.statSync(file).size)} in ${(rep.ms / 1000).toFixed(2)} s)`]);

  try {
    const env = await startLocalServices();
    const writer = await InfluxWriter.connect({ url: env.QOE_INFLUX_URL ?? 'http://127.0.0.1:18086', database: 'qoe_bench', batchSize: 5_000 });
    const now = Math.floor(Date.now() / 60_000) * 60_000;
    const recent = agg.value.map((p, i) => ({ ...p, timeMs: now - (i % 1440) * 60_000 }));
    const w = await timedAsync(async () => {
      await writer.write(recent);
      await writer.flush();
    });
    await writer.close();
    out.push([`InfluxDB ${writer.server.version} write (${writer.writeApi})`, `${rate(recent.length, w.ms)} points, batches of 5000`]);
  } catch (err) {
    out.push(['InfluxDB write', `skipped: ${(err as Error).message}`]);
  }
  fs.rmSync(dir, { recursive: true, force: true });

  out.push(['peak RSS', mib(process.resourceUsage().maxRSS * 1024)]);
  const width = Math.max(...out.map(([k]) => k.length));
  process.stdout.write(`qoe bench: ${VIEWS} views, node ${process.version}, ${os.cpus().length} cores\n`);
  for (const [k, v] of out) process.stdout.write(`  ${k.padEnd(width)}  ${v}\n`);
}

/** The CDN path: vendor-format parsing, enrichment (assets + geo), CDN jobs, checkpoint size. */
async function benchCdn(out: [string, string][], from: number): Promise<void> {
  const gen = new CdnLogGenerator(parseScenario({ seed: 5, cdnRequestsPerSecond: 500 }), { scenarioStartMs: from });
  const records: CdnRecord[] = [];
  for (let t = from; records.length < CDN_RECORDS; t += 1000) records.push(...(gen.recordsInSecond(t) as CdnRecord[]));
  records.length = CDN_RECORDS;
  const nowMs = from + 86_400_000;
  for (const format of ['cloudfront', 'cloudfront-realtime', 'fastly', 'akamai-ds2', 'cloudflare'] as VendorFormat[]) {
    const lines = (cdnFileHeader(format) + records.map((r) => toVendorLine(format, r)).join('\n')).split('\n');
    const parser = parserFor(format);
    const p = timed(() => {
      let n = 0;
      for (const l of lines) if ('record' in parseCdnLine(parser, l, nowMs)) n++;
      return n;
    });
    out.push([`parse CDN logs: ${format}`, `${rate(p.value, p.ms)} lines (${(p.ms / p.value * 1000).toFixed(2)} µs/line)`]);
  }
  const asnLoad = timed(() => asnFromSetting('bundled'));
  out.push(['load bundled ASN ranges (@ip-location-db/asn)', `${asnLoad.ms.toFixed(0)} ms`]);
  const geo = new MmdbGeoLookup(mmdbFromSetting('bundled'), asnLoad.value);
  const distinctIps = records.map((_, i) => `${(i * 2654435761) % 223 + 1}.${(i * 40503) % 256}.${(i >> 8) % 256}.${i % 256}`);
  const g = timed(() =>
    distinctIps.reduce(
      (n, ip) => {
        const info = geo.lookup(ip);
        return { country: n.country + (info.country ? 1 : 0), asn: n.asn + (info.asn ? 1 : 0) };
      },
      { country: 0, asn: 0 },
    ),
  );
  out.push(['geo lookup, bundled country mmdb + ASN ranges (uncached IPs)', `${rate(distinctIps.length, g.ms)} lookups; ${g.value.country} with a country, ${g.value.asn} with an ASN`]);
  const enricher = new RecordEnricher(new PathConventionLookup(), geo);
  const stripped = records.map((r) => ({ ...r, country: '', asn: 0 }));
  const e = await timedAsync(() => enricher.enrich(stripped));
  out.push(['enrich (URL-convention assets + geo)', `${rate(e.value.length, e.ms)} records`]);
  const jobs = new CdnJobs();
  const j = timed(() => {
    let points = 0;
    for (const r of e.value) points += jobs.process(r).points.length;
    return points;
  });
  const snap = JSON.stringify(jobs.snapshot());
  out.push(['CDN jobs (health + client QoE + usage)', `${rate(e.value.length, j.ms)} records; ${j.value} points; checkpoint of the open windows (JSON) ${mib(snap.length)}`]);
  await benchRecordIds(out);
}

/** Memory a usage hour spends on de-duplication: record-id hashes in RecordIdSet against a Set. */
async function benchRecordIds(out: [string, string][]): Promise<void> {
  const n = Number(process.env.BENCH_RECORD_IDS ?? 1_000_000);
  const hashes = Array.from({ length: n }, (_, i) => hash53(`bench-${i}`));
  // `npm run bench` runs node with --expose-gc, so garbage left by growing tables is not counted.
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
  const used = async () => {
    gc();
    await new Promise((r) => setTimeout(r, 200)); // array buffers are freed after the collection
    gc();
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  const perId = async (fill: () => { size: number }) => {
    const before = await used();
    const held = fill();
    const bytes = (await used()) - before;
    return { bytes: bytes / held.size, held };
  };
  const compact = await perId(() => {
    const ids = new RecordIdSet();
    for (const h of hashes) ids.add(h);
    return ids;
  });
  const plain = await perId(() => {
    const ids = new Set<number>();
    for (const h of hashes) ids.add(h);
    return ids;
  });
  out.push(['usage de-duplication memory', `${n.toLocaleString('en-US')} record ids: ${compact.bytes.toFixed(1)} bytes an id (RecordIdSet) vs ${plain.bytes.toFixed(1)} (Set of numbers); ${(plain.bytes / compact.bytes).toFixed(1)}x less`]);
}

main().catch((err) => {
  process.stderr.write(`bench failed: ${(err as Error).stack}\n`);
  process.exit(1);
});
