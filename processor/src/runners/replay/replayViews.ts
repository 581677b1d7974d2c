import * as fs from 'node:fs';
import type { Logger } from '../../log/logger';
import type { DeadLetterSink } from '../../sinks/deadLetterSink';
import type { PositionedSink } from '../../sinks/pointSink';
import type { QoePoint } from '../../schema/point';
import { readViewFile, type ViewBatch, type ViewFileFormat } from '../../sources/files/readViews';
import { untilInputFails } from '../../sources/files/inputReadError';
import { inputBytes } from '../../sources/files/inputFiles';
import type { ViewLimits } from '../../decode/normalizeView';
import { deadLetter } from '../../decode/viewRecord';
import type { ViewQoeJobOptions } from '../../jobs/viewQoeJob';
import { ViewJobs } from '../../jobs/viewJobs';
import type { IncidentEvent } from '../../detect/incident';
import type { DetectorOptions } from '../../detect/options';
import { pacer } from './pace';
import { checkpointSchedule, saveCheckpoint, type ReplayCheckpoint, type ReplayStats } from './replayCheckpoint';

export { loadCheckpoint, type ReplayCheckpoint, type ReplayStats } from './replayCheckpoint';

export interface ReplayOptions {
  viewsFile: string;
  viewsFormat: ViewFileFormat;
  batchSize: number;
  /** Event-time speed-up over wall time (e.g. 60 = an hour a minute); 0 = as fast as possible. */
  speed: number;
  job: Partial<ViewQoeJobOptions>;
  detector?: Partial<DetectorOptions>;
  maxFutureMs: number;
  /**
   * The file's batches when they are already being read (readViewFileInWorker, started before
   * the jobs' modules loaded), read with these limits from the resume position; else the file
   * is read here.
   */
  input?: { batches: AsyncGenerator<ViewBatch>; limits: ViewLimits };
  /** Called with every incident open, update and close (in event-time order). */
  onIncident?: (e: IncidentEvent) => void;
  /** Write a checkpoint here after every checkpointEvery batches (once the sink has flushed). */
  checkpointFile?: string;
  checkpointEvery?: number;
  /** Without checkpointEvery: write a checkpoint once this much wall time has passed since the last (checkpointSchedule). */
  checkpointIntervalMs?: number;
  /** Continue from this checkpoint (see loadCheckpoint). */
  resume?: ReplayCheckpoint;
  /** Called after each batch with the bytes read so far and the input size (0 when unknown). */
  onProgress?: (bytesRead: number, totalBytes: number, stats: ReplayStats) => void;
}


/**
 * Backfill: runs the views of a file through the same job as the live pipeline, in event
 * time, and writes the points to the sink. Output depends only on the input records and
 * their order, not on batch size, speed, or where it was interrupted and resumed.
 */
export async function replayViews(opts: ReplayOptions, sink: PositionedSink, dead: DeadLetterSink, logger: Logger): Promise<ReplayStats> {
  const job = new ViewJobs({ ...opts.job, idleTimeoutMs: 0, jumpGuard: 'replay' }, opts.detector ?? {});
  const totalBytes = inputBytes(opts.viewsFile);
  const stats: ReplayStats = opts.resume ? { ...opts.resume.stats } : { views: 0, deadLetters: 0, lateViews: 0, points: 0, incidentsOpened: 0 };
  if (opts.resume) {
    job.restore(opts.resume.job);
    logger.info({ recordsConsumed: opts.resume.recordsConsumed }, 'resuming replay from checkpoint');
  }
  // Reject views ending in the future of the wall clock at the start of the replay.
  const limits = opts.input?.limits ?? { nowMs: Date.now(), maxFutureMs: opts.maxFutureMs };
  const pace = pacer(opts.speed);
  const checkpointDue = checkpointSchedule({ batches: opts.checkpointEvery, intervalMs: opts.checkpointIntervalMs });

  const input = opts.input?.batches ?? readViewFile(opts.viewsFile, opts.viewsFormat, opts.batchSize, () => limits, opts.resume?.recordsConsumed ?? 0, opts.resume?.merge);
  let bytesRead = 0;
  let recordsConsumed = opts.resume?.recordsConsumed ?? 0;
  // An input that fails part-way (a truncated gzip): what was read is replayed and written, the
  // failure is a dead letter and the result says so (inputError). The replay then ends as one
  // that read its input to the end (its checkpoint removed): the file made whole is replayed anew.
  const readable = untilInputFails(input, (err) => {
    stats.inputError = err.message;
    dead.write([deadLetter(`input not read to its end: ${err.reason}`, err.file, { bytes_read: bytesRead }, recordsConsumed + 1)]);
    stats.deadLetters++;
  });
  for await (const batch of readable) {
    const points: QoePoint[] = [];
    // Indexed loops: a for-of here made iterator objects for every view (the most memory the
    // main thread allocated after the views themselves).
    const views = batch.views;
    for (let i = 0; i < views.length; i++) {
      const out = job.process(views[i]!);
      for (let k = 0; k < out.points.length; k++) points.push(out.points[k]!);
      for (let k = 0; k < out.incidents.length; k++) {
        const e = out.incidents[k]!;
        if (e.kind === 'open') stats.incidentsOpened++;
        opts.onIncident?.(e);
      }
      for (let k = 0; k < out.late.length; k++) {
        const l = out.late[k]!;
        dead.write([deadLetter(`late: view_end ${new Date(l.eventTimeMs).toISOString()} behind watermark ${new Date(l.watermarkMs).toISOString()} beyond allowed lateness`, opts.viewsFile, { view_id: l.record.viewId, property_id: l.record.propertyId })]);
        stats.lateViews++;
      }
    }
    stats.views += batch.views.length;
    dead.write(batch.dead);
    stats.deadLetters += batch.dead.length;
    if (points.length > 0) await sink.write(points);
    stats.points += points.length;
    if (opts.checkpointFile && checkpointDue()) {
      await sink.flush();
      const cp: ReplayCheckpoint = { version: 1, input: opts.viewsFile, inputBytes: totalBytes, recordsConsumed: batch.recordsConsumed, ...(batch.position ? { merge: batch.position } : {}), stats: { ...stats }, job: job.snapshot() };
      const position = sink.position?.();
      if (position) cp.sink = position;
      saveCheckpoint(opts.checkpointFile, cp);
    }
    await pace(batch.lastEventMs);
    bytesRead = batch.bytesRead;
    recordsConsumed = batch.recordsConsumed;
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
