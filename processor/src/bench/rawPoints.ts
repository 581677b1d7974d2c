import type { CdnJobRecord } from '../decode/cdn';
import { escapeKey, escapeTagValue, quotedString } from '../schema/lineProtocolEscape';

/** The raw alternative's measurement: one point per CDN request (not part of the product's schema). */
export const RAW_MEASUREMENT = 'cdn_request';

/**
 * A CDN request as the raw alternative stores it (Telegraf tailing the logs): one point,
 * tagged by what its dashboards group by (CDN, POP, country, cache state), with the fields
 * needed to answer the same questions as the pipeline's series: CDN health (status, bytes,
 * TTFB, round trip; the client address for ASN and country, which the log line does not
 * carry), usage counted once (record id; the path, which names the asset) and client QoE
 * from CMCD (session, bitrate, buffer, throughput, startup). What no series uses (user
 * agent, query string, referer) is left out, which favours the raw side.
 */
export function rawLineOf(r: CdnJobRecord): string {
  let tags = '';
  const tag = (k: string, v: string | null | undefined) => {
    if (v) tags += `,${k}=${escapeTagValue(v)}`;
  };
  tag('cache_status', r.cache_status);
  tag('cdn', r.cdn);
  tag('country', r.country);
  tag('pop', r.pop);
  let fields = '';
  const add = (k: string, text: string) => (fields += `${fields ? ',' : ''}${escapeKey(k)}=${text}`);
  const int = (k: string, v: number | null | undefined) => typeof v === 'number' && Number.isFinite(v) && add(k, `${Math.round(v)}i`);
  const float = (k: string, v: number | null | undefined) => typeof v === 'number' && Number.isFinite(v) && add(k, String(v));
  const str = (k: string, v: string | null | undefined) => typeof v === 'string' && add(k, quotedString(v));
  const bool = (k: string, v: boolean | null | undefined) => typeof v === 'boolean' && add(k, v ? 'true' : 'false');
  int('asn', r.asn);
  str('asset_id', r.asset_id);
  int('bytes', r.bytes_sent);
  bool('cache_hit', r.cache_hit);
  str('client_ip', r.client_ip);
  float('client_rtt_ms', r.client_rtt_ms);
  str('environment_id', r.environment_id);
  str('path', r.path);
  str('record_id', r.record_id);
  str('rendition', r.rendition);
  float('segment_duration_ms', r.segment_duration_ms);
  int('status', r.status);
  float('total_ms', r.total_ms);
  float('ttfb_ms', r.ttfb_ms);
  const c = r.cmcd;
  if (c) {
    float('cmcd_bitrate_kbps', c.encoded_bitrate_kbps);
    float('cmcd_buffer_ms', c.buffer_length_ms);
    bool('cmcd_buffer_starvation', c.buffer_starvation);
    str('cmcd_session', c.session_id);
    bool('cmcd_startup', c.startup);
    float('cmcd_throughput_kbps', c.measured_throughput_kbps);
  }
  return `${RAW_MEASUREMENT}${tags} ${fields} ${r.request_time_ms}`;
}
