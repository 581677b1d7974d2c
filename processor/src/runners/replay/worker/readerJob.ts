import type { CdnFormat } from '../../../decode/cdn';
import type { ViewLimits } from '../../../decode/normalizeView';
import type { ViewFileFormat } from '../../../sources/files/readViews';
import type { MergePosition } from '../../../sources/files/mergeByEventTime';
import type { PackedChunk } from '../../../sources/files/worker/batchCodecs';
import { NOTHING_ENRICHED, type EnrichedFields } from '../../../sources/files/worker/cdnColumns';
import type { GeoSettings } from '../../../enrich/geoFromSettings';

/**
 * The enrichment a CDN job's worker applies to its records before posting them (LocalEnricher):
 * the URL convention (when no asset database is configured) and the geo tables it opens itself.
 */
export interface WorkerEnrichment {
  urlConvention: boolean;
  geo: GeoSettings;
}

/** The fields a CDN job's records travel without: what the worker's enrichment read, and nothing after it. */
export function enrichedFieldsOf(enrich: WorkerEnrichment | undefined): EnrichedFields {
  return enrich ? { assetKeys: enrich.urlConvention, clientIp: true } : NOTHING_ENRICHED;
}

/** What the reader worker reads (sent in a JobMessage): the arguments of readViewFile or readCdnLogFile. */
export type ReaderJob =
  | { kind: 'views'; file: string; format: ViewFileFormat; batchSize: number; limits: ViewLimits; skipRecords: number; mergeFrom?: MergePosition }
  | { kind: 'cdn'; file: string; format: CdnFormat; batchSize: number; fields?: readonly string[]; nowMs: number; enrich?: WorkerEnrichment; skipRecords: number; mergeFrom?: MergePosition };

/**
 * Worker -> main thread: 'ready' once the job's enrichment is open (before any chunk), chunks,
 * then 'end'; or an error (with the variable and detail of a ConfigError, or the file and
 * reason of an InputReadError, so the main thread reports it as it would have itself).
 */
export type ReaderMessage<M> =
  | { type: 'ready' }
  | PackedChunk<M>
  | { type: 'end' }
  | { type: 'error'; message: string; config?: { variable: string; detail: string }; input?: { file: string; reason: string } };

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
