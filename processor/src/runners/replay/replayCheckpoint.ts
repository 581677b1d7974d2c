// The saved state of `qoe replay --checkpoint` (views, or CDN logs). A module of its own,
// light to load: the CLI reads a checkpoint (and starts reading the input from its position)
// before the jobs' modules load.
import * as fs from 'node:fs';
import type { CdnJobsSnapshot } from '../../jobs/cdnJobs';
import type { ViewJobsSnapshot } from '../../jobs/viewJobs';
import type { ReplayCdnStats } from './replayCdn';
import { inputBytes, isDirectory } from '../../sources/files/inputFiles';
import type { MergePosition } from '../../sources/files/mergeByEventTime';

export interface ReplayStats {
  views: number;
  deadLetters: number;
  lateViews: number;
  points: number;
  incidentsOpened: number;
  /** Why the input was not read to its end (InputReadError), when it was not: what came before was replayed. */
  inputError?: string;
}

/** What every replay checkpoint holds: the input and how far into it the replay stood. */
interface CheckpointPosition {
  version: 1;
  input: string;
  inputBytes: number;
  /** Lines of a file, or records and dead letters of a directory's merge, replayed (readViewFile, readCdnLogFile). */
  recordsConsumed: number;
  /** A directory's: where each of its files stood (a resume opens them there instead of merging them all again). */
  merge?: MergePosition;
  /** Position of a file sink (line protocol), so its output can be cut back to it. */
  sink?: { bytes: number; rp: string | undefined };
}

/** What a views replay needs to continue after an interruption exactly where it stood. */
export interface ReplayCheckpoint extends CheckpointPosition {
  /** Absent: a views replay's (as checkpoints were saved before CDN logs had them). */
  kind?: undefined;
  stats: ReplayStats;
  job: ViewJobsSnapshot;
}

/** The same for a replay of CDN logs: the CDN jobs' state (per-minute health, usage hours with their record ids). */
export interface CdnReplayCheckpoint extends CheckpointPosition {
  kind: 'cdn';
  format: string;
  stats: ReplayCdnStats;
  jobs: CdnJobsSnapshot;
}

/** A views replay's checkpoint of this input, or undefined when there is none yet. */
export function loadCheckpoint(file: string, viewsFile: string): ReplayCheckpoint | undefined {
  const cp = readCheckpoint(file, viewsFile);
  if (cp?.kind === 'cdn') throw new Error(`checkpoint ${file} was saved by a replay of CDN logs, not of views`);
  return cp;
}

/** A CDN log replay's checkpoint of this input in this format, or undefined when there is none yet. */
export function loadCdnCheckpoint(file: string, logs: string, format: string): CdnReplayCheckpoint | undefined {
  const cp = readCheckpoint(file, logs);
  if (cp === undefined) return undefined;
  if (cp.kind !== 'cdn') throw new Error(`checkpoint ${file} was saved by a replay of views, not of CDN logs`);
  if (cp.format !== format) throw new Error(`checkpoint ${file} was saved reading ${logs} as ${cp.format}, not ${format}`);
  return cp;
}

function readCheckpoint(file: string, input: string): ReplayCheckpoint | CdnReplayCheckpoint | undefined {
  if (!fs.existsSync(file)) return undefined;
  let cp: ReplayCheckpoint | CdnReplayCheckpoint;
  try {
    cp = JSON.parse(fs.readFileSync(file, 'utf8')) as ReplayCheckpoint | CdnReplayCheckpoint;
  } catch (err) {
    // Saved through a temporary file and a rename, so never half-written by a crash; damaged or not a checkpoint otherwise.
    throw new Error(`checkpoint ${file} cannot be read (${(err as Error).message}); remove it to replay from the start`);
  }
  if (cp.version !== 1) throw new Error(`checkpoint ${file} has unsupported version ${String(cp.version)}`);
  if (cp.input !== input) throw new Error(`checkpoint ${file} belongs to input ${cp.input}, not ${input}`);
  // A directory's files, all of them (one added, removed or grown since is another input).
  const size = inputBytes(input);
  if (cp.inputBytes !== size) throw new Error(`checkpoint ${file} was taken on a ${cp.inputBytes}-byte input; ${input} now has ${size} bytes${isDirectory(input) ? ' in its files' : ''}`);
  return cp;
}

/**
 * When a replay saves its checkpoint, asked after each batch: every `batches` batches (every
 * batch when neither is given), or with only `intervalMs`, once that much wall time has passed
 * since the replay started or last saved (what a crash can cost to redo is then bounded in
 * time, and so is the share of the replay spent saving, however large the state: a detector
 * of a million titles, hours of usage's record ids). Where the checkpoints fall never changes
 * the output.
 */
export function checkpointSchedule(every: { batches?: number | undefined; intervalMs?: number | undefined }, now: () => number = Date.now): () => boolean {
  const intervalMs = every.intervalMs;
  if (every.batches !== undefined || intervalMs === undefined) {
    let batches = 0;
    const n = every.batches ?? 1;
    return () => ++batches % n === 0;
  }
  let last = now();
  return () => {
    const t = now();
    if (t - last < intervalMs) return false;
    last = t;
    return true;
  };
}

export function saveCheckpoint(file: string, cp: ReplayCheckpoint | CdnReplayCheckpoint): void {
  const tmp = `${file}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(cp));
  fs.renameSync(tmp, file);
}
