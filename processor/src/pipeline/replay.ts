import * as fs from 'node:fs';
import type { Logger } from '../log/logger';
import type { DeadLetterSink } from '../sinks/deadLetterSink';
import type { PointSink } from '../sinks/pointSink';
import { readViewFile, type ViewFileFormat } from '../sources/files/readViews';
import { deadLetter } from '../decode/viewRecord';
import { ViewQoeJob, type ViewQoeJobOptions } from './viewQoeJob';

export interface ReplayOptions {
  viewsFile: string;
  viewsFormat: ViewFileFormat;
  batchSize: number;
  /** Event-time speed-up over wall time (e.g. 60 = an hour a minute); 0 = as fast as possible. */
  speed: number;
  job: Partial<ViewQoeJobOptions>;
  maxFutureMs: number;
  /** Called after each batch with the bytes read so far and the input size (0 when unknown). */
  onProgress?: (bytesRead: number, totalBytes: number, stats: ReplayStats) => void;
}

export interface ReplayStats {
  views: number;
  deadLetters: number;
  lateViews: number;
  points: number;
}

/**
 * Backfill: runs the views of a file through the same job as the live pipeline, in event
 * time, and writes the points to the sink. Output depends only on the input records and
 * their order, not on batch size or speed.
 */
export async function replayViews(opts: ReplayOptions, sink: PointSink, dead: DeadLetterSink, logger: Logger): Promise<ReplayStats> {
  const job = new ViewQoeJob({ ...opts.job, idleTimeoutMs: 0 });
  const totalBytes = opts.viewsFile === '-' ? 0 : fs.statSync(opts.viewsFile).size;
  const stats: ReplayStats = { views: 0, deadLetters: 0, lateViews: 0, points: 0 };
  // Reject views ending in the future of the wall clock at the start of the replay.
  const limits = { nowMs: Date.now(), maxFutureMs: opts.maxFutureMs };
  let firstEventMs: number | undefined;
  const wallStart = Date.now();

  for await (const batch of readViewFile(opts.viewsFile, opts.viewsFormat, opts.batchSize, () => limits)) {
    const points = [];
    for (const v of batch.views) {
      const out = job.process(v);
      for (const p of out.points) points.push(p);
      for (const l of out.late) {
        dead.write([deadLetter(`late: view_end ${new Date(l.eventTimeMs).toISOString()} behind watermark ${new Date(l.watermarkMs).toISOString()} beyond allowed lateness`, 'replay', { view_id: l.record.viewId, property_id: l.record.propertyId })]);
        stats.lateViews++;
      }
    }
    stats.views += batch.views.length;
    dead.write(batch.dead);
    stats.deadLetters += batch.dead.length;
    if (points.length > 0) await sink.write(points);
    stats.points += points.length;
    if (opts.speed > 0 && batch.lastEventMs !== undefined) {
      firstEventMs ??= batch.lastEventMs;
      const due = wallStart + (batch.lastEventMs - firstEventMs) / opts.speed;
      const wait = due - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, Math.min(wait, 60_000)));
    }
    opts.onProgress?.(batch.bytesRead, totalBytes, stats);
  }
  const rest = job.flush();
  if (rest.length > 0) await sink.write(rest);
  stats.points += rest.length;
  await sink.flush();
  logger.info({ ...stats, deadLetterReasons: dead.reasons() }, 'replay finished');
  return stats;
}
