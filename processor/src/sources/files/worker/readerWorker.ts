/**
 * The reader worker's entry point: reads and decodes the file of the job it is sent (it may
 * be started, and its modules loaded, before the job is known: readerWorkerStart.ts) with
 * the same reader a replay uses on the main thread, and posts the batches in chunks of
 * columns (batchCodecs.ts), at most CHUNKS_IN_FLIGHT ahead of the main thread.
 */
import { parentPort } from 'node:worker_threads';
import { readCdnLogFile } from '../readCdnLogs';
import { readViewFile } from '../readViews';
import { ColumnWriter } from './columns';
import { cdnBatchCodec, viewBatchCodec, type BatchCodec } from './batchCodecs';
import { CHUNK_COLUMNS, CHUNKS_IN_FLIGHT, FIRST_CHUNK_COLUMNS, type CreditMessage, type JobMessage, type ReaderJob, type ReaderMessage } from './readerJob';

const port = parentPort!;
let credits = CHUNKS_IN_FLIGHT;
let wake: (() => void) | undefined;
port.on('message', (m: JobMessage | CreditMessage) => {
  if (m.type === 'job') {
    run(m.job).catch((err: unknown) => post({ type: 'error', message: err instanceof Error ? err.message : String(err) }));
    return;
  }
  credits++;
  wake?.();
});

async function credit(): Promise<void> {
  while (credits === 0) await new Promise<void>((resolve) => (wake = resolve));
  wake = undefined;
  credits--;
}

function post(m: ReaderMessage<unknown>): void {
  if (m.type === 'chunk') port.postMessage(m, [m.columns.numbers.buffer, m.columns.refs.buffer]);
  else port.postMessage(m);
}

async function run(job: ReaderJob): Promise<void> {
  if (job.kind === 'views') {
    // Labels are cleaned on the main thread, once a distinct value of a chunk (viewColumns.ts).
    const limits = { ...job.limits, rawLabels: true };
    await postBatches(readViewFile(job.file, job.format, job.batchSize, () => limits, job.skipRecords), viewBatchCodec);
  } else await postBatches(readCdnLogFile(job.file, job.format, job.batchSize, { ...(job.fields ? { fields: job.fields } : {}), nowMs: job.nowMs, cmcd: 'payloads' }), cdnBatchCodec);
  post({ type: 'end' });
}

async function postBatches<B, M>(source: AsyncGenerator<B>, codec: BatchCodec<B, M>): Promise<void> {
  const w = new ColumnWriter();
  let batches: M[] = [];
  // The first chunks are small, so the main thread starts soon; later ones cost less per record.
  let chunkColumns = FIRST_CHUNK_COLUMNS;
  const send = async () => {
    await credit();
    post({ type: 'chunk', batches, columns: w.take() });
    batches = [];
    chunkColumns = Math.min(CHUNK_COLUMNS, chunkColumns * 2);
  };
  for await (const batch of source) {
    batches.push(codec.pack(batch, w));
    if (w.size >= chunkColumns) await send();
  }
  if (batches.length > 0) await send();
}
