import type { CdnFormat, CdnJobRecord } from '../../../decode/cdn';
import type { ViewLimits } from '../../../decode/normalizeView';
import type { MergePosition } from '../../../sources/files/mergeByEventTime';
import type { CdnBatch } from '../../../sources/files/readCdnLogs';
import type { ViewBatch, ViewFileFormat } from '../../../sources/files/readViews';
import { cdnBatchCodec, unpackChunk, viewBatchCodec, type BatchCodec } from '../../../sources/files/worker/batchCodecs';
import { ConfigError } from '../../../config/env';
import { InputReadError } from '../../../sources/files/inputReadError';
import { enrichedFieldsOf, type CreditMessage, type JobMessage, type ReaderJob, type ReaderMessage, type WorkerEnrichment } from './readerJob';
import { readerWorker, readerWorkerAvailable, WORKER_SCRIPT } from './readerWorkerStart';

export { enrichesOnWorker, readInWorkerFor } from './readerWorkerStart';

/**
 * readViewFile on a worker thread: the same batches (records, dead letters, positions), read
 * and decoded on another core while this thread runs the jobs on the batches before them.
 * The limits are fixed for the whole file (a replay's are).
 */
export function readViewFileInWorker(file: string, format: ViewFileFormat, batchSize: number, limits: ViewLimits, skipRecords = 0, mergeFrom?: MergePosition): AsyncGenerator<ViewBatch> {
  return readInWorker({ kind: 'views', file, format, batchSize, limits, skipRecords, ...(mergeFrom ? { mergeFrom } : {}) }, viewBatchCodec).batches;
}

/**
 * readCdnLogFile on a worker thread: the same batches, parsed on another core, with the
 * fields the CDN jobs read (CdnJobRecord), and enriched there as `enrich` says. `ready`
 * settles once the worker opened that enrichment: it rejects with the worker's error (a
 * ConfigError naming the variable of a geo database it cannot use).
 */
export function readCdnLogFileInWorker(
  file: string,
  format: CdnFormat,
  batchSize: number,
  opts: { fields?: readonly string[]; nowMs?: number; enrich?: WorkerEnrichment } = {},
  skipRecords = 0,
  mergeFrom?: MergePosition,
): WorkerReader<CdnBatch<CdnJobRecord>> {
  return readInWorker({ kind: 'cdn', file, format, batchSize, ...(opts.fields ? { fields: opts.fields } : {}), nowMs: opts.nowMs ?? Date.now(), ...(opts.enrich ? { enrich: opts.enrich } : {}), skipRecords, ...(mergeFrom ? { mergeFrom } : {}) }, cdnBatchCodec(enrichedFieldsOf(opts.enrich)));
}

/** A file read on a worker: its batches, and when the worker is ready (its job's enrichment open). */
export interface WorkerReader<B> {
  batches: AsyncGenerator<B>;
  /** Settles when the worker is ready (the worker keeps the process alive meanwhile). */
  ready(): Promise<void>;
}

/** The error a worker posted: a ConfigError or an InputReadError again when it was one. */
function workerError(m: { message: string; config?: { variable: string; detail: string }; input?: { file: string; reason: string } }): Error {
  if (m.config) return new ConfigError(m.config.variable, m.config.detail);
  if (m.input) return new InputReadError(m.input.file, m.input.reason);
  return new Error(m.message);
}

/**
 * Starts the worker at once (so it reads while the caller gets ready) and returns its batches.
 * Until the batches are asked for, the worker does not keep the process alive.
 */
function readInWorker<B, M>(job: ReaderJob, codec: BatchCodec<B, M>): WorkerReader<B> {
  if (!readerWorkerAvailable()) throw new Error(`the reader worker needs the compiled build (${WORKER_SCRIPT}): run npm run build`);
  const worker = readerWorker();
  worker.unref();
  worker.postMessage({ type: 'job', job } satisfies JobMessage);
  const inbox: Exclude<ReaderMessage<M>, { type: 'ready' }>[] = [];
  let failure: Error | undefined;
  let exited = false;
  let wake: (() => void) | undefined;
  let settle: { resolve: () => void; reject: (err: Error) => void } | undefined;
  const ready = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
  // Whoever reads the batches meets the same failure: a caller that never awaits ready is not an unhandled rejection.
  ready.catch(() => {});
  worker.on('message', (m: ReaderMessage<M>) => {
    if (m.type === 'ready') return settle!.resolve();
    if (m.type === 'error') settle!.reject(workerError(m));
    else settle!.resolve();
    inbox.push(m);
    wake?.();
  });
  worker.on('error', (err) => {
    failure = err;
    settle!.reject(err);
    wake?.();
  });
  worker.on('exit', () => {
    exited = true;
    settle!.reject(new Error(`reader worker for ${job.file} stopped before the end of its input`));
    wake?.();
  });
  let reading = false;
  async function* batches(): AsyncGenerator<B> {
    reading = true;
    worker.ref();
    try {
      for (;;) {
        while (inbox.length === 0) {
          if (failure) throw failure;
          if (exited) throw new Error(`reader worker for ${job.file} stopped before the end of its input`);
          await new Promise<void>((resolve) => (wake = resolve));
          wake = undefined;
        }
        const m = inbox.shift()!;
        if (m.type === 'end') return;
        if (m.type === 'error') throw workerError(m);
        // The worker reads the next chunk while this one is processed.
        worker.postMessage({ type: 'credit' } satisfies CreditMessage);
        yield* unpackChunk(codec, m);
      }
    } finally {
      await worker.terminate();
    }
  }
  const whenReady = async () => {
    worker.ref();
    try {
      await ready;
    } finally {
      if (!reading) worker.unref();
    }
  };
  return { batches: batches(), ready: whenReady };
}
