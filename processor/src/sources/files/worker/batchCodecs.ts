import type { CdnBatch } from '../readCdnLogs';
import type { ViewBatch } from '../readViews';
import { readCdnRecord, writeCdnRecord } from './cdnColumns';
import { ColumnReader, ColumnWriter, type PackedColumns } from './columns';
import { readView, writeView } from './viewColumns';

/** A batch without its records (they travel as columns): the counts, positions and dead letters. */
export type BatchMeta<B, K extends keyof B> = Omit<B, K> & { count: number };

/** How one kind of batch travels from the reader worker: records as columns, the rest cloned. */
export interface BatchCodec<B, M> {
  pack(batch: B, w: ColumnWriter): M;
  unpack(meta: M, r: ColumnReader): B;
}

export type ViewBatchMeta = BatchMeta<ViewBatch, 'views'>;

export const viewBatchCodec: BatchCodec<ViewBatch, ViewBatchMeta> = {
  pack(batch, w) {
    const { views, ...meta } = batch;
    for (const v of views) writeView(w, v);
    return { ...meta, count: views.length };
  },
  unpack(meta, r) {
    const { count, ...rest } = meta;
    const views = new Array<ViewBatch['views'][number]>(count);
    for (let i = 0; i < count; i++) views[i] = readView(r);
    return { ...rest, views };
  },
};

export type CdnBatchMeta = BatchMeta<CdnBatch, 'records'>;

export const cdnBatchCodec: BatchCodec<CdnBatch, CdnBatchMeta> = {
  pack(batch, w) {
    const { records, ...meta } = batch;
    for (const r of records) writeCdnRecord(w, r);
    return { ...meta, count: records.length };
  },
  unpack(meta, r) {
    const { count, ...rest } = meta;
    const records = new Array<CdnBatch['records'][number]>(count);
    for (let i = 0; i < count; i++) records[i] = readCdnRecord(r);
    return { ...rest, records };
  },
};

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
