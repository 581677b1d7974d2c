import { jobCmcdOf, type CdnJobRecord, type PendingCmcd } from '../../../decode/cdn/record';
import type { ColumnReader, ColumnWriter } from './columns';

/**
 * A parsed CDN record as columns (see columns.ts): the fields enrichment and the CDN jobs
 * read (CdnJobRecord), then its CMCD payloads not yet read (parseCdnLine with cmcd:
 * 'payloads'). Read back as one object literal with every such field (undefined where the
 * record had none) and the CMCD values the jobs read (CDN_JOB_CMCD_FIELDS) read from the
 * payloads: reading them is about a tenth of a CDN line's work, and the main thread has the
 * time for it while the reader worker sets the pace. Ids, client addresses, paths and
 * payloads differ on nearly every line and skip the string table.
 */
export function writeCdnRecord(w: ColumnWriter, r: CdnJobRecord & PendingCmcd): void {
  if (r.cmcd) throw new Error('writeCdnRecord: CMCD travels as its payloads (parseCdnLine with cmcd: \'payloads\')');
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
  const payloads = r.cmcdPayloads;
  w.num(payloads ? payloads.length : 0);
  if (payloads) for (const p of payloads) w.uniqueStr(p);
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
  const count = r.num();
  if (count > 0) {
    const payloads = new Array<string>(count);
    for (let i = 0; i < count; i++) payloads[i] = r.str();
    const cmcd = jobCmcdOf(payloads);
    if (cmcd) record.cmcd = cmcd;
  }
  return record;
}
