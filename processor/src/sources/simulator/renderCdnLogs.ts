import type { CdnAccessRecordMessage } from '../../proto';

/** Formats the simulator can write CDN records in: normalized records, or a vendor's log format. */
export const SIMULATOR_CDN_FORMATS = ['record', 'cloudflare'] as const;
export type SimulatorCdnFormat = (typeof SIMULATOR_CDN_FORMATS)[number];

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
    EdgeResponseStatus: r.status,
    EdgeResponseBytes: r.bytes_sent,
    EdgeTimeToFirstByteMs: Math.round(Number(r.ttfb_ms ?? 0)),
    EdgeColoCode: r.pop,
    CacheCacheStatus: r.cache_hit ? 'hit' : 'miss',
    ClientTCPRTTMs: Math.round(Number(r.client_rtt_ms ?? 0)),
    EdgeResponseContentType: r.content_type,
  });
}
