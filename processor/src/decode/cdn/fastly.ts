import { asNumber, cmcdPayloads, countryCode, lineId, httpStatus, num, popName, splitUrl, str, type CdnRecord, type ParseResult } from './record';
import { cloudflareTime } from './cloudflare';
import { parseCommonLog } from './commonLog';

/**
 * Fastly real-time log streaming with the JSON format documented in docs/cdn-logs.md
 * (paste it into a Fastly logging endpoint). Lines may carry a syslog prefix
 * (`<134>2026-11-20T10:00:00Z cache-fra19120 qoe[123]: {...}`), which is skipped.
 * Lines in Fastly's default format (Apache common or combined log) are read too, with
 * what that format has: no timings, cache state or CMCD headers, the POP from the syslog
 * host name (cache-fra19120 -> FRA).
 */
export function parseFastly(line: string): ParseResult {
  if (line.trim() === '') return { skip: true };
  const brace = line.indexOf('{');
  if (brace < 0) return parseFastlyCommonLog(line);
  let o: Record<string, unknown>;
  try {
    o = JSON.parse(line.slice(brace)) as Record<string, unknown>;
  } catch (err) {
    return { dead: `invalid JSON: ${(err as Error).message}` };
  }
  if (!o || typeof o !== 'object' || Array.isArray(o)) return { dead: 'not a JSON object' };
  // Our documented format's keys first, then those of Fastly's own JSON logging example
  // (response_status, response_state, request_user_agent, fastly_server, ...).
  const t = cloudflareTime(pick(o, 'timestamp', 'time_start', 'start_time'));
  if (t === undefined) return { dead: 'missing or invalid timestamp' };
  const url = splitUrl(str(o.url ?? o.request_url));
  const state = str(pick(o, 'cache_status', 'response_state', 'fastly_info_state')).toUpperCase();
  const ttfbMs = num(o.ttfb_ms) ?? seconds(pick(o, 'ttfb_s', 'time_to_first_byte')) ?? 0;
  const totalMs = num(o.elapsed_ms) ?? microseconds(pick(o, 'elapsed_us', 'time_elapsed_usec')) ?? 0;
  const record: CdnRecord = {
    record_id: str(pick(o, 'request_id', 'req_xid')) || lineId('fastly', line.slice(brace)),
    source_format: 'fastly',
    cdn: 'fastly',
    pop: fastlyPop(o),
    request_time_ms: t,
    client_ip: str(o.client_ip),
    asn: asNumber(pick(o, 'client_asn', 'client_as_number', 'asn')),
    // ISO codes only: Fastly's example format logs country names ("United States").
    country: countryCode(pick(o, 'client_country', 'geo_country_code', 'country_code')),
    method: str(pick(o, 'method', 'request_method')),
    scheme: url.scheme ?? '',
    host: str(o.host) || url.host || '',
    path: url.path,
    query: url.query,
    protocol: str(pick(o, 'protocol', 'request_protocol')),
    user_agent: str(pick(o, 'user_agent', 'request_user_agent')),
    referer: str(pick(o, 'referer', 'request_referer')),
    content_type: str(pick(o, 'content_type', 'response_content_type')),
    status: httpStatus(pick(o, 'status', 'response_status')),
    bytes_sent: num(pick(o, 'bytes', 'response_bytes_written', 'response_body_size')) ?? 0,
    ttfb_ms: ttfbMs,
    total_ms: totalMs,
    cache_status: state,
    cache_hit: state.startsWith('HIT'),
    client_rtt_ms: Math.max(0, microseconds(o.client_rtt_us) ?? 0),
  };
  const withHeaders = o.cmcd_object !== undefined || o.cmcd_request !== undefined || o.cmcd_session !== undefined || o.cmcd_status !== undefined;
  return { record, cmcdPayloads: cmcdPayloads(url.query, withHeaders ? [o.cmcd_object, o.cmcd_request, o.cmcd_session, o.cmcd_status].map((h) => (h === undefined ? undefined : str(h))) : undefined) };
}

/** The first of `keys` the object has with a value (not null, "" or "-"). */
function pick(o: Record<string, unknown>, ...keys: string[]): unknown {
  for (const k of keys) {
    const v = o[k];
    if (v !== undefined && v !== null && v !== '' && v !== '-') return v;
  }
  return undefined;
}

/** A field in seconds or microseconds, in ms; undefined when absent. */
function seconds(v: unknown): number | undefined {
  const n = num(v);
  return n === undefined ? undefined : n * 1000;
}
function microseconds(v: unknown): number | undefined {
  const n = num(v);
  return n === undefined ? undefined : n / 1000;
}

/** server.datacenter ("FRA"), else the cache server's name (server.identity "cache-fra19120-FRA"). */
function fastlyPop(o: Record<string, unknown>): string {
  const dc = str(pick(o, 'pop', 'server_datacenter', 'datacenter'));
  if (dc) return popName(dc);
  return popOfCacheServer(str(pick(o, 'fastly_server', 'server_identity', 'server_hostname')));
}

/**
 * A Fastly cache server's name -> its POP: the upper-case suffix when there is one
 * ("cache-fra19120-FRA", today's "cache-bfi-kbfi7400031-BFI"), else the three letters after
 * "cache-" ("cache-fra19120", "cache-bfi-kbfi7400031").
 */
function popOfCacheServer(name: string): string {
  const suffix = /-([A-Z]{3})$/.exec(name);
  if (suffix) return suffix[1]!;
  const m = /^cache-([a-z]{3})(?:\d|-)/i.exec(name);
  return m ? m[1]!.toUpperCase() : 'unknown';
}

/** The Fastly log format to paste (docs/cdn-logs.md). */
export const FASTLY_LOG_FORMAT = `{"timestamp":"%{strftime(\\{"%Y-%m-%dT%H:%M:%S.%f%z"\\}, time.start)}V","request_id":"%{req.xid}V","pop":"%{server.datacenter}V","client_ip":"%{req.http.Fastly-Client-IP}V","client_asn":%{client.as.number}V,"client_country":"%{client.geo.country_code}V","method":"%{req.method}V","host":"%{req.http.host}V","url":"%{json.escape(req.url)}V","protocol":"%{req.proto}V","status":%{resp.status}V,"bytes":%{resp.bytes_written}V,"ttfb_s":%{time.to_first_byte}V,"elapsed_us":%{time.elapsed.usec}V,"cache_status":"%{fastly_info.state}V","client_rtt_us":%{client.socket.tcpi_rtt}V,"content_type":"%{json.escape(resp.http.content-type)}V","user_agent":"%{json.escape(req.http.user-agent)}V","referer":"%{json.escape(req.http.referer)}V","cmcd_object":"%{json.escape(req.http.cmcd-object)}V","cmcd_request":"%{json.escape(req.http.cmcd-request)}V","cmcd_session":"%{json.escape(req.http.cmcd-session)}V","cmcd_status":"%{json.escape(req.http.cmcd-status)}V"}`;

/**
 * `<134>2026-11-20T10:00:00Z cache-fra19120 name[123]: message`, or with an RFC 3164 time
 * (`Nov 20 10:00:00`); the PRI is gone when a syslog collector took it.
 */
const SYSLOG_PREFIX = /^(?:<\d{1,3}>)?(?:\d{4}-\d{2}-\d{2}T\S+|[A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2})\s+(\S+)\s+[^\s:]+:\s?/;

function parseFastlyCommonLog(line: string): ParseResult {
  const prefix = SYSLOG_PREFIX.exec(line);
  const message = prefix ? line.slice(prefix[0].length) : line;
  const c = parseCommonLog(message);
  if ('dead' in c) return c;
  const url = splitUrl(c.target);
  const record: CdnRecord = {
    record_id: lineId('fastly', message),
    source_format: 'fastly',
    cdn: 'fastly',
    pop: popOfCacheServer(prefix?.[1] ?? ''),
    request_time_ms: c.timeMs,
    client_ip: c.clientIp,
    method: c.method,
    scheme: url.scheme ?? '',
    host: url.host ?? '',
    path: url.path,
    query: url.query,
    protocol: c.protocol,
    user_agent: c.userAgent,
    referer: c.referer,
    status: c.status,
    bytes_sent: c.bytes,
  };
  return { record, cmcdPayloads: cmcdPayloads(url.query) };
}
