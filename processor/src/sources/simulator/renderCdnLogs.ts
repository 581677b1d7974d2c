import type { CdnAccessRecordMessage } from '../../proto';
import { CLOUDFRONT_REALTIME_FIELDS, CLOUDFRONT_STANDARD_FIELDS } from '../../decode/cdn/cloudfront';

/** Formats the simulator can write CDN records in: normalized records, or a vendor's log format. */
export const SIMULATOR_CDN_FORMATS = ['record', 'cloudflare', 'cloudfront', 'cloudfront-realtime', 'fastly', 'akamai-ds2'] as const;
export type SimulatorCdnFormat = (typeof SIMULATOR_CDN_FORMATS)[number];
export type VendorFormat = Exclude<SimulatorCdnFormat, 'record'>;

function cmcdQuery(r: CdnAccessRecordMessage): string {
  const c = r.cmcd;
  if (!c) return '';
  const parts: string[] = [];
  if (c.encoded_bitrate_kbps) parts.push(`br=${c.encoded_bitrate_kbps}`);
  if (c.buffer_length_ms) parts.push(`bl=${c.buffer_length_ms}`);
  if (c.buffer_starvation) parts.push('bs');
  if (c.content_id) parts.push(`cid="${c.content_id}"`);
  if (c.object_duration_ms) parts.push(`d=${c.object_duration_ms}`);
  if (c.measured_throughput_kbps) parts.push(`mtp=${c.measured_throughput_kbps}`);
  if (c.object_type) parts.push(`ot=${c.object_type}`);
  if (c.session_id) parts.push(`sid="${c.session_id}"`);
  if (c.startup) parts.push('su');
  return parts.length ? `CMCD=${encodeURIComponent(parts.join(','))}` : '';
}

/** A Cloudflare Logpush http_requests line (RFC 3339 timestamps) for a simulated record. */
export function toCloudflareLine(r: CdnAccessRecordMessage): string {
  const start = Number(r.request_time_ms);
  const q = cmcdQuery(r);
  return JSON.stringify({
    RayID: r.record_id,
    EdgeStartTimestamp: new Date(start).toISOString(),
    EdgeEndTimestamp: new Date(start + Math.round(Number(r.total_ms ?? 0))).toISOString(),
    ClientIP: r.client_ip,
    ClientASN: r.asn,
    ClientCountry: String(r.country ?? '').toLowerCase(),
    ClientRequestHost: r.host,
    ClientRequestMethod: r.method,
    ClientRequestURI: q ? `${r.path}?${q}` : r.path,
    ClientRequestProtocol: r.protocol,
    ClientRequestScheme: r.scheme,
    ClientRequestUserAgent: r.user_agent,
    ClientRequestReferer: r.referer,
    EdgeResponseStatus: r.status,
    EdgeResponseBytes: r.bytes_sent,
    EdgeTimeToFirstByteMs: Math.round(Number(r.ttfb_ms ?? 0)),
    EdgeColoCode: r.pop,
    CacheCacheStatus: r.cache_hit ? 'hit' : 'miss',
    ClientTCPRTTMs: Math.round(Number(r.client_rtt_ms ?? 0)),
    EdgeResponseContentType: r.content_type,
  });
}

const dash = (v: unknown): string => (v === undefined || v === null || v === '' ? '-' : String(v));
const seconds = (ms: unknown): string => (Number(ms ?? 0) / 1000).toFixed(3);
/** CloudFront and Akamai URL-encode spaces and the like in user agents and paths. */
const uaEncode = (v: unknown): string => encodeURI(String(v ?? '')).replace(/%5B/g, '[').replace(/%5D/g, ']');

/** Lines a file of this format starts with (CloudFront standard logs' headers). */
export function cdnFileHeader(format: VendorFormat): string {
  return format === 'cloudfront' ? `#Version: 1.0\n#Fields: ${CLOUDFRONT_STANDARD_FIELDS.join(' ')}\n` : '';
}

/** CloudFront's x-edge-result-type for a record. */
const cloudFrontResultType = (r: CdnAccessRecordMessage): string => (r.status && r.status >= 500 ? 'Error' : r.cache_hit ? 'Hit' : 'Miss');

/** A CloudFront standard log line: the completion time in whole seconds, times in seconds. */
export function toCloudFrontLine(r: CdnAccessRecordMessage): string {
  const end = new Date(Number(r.request_time_ms) + Math.round(Number(r.total_ms ?? 0)));
  const iso = end.toISOString();
  const result = cloudFrontResultType(r);
  const f: Record<string, unknown> = {
    date: iso.slice(0, 10), time: iso.slice(11, 19), 'x-edge-location': `${r.pop}-P1`, 'sc-bytes': r.bytes_sent, 'c-ip': r.client_ip, 'cs-method': r.method,
    'cs(Host)': 'd111111abcdef8.cloudfront.net', 'cs-uri-stem': r.path, 'sc-status': r.status, 'cs(Referer)': r.referer, 'cs(User-Agent)': uaEncode(r.user_agent), 'cs-uri-query': cmcdQuery(r),
    'x-edge-result-type': result, 'x-edge-request-id': r.record_id, 'x-host-header': r.host, 'cs-protocol': r.scheme, 'time-taken': seconds(r.total_ms),
    'x-edge-response-result-type': result, 'cs-protocol-version': r.protocol, 'time-to-first-byte': seconds(r.ttfb_ms), 'x-edge-detailed-result-type': result, 'sc-content-type': r.content_type,
  };
  return CLOUDFRONT_STANDARD_FIELDS.map((k) => dash(f[k])).join('\t');
}

/** A CloudFront real-time log line in the console's default field order. */
export function toCloudFrontRealtimeLine(r: CdnAccessRecordMessage): string {
  const result = cloudFrontResultType(r);
  const f: Record<string, unknown> = {
    // When the edge finished responding, as CloudFront logs it.
    timestamp: seconds(Number(r.request_time_ms) + Math.round(Number(r.total_ms ?? 0))), 'c-ip': r.client_ip, 'time-to-first-byte': seconds(r.ttfb_ms), 'sc-status': r.status, 'sc-bytes': r.bytes_sent, 'cs-method': r.method,
    'cs-protocol': r.scheme, 'cs-host': 'd111111abcdef8.cloudfront.net', 'cs-uri-stem': r.path, 'x-edge-location': `${r.pop}-P1`, 'x-edge-request-id': r.record_id, 'x-host-header': r.host,
    'time-taken': seconds(r.total_ms), 'cs-protocol-version': r.protocol, 'c-ip-version': String(r.client_ip ?? '').includes(':') ? 'IPv6' : 'IPv4', 'cs-user-agent': uaEncode(r.user_agent), 'cs-referer': r.referer,
    'cs-uri-query': cmcdQuery(r), 'x-edge-response-result-type': result, 'x-edge-result-type': result, 'sc-content-type': r.content_type, 'x-edge-detailed-result-type': result, 'c-country': r.country,
  };
  return CLOUDFRONT_REALTIME_FIELDS.map((k) => dash(f[k])).join('\t');
}

/** A line of the project's Fastly JSON log format (docs/cdn-logs.md). */
export function toFastlyLine(r: CdnAccessRecordMessage): string {
  const q = cmcdQuery(r);
  return JSON.stringify({
    timestamp: new Date(Number(r.request_time_ms)).toISOString(), request_id: r.record_id, pop: r.pop, client_ip: r.client_ip, client_asn: r.asn ?? 0, client_country: r.country ?? '',
    method: r.method, host: r.host, url: q ? `${r.path}?${q}` : r.path, protocol: r.protocol, status: r.status, bytes: r.bytes_sent, ttfb_s: Number(r.ttfb_ms ?? 0) / 1000,
    elapsed_us: Math.round(Number(r.total_ms ?? 0) * 1000), cache_status: r.cache_hit ? 'HIT' : 'MISS', client_rtt_us: Math.round(Number(r.client_rtt_ms ?? 0) * 1000),
    content_type: r.content_type, user_agent: r.user_agent, referer: r.referer ?? '', cmcd_object: '', cmcd_request: '', cmcd_session: '', cmcd_status: '',
  });
}

/** An Akamai DataStream 2 JSON line: every value a string; the POP stands as an edge IP. */
export function toAkamaiDs2Line(r: CdnAccessRecordMessage): string {
  const ttfb = Math.round(Number(r.ttfb_ms ?? 0));
  const popOctet = [...String(r.pop ?? '')].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 250, 7) + 1;
  return JSON.stringify({
    version: '1', cp: '123456', reqId: r.record_id, reqTimeSec: seconds(r.request_time_ms), bytes: String(r.bytes_sent ?? 0), cliIP: r.client_ip, statusCode: String(r.status),
    proto: String(r.scheme ?? 'https').toUpperCase(), reqHost: r.host, reqMethod: r.method, reqPath: encodeURIComponent(String(r.path ?? '')), UA: encodeURIComponent(String(r.user_agent ?? '')), referer: encodeURIComponent(String(r.referer ?? '')),
    totalBytes: String(r.bytes_sent ?? 0), queryStr: encodeURIComponent(cmcdQuery(r)), turnAroundTimeMSec: String(ttfb), transferTimeMSec: String(Math.max(0, Math.round(Number(r.total_ms ?? 0)) - ttfb)),
    cacheStatus: r.cache_hit ? '1' : '0', country: r.country, edgeIP: `23.50.${popOctet}.10`,
  });
}

/** One record as a line of a vendor format. */
export function toVendorLine(format: VendorFormat, r: CdnAccessRecordMessage): string {
  switch (format) {
    case 'cloudflare':
      return toCloudflareLine(r);
    case 'cloudfront':
      return toCloudFrontLine(r);
    case 'cloudfront-realtime':
      return toCloudFrontRealtimeLine(r);
    case 'fastly':
      return toFastlyLine(r);
    case 'akamai-ds2':
      return toAkamaiDs2Line(r);
  }
}
