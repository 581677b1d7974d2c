import { syslogMessage } from '../../sources/collector/syslogFraming';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseCdnLine, parserFor, passOverCdnLine, type CdnFormat, type CdnRecord, type ParserOptions } from './index';
import { parseCmcd } from './cmcd';
import { CLOUDFRONT_REALTIME_FIELDS } from './cloudfront';
import { CDN_JOB_FIELDS } from './record';

const FIX = path.resolve(__dirname, '../../../test/fixtures/cdn');
const NOW = Date.parse('2026-11-21T00:00:00Z');

function parseFile(format: CdnFormat, file: string): { records: CdnRecord[]; dead: string[] } {
  const parser = parserFor(format);
  const records: CdnRecord[] = [];
  const dead: string[] = [];
  for (const line of fs.readFileSync(path.join(FIX, file), 'utf8').split('\n')) {
    const r = parseCdnLine(parser, line, NOW);
    if ('record' in r) records.push(r.record);
    else if ('dead' in r) dead.push(r.dead);
  }
  return { records, dead };
}

/** The Cloudflare NDJSON fixture's objects, their field names, and an object as a Logpush CSV row (strings quoted, numbers bare). */
function cloudflareCsv() {
  const objects = fs.readFileSync(path.join(FIX, 'cloudflare.ndjson'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  const fields = [...new Set(objects.flatMap((o) => Object.keys(o)))];
  const row = (o: Record<string, unknown>, delimiter: string) => fields.map((f) => (o[f] === undefined ? '' : typeof o[f] === 'string' ? `"${o[f] as string}"` : String(o[f]))).join(delimiter);
  return { objects, fields, row };
}

describe('CDN log parsers on vendor-format sample lines', () => {
  it('CloudFront standard logs (#Fields header, tabs, "-", URL-encoded user agent, seconds)', () => {
    const { records, dead } = parseFile('cloudfront', 'cloudfront-standard.log');
    expect(dead).toEqual([]);
    expect(records).toHaveLength(2);
    const [hit, err] = records;
    expect(hit).toMatchObject({
      record_id: 'SOX4xwn4XV6Q4rgb7XiVGOHms_BGlTAC4KyHmureZmBNrjGdRLiNIQ==',
      cdn: 'cloudfront',
      pop: 'FRA56',
      request_time_ms: Date.parse('2026-11-20T10:00:01Z') - 102,
      client_ip: '192.0.2.10',
      host: 'video.example.com',
      path: '/env-news/prop-news-v1/720p/seg_12.m4s',
      status: 200,
      bytes_sent: 1043856,
      ttfb_ms: 21,
      total_ms: 102,
      cache_hit: true,
      user_agent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)',
      protocol: 'HTTP/2.0',
    });
    expect(hit!.cmcd).toEqual({ buffer_length_ms: 21300, encoded_bitrate_kbps: 3200, buffer_starvation: true, object_type: 'v', session_id: 'abc-123' });
    expect(err).toMatchObject({ pop: 'IAD89', status: 503, cache_hit: false, cache_status: 'Error', client_ip: '2001:db8::7', ttfb_ms: 1508 });
    expect(err!.cmcd).toBeUndefined();
  });

  it('a request the viewer closed before any response (CloudFront "000", status 0 elsewhere) is a record, a missing status is not', () => {
    const full = fs.readFileSync(path.join(FIX, 'cloudfront-standard.log'), 'utf8').split('\n').find((l) => l.startsWith('2026-'))!;
    const cols = full.split('\t');
    cols[8] = '000';
    cols[13] = 'Error';
    const aborted = parseCdnLine(parserFor('cloudfront'), cols.join('\t'), NOW);
    expect(aborted).toEqual({ record: expect.objectContaining({ status: 0, path: '/env-news/prop-news-v1/720p/seg_12.m4s' }) });
    cols[8] = '-';
    expect(parseCdnLine(parserFor('cloudfront'), cols.join('\t'), NOW)).toEqual({ dead: 'missing or invalid HTTP status' });
    expect(parseCdnLine(parserFor('cloudflare'), '{"EdgeStartTimestamp":"2026-11-20T10:00:00Z","EdgeResponseStatus":0}', NOW)).toEqual({ record: expect.objectContaining({ status: 0 }) });
    expect(parseCdnLine(parserFor('akamai-ds2'), '{"reqTimeSec":"1795168806","statusCode":"000"}', NOW)).toEqual({ record: expect.objectContaining({ status: 0 }) });
  });

  it('CloudFront standard lines without a #Fields header: older, shorter lines are the first columns', () => {
    const full = fs.readFileSync(path.join(FIX, 'cloudfront-standard.log'), 'utf8').split('\n').find((l) => l.startsWith('2026-'))!;
    const cols = full.split('\t');
    expect(cols).toHaveLength(33);
    // The 24-field layout CloudFront wrote before cs-protocol-version's successors were added.
    const old = parseCdnLine(parserFor('cloudfront'), cols.slice(0, 24).join('\t'), NOW);
    const now = parseCdnLine(parserFor('cloudfront'), full, NOW);
    if (!('record' in old) || !('record' in now)) throw new Error(`not parsed: ${JSON.stringify(old)} ${JSON.stringify(now)}`);
    expect(old.record).toMatchObject({ path: now.record.path, status: 200, bytes_sent: now.record.bytes_sent, total_ms: 102, request_time_ms: now.record.request_time_ms, cache_hit: true, ttfb_ms: 0 });
    expect(now.record.ttfb_ms).toBe(21);
    // Once a file's #Fields line is read, a line may not have more columns than it names.
    const withHeader = parserFor('cloudfront');
    parseCdnLine(withHeader, '#Fields: date time x-edge-location', NOW);
    expect(parseCdnLine(withHeader, cols.slice(0, 24).join('\t'), NOW)).toEqual({ dead: 'more tab-separated fields (24) than the field list names (3: #Fields line or --cdn-fields)' });
  });

  it('CloudFront standard lines with a stray trailing tab, or fewer columns than #Fields, are read by name', () => {
    const file = fs.readFileSync(path.join(FIX, 'cloudfront-standard.log'), 'utf8').split('\n');
    const header = file.find((l) => l.startsWith('#Fields:'))!;
    const full = file.find((l) => l.startsWith('2026-'))!;
    const parser = parserFor('cloudfront');
    parseCdnLine(parser, header, NOW);
    const reference = parseCdnLine(parser, full, NOW);
    if (!('record' in reference)) throw new Error(JSON.stringify(reference));
    // AWS's own example lines end in a tab.
    expect(parseCdnLine(parser, `${full}\t`, NOW)).toEqual(reference);
    // A line cut after sc-content-type (a truncated delivery): what is there is read by name.
    const cut = parseCdnLine(parser, full.split('\t').slice(0, 30).join('\t'), NOW);
    expect(cut).toEqual({ record: expect.objectContaining({ status: reference.record.status, path: reference.record.path, total_ms: reference.record.total_ms, bytes_sent: reference.record.bytes_sent }) });
    // What lacks a field the record needs is dead-lettered with its reason.
    expect(parseCdnLine(parser, full.split('\t').slice(0, 1).join('\t'), NOW)).toEqual({ dead: 'line has 1 of the 33 fields and lacks date and time (or timestamp)' });
    expect(parseCdnLine(parser, full.split('\t').slice(0, 8).join('\t'), NOW)).toEqual({ dead: 'missing or invalid HTTP status' });
  });

  it('CloudFront standard logging (v2), W3C: a field selection with timestamp, DistributionId and real-time fields is read by name; its c-country and asn are kept', () => {
    const { records, dead } = parseFile('cloudfront', 'cloudfront-standard-v2.log');
    expect(dead).toEqual([]);
    expect(records).toHaveLength(2);
    const [hit, err] = records;
    expect(hit).toMatchObject({ pop: 'SEA900', request_time_ms: Date.parse('2026-11-20T10:00:01Z') - 102, client_ip: '192.0.2.10', country: 'US', asn: 7922, status: 200, bytes_sent: 1043856, ttfb_ms: 21, total_ms: 102, cache_hit: true, host: 'video.example.com' });
    expect(hit!.cmcd).toEqual({ buffer_length_ms: 21300, encoded_bitrate_kbps: 3200, session_id: 'abc-123' });
    expect(err).toMatchObject({ pop: 'IAD89', status: 503, country: '', asn: 0, ttfb_ms: 1508, total_ms: 1510, request_time_ms: Date.parse('2026-11-20T10:00:02Z') - 1510 });
    // A delivery configured with another field delimiter: the same records.
    const lines = fs.readFileSync(path.join(FIX, 'cloudfront-standard-v2.log'), 'utf8').split('\n');
    for (const delimiter of [' ', ',', '|']) {
      const parser = parserFor('cloudfront');
      const again = lines.map((l) => parseCdnLine(parser, l.startsWith('#') ? l : l.replaceAll('\t', delimiter), NOW)).filter((r): r is { record: CdnRecord } => 'record' in r);
      expect(again.map((r) => r.record)).toEqual(records);
      // ... also where the #Fields line itself is written with that delimiter.
      const own = parserFor('cloudfront');
      const withOwnHeader = lines.map((l) => parseCdnLine(own, l.startsWith('#Fields: ') ? `#Fields: ${l.slice(9).replaceAll(' ', delimiter)}` : l.replaceAll('\t', delimiter), NOW)).filter((r): r is { record: CdnRecord } => 'record' in r);
      expect(withOwnHeader.map((r) => r.record)).toEqual(records);
      if (delimiter === ',') expect(parseCdnLine(parser, `${lines[2]!.replaceAll('\t', ',')},extra`, NOW)).toEqual({ dead: "more ','-separated fields (41) than the field list names (40: #Fields line or --cdn-fields)" });
    }
    // A line that no delimiter cuts into the named fields is still a dead letter.
    const parser = parserFor('cloudfront');
    parseCdnLine(parser, lines[1]!, NOW);
    expect(parseCdnLine(parser, 'garbage-without-delimiters', NOW)).toEqual({ dead: 'invalid date or time' });
    // A stray line that a space cuts into the named fields (hostile input) does not cost the
    // tab-separated lines after it, nor a comma-separated delivery its own lines.
    for (const delimiter of ['\t', ',']) {
      const p = parserFor('cloudfront');
      const read = (l: string) => parseCdnLine(p, l.startsWith('#') ? l : l.replaceAll('\t', delimiter), NOW);
      const out = [lines[0]!, lines[1]!, Array.from({ length: 40 }, (_, i) => `x${i}`).join(' '), ...lines.slice(2)].map(read);
      expect(out[2]).toEqual({ dead: 'invalid date or time' });
      expect(out.filter((r): r is { record: CdnRecord } => 'record' in r).map((r) => r.record)).toEqual(records);
    }
    // ... nor when those lines hold the stray line's delimiter in a value (a comma in a user agent, as real ones have).
    const withComma = lines.map((l) => (l.startsWith('#') ? l : l.replace('Mozilla/5.0%20(', 'Mozilla/5.0%20(KHTML,%20')));
    const plain = parserFor('cloudfront');
    const expected = withComma.map((l) => parseCdnLine(plain, l, NOW)).filter((r): r is { record: CdnRecord } => 'record' in r);
    expect(expected.map((r) => r.record.user_agent)).toContain('Mozilla/5.0 (KHTML, Macintosh; Intel Mac OS X 10_15_7)');
    for (const stray of [',', ' ', '|']) {
      const p = parserFor('cloudfront');
      const out = [withComma[0]!, withComma[1]!, Array.from({ length: 40 }, (_, i) => `x${i}`).join(stray), ...withComma.slice(2)].map((l) => parseCdnLine(p, l, NOW));
      expect([stray, out[2]]).toEqual([stray, { dead: 'invalid date or time' }]);
      expect([stray, out.filter((r): r is { record: CdnRecord } => 'record' in r).map((r) => r.record)]).toEqual([stray, expected.map((r) => r.record)]);
    }
  });

  it('CloudFront standard logging (v2), JSON lines: keyed by field name, values as text or numbers, null or "-" absent; without date and time, timestamp(ms) or timestamp gives the time', () => {
    const { records, dead } = parseFile('cloudfront', 'cloudfront-standard-v2.ndjson');
    expect(dead).toEqual([]);
    const w3c = parseFile('cloudfront', 'cloudfront-standard-v2.log').records;
    const jobView = (r: CdnRecord) => Object.fromEntries(CDN_JOB_FIELDS.map((f) => [f, r[f]]));
    // The JSON lines carry the same requests with fewer fields: the first's time has its milliseconds (timestamp(ms)).
    expect(jobView(records[0]!)).toEqual({ ...jobView(w3c[0]!), request_time_ms: w3c[0]!.request_time_ms! + 254 });
    expect(records[0]!.cmcd).toEqual(w3c[0]!.cmcd);
    expect(jobView(records[1]!)).toEqual(jobView(w3c[1]!));
    expect(records[1]!.cmcd).toBeUndefined();
  });

  it('CloudFront standard logging (v2), plain lines: the field list comes from opts.fields; real-time names (cs-user-agent, cs-host) are understood', () => {
    const fields = ['timestamp', 'c-ip', 'sc-status', 'sc-bytes', 'cs-host', 'cs-uri-stem', 'x-edge-location', 'x-edge-request-id', 'time-taken', 'cs-user-agent', 'asn'];
    const line = ['1795168801', '198.51.100.4', '206', '5120', 'video.example.com', '/env-a/prop-b/480p/seg_1.m4s', 'LHR61-P2', 'id-1', '0.250', 'Mozilla/5.0%20(X11)', '3320'].join('\t');
    const r = parseCdnLine(parserFor('cloudfront', { fields }), line, NOW);
    expect(r).toEqual({ record: expect.objectContaining({ record_id: 'id-1', pop: 'LHR61', request_time_ms: 1795168801000 - 250, client_ip: '198.51.100.4', status: 206, bytes_sent: 5120, host: 'video.example.com', user_agent: 'Mozilla/5.0 (X11)', asn: 3320 }) });
    // Without the list, a line of 11 columns is too short to be the documented order's first columns.
    expect(parseCdnLine(parserFor('cloudfront'), line, NOW)).toEqual({ dead: expect.stringMatching(/^expected 19 to 33 tab-separated fields, got 11 \(.*give its field list with --cdn-fields or &fields=\)$/) });
    // A selection that starts like a line of the legacy order but is not one says so too.
    expect(parseCdnLine(parserFor('cloudfront'), ['1795168801', ...line.split('\t').slice(1), ...Array(10).fill('-')].join('\t'), NOW)).toEqual({ dead: expect.stringMatching(/^invalid date or time \(a line without a #Fields line .*--cdn-fields/) });
  });

  it('CloudFront JSON lines that are not one object, or lack any time, are dead letters with their reason', () => {
    const parser = parserFor('cloudfront');
    expect(parseCdnLine(parser, '{"date":"2026-11-20",', NOW)).toEqual({ dead: 'invalid JSON (a CloudFront JSON line is one object keyed by field name)' });
    expect(parseCdnLine(parser, '{"a":1} {"b":2}', NOW)).toEqual({ dead: 'invalid JSON (a CloudFront JSON line is one object keyed by field name)' });
    expect(parseCdnLine(parser, '{}', NOW)).toEqual({ dead: 'line has 0 fields and lacks date and time (or timestamp)' });
    expect(parseCdnLine(parser, '{"sc-status":"200","x-edge-location":"FRA56-P1"}', NOW)).toEqual({ dead: 'line has 2 fields and lacks date and time (or timestamp)' });
    expect(parseCdnLine(parser, '{"timestamp":"soon","sc-status":"200"}', NOW)).toEqual({ dead: 'invalid date or time' });
    expect(parseCdnLine(parser, '{"timestamp(ms)":{"x":1},"sc-status":"200"}', NOW)).toEqual({ dead: 'line has 2 fields and lacks date and time (or timestamp)' });
    // A JSON line between tab-separated ones does not disturb the #Fields columns.
    const mixed = parseFile('cloudfront', 'cloudfront-standard.log').records;
    const p2 = parserFor('cloudfront');
    const lines = fs.readFileSync(path.join(FIX, 'cloudfront-standard.log'), 'utf8').split('\n');
    const out = [];
    for (const l of [...lines.slice(0, 3), '{"timestamp":1795168801,"sc-status":200,"x-edge-location":"FRA56-P1"}', ...lines.slice(3)]) {
      const r = parseCdnLine(p2, l, NOW);
      if ('record' in r) out.push(r.record);
    }
    expect(out).toHaveLength(3);
    expect(out[0]).toEqual(mixed[0]);
    expect(out[2]).toEqual(mixed[1]);
  });

  it('CloudFront real-time logs (configured field order, epoch seconds, country)', () => {
    const { records, dead } = parseFile('cloudfront-realtime', 'cloudfront-realtime.log');
    expect(dead).toEqual([]);
    // The line's timestamp (…800.431) is when the edge finished; the request began time-taken (46 ms) earlier.
    expect(records[0]).toMatchObject({ request_time_ms: 1795168800431 - 46, pop: 'NRT57', status: 206, bytes_sent: 2097152, ttfb_ms: 4, total_ms: 46, cache_hit: false, country: 'JP', host: 'kids.example.com', record_id: 'rt-req-0001' });
  });

  it('CloudFront real-time logs: the documented full lists are recognised by their field count; the query in cs-uri-stem is split off', () => {
    const line40 = fs.readFileSync(path.join(FIX, 'cloudfront-realtime.log'), 'utf8').split('\n')[0]!;
    const ref = parseCdnLine(parserFor('cloudfront-realtime'), line40, NOW);
    if (!('record' in ref)) throw new Error(JSON.stringify(ref));
    const cols = line40.split('\t');
    const line44 = [...cols.slice(0, 2), '203.0.113.9', ...cols.slice(2), '0.002', '0.040', '2516'].join('\t');
    expect(parseCdnLine(parserFor('cloudfront-realtime'), line44, NOW)).toEqual({ record: { ...ref.record, asn: 2516 } });
    // 2023's full list: no s-ip yet, origin-fbl, origin-lbl and asn at the end (43 fields).
    const line43 = [...cols, '0.002', '0.040', '2516'].join('\t');
    expect(parseCdnLine(parserFor('cloudfront-realtime'), line43, NOW)).toEqual({ record: { ...ref.record, asn: 2516 } });
    const line46 = [...cols.slice(0, 2), '203.0.113.9', ...cols.slice(2), 'E1PRIMARY', 'd111.cloudfront.net', '0.002', '0.040', '2516'].join('\t');
    expect(parseCdnLine(parserFor('cloudfront-realtime'), line46, NOW)).toEqual({ record: { ...ref.record, asn: 2516 } });
    // cs-uri-stem with the query string (and cs-uri-query absent): the path is split and CMCD read.
    const stem = cols.indexOf(ref.record.path!);
    const withQuery = [...cols];
    withQuery[stem] = `${ref.record.path}?CMCD=bl%3D21600%2Csid%3D%22s-q%22`;
    withQuery[19] = '-';
    const q = parseCdnLine(parserFor('cloudfront-realtime'), withQuery.join('\t'), NOW);
    expect(q).toEqual({ record: expect.objectContaining({ path: ref.record.path, cmcd: expect.objectContaining({ buffer_length_ms: 21600, session_id: 's-q' }) }) });
  });

  it('Fastly: today\'s cache server names give their POP; classic syslog lines with an RFC 1123 time and an unquoted request parse', () => {
    const json = parseCdnLine(parserFor('fastly'), '{"timestamp":"2026-11-20T10:00:07Z","fastly_server":"cache-bfi-kbfi7400031-BFI","response_status":200,"url":"/a/b/c.ts"}', NOW);
    expect(json).toEqual({ record: expect.objectContaining({ pop: 'BFI', status: 200 }) });
    const noSuffix = parseCdnLine(parserFor('fastly'), '<134>2026-11-20T10:00:09Z cache-bfi-kbfi7400031 qoe[1]: 192.0.2.7 - - [20/Nov/2026:10:00:07 +0000] "GET /a/b/c.ts HTTP/1.1" 200 10', NOW);
    expect(noSuffix).toEqual({ record: expect.objectContaining({ pop: 'BFI' }) });
    const classic = parseCdnLine(parserFor('fastly'), '<134>2026-11-20T10:00:09Z cache-sjc3120 syslogtest[363]: 192.0.2.8 "-" "-" Fri, 20 Nov 2026 10:00:07 GMT GET /env/asset/720p/seg_1.ts 200', NOW);
    expect(classic).toEqual({ record: expect.objectContaining({ pop: 'SJC', client_ip: '192.0.2.8', method: 'GET', path: '/env/asset/720p/seg_1.ts', status: 200, bytes_sent: 0, request_time_ms: Date.parse('2026-11-20T10:00:07Z') }) });
    const quoted = parseCdnLine(parserFor('fastly'), '192.0.2.9 "-" "-" Fri, 20 Nov 2026 10:00:08 GMT "GET /x.m3u8 HTTP/1.1" 404 (null)', NOW);
    expect(quoted).toEqual({ record: expect.objectContaining({ path: '/x.m3u8', status: 404, protocol: 'HTTP/1.1' }) });
  });

  it('Akamai DataStream 2 structured lines are read in the stream\'s field order, or dead-lettered naming the format and the option; a CMCD version prefix does not swallow the first key', () => {
    const fields = ['version', 'cpcode', 'reqTimeSec', 'bytes', 'cliIP', 'statusCode', 'proto', 'reqHost', 'reqMethod', 'reqPath', 'queryStr', 'turnAroundTimeMSec', 'transferTimeMSec', 'cacheStatus', 'country', 'cmcd'];
    const line = '1 123456 1795168806.123 20480 192.0.2.44 200 HTTPS media.example.com GET /env-a/asset-b/720p/seg_9.m4s - 12 30 1 DE //1.0@V/bl=21600,sid=%22s-ak%22';
    const structured = parseCdnLine(parserFor('akamai-ds2', { fields }), line, NOW);
    expect(structured).toEqual({
      record: expect.objectContaining({ request_time_ms: 1795168806123, bytes_sent: 20480, status: 200, path: '/env-a/asset-b/720p/seg_9.m4s', total_ms: 42, ttfb_ms: 12, cache_hit: true, country: 'DE', cmcd: { buffer_length_ms: 21600, session_id: 's-ak' } }),
    });
    expect(parseCdnLine(parserFor('akamai-ds2'), line, NOW)).toEqual({ dead: expect.stringMatching(/Akamai DataStream 2 structured .* --cdn-fields/) });
    expect(parseCdnLine(parserFor('akamai-ds2', { fields }), '1 2 3', NOW)).toEqual({ dead: 'expected 16 space-separated fields (the configured field list), got 3' });
  });

  it('Cloudflare Logpush http_requests (RFC 3339, unix seconds and nanoseconds, any-case cache status)', () => {
    const { records, dead } = parseFile('cloudflare', 'cloudflare.ndjson');
    expect(dead).toEqual([]);
    expect(records.map((r) => r.request_time_ms)).toEqual([Date.parse('2026-11-20T10:00:03Z'), 1795168804000, 1795168805123]);
    expect(records.map((r) => r.total_ms)).toEqual([250, 1000, 100]);
    expect(records.map((r) => r.cache_hit)).toEqual([true, false, true]);
    expect(records[0]).toMatchObject({ pop: 'FRA', country: 'DE', asn: 3320, path: '/env-sport/prop-sport-v2/480p/seg_3.m4s', ttfb_ms: 35, client_rtt_ms: 18, record_id: '7f1e2d3c4b5a6978' });
    expect(records[0]!.cmcd).toEqual({ buffer_length_ms: 8000, buffer_starvation: true, session_id: 's-9', object_type: 'v' });
    expect(records[1]).toMatchObject({ status: 404, country: 'US' });
    // A job whose field list has only the end timestamp.
    const endOnly = parseCdnLine(parserFor('cloudflare'), '{"RayID":"e1","EdgeEndTimestamp":"2026-11-20T10:00:09Z","EdgeResponseStatus":200,"ClientRequestURI":"/a/b.ts"}', NOW);
    expect(endOnly).toEqual({ record: expect.objectContaining({ request_time_ms: Date.parse('2026-11-20T10:00:09Z'), total_ms: 0, path: '/a/b.ts' }) });
    // CMCD sent as headers, logged through a custom field set (header names in any case).
    const headers = parseCdnLine(parserFor('cloudflare'), '{"RayID":"h1","EdgeStartTimestamp":"2026-11-20T10:00:09Z","EdgeResponseStatus":200,"ClientRequestURI":"/a/b.m4s","RequestHeaders":{"CMCD-Request":"bl=4200,mtp=9000","cmcd-session":"sid=\\"s-h\\""}}', NOW);
    expect(headers).toEqual({ record: expect.objectContaining({ cmcd: { buffer_length_ms: 4200, measured_throughput_kbps: 9000, session_id: 's-h' } }) });
  });

  it('Cloudflare Logpush CSV and TSV (output type csv: strings quoted, numbers bare), field names from a header line or opts.fields, read as the same records as NDJSON', () => {
    const { objects, fields, row } = cloudflareCsv();
    const parseAll = (parser: ReturnType<typeof parserFor>, lines: string[]) => lines.map((l) => parseCdnLine(parser, l, NOW));
    const json = parseFile('cloudflare', 'cloudflare.ndjson').records;
    const sameRecords = (results: ReturnType<typeof parseCdnLine>[]) => {
      const records = results.filter((r): r is { record: CdnRecord } => 'record' in r).map((r) => r.record);
      expect(results.filter((r) => 'dead' in r)).toEqual([]);
      expect(records).toHaveLength(json.length);
      // record_id, times, status, bytes, POP, country, ASN, path, CMCD: everything but the line-derived id is the same.
      records.forEach((r, i) => expect(r).toEqual(json[i]));
    };
    // CSV with a header line (Cloudflare's batch_prefix example), TSV with one, and CSV with the names given.
    sameRecords(parseAll(parserFor('cloudflare'), [fields.join(','), ...objects.map((o) => row(o, ','))]));
    sameRecords(parseAll(parserFor('cloudflare'), [fields.join('\t'), ...objects.map((o) => row(o, '\t'))]));
    sameRecords(parseAll(parserFor('cloudflare', { fields }), objects.map((o) => row(o, ','))));
  });

  it('Cloudflare CSV values: quoted commas and quotes, null and empty absent; lines it cannot read are dead letters with their reason', () => {
    const parser = parserFor('cloudflare');
    expect(parseCdnLine(parser, 'RayID,EdgeStartTimestamp,EdgeResponseStatus,ClientRequestURI,ClientRequestUserAgent,ClientASN', NOW)).toEqual({ skip: true });
    const r = parseCdnLine(parser, '"r1",1795168801,200,"/a/b.m4s?CMCD=bl%3D100","Agent ""X"", v1",null', NOW);
    expect(r).toEqual({ record: expect.objectContaining({ record_id: 'r1', request_time_ms: 1795168801000, status: 200, path: '/a/b.m4s', user_agent: 'Agent "X", v1', asn: 0, cmcd: { buffer_length_ms: 100 } }) });
    expect(parseCdnLine(parser, '"r2",1795168801,200,"/a/b.m4s"', NOW)).toEqual({ dead: 'expected 6 comma-separated fields (the field names), got 4' });
    expect(parseCdnLine(parser, '"r3,1795168801,200,"/a","x",1', NOW)).toEqual({ dead: 'expected 6 comma-separated fields (the field names), got 3' });
    expect(parseCdnLine(parser, '"r4,1795168801', NOW)).toEqual({ dead: 'unbalanced quotes in a Cloudflare CSV line' });
    // Without a header or opts.fields a CSV line cannot be read; a line of bare words naming no time is no header.
    expect(parseCdnLine(parserFor('cloudflare'), '"r1",1795168801,200', NOW)).toEqual({ dead: expect.stringContaining('needs its field names') });
    expect(parseCdnLine(parserFor('cloudflare'), 'hello', NOW)).toEqual({ dead: expect.stringContaining('needs its field names') });
    expect(parseCdnLine(parserFor('cloudflare'), 'RayID,ClientIP', NOW)).toEqual({ dead: expect.stringContaining('needs its field names') });
  });

  it('Akamai DataStream 2 JSON (string values, omitted fields, turnaround + transfer)', () => {
    const { records, dead } = parseFile('akamai-ds2', 'akamai-ds2.ndjson');
    expect(dead).toEqual([]);
    expect(records[0]).toMatchObject({ cdn: 'akamai', record_id: '1239f220', request_time_ms: 1795168806120, status: 206, bytes_sent: 5227, ttfb_ms: 11, total_ms: 136, cache_hit: true, country: 'US', path: '/env-news/prop-news-v4/720p/seg_9.m4s', pop: '23.50.51.0/24', user_agent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_14_3)' });
    expect(records[0]!.cmcd).toEqual({ encoded_bitrate_kbps: 3000, buffer_length_ms: 12000, measured_throughput_kbps: 25400, object_type: 'v', session_id: 'ak-1' });
    expect(records[1]).toMatchObject({ status: 504, cache_hit: false, country: '', bytes_sent: 300, total_ms: 3001 });
  });

  it('Fastly JSON format, with and without a syslog prefix, CMCD from headers', () => {
    const { records, dead } = parseFile('fastly', 'fastly.log');
    expect(dead).toEqual([]);
    expect(records[0]).toMatchObject({ cdn: 'fastly', pop: 'FRA', request_time_ms: Date.parse('2026-11-20T10:00:08.512Z'), status: 200, ttfb_ms: 18, total_ms: 210, cache_hit: true, client_rtt_ms: 23, country: 'DE', asn: 3209 });
    expect(records[0]!.cmcd).toMatchObject({ startup: true, buffer_length_ms: 0, session_id: 'f-1' });
    expect(records[1]).toMatchObject({ status: 502, cache_hit: false, request_time_ms: 1795168809000 });
    expect(records[1]!.cmcd).toEqual({ buffer_length_ms: 4000, measured_throughput_kbps: 800, session_id: 'f-2', stream_type: 'v', buffer_starvation: true });
  });

  it("Fastly lines in the shape of Fastly's own JSON logging example (response_status, response_state, fastly_server)", () => {
    // Written from Fastly's documented example: its key names, a zone-less or +0000 time,
    // the country as a name, the POP only in the cache server's identity.
    const line = '<134>2026-11-20T10:00:09Z cache-ams21050 qoe[5]: {"timestamp":"2026-11-20T10:00:08+0000","client_ip":"198.51.100.7","geo_country":"Netherlands","geo_city":"Amsterdam","host":"video.example.com","url":"/env-sport/prop-sport-v3/1080p/seg_44.m4s?CMCD=bl%3D6400%2Csid%3D%22fx-9%22","request_method":"GET","request_protocol":"HTTP/2","request_referer":"","request_user_agent":"Mozilla/5.0 (SMART-TV; Linux; Tizen 6.0)","response_state":"MISS-CLUSTER","response_status":200,"response_reason":"OK","response_body_size":2211840,"fastly_server":"cache-ams21050-AMS","fastly_is_edge":true}';
    const r = parseCdnLine(parserFor('fastly'), line, NOW);
    expect(r).toEqual({
      record: expect.objectContaining({ pop: 'AMS', request_time_ms: Date.parse('2026-11-20T10:00:08Z'), client_ip: '198.51.100.7', country: '', method: 'GET', protocol: 'HTTP/2', status: 200, bytes_sent: 2211840, cache_status: 'MISS-CLUSTER', cache_hit: false, user_agent: 'Mozilla/5.0 (SMART-TV; Linux; Tizen 6.0)', path: '/env-sport/prop-sport-v3/1080p/seg_44.m4s' }),
    });
    if ('record' in r) expect(r.record.cmcd).toEqual({ buffer_length_ms: 6400, session_id: 'fx-9' });
    // A zone-less time is UTC; an RFC 3164 syslog header still gives the POP to common-log lines.
    const zoneless = parseCdnLine(parserFor('fastly'), '{"timestamp":"2026-11-20 10:00:08","response_status":304,"response_state":"HIT"}', NOW);
    expect(zoneless).toEqual({ record: expect.objectContaining({ request_time_ms: Date.parse('2026-11-20T10:00:08Z'), status: 304, cache_hit: true }) });
    const rfc3164 = parseCdnLine(parserFor('fastly'), '<134>Nov 20 10:00:09 cache-sin18026 qoe[77]: 192.0.2.8 - - [20/Nov/2026:10:00:07 +0000] "GET /a/b.ts HTTP/1.1" 200 10', NOW);
    expect(rfc3164).toEqual({ record: expect.objectContaining({ pop: 'SIN', status: 200, client_ip: '192.0.2.8' }) });
  });

  it("Fastly's default format (common/combined log), with and without a syslog prefix", () => {
    const parser = parserFor('fastly');
    const combined = parseCdnLine(parser, '<134>2026-11-20T10:00:09Z cache-lhr7321 qoe[77]: 192.0.2.77 - - [20/Nov/2026:11:00:07 +0100] "GET /env-sport/prop-sport-v3/720p/seg_9.m4s?CMCD=bl%3D3000%2Csid%3D%22c-1%22 HTTP/1.1" 206 998877 "https://player.example.com/" "Mozilla/5.0 (X11; Linux x86_64)"', NOW);
    expect(combined).toEqual({
      record: expect.objectContaining({ cdn: 'fastly', pop: 'LHR', client_ip: '192.0.2.77', request_time_ms: Date.parse('2026-11-20T10:00:07Z'), method: 'GET', path: '/env-sport/prop-sport-v3/720p/seg_9.m4s', protocol: 'HTTP/1.1', status: 206, bytes_sent: 998877, referer: 'https://player.example.com/', user_agent: 'Mozilla/5.0 (X11; Linux x86_64)' }),
    });
    if ('record' in combined) expect(combined.record.cmcd).toEqual({ buffer_length_ms: 3000, session_id: 'c-1' });
    // Through the syslog collector, which takes the PRI off before the parser sees the line.
    const viaSyslog = parseCdnLine(parserFor('fastly'), syslogMessage('<134>2026-11-20T10:00:09Z cache-lhr7321 qoe[77]: 192.0.2.77 - - [20/Nov/2026:10:00:07 +0000] "GET /a/b/c.ts HTTP/1.1" 200 10'), NOW);
    expect(viaSyslog).toEqual({ record: expect.objectContaining({ pop: 'LHR', path: '/a/b/c.ts', status: 200 }) });
    const common = parseCdnLine(parser, '2001:db8::9 - - [20/Nov/2026:10:00:08 +0000] "GET /a/b/index.m3u8 HTTP/2.0" 404 -', NOW);
    expect(common).toEqual({ record: expect.objectContaining({ pop: 'unknown', client_ip: '2001:db8::9', status: 404, bytes_sent: 0, request_time_ms: Date.parse('2026-11-20T10:00:08Z') }) });
    expect(parseCdnLine(parser, '192.0.2.1 - - [31/Feb/2026:10:00:08 +0000] "GET / HTTP/1.1" 200 1', NOW)).toEqual({ dead: expect.stringMatching(/invalid common log time/) });
  });

  it.each<[CdnFormat, string, RegExp]>([
    ['cloudfront', '2026-11-20\t10:00:01\tFRA56', /expected 19 to 33 tab-separated fields, got 3/],
    ['cloudfront', Array(34).fill('x').join('\t'), /expected 19 to 33 tab-separated fields, got 34/],
    ['cloudfront', Array(33).fill('x').join('\t'), /invalid date or time/],
    ['cloudfront-realtime', 'abc', /1 tab-separated fields match none of the documented full real-time field lists \(40, 43, 44, 46 fields\); pass .* --cdn-fields/],
    ['cloudflare', '{"RayID":"x"', /invalid JSON/],
    ['cloudflare', '{"RayID":"x","EdgeResponseStatus":200}', /EdgeStartTimestamp/],
    ['cloudflare', '{"RayID":"x","EdgeStartTimestamp":"yesterday","EdgeEndTimestamp":1795168800,"EdgeResponseStatus":200}', /invalid EdgeStartTimestamp/],
    ['cloudflare', '{"EdgeStartTimestamp":"2026-11-20T10:00:00Z","EdgeResponseStatus":42}', /invalid HTTP status/],
    ['cloudflare', '{"EdgeStartTimestamp":"2026-11-20T10:00:00Z","EdgeResponseStatus":"OK"}', /invalid HTTP status/],
    ['akamai-ds2', '{"reqTimeSec":"1795168806"}', /missing or invalid HTTP status/],
    ['cloudflare', '{"EdgeStartTimestamp":"2099-11-20T10:00:00Z","EdgeResponseStatus":200}', /too far in the future/],
    ['cloudflare', '[1,2]', /not a JSON object/],
    ['akamai-ds2', '{"reqTimeSec":"soon","statusCode":"200"}', /reqTimeSec/],
    ['akamai-ds2', '{"reqTimeSec":"1795168806","statusCode":"200","totalBytes":"-5"}', /invalid byte count/],
    ['fastly', '<134>2026-11-20T10:00:09Z cache-fra1 qoe[1]: no json here', /neither a JSON object nor a common\/combined log line/],
    ['fastly', '{"timestamp":"2026-11-20T10:00:00Z","status":200,"ttfb_s":-1}', /invalid ttfb_ms/],
  ])('%s: a malformed line gets a reason: %s', (format, line, reason) => {
    const r = parseCdnLine(parserFor(format), line, NOW);
    expect(r).toEqual({ dead: expect.stringMatching(reason) });
  });

  it('keeps breakdown values bounded and clean: a country is a two-character code, an ASN a positive 32-bit integer, a POP without control characters', () => {
    const cf = (o: Record<string, unknown>) => parseCdnLine(parserFor('cloudflare'), JSON.stringify({ RayID: 'h1', EdgeStartTimestamp: '2026-11-20T10:00:09Z', EdgeResponseStatus: 200, ClientRequestURI: '/a/b.m4s', ...o }), NOW);
    expect(cf({ ClientCountry: 'Z'.repeat(20_000), ClientASN: -5 })).toEqual({ record: expect.objectContaining({ country: '', asn: 0 }) });
    expect(cf({ ClientCountry: 'us\u0000', ClientASN: 2 ** 32 })).toEqual({ record: expect.objectContaining({ country: '', asn: 0 }) });
    expect(cf({ ClientCountry: 't1', ClientASN: '13335' })).toEqual({ record: expect.objectContaining({ country: 'T1', asn: 13335 }) });
    const ak = parseCdnLine(parserFor('akamai-ds2'), JSON.stringify({ reqTimeSec: '1795168806', statusCode: '200', edgeIP: 'x\n\u0001y', country: 'United States', asn: '1.5' }), NOW);
    expect(ak).toEqual({ record: expect.objectContaining({ pop: 'xy', country: '', asn: 0 }) });
  });

  it.each<[CdnFormat, string, readonly string[] | undefined]>([
    ['cloudfront', 'cloudfront-standard.log', undefined],
    ['cloudfront-realtime', 'cloudfront-realtime.log', undefined],
    ['cloudfront-realtime', 'cloudfront-realtime.log', CLOUDFRONT_REALTIME_FIELDS],
    ['fastly', 'fastly.log', undefined],
    ['akamai-ds2', 'akamai-ds2.ndjson', undefined],
    ['cloudflare', 'cloudflare.ndjson', undefined],
  ])('%s (%s): a parser for the jobs (jobFieldsOnly) gives every line the same job fields, CMCD payloads and dead letters as a full one', (format, file, fields) => {
    const full = parserFor(format, { fields });
    const jobs = parserFor(format, { fields, jobFieldsOnly: true });
    const lines = fs.readFileSync(path.join(FIX, file), 'utf8').split('\n');
    let records = 0;
    let agentsLeftOut = 0;
    for (const line of lines) {
      const a = parseCdnLine(full, line, NOW, { cmcd: 'payloads' });
      const b = parseCdnLine(jobs, line, NOW, { cmcd: 'payloads' });
      if (!('record' in a) || !('record' in b)) {
        expect(b).toEqual(a);
        continue;
      }
      records++;
      for (const k of CDN_JOB_FIELDS) expect([k, b.record[k]]).toEqual([k, a.record[k]]);
      expect(b.cmcdPayloads).toEqual(a.cmcdPayloads);
      if (a.record.user_agent && !b.record.user_agent) agentsLeftOut++;
    }
    expect(records).toBeGreaterThan(0);
    // Left out where reading it costs (cut out of a tab-separated line, URL-decoded); JSON lines hold it already.
    if (format === 'cloudfront' || format === 'cloudfront-realtime' || format === 'akamai-ds2') expect(agentsLeftOut).toBeGreaterThan(0);
  });

  it('never throws on random bytes', () => {
    let seed = 11;
    for (const format of ['cloudfront', 'cloudfront-realtime', 'fastly', 'akamai-ds2', 'cloudflare'] as CdnFormat[]) {
      const parser = parserFor(format);
      for (let i = 0; i < 300; i++) {
        const len = (seed = (seed * 1103515245 + 12345) >>> 0) % 400;
        let s = '';
        for (let j = 0; j < len; j++) s += String.fromCharCode((seed = (seed * 1103515245 + 12345) >>> 0) % 128);
        expect(() => parseCdnLine(parser, s, NOW)).not.toThrow();
      }
    }
  });
});

describe('CMCD', () => {
  it('ignores CMCD keys that name properties of every JavaScript object', () => {
    expect(parseCmcd('constructor=5,toString=x,__proto__=1,hasOwnProperty,br=800')).toEqual({ encoded_bitrate_kbps: 800 });
    expect(Object.getPrototypeOf(parseCmcd('__proto__=1'))).toBe(Object.prototype);
  });

  it('parses keys, quoted strings, bare booleans and ignores junk', () => {
    expect(parseCmcd('br=3200,bs,cid="faec5fc2-ac30",d=4004,dl=18500,mtp=48100,nor="..%2F300kbps%2Ftrack.m4v",ot=v,pr=1.08,rtp=12000,sf=d,sid="6e2f,b550",st=v,su,tb=6000,v=1,xx=9,bl=abc')).toEqual({
      encoded_bitrate_kbps: 3200,
      buffer_starvation: true,
      content_id: 'faec5fc2-ac30',
      object_duration_ms: 4004,
      deadline_ms: 18500,
      measured_throughput_kbps: 48100,
      next_object_request: '..%2F300kbps%2Ftrack.m4v',
      object_type: 'v',
      playback_rate: 1.08,
      requested_max_throughput_kbps: 12000,
      streaming_format: 'd',
      session_id: '6e2f,b550',
      stream_type: 'v',
      startup: true,
      top_bitrate_kbps: 6000,
      version: 1,
    });
  });
});

describe('lines a resumed replay passes over', () => {
  const fixture = (file: string) => fs.readFileSync(path.join(FIX, file), 'utf8').split('\n');
  /** Streams whose earlier lines tell the parser how to read later ones, and streams of formats whose lines tell nothing. */
  function streams(): [string, CdnFormat, string[], ParserOptions][] {
    const standard = fixture('cloudfront-standard.log');
    const fieldsLine = standard.find((l) => l.startsWith('#Fields: '))!;
    const names = fieldsLine.slice(9).trim().split(' ');
    const data = standard.filter((l) => /^\d/.test(l));
    const reversed = (l: string) => l.split('\t').reverse().join('\t');
    const ambiguous = data[0]!.split('\t').map((v, i) => (i === names.indexOf('cs(Referer)') ? '|'.repeat(names.length - 1) : v)).join('\t');
    const { objects, fields: cfFields, row: csvRow } = cloudflareCsv();
    return [
      // Columns changed by a later #Fields line; blank, bad, JSON and CRLF lines among them.
      ['CloudFront #Fields changes', 'cloudfront', [...standard, ...data, 'not a log line', '', `#Fields: ${[...names].reverse().join(' ')}`, ...data.map(reversed), `${reversed(data[0]!)}\r`, '{"date":"2026-11-20","time":"10:00:09","sc-status":200}', fieldsLine, ...data], {}],
      // A delivery whose delimiter the first data line shows (after a stray line that no delimiter cuts), then a new #Fields line back to tabs.
      // A line that the tab and the delivery's delimiter both cut into the named fields (pipes in a value) is read by the delimiter the lines before it set.
      ['CloudFront v2 delimiter', 'cloudfront', ['#Version: 1.0', fieldsLine, 'garbage', ...data.map((l) => l.replaceAll('\t', '|')), ambiguous, ...data.map((l) => l.replaceAll('\t', '|')), fieldsLine, ...data], {}],
      // A stray line a comma cuts into the named fields, then tab-separated lines with commas in a value.
      ['CloudFront stray delimiter', 'cloudfront', [fieldsLine, names.map((_, i) => `x${i}`).join(','), ...data.map((l) => l.replace('Mozilla/5.0%20(', 'Mozilla/5.0%20(KHTML,%20')), ...data], {}],
      ['CloudFront v2 delimiter, fields given', 'cloudfront', ['', ...data.map((l) => l.replaceAll('\t', ',')), ...data.map((l) => l.replaceAll('\t', ','))], { fields: names }],
      // CSV lines before their header line are dead letters; after it, read by its names and delimiter; a second header (TSV) switches both.
      ['Cloudflare CSV headers', 'cloudflare', [csvRow(objects[0]!, ','), cfFields.join(','), ...objects.map((o) => csvRow(o, ',')), objects.length > 0 ? JSON.stringify(objects[0]) : '', cfFields.join('\t'), ...objects.map((o) => csvRow(o, '\t'))], {}],
      ['CloudFront real-time', 'cloudfront-realtime', fixture('cloudfront-realtime.log'), {}],
      ['Fastly', 'fastly', fixture('fastly.log'), {}],
      ['Akamai', 'akamai-ds2', fixture('akamai-ds2.ndjson'), {}],
    ];
  }

  it('leave the parser as parsing them would: from any line on, a resumed parser reads what an uninterrupted one reads', () => {
    for (const [name, format, lines, opts] of streams()) {
      const all = (() => {
        const parser = parserFor(format, opts);
        return lines.map((l) => parseCdnLine(parser, l, NOW));
      })();
      expect([name, all.filter((r) => 'record' in r).length]).toEqual([name, expect.any(Number)]);
      expect([name, all.some((r) => 'record' in r)]).toEqual([name, true]);
      for (let k = 0; k <= lines.length; k++) {
        const parser = parserFor(format, opts);
        for (const l of lines.slice(0, k)) passOverCdnLine(parser, l);
        expect([name, k, lines.slice(k).map((l) => parseCdnLine(parser, l, NOW))]).toEqual([name, k, all.slice(k)]);
      }
    }
  });

  it('do not make records: a line that changes nothing is not parsed', () => {
    const parser = parserFor('cloudfront');
    const parse = jest.spyOn(parser, 'parse');
    const data = fixture('cloudfront-standard.log');
    for (const l of data) passOverCdnLine(parser, l);
    // The header lines only (and the blank last line): the data lines after the #Fields line hold tabs.
    expect(parse.mock.calls.filter(([l]) => l !== '').map(([l]) => l.slice(0, 8))).toEqual(data.filter((l) => l.startsWith('#')).map((l) => l.slice(0, 8)));
  });
});
