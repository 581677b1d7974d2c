import { jobCmcdOf, segmentDurationOf, type CdnJobRecord, type PendingCmcd } from '../../../decode/cdn/record';
import type { ColumnReader, ColumnWriter } from './columns';

/**
 * What a reader worker leaves out of a CDN record because it did the enrichment that reads
 * it (nothing on the main thread reads these fields after enrichment): `assetKeys` host and
 * path (the URL convention), `clientIp` the client address (the geo tables).
 */
export interface EnrichedFields {
  assetKeys: boolean;
  clientIp: boolean;
}

export const NOTHING_ENRICHED: EnrichedFields = { assetKeys: false, clientIp: false };

/**
 * A parsed CDN record as columns (see columns.ts): the fields enrichment and the CDN jobs
 * read (CdnJobRecord) but those only the enrichment done on the worker read (EnrichedFields:
 * absent when read back), then its CMCD payloads not yet read (parseCdnLine with cmcd:
 * 'payloads'). Read back as one object literal with every such field (undefined where the
 * record had none) and the CMCD values the jobs read (CDN_JOB_CMCD_FIELDS) read from the
 * payloads, on the main thread: the reader worker has enrichment to do as well (a record it
 * enriched has its catalog's segment duration, which the CMCD object duration replaces here
 * as enrichment would have: segmentDurationOf). Ids, client addresses, paths and payloads
 * differ on nearly every line and skip the string table.
 */
export function cdnRecordColumns(enriched: EnrichedFields): { write: (w: ColumnWriter, r: CdnJobRecord & PendingCmcd) => void; read: (r: ColumnReader) => CdnJobRecord } {
  const { assetKeys, clientIp } = enriched;
  const write = (w: ColumnWriter, r: CdnJobRecord & PendingCmcd): void => {
    if (r.cmcd) throw new Error('writeCdnRecord: CMCD travels as its payloads (parseCdnLine with cmcd: \'payloads\')');
    w.startRecord();
    w.uniqueStr(r.record_id);
    w.str(r.cdn);
    w.str(r.pop);
    w.optionalNum(r.request_time_ms);
    if (!clientIp) w.uniqueStr(r.client_ip);
    w.optionalNum(r.asn);
    w.str(r.country);
    if (!assetKeys) {
      w.str(r.host);
      w.uniqueStr(r.path);
    }
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
  };
  const read = (r: ColumnReader): CdnJobRecord => {
    const record: CdnJobRecord = {
      record_id: r.optionalStr(),
      cdn: r.optionalStr(),
      pop: r.optionalStr(),
      request_time_ms: r.optionalNum(),
      client_ip: clientIp ? undefined : r.optionalStr(),
      asn: r.optionalNum(),
      country: r.optionalStr(),
      host: assetKeys ? undefined : r.optionalStr(),
      path: assetKeys ? undefined : r.optionalStr(),
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
      if (cmcd) {
        record.cmcd = cmcd;
        // Enriched on the worker before its CMCD was read: the player's segment duration wins there too.
        if (record.segment_duration_ms) record.segment_duration_ms = segmentDurationOf(record.segment_duration_ms, cmcd);
      }
    }
    return record;
  };
  return { write, read };
}

/** A record with every field (nothing enriched on the worker). */
export const { write: writeCdnRecord, read: readCdnRecord } = cdnRecordColumns(NOTHING_ENRICHED);
