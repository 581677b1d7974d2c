import type { CdnFormat } from '../../../decode/cdn';
import type { ViewLimits } from '../../../decode/normalizeView';
import type { ViewFileFormat } from '../readViews';
import type { PackedChunk } from './batchCodecs';

/** What the reader worker reads (sent in a JobMessage): the arguments of readViewFile or readCdnLogFile. */
export type ReaderJob =
  | { kind: 'views'; file: string; format: ViewFileFormat; batchSize: number; limits: ViewLimits; skipRecords: number }
  | { kind: 'cdn'; file: string; format: CdnFormat; batchSize: number; fields?: readonly string[]; nowMs: number };

/** Worker -> main thread. */
export type ReaderMessage<M> = PackedChunk<M> | { type: 'end' } | { type: 'error'; message: string };

/** Main thread -> worker, first: what to read (a worker is started before its job is known, see readerWorkerStart.ts). */
export interface JobMessage {
  type: 'job';
  job: ReaderJob;
}

/** Main thread -> worker: one more chunk may be posted. */
export interface CreditMessage {
  type: 'credit';
}

/** Chunks the worker may post ahead of the main thread (each up to CHUNK_COLUMNS columns). */
export const CHUNKS_IN_FLIGHT = 3;
/** Numbers and strings of a chunk (about 2,600 views): enough that posting costs little per record. */
export const CHUNK_COLUMNS = 64 * 1024;
/** The first chunk's size (each next one twice the last, up to CHUNK_COLUMNS). */
export const FIRST_CHUNK_COLUMNS = 4 * 1024;
