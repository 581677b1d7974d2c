import type { CdnFormat, CdnJobRecord } from '../../../decode/cdn';
import type { ViewLimits } from '../../../decode/normalizeView';
import type { CdnBatch } from '../readCdnLogs';
import type { ViewBatch, ViewFileFormat } from '../readViews';
import { cdnBatchCodec, unpackChunk, viewBatchCodec, type BatchCodec } from './batchCodecs';
import type { CreditMessage, JobMessage, ReaderJob, ReaderMessage } from './readerJob';
import { readerWorker, readerWorkerAvailable, WORKER_SCRIPT } from './readerWorkerStart';

export { readInWorkerFor } from './readerWorkerStart';

/**
 * readViewFile on a worker thread: the same batches (records, dead letters, positions), read
 * and decoded on another core while this thread runs the jobs on the batches before them.
 * The limits are fixed for the whole file (a replay's are).
 */
export function readViewFileInWorker(file: string, format: ViewFileFormat, batchSize: number, limits: ViewLimits, skipRecords = 0): AsyncGenerator<ViewBatch> {
  return readInWorker({ kind: 'views', file, format, batchSize, limits, skipRecords }, viewBatchCodec);
}

/** readCdnLogFile on a worker thread: the same batches, parsed on another core, with the fields the CDN jobs read (CdnJobRecord). */
export function readCdnLogFileInWorker(file: string, format: CdnFormat, batchSize: number, opts: { fields?: readonly string[]; nowMs?: number } = {}): AsyncGenerator<CdnBatch<CdnJobRecord>> {
  return readInWorker({ kind: 'cdn', file, format, batchSize, ...(opts.fields ? { fields: opts.fields } : {}), nowMs: opts.nowMs ?? Date.now() }, cdnBatchCodec);
}

/**
 * Starts the worker at once (so it reads while the caller gets ready) and returns its batches.
 * Until the batches are asked for, the worker does not keep the process alive.
 */
function readInWorker<B, M>(job: ReaderJob, codec: BatchCodec<B, M>): AsyncGenerator<B> {
  if (!readerWorkerAvailable()) throw new Error(`the reader worker needs the compiled build (${WORKER_SCRIPT}): run npm run build`);
  const worker = readerWorker();
  worker.unref();
  worker.postMessage({ type: 'job', job } satisfies JobMessage);
  const inbox: ReaderMessage<M>[] = [];
  let failure: Error | undefined;
  let exited = false;
  let wake: (() => void) | undefined;
  worker.on('message', (m: ReaderMessage<M>) => {
    inbox.push(m);
    wake?.();
  });
  worker.on('error', (err) => {
    failure = err;
    wake?.();
  });
  worker.on('exit', () => {
    exited = true;
    wake?.();
  });
  async function* batches(): AsyncGenerator<B> {
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
        if (m.type === 'error') throw new Error(m.message);
        // The worker reads the next chunk while this one is processed.
        worker.postMessage({ type: 'credit' } satisfies CreditMessage);
        yield* unpackChunk(codec, m);
      }
    } finally {
      await worker.terminate();
    }
  }
  return batches();
}
