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

let waiting: Worker | undefined;

/**
 * Starts a reader worker with no job yet, where one can help: a second core, the compiled
 * build, QOE_REPLAY_READER not `main` (the setting is validated later, with the rest of the
 * configuration). It does not keep the process alive, and if it fails before it is given a
 * job, a later reader starts a worker of its own.
 */
export function startReaderWorkerEarly(): void {
  if (waiting || process.env.QOE_REPLAY_READER === 'main' || os.availableParallelism() < 2 || !readerWorkerAvailable()) return;
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
