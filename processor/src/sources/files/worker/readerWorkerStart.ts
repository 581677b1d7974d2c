import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';

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
    return fs.statSync(file).size >= WORKER_MIN_BYTES;
  } catch {
    return false; // the main thread's reader reports the error
  }
}

/**
 * The files a `qoe replay` command line reads (--views, --cdn-logs, as `--views FILE` or
 * `--views=FILE`), found before the CLI parses it: only a hint for starting a worker early.
 */
export function replayFilesOf(argv: readonly string[]): string[] {
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    for (const option of ['--views', '--cdn-logs']) {
      if (a === option && i + 1 < argv.length) files.push(argv[i + 1]!);
      else if (a.startsWith(`${option}=`)) files.push(a.slice(option.length + 1));
    }
  }
  return files;
}

let waiting: Worker | undefined;

/**
 * Starts a reader worker with no job yet when the command line names a file that will be
 * read on one (readInWorkerFor; QOE_REPLAY_READER is validated later, with the rest of the
 * configuration). It does not keep the process alive, and if it fails before it is given a
 * job, a later reader starts a worker of its own.
 */
export function startReaderWorkerEarly(argv: readonly string[] = process.argv): void {
  const setting = process.env.QOE_REPLAY_READER || 'auto';
  if (waiting || !readerWorkerAvailable() || !replayFilesOf(argv).some((f) => readInWorkerFor(setting, f))) return;
  const worker = new Worker(WORKER_SCRIPT);
  worker.unref();
  const forget = () => {
    if (waiting === worker) waiting = undefined;
  };
  worker.once('error', forget);
  worker.once('exit', forget);
  waiting = worker;
}

/** A reader worker with no job: the one started early, or a new one. */
export function readerWorker(): Worker {
  const worker = waiting ?? new Worker(WORKER_SCRIPT);
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
