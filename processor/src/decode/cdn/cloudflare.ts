import { parseRfc3339 } from '../rfc3339';
import { asNumber, cmcdPayloads, countryCode, lineId, httpStatus, num, popName, splitUrl, str, type CdnRecord, type ParseResult } from './record';

const CACHE_HITS = new Set(['hit', 'stale', 'updating', 'revalidated']);

/**
 * Cloudflare Logpush http_requests (NDJSON). Timestamps may be RFC 3339, unix seconds or
 * unix nanoseconds, by the job's timestamp_format; cache status is case-insensitive.
 */
export function parseCloudflare(line: string): ParseResult {
  if (line.trim() === '') return { skip: true };
  let o: Record<string, unknown>;
  try {
    o = JSON.parse(line) as Record<string, unknown>;
  } catch (err) {
    return { dead: `invalid JSON: ${(err as Error).message}` };
  }
  if (!o || typeof o !== 'object' || Array.isArray(o)) return { dead: 'not a JSON object' };
  // A job whose field list left out EdgeStartTimestamp still has the end of the request.
  const end = cloudflareTime(o.EdgeEndTimestamp);
  const start = o.EdgeStartTimestamp === undefined ? end : cloudflareTime(o.EdgeStartTimestamp);
  if (start === undefined) return { dead: 'missing or invalid EdgeStartTimestamp (and EdgeEndTimestamp)' };
  const url = splitUrl(str(o.ClientRequestURI));
  const cache = str(o.CacheCacheStatus).toLowerCase();
  const record: CdnRecord = {
    record_id: str(o.RayID) || lineId('cloudflare', line),
    source_format: 'cloudflare',
    cdn: 'cloudflare',
    pop: popName(str(o.EdgeColoCode) || str(o.EdgeColoID)),
    request_time_ms: start,
    client_ip: str(o.ClientIP),
    asn: asNumber(o.ClientASN),
    country: countryCode(o.ClientCountry),
    method: str(o.ClientRequestMethod),
    scheme: str(o.ClientRequestScheme),
    host: str(o.ClientRequestHost),
    path: url.path,
    query: url.query,
    protocol: str(o.ClientRequestProtocol),
    user_agent: str(o.ClientRequestUserAgent),
    referer: str(o.ClientRequestReferer),
    content_type: str(o.EdgeResponseContentType),
    status: httpStatus(o.EdgeResponseStatus),
    bytes_sent: num(o.EdgeResponseBytes) ?? 0,
    ttfb_ms: num(o.EdgeTimeToFirstByteMs) ?? 0,
    total_ms: end !== undefined && end >= start ? end - start : 0,
    cache_status: cache,
    cache_hit: CACHE_HITS.has(cache),
    client_rtt_ms: Math.max(0, num(o.ClientTCPRTTMs) ?? 0),
  };
  return { record, cmcdPayloads: cmcdPayloads(url.query, cmcdHeaders(o.RequestHeaders)) };
}

const CMCD_HEADERS = ['cmcd-object', 'cmcd-request', 'cmcd-session', 'cmcd-status'];

/**
 * The CMCD header values of a line's RequestHeaders (Logpush custom fields; names in any
 * case), in CMCD_HEADERS order; undefined when the line has no request headers (most jobs).
 */
function cmcdHeaders(requestHeaders: unknown): (string | undefined)[] | undefined {
  if (typeof requestHeaders !== 'object' || !requestHeaders || Array.isArray(requestHeaders)) return undefined;
  const headers = new Map<string, string>();
  for (const [k, v] of Object.entries(requestHeaders as Record<string, unknown>)) if (v !== undefined && v !== null) headers.set(k.toLowerCase(), str(v));
  return CMCD_HEADERS.map((h) => headers.get(h));
}

/** RFC 3339 (zone-less: UTC), unix seconds (10 digits) or unix nanoseconds (19 digits) -> epoch ms. */
export function cloudflareTime(v: unknown): number | undefined {
  if (typeof v === 'number' || (typeof v === 'string' && /^\d+(\.\d+)?$/.test(v))) {
    const n = Number(v);
    if (!Number.isFinite(n) || n <= 0) return undefined;
    if (n > 1e17) return Math.floor(n / 1e6); // nanoseconds
    if (n > 1e14) return Math.floor(n / 1e3); // microseconds
    if (n > 1e11) return Math.floor(n); // milliseconds
    return Math.round(n * 1000); // seconds
  }
  if (typeof v === 'string') {
    // RFC 3339 with its zone (the common case) read by position; the other shapes by Date.parse.
    const rfc3339 = parseRfc3339(v);
    if (!Number.isNaN(rfc3339)) return rfc3339;
    // A time without a zone is UTC (CDN logs are), whatever the machine's zone.
    const ms = Date.parse(/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(v) ? `${v.replace(' ', 'T')}Z` : v);
    return Number.isFinite(ms) ? ms : undefined;
  }
  return undefined;
}
