import { cmcdFrom, lineId, httpStatus, num, safeDecode, str, type CdnRecord, type ParseResult } from './record';

/**
 * Akamai DataStream 2 JSON: one object a line, every value a string, absent fields
 * omitted. Round trip = turnaround time (request in to first response byte out) plus
 * transfer time; Akamai logs no POP name, so the edge server's /24 stands for it.
 */
export function parseAkamaiDs2(line: string): ParseResult {
  if (line.trim() === '') return { skip: true };
  let o: Record<string, unknown>;
  try {
    o = JSON.parse(line) as Record<string, unknown>;
  } catch (err) {
    return { dead: `invalid JSON: ${(err as Error).message}` };
  }
  if (!o || typeof o !== 'object' || Array.isArray(o)) return { dead: 'not a JSON object' };
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
    country: str(o.country).toUpperCase(),
    asn: num(o.asn) ?? num(o.asnum) ?? 0,
    method: str(o.reqMethod),
    scheme: str(o.proto).toLowerCase(),
    host: str(o.reqHost),
    path: safeDecode(str(o.reqPath)),
    query,
    protocol: str(o.proto),
    user_agent: safeDecode(str(o.UA)),
    referer: safeDecode(str(o.referer)),
    content_type: str(o.rspContentType),
    status: httpStatus(o.statusCode),
    bytes_sent: num(o.totalBytes) || num(o.bytes) || 0,
    ttfb_ms: ttfb ?? 0,
    total_ms: (turnaround ?? 0) + (transfer ?? 0),
    cache_status: cacheStatus === '1' ? 'hit' : cacheStatus === '0' ? 'miss' : cacheStatus,
    cache_hit: cacheStatus === '1',
  };
  const cmcd = cmcdFrom(query, [o.cmcd === undefined ? undefined : safeDecode(str(o.cmcd))]);
  if (cmcd) record.cmcd = cmcd;
  return { record };
}

function edgePop(ip: string): string {
  const m = /^(\d+)\.(\d+)\.(\d+)\.\d+$/.exec(ip);
  return m ? `${m[1]}.${m[2]}.${m[3]}.0/24` : ip ? ip.slice(0, 64) : 'unknown';
}
