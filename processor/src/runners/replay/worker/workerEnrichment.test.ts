import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseCdnLine, parserFor, type CdnFormat, type CdnJobRecord, type PendingCmcd } from '../../../decode/cdn';
import { jobFields } from '../../../test-support/cdnJobFields';
import { PathConventionLookup } from '../../../enrich/assetLookup';
import { openGeo } from '../../../enrich/geoFromSettings';
import { LocalEnricher, RecordEnricher } from '../../../enrich/recordEnricher';
import { ColumnReader, ColumnWriter } from '../../../sources/files/worker/columns';
import { cdnBatchCodec } from '../../../sources/files/worker/batchCodecs';
import { simulateRange } from '../../../sources/simulator';
import { parseScenario } from '../../../sources/simulator/scenario';
import { toVendorLine } from '../../../sources/simulator/renderCdnLogs';
import { enrichedFieldsOf, type WorkerEnrichment } from './readerJob';

const FIXTURES = path.resolve(__dirname, '../../../../test/fixtures/cdn');
const START = Date.parse('2026-11-20T12:00:00Z');
const FILES: [CdnFormat, string][] = [
  ['cloudfront', 'cloudfront-standard.log'],
  ['cloudfront-realtime', 'cloudfront-realtime.log'],
  ['fastly', 'fastly.log'],
  ['akamai-ds2', 'akamai-ds2.ndjson'],
  ['cloudflare', 'cloudflare.ndjson'],
];
const BUNDLED = { country: 'bundled', asn: 'bundled' };

/** Real vendor lines and simulated ones, some with a CMCD object duration the catalog's default (6 s) is not. */
function linesOf(format: CdnFormat, file: string): string[] {
  const lines = fs.readFileSync(path.join(FIXTURES, file), 'utf8').split('\n');
  const scenario = parseScenario({ viewsPerSecond: 1, cdnRequestsPerSecond: 40 });
  let i = 0;
  for (const s of simulateRange(scenario, START, START + 60_000, { views: false, cdn: true })) {
    for (const r of s.cdn) {
      if (r.cmcd && i++ % 3 === 0) r.cmcd.object_duration_ms = 4004;
      lines.push(toVendorLine(format, r));
    }
  }
  return lines;
}

/** As a replay reading on the main thread enriches: the whole RecordEnricher on records parsed with their CMCD read. */
async function onMainThread(format: CdnFormat, lines: string[]): Promise<CdnJobRecord[]> {
  const parser = parserFor(format);
  const records = lines.map((l) => parseCdnLine(parser, l, Date.now())).flatMap((p) => ('record' in p ? [p.record] : []));
  return (await new RecordEnricher(new PathConventionLookup(), openGeo(BUNDLED)).enrich(records)).map(jobFields);
}

/** As a replay reading on a worker enriches: LocalEnricher there (CMCD not read yet), the records as columns, then the main thread's part. */
async function onWorker(format: CdnFormat, lines: string[], enrich: WorkerEnrichment): Promise<CdnJobRecord[]> {
  const parser = parserFor(format, { jobFieldsOnly: true });
  const records: (CdnJobRecord & PendingCmcd)[] = [];
  for (const l of lines) {
    const p = parseCdnLine(parser, l, Date.now(), { cmcd: 'payloads' });
    if ('record' in p) records.push(p.cmcdPayloads ? { ...p.record, cmcdPayloads: p.cmcdPayloads } : p.record);
  }
  new LocalEnricher(enrich.urlConvention ? new PathConventionLookup() : null, openGeo(enrich.geo)).enrich(records);
  const codec = cdnBatchCodec(enrichedFieldsOf(enrich));
  const w = new ColumnWriter();
  const meta = codec.pack({ records, dead: [], bytesRead: 0, recordsConsumed: records.length }, w);
  const back = codec.unpack(meta, new ColumnReader(w.take())).records;
  // The main thread's part: the asset lookup when the URL convention was not done on the worker.
  return new RecordEnricher(enrich.urlConvention ? null : new PathConventionLookup(), null).enrich(back);
}

/** What nothing after enrichment reads, and the worker leaves out: host, path and client address. */
const withoutLookupKeys = (records: CdnJobRecord[]) => records.map(({ host: _h, path: _p, client_ip: _c, ...rest }) => rest);

describe('enrichment on the reader worker', () => {
  it.each(FILES)('%s: gives the records the main thread gives, but for the fields only enrichment reads, with the CMCD object duration winning over the catalog', async (format, file) => {
    const lines = linesOf(format, file);
    const main = await onMainThread(format, lines);
    const worker = await onWorker(format, lines, { urlConvention: true, geo: BUNDLED });
    expect(main.length).toBeGreaterThan(30);
    expect(withoutLookupKeys(worker)).toStrictEqual(withoutLookupKeys(main));
    expect(worker.every((r) => r.path === undefined && r.client_ip === undefined)).toBe(true);
    // What the comparison covers: assets, geo of real networks, and both segment durations.
    expect(main.filter((r) => r.asset_id).length).toBeGreaterThan(30);
    expect(main.filter((r) => r.country && r.asn).length).toBeGreaterThan(30);
    expect(main.some((r) => r.segment_duration_ms === 4004)).toBe(true);
    expect(main.some((r) => r.segment_duration_ms === 6000)).toBe(true);
  });

  it('keeps host and path for the main thread when an asset database answers there (geo only on the worker)', async () => {
    const lines = linesOf('cloudfront', 'cloudfront-standard.log');
    const main = await onMainThread('cloudfront', lines);
    const worker = await onWorker('cloudfront', lines, { urlConvention: false, geo: BUNDLED });
    expect(worker.map(({ client_ip: _c, ...rest }) => rest)).toStrictEqual(main.map(({ client_ip: _c, ...rest }) => rest));
    expect(worker.filter((r) => r.path).length).toBe(main.filter((r) => r.path).length);
  });

  it('opens nothing for settings that are off, and names the variable of a database it cannot use', () => {
    expect(openGeo({ country: 'off', asn: 'off' })).toBeNull();
    expect(() => openGeo({ country: '/nonexistent/country.mmdb', asn: 'off' })).toThrow(/QOE_GEO_COUNTRY_MMDB/);
    expect(() => openGeo({ country: 'off', asn: __filename })).toThrow(/QOE_GEO_ASN_MMDB/);
  });
});
