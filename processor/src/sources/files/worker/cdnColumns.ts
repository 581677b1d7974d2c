import type { CdnJobCmcd, CdnJobRecord } from '../../../decode/cdn/record';
import type { ColumnReader, ColumnWriter } from './columns';

/**
 * A parsed CDN record as columns (see columns.ts): the fields enrichment and the CDN jobs
 * read (CdnJobRecord), then those of its CMCD values when it has them. Read back as one
 * object literal with every such field (undefined where the record had none). Ids, client
 * addresses and paths differ on nearly every line and skip the string table.
 */
export function writeCdnRecord(w: ColumnWriter, r: CdnJobRecord): void {
  w.startRecord();
  w.uniqueStr(r.record_id);
  w.str(r.cdn);
  w.str(r.pop);
  w.optionalNum(r.request_time_ms);
  w.uniqueStr(r.client_ip);
  w.optionalNum(r.asn);
  w.str(r.country);
  w.str(r.host);
  w.uniqueStr(r.path);
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

export function readCdnRecord(r: ColumnReader): CdnJobRecord {
  const record: CdnJobRecord = {
    record_id: r.optionalStr(),
    cdn: r.optionalStr(),
    pop: r.optionalStr(),
    request_time_ms: r.optionalNum(),
    client_ip: r.optionalStr(),
    asn: r.optionalNum(),
    country: r.optionalStr(),
    host: r.optionalStr(),
    path: r.optionalStr(),
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

function writeCmcd(w: ColumnWriter, c: CdnJobCmcd): void {
  w.str(c.session_id);
  w.optionalNum(c.encoded_bitrate_kbps);
  w.optionalNum(c.buffer_length_ms);
  w.optionalBool(c.buffer_starvation);
  w.optionalNum(c.measured_throughput_kbps);
  w.optionalBool(c.startup);
  w.optionalNum(c.object_duration_ms);
}

function readCmcd(r: ColumnReader): CdnJobCmcd {
  return {
    session_id: r.optionalStr(),
    encoded_bitrate_kbps: r.optionalNum(),
    buffer_length_ms: r.optionalNum(),
    buffer_starvation: r.optionalBool(),
    measured_throughput_kbps: r.optionalNum(),
    startup: r.optionalBool(),
    object_duration_ms: r.optionalNum(),
  };
}
