import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CdnFormat } from '../../../decode/cdn';
import { inputBytes } from '../../../sources/files/inputFiles';

/**
 * Starting the reader worker: a worker thread spends about as long loading its modules as
 * the CLI does, so `qoe replay` starts one before the CLI's own modules load
 * (bin/qoe.js) and hands it its file once the options are parsed. This module is
 * kept free of imports beyond Node's so that starting early costs nothing.
 */
export const WORKER_SCRIPT = path.join(__dirname, 'readerWorker.js');

/**
 * Whether files can be read on a worker thread: the worker runs compiled JavaScript, so not
 * where this module itself runs from TypeScript source (ts-jest).
 */
export function readerWorkerAvailable(): boolean {
  return __filename.endsWith('.js') && fs.existsSync(WORKER_SCRIPT);
}

/**
 * Files smaller than this are read on the main thread. Measured here (2 cores, best of five,
 * interleaved): for views files of 12 and 31 MB and CloudFront logs of 8 and 20 MB the worker
 * was 3-10% slower than the main thread (it starts Node in its thread, every record is
 * packed and unpacked, and two busy threads each run about 15% slower on this machine than
 * one alone); at 79 MB of views it was 9% faster.
 */
export const WORKER_MIN_BYTES = 48 * 1024 * 1024;

/**
 * QOE_REPLAY_READER: 'worker' reads a replay's file on a worker thread, 'main' on the main thread, 'auto' on a
 * worker when it can help: a file (not stdin) of at least WORKER_MIN_BYTES, a second core, the compiled build.
 */
export function readInWorkerFor(setting: string, file: string): boolean {
  if (setting !== 'auto') return setting === 'worker';
  if (file === '-' || !readerWorkerAvailable() || os.availableParallelism() < 2) return false;
  try {
    return inputBytes(file) >= WORKER_MIN_BYTES;
  } catch {
    return false; // the main thread's reader reports the error
  }
}

/** QOE_REPLAY_READER as the environment gives it before the configuration is read (and validated), with its default. */
export function replayReaderOfEnv(env: NodeJS.ProcessEnv = process.env): string {
  return env.QOE_REPLAY_READER || 'auto';
}

/**
 * The files a `qoe replay` command line reads (--views, --cdn-logs, as `--views FILE` or
 * `--views=FILE`; the last of each) and the CDN format, found before the CLI parses it:
 * only a hint for starting a worker early.
 */
export function replayInputsOf(argv: readonly string[]): { views?: string; cdnLogs?: string; cdnFormat?: string } {
  const inputs: { views?: string; cdnLogs?: string; cdnFormat?: string } = {};
  const options = [['--views', 'views'], ['--cdn-logs', 'cdnLogs'], ['--cdn-format', 'cdnFormat']] as const;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    for (const [option, key] of options) {
      if (a === option && i + 1 < argv.length) inputs[key] = argv[i + 1]!;
      else if (a.startsWith(`${option}=`)) inputs[key] = a.slice(option.length + 1);
    }
  }
  return inputs;
}

/**
 * Whether a CDN format's records are enriched on the reader worker: where parsing a line
 * costs little (CloudFront's tab-separated lines), the worker has time for the enrichment
 * and the main thread, which runs the jobs, sets the pace without it; a JSON line's parse
 * keeps the worker as busy as the jobs keep the main thread, so enrichment stays there.
 * Measured here (busy time a thread, 155k lines of clients in real networks): CloudFront
 * main 2.0 s / worker 1.45 s with enrichment on the main thread, 1.3 / 1.4 s with it on the
 * worker; Akamai DataStream 2 (JSON) 2.1 / 2.0 s on the main thread, 1.5 / 2.2 s on the worker.
 */
export function enrichesOnWorker(format: CdnFormat): boolean {
  return format === 'cloudfront' || format === 'cloudfront-realtime';
}

let waiting: Worker | undefined;

/** What the worker is told when it starts (workerData). */
export interface ReaderWorkerData {
  /** Load enrichment's modules and start reading the bundled geo tables (bundledGeoFiles.ts) at once: its first job will be CDN logs, enriched there. */
  readGeoAhead: boolean;
}

/**
 * Starts a reader worker with no job yet when the command line names a file that will be
 * read on one (readInWorkerFor; QOE_REPLAY_READER is validated later, with the rest of the
 * configuration). It does not keep the process alive, and if it fails before it is given a
 * job, a later reader starts a worker of its own. Says whether the CDN logs will be
 * enriched on a worker: else the caller reads the geo tables ahead on this thread.
 */
export function startReaderWorkerEarly(argv: readonly string[] = process.argv): { cdnEnrichedOnWorker: boolean } {
  const setting = replayReaderOfEnv();
  const { views, cdnLogs, cdnFormat } = replayInputsOf(argv);
  const onWorker = (file: string | undefined) => file !== undefined && readInWorkerFor(setting, file);
  const cdnOnWorker = onWorker(cdnLogs);
  const cdnEnrichedOnWorker = cdnOnWorker && enrichesOnWorker(cdnFormat as CdnFormat);
  if (waiting || !(onWorker(views) || cdnOnWorker)) return { cdnEnrichedOnWorker };
  // Views are read first (by this worker); CDN logs then by a worker of their own.
  const worker = new Worker(WORKER_SCRIPT, { workerData: { readGeoAhead: cdnEnrichedOnWorker && views === undefined } satisfies ReaderWorkerData });
  worker.unref();
  const forget = () => {
    if (waiting === worker) waiting = undefined;
  };
  worker.once('error', forget);
  worker.once('exit', forget);
  waiting = worker;
  return { cdnEnrichedOnWorker };
}

/** A reader worker with no job: the one started early, or a new one. */
export function readerWorker(): Worker {
  const worker = waiting ?? new Worker(WORKER_SCRIPT, { workerData: { readGeoAhead: false } satisfies ReaderWorkerData });
  waiting = undefined;
  worker.removeAllListeners();
  return worker;
}

/** Stops the worker started early when no reader took it (the file is read on the main thread). */
export async function stopWaitingReaderWorker(): Promise<void> {
  const worker = waiting;
  waiting = undefined;
  if (worker) await worker.terminate();
}
