/**
 * The reader worker's entry point: reads and decodes the file of the job it is sent (it may
 * be started, and its modules loaded, before the job is known: readerWorkerStart.ts) with
 * the same reader a replay uses on the main thread, enriches CDN records where it can
 * without a connection (LocalEnricher: the URL convention, the geo tables, opened here),
 * and posts the batches in chunks of columns (batchCodecs.ts), at most CHUNKS_IN_FLIGHT
 * ahead of the main thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ConfigError } from '../../../config/env';
import type { LocalEnricher } from '../../../enrich/recordEnricher';
import type { CdnJobRecord } from '../../../decode/cdn';
import { readCdnLogFile } from '../../../sources/files/readCdnLogs';
import { readViewFile } from '../../../sources/files/readViews';
import { InputReadError } from '../../../sources/files/inputReadError';
import { ColumnWriter } from '../../../sources/files/worker/columns';
import { cdnBatchCodec, viewBatchCodec, type BatchCodec } from '../../../sources/files/worker/batchCodecs';
import { CHUNK_COLUMNS, CHUNKS_IN_FLIGHT, FIRST_CHUNK_COLUMNS, type CreditMessage, type JobMessage, type ReaderJob, type ReaderMessage, type WorkerEnrichment, enrichedFieldsOf } from './readerJob';
import type { ReaderWorkerData } from './readerWorkerStart';

const port = parentPort!;

/**
 * Enrichment's modules (the geo readers among them), loaded for a CDN job that enriches, not
 * for views. Started for such a job (readGeoAhead), the worker loads them and starts reading
 * the bundled geo tables (on the thread pool) at once, before its job arrives.
 */
let enrichment: Promise<(e: WorkerEnrichment) => Promise<LocalEnricher>> | undefined;
function loadEnrichment(): Promise<(e: WorkerEnrichment) => Promise<LocalEnricher>> {
  return (enrichment ??= (async () => {
    const [{ PathConventionLookup }, geoFiles, { openGeo }, { LocalEnricher }] = await Promise.all([
      import('../../../enrich/assetLookup'),
      import('../../../enrich/bundledGeoFiles'),
      import('../../../enrich/geoFromSettings'),
      import('../../../enrich/recordEnricher'),
    ]);
    geoFiles.readBundledGeoAhead();
    return async (e: WorkerEnrichment) => {
      await geoFiles.readsAheadDone();
      return new LocalEnricher(e.urlConvention ? new PathConventionLookup() : null, openGeo(e.geo));
    };
  })());
}
if ((workerData as ReaderWorkerData | undefined)?.readGeoAhead) void loadEnrichment();
let credits = CHUNKS_IN_FLIGHT;
let wake: (() => void) | undefined;
port.on('message', (m: JobMessage | CreditMessage) => {
  if (m.type === 'job') {
    run(m.job).catch((err: unknown) =>
      post({
        type: 'error',
        message: err instanceof Error ? err.message : String(err),
        ...(err instanceof ConfigError ? { config: { variable: err.variable, detail: err.detail } } : {}),
        ...(err instanceof InputReadError ? { input: { file: err.file, reason: err.reason } } : {}),
      }),
    );
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
    post({ type: 'ready' });
    // Labels are cleaned on the main thread, once a distinct value of a chunk (viewColumns.ts).
    const limits = { ...job.limits, rawLabels: true };
    await postBatches(readViewFile(job.file, job.format, job.batchSize, () => limits, job.skipRecords, job.mergeFrom), viewBatchCodec);
  } else {
    const enricher = job.enrich ? await (await loadEnrichment())(job.enrich) : undefined;
    post({ type: 'ready' });
    const batches = readCdnLogFile(job.file, job.format, job.batchSize, { ...(job.fields ? { fields: job.fields } : {}), nowMs: job.nowMs, cmcd: 'payloads' }, job.skipRecords, job.mergeFrom);
    await postBatches(enricher ? enriched(batches, enricher) : batches, cdnBatchCodec(enrichedFieldsOf(job.enrich)));
  }
  post({ type: 'end' });
}

/** The batches with their records enriched in place (the part that needs no connection; the main thread does the rest). */
async function* enriched<B extends { records: readonly CdnJobRecord[] }>(batches: AsyncGenerator<B>, enricher: LocalEnricher): AsyncGenerator<B> {
  for await (const batch of batches) {
    enricher.enrich(batch.records);
    yield batch;
  }
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
  try {
    for await (const batch of source) {
      batches.push(codec.pack(batch, w));
      if (w.size >= chunkColumns) await send();
    }
  } catch (err) {
    // The input failed part-way: what was read before the failure goes first.
    if (err instanceof InputReadError && batches.length > 0) await send();
    throw err;
  }
  if (batches.length > 0) await send();
}
