import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseCdnLine, parserFor, type CdnFormat, type CdnJobRecord, type CdnRecord, type PendingCmcd } from '../../../decode/cdn';
import { CDN_JOB_FIELDS } from '../../../decode/cdn/record';
import { decodeViewLine } from '../../../decode/viewsNdjson';
import type { ViewRecord } from '../../../decode/viewRecord';
import { simulateRange } from '../../simulator';
import { parseScenario } from '../../simulator/scenario';
import { toVendorLine } from '../../simulator/renderCdnLogs';
import { jobFields } from '../../../test-support/cdnJobFields';
import { readCdnRecord, writeCdnRecord } from './cdnColumns';
import { ColumnReader, ColumnWriter } from './columns';
import { readView, writeView } from './viewColumns';

const FIXTURES = path.resolve(__dirname, '../../../../test/fixtures/cdn');
const START = Date.parse('2026-11-20T12:00:00Z');

function roundTrip<T>(records: T[], write: (w: ColumnWriter, r: T) => void, read: (r: ColumnReader) => T): T[] {
  const w = new ColumnWriter();
  for (const r of records) write(w, r);
  const reader = new ColumnReader(w.take());
  const back = records.map(() => read(reader));
  expect(reader.done).toBe(true);
  return back;
}

describe('views as columns', () => {
  it('read back equal to the decoded views, field for field and in the same key order', () => {
    const scenario = parseScenario({ viewsPerSecond: 30, incidents: [{ type: 'bad_title', property: 'prop-sport', titleRank: 1, startMin: 1, durationMin: 5, errorRatePct: 60, errorType: 'networkError' }] });
    const views: ViewRecord[] = [];
    for (const s of simulateRange(scenario, START, START + 6 * 60_000, { views: true, cdn: false })) {
      for (const v of s.views) {
        const d = decodeViewLine(JSON.stringify(v), { nowMs: Date.now(), maxFutureMs: Infinity }, 'test');
        if ('view' in d) views.push(d.view);
      }
    }
    expect(views.length).toBeGreaterThan(5000);
    // Both kinds of view the round trip treats apart: one that never started, failed ones.
    expect(views.some((v) => v.startupMs === null)).toBe(true);
    expect(views.some((v) => v.playbackFailure && v.errorType !== '')).toBe(true);
    const back = roundTrip(views, writeView, readView);
    expect(back).toStrictEqual(views);
    expect(back.map((v) => Object.keys(v).join())).toEqual(views.map((v) => Object.keys(v).join()));
  });
});

describe('views with labels left to the reader (rawLabels, as the reader worker decodes them)', () => {
  it('read back equal to views decoded with clean labels, whatever the labels held', () => {
    const limits = { nowMs: Date.now(), maxFutureMs: Infinity };
    const base = { view_id: 'v', property_id: 'p', view_start: '2026-11-20T12:00:00Z', view_end: '2026-11-20T12:01:00Z' };
    const odd: unknown[] = [' spaced ', 'tab\there', 'nul\u0000x', '\u007f', '', '   ', 'x'.repeat(300), ' ' + 'y'.repeat(250), 42, 3.5, -0, true, null, { a: 1 }, ['a'], 'unknown', 'é😀', 'same', 'same'];
    const fields = ['video_id', 'video_title', 'cdn', 'country', 'player_name', 'viewer_device_category', 'stream_type'];
    const lines: string[] = [];
    for (let i = 0; i < 400; i++) {
      const v: Record<string, unknown> = { ...base, view_id: `v${i}` };
      fields.forEach((f, k) => {
        const pick = odd[(i * 7 + k * 3) % (odd.length + 1)];
        if (pick !== undefined) v[f] = pick;
      });
      lines.push(JSON.stringify(v));
    }
    const decode = (rawLabels: boolean) => lines.map((l) => decodeViewLine(l, { ...limits, rawLabels }, 'test')).map((d) => ('view' in d ? d.view : undefined));
    const [clean, raw] = [decode(false), decode(true)];
    expect(clean.every((v) => v !== undefined)).toBe(true);
    // The raw decode differs (labels not cleaned), and the round trip cleans them.
    expect(raw).not.toStrictEqual(clean);
    expect(roundTrip(raw as ViewRecord[], writeView, readView)).toStrictEqual(clean);
  });
});

describe('CDN records as columns', () => {
  const fixtures: [CdnFormat, string][] = [
    ['cloudfront', 'cloudfront-standard.log'],
    ['cloudfront-realtime', 'cloudfront-realtime.log'],
    ['fastly', 'fastly.log'],
    ['akamai-ds2', 'akamai-ds2.ndjson'],
    ['cloudflare', 'cloudflare.ndjson'],
  ];

  it.each(fixtures)('%s: read back with every value the CDN jobs read of the parsed records and the CMCD values of their payloads (real vendor lines and simulated ones)', (format, file) => {
    const lines = fs.readFileSync(path.join(FIXTURES, file), 'utf8').split('\n');
    const scenario = parseScenario({ viewsPerSecond: 1, cdnRequestsPerSecond: 40 });
    for (const s of simulateRange(scenario, START, START + 60_000, { views: false, cdn: true })) for (const r of s.cdn) lines.push(toVendorLine(format, r));
    // As the reader worker parses (CMCD left as payloads) and as the main thread does (CMCD read).
    const [withPayloads, withValues] = [parserFor(format), parserFor(format)];
    const sent: (CdnRecord & PendingCmcd)[] = [];
    const expected: CdnRecord[] = [];
    for (const line of lines) {
      const p = parseCdnLine(withPayloads, line, Date.now(), { cmcd: 'payloads' });
      const v = parseCdnLine(withValues, line, Date.now());
      if ('record' in p && 'record' in v) {
        sent.push(p.cmcdPayloads ? { ...p.record, cmcdPayloads: p.cmcdPayloads } : p.record);
        expected.push(v.record);
      } else expect(p).toEqual(v);
    }
    expect(sent.length).toBeGreaterThan(1000);
    const back = roundTrip<CdnJobRecord & PendingCmcd>(sent, writeCdnRecord, readCdnRecord);
    // A field the parser left out comes back as a field holding undefined (read the same way).
    expect(back).toStrictEqual(expected.map(jobFields));
    expect(expected.filter((r) => r.cmcd).length).toBeGreaterThan(500);
  });

  it('keeps the fields the parsers fill later (enrichment) and reads the CMCD values the jobs read of the payloads (a later payload\'s keys win); leaves out what the jobs never read', () => {
    const r: CdnRecord & PendingCmcd = {
      record_id: 'r1', source_format: 'fastly', cdn: 'fastly', pop: 'FRA', request_time_ms: START, client_ip: '192.0.2.1', asn: 64500, country: 'DE',
      method: 'GET', scheme: 'https', host: 'h', path: '/p', query: 'q', protocol: 'HTTP/2', user_agent: 'ua', referer: 'ref', content_type: 'video/mp4',
      status: 200, bytes_sent: 0, ttfb_ms: 0.5, total_ms: 10, cache_status: 'HIT', cache_hit: false, client_rtt_ms: 20, environment_id: 'env', asset_id: 'a',
      rendition: '720p', segment_duration_ms: 4000,
      cmcdPayloads: ['br=3000,bl=0,bs,sid="s",ot=v,cid="c"', 'bl=200,mtp=1,st=l', ''],
    };
    const { cmcdPayloads, ...withoutCmcd } = r;
    expect(cmcdPayloads).toBeDefined();
    const noKeyOfOurs = { ...withoutCmcd, cmcdPayloads: ['xyz=1'] };
    const [back, backWithout, backNoKey] = roundTrip<CdnJobRecord & PendingCmcd>([r, withoutCmcd, noKeyOfOurs], writeCdnRecord, readCdnRecord);
    expect(back).toStrictEqual({ ...jobFields(withoutCmcd), cmcd: { encoded_bitrate_kbps: 3000, buffer_length_ms: 200, buffer_starvation: true, session_id: 's', measured_throughput_kbps: 1 } });
    expect(backWithout).toStrictEqual(jobFields(withoutCmcd));
    expect(backNoKey).toStrictEqual(jobFields(withoutCmcd));
    // Every field the jobs read held a value here (none is undefined), and came back.
    for (const k of CDN_JOB_FIELDS) expect([k, back![k]]).toEqual([k, r[k]]);
    expect(back).not.toHaveProperty('user_agent');
    expect(back).not.toHaveProperty('cmcdPayloads');
    // CMCD values the jobs do not read (object type, content id, stream type) are not read.
    expect(back!.cmcd).not.toHaveProperty('object_type');
  });

  it('refuses a record whose CMCD was read already (it travels as payloads)', () => {
    const w = new ColumnWriter();
    expect(() => writeCdnRecord(w, { record_id: 'r', cmcd: { session_id: 's' } })).toThrow(/payloads/);
  });
});
