import type { CdnRecord } from '../../../decode/cdn';
import type { CmcdValues } from '../../../decode/cdn/cmcd';
import type { ColumnReader, ColumnWriter } from './columns';

/**
 * A parsed CDN record as columns (see columns.ts): every field of CdnAccessRecord
 * (qoe.proto), then its CMCD values when it has them. Read back as one object literal with
 * every field (undefined where the record had none). Ids, client addresses, paths and query
 * strings differ on nearly every line and skip the string table.
 */
export function writeCdnRecord(w: ColumnWriter, r: CdnRecord): void {
  w.startRecord();
  w.uniqueStr(r.record_id);
  w.str(r.source_format);
  w.str(r.cdn);
  w.str(r.pop);
  w.optionalNum(r.request_time_ms);
  w.uniqueStr(r.client_ip);
  w.optionalNum(r.asn);
  w.str(r.country);
  w.str(r.method);
  w.str(r.scheme);
  w.str(r.host);
  w.uniqueStr(r.path);
  w.uniqueStr(r.query);
  w.str(r.protocol);
  w.str(r.user_agent);
  w.str(r.referer);
  w.str(r.content_type);
  w.optionalNum(r.status);
  w.optionalNum(r.bytes_sent);
  w.optionalNum(r.ttfb_ms);
  w.optionalNum(r.total_ms);
  w.str(r.cache_status);
  w.optionalBool(r.cache_hit);
  w.optionalNum(r.client_rtt_ms);
  w.str(r.environment_id);
  w.str(r.asset_id);
  w.str(r.rendition);
  w.optionalNum(r.segment_duration_ms);
  if (r.cmcd) {
    w.num(1);
    writeCmcd(w, r.cmcd);
  } else w.num(0);
}

export function readCdnRecord(r: ColumnReader): CdnRecord {
  const record: CdnRecord = {
    record_id: r.optionalStr(),
    source_format: r.optionalStr(),
    cdn: r.optionalStr(),
    pop: r.optionalStr(),
    request_time_ms: r.optionalNum(),
    client_ip: r.optionalStr(),
    asn: r.optionalNum(),
    country: r.optionalStr(),
    method: r.optionalStr(),
    scheme: r.optionalStr(),
    host: r.optionalStr(),
    path: r.optionalStr(),
    query: r.optionalStr(),
    protocol: r.optionalStr(),
    user_agent: r.optionalStr(),
    referer: r.optionalStr(),
    content_type: r.optionalStr(),
    status: r.optionalNum(),
    bytes_sent: r.optionalNum(),
    ttfb_ms: r.optionalNum(),
    total_ms: r.optionalNum(),
    cache_status: r.optionalStr(),
    cache_hit: r.optionalBool(),
    client_rtt_ms: r.optionalNum(),
    environment_id: r.optionalStr(),
    asset_id: r.optionalStr(),
    rendition: r.optionalStr(),
    segment_duration_ms: r.optionalNum(),
  };
  if (r.num() === 1) record.cmcd = readCmcd(r);
  return record;
}

function writeCmcd(w: ColumnWriter, c: CmcdValues): void {
  w.str(c.session_id);
  w.str(c.content_id);
  w.str(c.object_type);
  w.optionalNum(c.encoded_bitrate_kbps);
  w.optionalNum(c.buffer_length_ms);
  w.optionalBool(c.buffer_starvation);
  w.optionalNum(c.measured_throughput_kbps);
  w.optionalBool(c.startup);
  w.optionalNum(c.object_duration_ms);
  w.optionalNum(c.deadline_ms);
  w.optionalNum(c.top_bitrate_kbps);
  w.str(c.stream_type);
  w.str(c.streaming_format);
  w.optionalNum(c.playback_rate);
  w.optionalNum(c.requested_max_throughput_kbps);
  w.uniqueStr(c.next_object_request);
  w.uniqueStr(c.next_range_request);
  w.optionalNum(c.version);
}

function readCmcd(r: ColumnReader): CmcdValues {
  return {
    session_id: r.optionalStr(),
    content_id: r.optionalStr(),
    object_type: r.optionalStr(),
    encoded_bitrate_kbps: r.optionalNum(),
    buffer_length_ms: r.optionalNum(),
    buffer_starvation: r.optionalBool(),
    measured_throughput_kbps: r.optionalNum(),
    startup: r.optionalBool(),
    object_duration_ms: r.optionalNum(),
    deadline_ms: r.optionalNum(),
    top_bitrate_kbps: r.optionalNum(),
    stream_type: r.optionalStr(),
    streaming_format: r.optionalStr(),
    playback_rate: r.optionalNum(),
    requested_max_throughput_kbps: r.optionalNum(),
    next_object_request: r.optionalStr(),
    next_range_request: r.optionalStr(),
    version: r.optionalNum(),
  };
}
