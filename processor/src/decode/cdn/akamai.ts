import { asNumber, cmcdPayloads, countryCode, decodeRepeated, lineId, httpStatus, num, str, type CdnRecord, type ParseResult, type ParserOptions } from './record';
import { safeDecode } from './safeDecode';

/**
 * Akamai DataStream 2 JSON: one object a line, every value a string, absent fields
 * omitted. Round trip = turnaround time (request in to first response byte out) plus
 * transfer time; Akamai logs no POP name, so the edge server's /24 stands for it.
 */
export function parseAkamaiDs2(line: string): ParseResult {
  return parseAkamaiJson(line, false);
}

/** A parser of Akamai DataStream 2: JSON lines, or structured lines in the order of opts.fields. */
export function akamaiParser(opts: ParserOptions = {}): (line: string) => ParseResult {
  const jobFieldsOnly = opts.jobFieldsOnly === true;
  return opts.fields ? akamaiStructuredParser(opts.fields, jobFieldsOnly) : (line) => parseAkamaiJson(line, jobFieldsOnly);
}

function parseAkamaiJson(line: string, jobFieldsOnly: boolean): ParseResult {
  if (line.trim() === '') return { skip: true };
  if (!line.trimStart().startsWith('{') && /^\S+([ \t]\S+){5,}/.test(line.trim())) {
    return { dead: 'Akamai DataStream 2 structured (space- or tab-delimited) line: its field order is the stream\'s own; pass it as the JSON field names (e.g. version,cpcode,reqTimeSec,bytes,...) with --cdn-fields (qoe replay) or ?fields= (POST /v1/cdn-logs), or deliver JSON' };
  }
  let o: Record<string, unknown>;
  try {
    o = JSON.parse(line) as Record<string, unknown>;
  } catch (err) {
    return { dead: `invalid JSON: ${(err as Error).message}` };
  }
  if (!o || typeof o !== 'object' || Array.isArray(o)) return { dead: 'not a JSON object' };
  return akamaiRecord(o, line, jobFieldsOnly);
}

/**
 * Akamai DataStream 2 structured lines: values separated by spaces or tabs in the stream's
 * configured field order (given as the JSON field names), `-` for absent values.
 */
export function akamaiStructuredParser(fields: readonly string[], jobFieldsOnly = false): (line: string) => ParseResult {
  return (line) => {
    if (line.trim() === '') return { skip: true };
    const cols = line.trim().split(/[ \t]+/);
    if (cols.length !== fields.length) return { dead: `expected ${fields.length} space-separated fields (the configured field list), got ${cols.length}` };
    const o: Record<string, unknown> = {};
    fields.forEach((name, i) => {
      if (cols[i] !== '-') o[name] = cols[i];
    });
    return akamaiRecord(o, line, jobFieldsOnly);
  };
}

/** The record of a line's values; with jobFieldsOnly, the text no CDN job reads is left blank (ParserOptions). */
function akamaiRecord(o: Record<string, unknown>, line: string, jobFieldsOnly: boolean): ParseResult {
  const t = num(o.reqTimeSec);
  if (t === undefined) return { dead: 'missing or invalid reqTimeSec' };
  const turnaround = num(o.turnAroundTimeMSec);
  const transfer = num(o.transferTimeMSec);
  const ttfb = num(o.timeToFirstByte) ?? turnaround;
  const query = safeDecode(str(o.queryStr));
  const cacheStatus = str(o.cacheStatus);
  const record: CdnRecord = {
    record_id: str(o.reqId) || lineId('akamai-ds2', line),
    source_format: 'akamai-ds2',
    cdn: 'akamai',
    pop: edgePop(str(o.edgeIP)),
    request_time_ms: Math.round(t * 1000),
    client_ip: str(o.cliIP),
    country: countryCode(o.country),
    asn: asNumber(o.asn) || asNumber(o.asnum),
    method: str(o.reqMethod),
    scheme: str(o.proto).toLowerCase(),
    host: str(o.reqHost),
    path: safeDecode(str(o.reqPath)),
    query,
    protocol: str(o.proto),
    user_agent: jobFieldsOnly ? '' : decodeRepeated(str(o.UA)),
    referer: jobFieldsOnly ? '' : decodeRepeated(str(o.referer)),
    content_type: str(o.rspContentType),
    status: httpStatus(o.statusCode),
    bytes_sent: num(o.totalBytes) || num(o.bytes) || 0,
    ttfb_ms: ttfb ?? 0,
    total_ms: (turnaround ?? 0) + (transfer ?? 0),
    cache_status: cacheStatus === '1' ? 'hit' : cacheStatus === '0' ? 'miss' : cacheStatus,
    cache_hit: cacheStatus === '1',
  };
  return { record, cmcdPayloads: cmcdPayloads(query, o.cmcd === undefined ? undefined : [safeDecode(str(o.cmcd))]) };
}

function edgePop(ip: string): string {
  const m = /^(\d+)\.(\d+)\.(\d+)\.\d+$/.exec(ip);
  const cleaned = ip.replace(/[^\w.:-]/g, '').slice(0, 64);
  return m ? `${m[1]}.${m[2]}.${m[3]}.0/24` : cleaned || 'unknown';
}
