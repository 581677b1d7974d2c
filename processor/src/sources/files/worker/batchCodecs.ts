import type { CdnJobRecord, PendingCmcd } from '../../../decode/cdn';
import type { ViewRecord } from '../../../decode/viewRecord';
import type { CdnBatch } from '../readCdnLogs';
import type { ViewBatch } from '../readViews';
import { cdnRecordColumns, type EnrichedFields } from './cdnColumns';
import { ColumnReader, ColumnWriter, type PackedColumns } from './columns';
import { readView, writeView } from './viewColumns';

/** A batch without its records (they travel as columns): the counts, positions and dead letters. */
export type BatchMeta<B, K extends keyof B> = Omit<B, K> & { count: number };

/** How one kind of batch travels from the reader worker: records as columns, the rest cloned. */
export interface BatchCodec<B, M> {
  pack(batch: B, w: ColumnWriter): M;
  unpack(meta: M, r: ColumnReader): B;
}

/**
 * The codec of batches whose records are under `key`, written and read one record at a time;
 * every other field of the batch (positions, dead letters) is cloned as it is.
 */
function recordsCodec<K extends string, R, B extends { [P in K]: R[] }>(key: K, write: (w: ColumnWriter, r: R) => void, read: (r: ColumnReader) => R): BatchCodec<B, BatchMeta<B, K>> {
  return {
    pack(batch, w) {
      const { [key]: records, ...meta } = batch;
      for (const r of records as R[]) write(w, r);
      return { ...meta, count: (records as R[]).length } as BatchMeta<B, K>;
    },
    unpack(meta, r) {
      const { count, ...rest } = meta;
      const records = new Array<R>(count);
      for (let i = 0; i < count; i++) records[i] = read(r);
      return { ...rest, [key]: records } as unknown as B;
    },
  };
}

export type ViewBatchMeta = BatchMeta<ViewBatch, 'views'>;
export const viewBatchCodec = recordsCodec<'views', ViewRecord, ViewBatch>('views', writeView, readView);

/**
 * CDN batches travel with only the fields the CDN jobs read (CdnJobRecord), but those only
 * the enrichment done on the worker reads, and their CMCD payloads, read on arrival.
 */
export type CdnBatchMeta = BatchMeta<CdnBatch<CdnJobRecord & PendingCmcd>, 'records'>;
export function cdnBatchCodec(enriched: EnrichedFields): BatchCodec<CdnBatch<CdnJobRecord & PendingCmcd>, CdnBatchMeta> {
  const { write, read } = cdnRecordColumns(enriched);
  return recordsCodec<'records', CdnJobRecord & PendingCmcd, CdnBatch<CdnJobRecord & PendingCmcd>>('records', write, read);
}

/** A chunk of batches as the worker posts it. */
export interface PackedChunk<M> {
  type: 'chunk';
  batches: M[];
  columns: PackedColumns;
}

/** The batches of a chunk, each made when it is asked for (a chunk's records are not all on the heap at once). */
export function* unpackChunk<B, M>(codec: BatchCodec<B, M>, chunk: PackedChunk<M>): Generator<B> {
  const r = new ColumnReader(chunk.columns);
  for (const meta of chunk.batches) yield codec.unpack(meta, r);
  if (!r.done) throw new Error('reader worker: a chunk held more columns than its batches');
}
