// The saved state of `qoe replay --views --checkpoint`. A module of its own, light to load:
// the CLI reads a checkpoint (and starts reading the input from its position) before the
// jobs' modules load.
import * as fs from 'node:fs';
import type { ViewJobsSnapshot } from '../../jobs/viewJobs';
import { inputBytes, isDirectory } from '../../sources/files/inputFiles';

export interface ReplayStats {
  views: number;
  deadLetters: number;
  lateViews: number;
  points: number;
  incidentsOpened: number;
  /** Why the input was not read to its end (InputReadError), when it was not: what came before was replayed. */
  inputError?: string;
}

/** What a replay needs to continue after an interruption exactly where it stood. */
export interface ReplayCheckpoint {
  version: 1;
  input: string;
  inputBytes: number;
  recordsConsumed: number;
  stats: ReplayStats;
  job: ViewJobsSnapshot;
  /** Position of a file sink (line protocol), so its output can be cut back to it. */
  sink?: { bytes: number; rp: string | undefined };
}

export function loadCheckpoint(file: string, viewsFile: string): ReplayCheckpoint | undefined {
  if (!fs.existsSync(file)) return undefined;
  const cp = JSON.parse(fs.readFileSync(file, 'utf8')) as ReplayCheckpoint;
  if (cp.version !== 1) throw new Error(`checkpoint ${file} has unsupported version ${String(cp.version)}`);
  if (cp.input !== viewsFile) throw new Error(`checkpoint ${file} belongs to input ${cp.input}, not ${viewsFile}`);
  // A directory's files, all of them (one added, removed or grown since is another input).
  const size = inputBytes(viewsFile);
  if (cp.inputBytes !== size) throw new Error(`checkpoint ${file} was taken on a ${cp.inputBytes}-byte input; ${viewsFile} now has ${size} bytes${isDirectory(viewsFile) ? ' in its files' : ''}`);
  return cp;
}

export function saveCheckpoint(file: string, cp: ReplayCheckpoint): void {
  const tmp = `${file}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(cp));
  fs.renameSync(tmp, file);
}

