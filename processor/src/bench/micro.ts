import { parseScenario, simulateRange } from '../sources/simulator';
import { decodeViewLine } from '../decode/viewsNdjson';
import type { ViewRecord } from '../decode/viewRecord';
import { ViewQoeJob } from '../jobs/viewQoeJob';
import { Detector } from '../detect/detector';
import { toLineProtocol, type QoePoint } from '../schema/point';
import { CdnLogGenerator } from '../sources/simulator/generateCdnLogs';
import { cdnFileHeader, toVendorLine, type VendorFormat } from '../sources/simulator/renderCdnLogs';
import { parseCdnLine, parserFor, type CdnRecord } from '../decode/cdn';
import { RecordEnricher } from '../enrich/recordEnricher';
import { PathConventionLookup } from '../enrich/assetLookup';
import { asnFromSetting, mmdbFromSetting, MmdbGeoLookup } from '../enrich/geoLookup';
import { CdnJobs } from '../jobs/cdnJobs';
import { RecordIdSet } from '../aggregate/recordIdSet';
import { hash53 } from '../aggregate/hash53';
import { mib, rate, timed, timedAsync, type BenchRow } from './table';

const CDN_RECORDS = Number(process.env.BENCH_CDN_RECORDS ?? 100_000);
const SECTION = 'in-process';

/** In-process rates of the CDN stages, one at a time (where the time of a replay goes). */
export async function benchCdn(out: BenchRow[], from: number): Promise<void> {
  const gen = new CdnLogGenerator(parseScenario({ seed: 5, cdnRequestsPerSecond: 500 }), { scenarioStartMs: from });
  const records: CdnRecord[] = [];
  for (let t = from; records.length < CDN_RECORDS; t += 1000) records.push(...(gen.recordsInSecond(t) as CdnRecord[]));
  records.length = CDN_RECORDS;
  const nowMs = from + 86_400_000;
  // CloudFront's parsed records (no ASN or country in its lines) are what enrichment is timed on below.
  const cloudfront: CdnRecord[] = [];
  for (const format of ['cloudfront', 'cloudfront-realtime', 'fastly', 'akamai-ds2', 'cloudflare'] as VendorFormat[]) {
    const lines = (cdnFileHeader(format) + records.map((r) => toVendorLine(format, r)).join('\n')).split('\n');
    const parser = parserFor(format);
    const p = timed(() => {
      let n = 0;
      for (const l of lines) {
        const r = parseCdnLine(parser, l, nowMs);
        if (!('record' in r)) continue;
        n++;
        if (format === 'cloudfront') cloudfront.push(r.record);
      }
      return n;
    });
    out.push({ section: SECTION, figure: `parse CDN logs: ${format}`, value: `${rate(p.value, p.ms)} lines (${(p.ms / p.value * 1000).toFixed(2)} µs/line)` });
  }
  const asnLoad = timed(() => asnFromSetting('bundled'));
  out.push({ section: SECTION, figure: 'load bundled ASN ranges (@ip-location-db/asn)', value: `${asnLoad.ms.toFixed(0)} ms` });
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
  out.push({ section: SECTION, figure: 'geo lookup, bundled country mmdb + ASN ranges (uncached IPs)', value: `${rate(distinctIps.length, g.ms)} lookups; ${g.value.country} with a country, ${g.value.asn} with an ASN` });
  // Records as a parser makes them: copies made by spreading took about ten times as long to
  // enrich (each property enrichment adds moved such an object to a slower shape).
  const enricher = new RecordEnricher(new PathConventionLookup(), geo);
  const e = await timedAsync(() => enricher.enrich(cloudfront));
  out.push({ section: SECTION, figure: 'enrich (URL-convention assets + geo) of parsed CloudFront records', value: `${rate(e.value.length, e.ms)} records` });
  const jobs = new CdnJobs();
  const j = timed(() => {
    let points = 0;
    for (const r of e.value) points += jobs.process(r).points.length;
    return points;
  });
  const snap = JSON.stringify(jobs.snapshot());
  out.push({ section: SECTION, figure: 'CDN jobs (health + client QoE + usage)', value: `${rate(e.value.length, j.ms)} records; ${j.value} points; checkpoint of the open windows (JSON) ${mib(snap.length)}` });
  await benchRecordIds(out);
}

/** Memory a usage hour spends on de-duplication: record-id hashes in RecordIdSet against a Set. */
async function benchRecordIds(out: BenchRow[]): Promise<void> {
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
  out.push({ section: SECTION, figure: 'usage de-duplication memory', value: `${n.toLocaleString('en-US')} record ids: ${compact.bytes.toFixed(1)} bytes an id (RecordIdSet) vs ${plain.bytes.toFixed(1)} (Set of numbers); ${(plain.bytes / compact.bytes).toFixed(1)}x less` });
}


/** In-process rates of the view stages, one at a time. */
export function benchViews(out: BenchRow[], from: number, count: number): void {
  const scenario = parseScenario({ viewsPerSecond: 200, seed: 5 });
  const lines: string[] = [];
  for (const s of simulateRange(scenario, from, from + 24 * 3_600_000)) {
    for (const v of s.views) lines.push(JSON.stringify(v));
    if (lines.length >= count) break;
  }
  lines.length = Math.min(lines.length, count);
  const limits = { nowMs: Date.now(), maxFutureMs: 3_600_000 };
  const dec = timed(() => {
    const views: ViewRecord[] = [];
    for (const l of lines) {
      const r = decodeViewLine(l, limits, 'bench');
      if ('view' in r) views.push(r.view);
    }
    return views;
  });
  out.push({ section: SECTION, figure: 'decode + validate NDJSON views', value: `${rate(dec.value.length, dec.ms)} (${((dec.ms / dec.value.length) * 1000).toFixed(2)} µs a view, JSON.parse included)` });
  const qoe = timed(() => {
    const job = new ViewQoeJob();
    const points: QoePoint[] = [];
    for (const v of dec.value) for (const p of job.process(v).points) points.push(p);
    for (const p of job.flush()) points.push(p);
    return points;
  });
  out.push({ section: SECTION, figure: 'per-minute QoE job (windows + aggregation)', value: `${rate(dec.value.length, qoe.ms)} views; ${qoe.value.length} points` });
  const det = timed(() => {
    const d = new Detector();
    let events = 0;
    for (const v of dec.value) events += d.process(v).length;
    return events;
  });
  out.push({ section: SECTION, figure: 'detector', value: `${rate(dec.value.length, det.ms)} views; ${det.value} incident events` });
  const lp = timed(() => qoe.value.map(toLineProtocol).join('\n'));
  out.push({ section: SECTION, figure: 'line protocol encoding', value: `${rate(qoe.value.length, lp.ms)} points (${mib(lp.value.length)})` });
}
