import * as fs from 'node:fs';
import type { Logger } from '../../log/logger';
import type { DeadLetterSink } from '../../sinks/deadLetterSink';
import type { PointSink } from '../../sinks/pointSink';
import type { QoePoint } from '../../schema/point';
import { readViewFile, type ViewFileFormat } from '../../sources/files/readViews';
import { readViewFileInWorker } from '../../sources/files/worker/readInWorker';
import { deadLetter } from '../../decode/viewRecord';
import type { ViewQoeJobOptions } from '../../jobs/viewQoeJob';
import { ViewJobs, type ViewJobsSnapshot } from '../../jobs/viewJobs';
import type { IncidentEvent } from '../../detect/incident';
import type { DetectorOptions } from '../../detect/options';

export interface ReplayOptions {
  viewsFile: string;
  viewsFormat: ViewFileFormat;
  batchSize: number;
  /** Event-time speed-up over wall time (e.g. 60 = an hour a minute); 0 = as fast as possible. */
  speed: number;
  job: Partial<ViewQoeJobOptions>;
  detector?: Partial<DetectorOptions>;
  maxFutureMs: number;
  /** Read and decode the file on a worker thread (the jobs run here meanwhile); the output is the same. */
  readInWorker?: boolean;
  /** Called with every incident open, update and close (in event-time order). */
  onIncident?: (e: IncidentEvent) => void;
  /** Write a checkpoint here after every checkpointEvery batches (once the sink has flushed). */
  checkpointFile?: string;
  checkpointEvery?: number;
  /** Continue from this checkpoint (see loadCheckpoint). */
  resume?: ReplayCheckpoint;
  /** Called after each batch with the bytes read so far and the input size (0 when unknown). */
  onProgress?: (bytesRead: number, totalBytes: number, stats: ReplayStats) => void;
}

export interface ReplayStats {
  views: number;
  deadLetters: number;
  lateViews: number;
  points: number;
  incidentsOpened: number;
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

/** A sink that can say how far its output got (LineProtocolFileSink). */
interface PositionedSink extends PointSink {
  position?(): { bytes: number; rp: string | undefined };
}

export function loadCheckpoint(file: string, viewsFile: string): ReplayCheckpoint | undefined {
  if (!fs.existsSync(file)) return undefined;
  const cp = JSON.parse(fs.readFileSync(file, 'utf8')) as ReplayCheckpoint;
  if (cp.version !== 1) throw new Error(`checkpoint ${file} has unsupported version ${String(cp.version)}`);
  if (cp.input !== viewsFile) throw new Error(`checkpoint ${file} belongs to input ${cp.input}, not ${viewsFile}`);
  const size = viewsFile === '-' ? 0 : fs.statSync(viewsFile).size;
  if (cp.inputBytes !== size) throw new Error(`checkpoint ${file} was taken on a ${cp.inputBytes}-byte input; ${viewsFile} now has ${size} bytes`);
  return cp;
}

function saveCheckpoint(file: string, cp: ReplayCheckpoint): void {
  const tmp = `${file}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(cp));
  fs.renameSync(tmp, file);
}

/**
 * Backfill: runs the views of a file through the same job as the live pipeline, in event
 * time, and writes the points to the sink. Output depends only on the input records and
 * their order, not on batch size, speed, or where it was interrupted and resumed.
 */
export async function replayViews(opts: ReplayOptions, sink: PositionedSink, dead: DeadLetterSink, logger: Logger): Promise<ReplayStats> {
  const job = new ViewJobs({ ...opts.job, idleTimeoutMs: 0 }, opts.detector ?? {});
  const totalBytes = opts.viewsFile === '-' ? 0 : fs.statSync(opts.viewsFile).size;
  const stats: ReplayStats = opts.resume ? { ...opts.resume.stats } : { views: 0, deadLetters: 0, lateViews: 0, points: 0, incidentsOpened: 0 };
  if (opts.resume) {
    job.restore(opts.resume.job);
    logger.info({ recordsConsumed: opts.resume.recordsConsumed }, 'resuming replay from checkpoint');
  }
  // Reject views ending in the future of the wall clock at the start of the replay.
  const limits = { nowMs: Date.now(), maxFutureMs: opts.maxFutureMs };
  let firstEventMs: number | undefined;
  const wallStart = Date.now();
  let batches = 0;

  const skip = opts.resume?.recordsConsumed ?? 0;
  const input = opts.readInWorker
    ? readViewFileInWorker(opts.viewsFile, opts.viewsFormat, opts.batchSize, limits, skip)
    : readViewFile(opts.viewsFile, opts.viewsFormat, opts.batchSize, () => limits, skip);
  for await (const batch of input) {
    const points: QoePoint[] = [];
    for (const v of batch.views) {
      const out = job.process(v);
      for (const p of out.points) points.push(p);
      for (const e of out.incidents) {
        if (e.kind === 'open') stats.incidentsOpened++;
        opts.onIncident?.(e);
      }
      for (const l of out.late) {
        dead.write([deadLetter(`late: view_end ${new Date(l.eventTimeMs).toISOString()} behind watermark ${new Date(l.watermarkMs).toISOString()} beyond allowed lateness`, opts.viewsFile, { view_id: l.record.viewId, property_id: l.record.propertyId })]);
        stats.lateViews++;
      }
    }
    stats.views += batch.views.length;
    dead.write(batch.dead);
    stats.deadLetters += batch.dead.length;
    if (points.length > 0) await sink.write(points);
    stats.points += points.length;
    batches++;
    if (opts.checkpointFile && batches % (opts.checkpointEvery ?? 1) === 0) {
      await sink.flush();
      const cp: ReplayCheckpoint = { version: 1, input: opts.viewsFile, inputBytes: totalBytes, recordsConsumed: batch.recordsConsumed, stats: { ...stats }, job: job.snapshot() };
      const position = sink.position?.();
      if (position) cp.sink = position;
      saveCheckpoint(opts.checkpointFile, cp);
    }
    if (opts.speed > 0 && batch.lastEventMs !== undefined) {
      firstEventMs ??= batch.lastEventMs;
      const due = wallStart + (batch.lastEventMs - firstEventMs) / opts.speed;
      const wait = due - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, Math.min(wait, 60_000)));
    }
    opts.onProgress?.(batch.bytesRead, totalBytes, stats);
  }
  const rest = job.qoe.flush();
  if (rest.length > 0) await sink.write(rest);
  stats.points += rest.length;
  await sink.flush();
  if (opts.checkpointFile) fs.rmSync(opts.checkpointFile, { force: true });
  logger.info({ ...stats, deadLetterReasons: dead.reasons() }, 'replay finished');
  return stats;
}
