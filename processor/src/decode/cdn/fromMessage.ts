import type { CdnAccessRecordMessage } from '../../proto';
import { int64Number } from '../int64';
import { asNumber, countryCode, validateRecord, type CdnRecord } from './record';

/**
 * A CdnAccessRecord read from a Kafka topic, as a record the jobs can take, or why not.
 * The collectors publish clean records, but a topic is an entry point like any other: int64
 * values become numbers, the values that become window keys, tags and breakdowns (CDN, POP,
 * country, ASN, environment, asset) are cleaned and bounded as the parsers make them, and
 * the record passes the checks every parsed log line passes.
 */
export function recordFromMessage(m: CdnAccessRecordMessage, nowMs: number): { record: CdnRecord } | { dead: string } {
  const r = m as CdnRecord;
  r.request_time_ms = int64Number(m.request_time_ms ?? 0);
  r.bytes_sent = int64Number(m.bytes_sent ?? 0);
  r.cdn = keyValue(m.cdn, 64);
  r.pop = keyValue(m.pop, 64);
  r.country = countryCode(m.country);
  r.asn = asNumber(m.asn);
  if (m.environment_id) r.environment_id = keyValue(m.environment_id, 128);
  if (m.asset_id) r.asset_id = keyValue(m.asset_id, 128);
  if (m.rendition) r.rendition = keyValue(m.rendition, 64);
  const reason = validateRecord(r, nowMs);
  return reason ? { dead: reason } : { record: r };
}

/** A value that becomes a key or tag: control characters taken out, at most `max` characters. */
function keyValue(v: string | null | undefined, max: number): string {
  const s = typeof v === 'string' ? v : '';
  // eslint-disable-next-line no-control-regex
  return (/[\u0000-\u001f\u007f]/.test(s) ? s.replace(/[\u0000-\u001f\u007f]/g, '') : s).slice(0, max);
}
