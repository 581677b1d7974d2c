import * as fs from 'node:fs';
import type { CdnFormat, CdnJobRecord } from '../../decode/cdn';
import type { RecordEnricher } from '../../enrich/recordEnricher';
import type { Logger } from '../../log/logger';
import type { DeadLetterSink } from '../../sinks/deadLetterSink';
import type { QoePoint } from '../../schema/point';
import type { PositionedSink } from '../../sinks/pointSink';
import { readCdnLogFile, type CdnBatch } from '../../sources/files/readCdnLogs';
import { untilInputFails } from '../../sources/files/inputReadError';
import { inputBytes } from '../../sources/files/inputFiles';
import { deadLetter } from '../../decode/viewRecord';
import { CdnJobs, cdnLateDeadLetter, type CdnJobsOptions, type CdnJobsStats } from '../../jobs/cdnJobs';
import { pacer } from './pace';
import { checkpointSchedule, saveCheckpoint, type CdnReplayCheckpoint } from './replayCheckpoint';

export interface ReplayCdnOptions {
  file: string;
  format: CdnFormat;
  fields?: readonly string[];
  batchSize: number;
  jobs: Partial<CdnJobsOptions>;
  enricher: RecordEnricher;
  /** The file's batches when they are already being read (readCdnLogFileInWorker); else the file is read here. */
  batches?: AsyncGenerator<CdnBatch<CdnJobRecord>>;
  /** Event-time speed-up over wall time (e.g. 60 = an hour a minute); 0 or absent = as fast as possible. */
  speed?: number;
  /** Write a checkpoint here after every checkpointEvery batches (once the sink has flushed). */
  checkpointFile?: string;
  checkpointEvery?: number;
  /** Without checkpointEvery: write a checkpoint once this much wall time has passed since the last (checkpointSchedule). */
  checkpointIntervalMs?: number;
  /** Continue from this checkpoint (loadCdnCheckpoint); `batches`, when given, must start at its position. */
  resume?: CdnReplayCheckpoint;
  onProgress?: (bytesRead: number, totalBytes: number, stats: ReplayCdnStats) => void;
}


export interface ReplayCdnStats {
  /** Records parsed from the input (good lines). */
  records: number;
  /** Lines the parsers rejected. */
  deadLetters: number;
  /** Late records, one per job each missed (dead-lettered with the job's reason). */
  lateRecords: number;
  points: number;
  /** What each job made of the records: aggregated + late (+ without a usage environment) = records. */
  jobs?: CdnJobsStats;
  /** Why the input was not read to its end (InputReadError), when it was not: what came before was replayed. */
  inputError?: string;
}

/**
 * Backfill of CDN access logs through the CDN jobs (health, client QoE, hourly usage), in event
 * time. Output depends only on the input, not on batch size or where it was interrupted and
 * resumed (checkpointFile, resume: the jobs' state, usage's record ids with it, and the input's
 * position).
 */
export async function replayCdnLogs(opts: ReplayCdnOptions, sink: PositionedSink, dead: DeadLetterSink, logger: Logger): Promise<ReplayCdnStats> {
  const jobs = new CdnJobs({ ...opts.jobs, idleTimeoutMs: 0, jumpGuard: 'replay' });
  const totalBytes = inputBytes(opts.file);
  const resume = opts.resume;
  const stats: ReplayCdnStats = resume ? { ...resume.stats } : { records: 0, deadLetters: 0, lateRecords: 0, points: 0 };
  if (resume) {
    jobs.restore(resume.jobs);
    logger.info({ recordsConsumed: resume.recordsConsumed }, 'resuming CDN log replay from checkpoint');
  }
  // What each job made of the records: those before the checkpoint counted by the run that saved it.
  const jobStats = (): CdnJobsStats => withEarlier(jobs.jobStats(), resume?.stats.jobs);
  const input = opts.batches ?? readCdnLogFile(opts.file, opts.format, opts.batchSize, opts.fields ? { fields: opts.fields } : {}, resume?.recordsConsumed ?? 0, resume?.merge);
  const checkpointDue = checkpointSchedule({ batches: opts.checkpointEvery, intervalMs: opts.checkpointIntervalMs });
  let bytesRead = 0;
  const pace = pacer(opts.speed ?? 0);
  // An input that fails part-way (a truncated gzip): what was read is replayed and written, the
  // failure is a dead letter and the result says so (inputError).
  const readable = untilInputFails(input, (err) => {
    stats.inputError = err.message;
    dead.write([deadLetter(`input not read to its end: ${err.reason}`, err.file, { bytes_read: bytesRead }, stats.records + stats.deadLetters + 1)]);
    stats.deadLetters++;
  });
  for await (const batch of readable) {
    const points: QoePoint[] = [];
    // Indexed loops: for-of made iterator objects for every record.
    const records = await opts.enricher.enrich(batch.records);
    for (let i = 0; i < records.length; i++) {
      const out = jobs.process(records[i]!);
      for (let k = 0; k < out.points.length; k++) points.push(out.points[k]!);
      for (let k = 0; k < out.late.length; k++) {
        stats.lateRecords++;
        dead.write([cdnLateDeadLetter(out.late[k]!, opts.file)]);
      }
    }
    stats.records += batch.records.length;
    dead.write(batch.dead);
    stats.deadLetters += batch.dead.length;
    if (points.length > 0) await sink.write(points);
    stats.points += points.length;
    bytesRead = batch.bytesRead;
    if (opts.checkpointFile && checkpointDue()) {
      await sink.flush();
      const cp: CdnReplayCheckpoint = { version: 1, kind: 'cdn', input: opts.file, format: opts.format, inputBytes: totalBytes, recordsConsumed: batch.recordsConsumed, ...(batch.position ? { merge: batch.position } : {}), stats: { ...stats, jobs: jobStats() }, jobs: jobs.snapshot() };
      const position = sink.position?.();
      if (position) cp.sink = position;
      saveCheckpoint(opts.checkpointFile, cp);
    }
    const last = batch.records[batch.records.length - 1];
    await pace(last === undefined ? undefined : Number(last.request_time_ms));
    opts.onProgress?.(batch.bytesRead, totalBytes, stats);
  }
  const rest = jobs.flush();
  if (rest.length > 0) await sink.write(rest);
  stats.points += rest.length;
  stats.jobs = jobStats();
  await sink.flush();
  if (opts.checkpointFile) fs.rmSync(opts.checkpointFile, { force: true });
  logger.info({ ...stats, deadLetterReasons: dead.reasons() }, 'CDN log replay finished');
  return stats;
}

/** Job counts of this run added to those of the run a resume continues (`records` is the jobs' own, restored with them). */
function withEarlier(now: CdnJobsStats, earlier: CdnJobsStats | undefined): CdnJobsStats {
  if (!earlier) return now;
  return {
    records: now.records,
    health: { aggregated: now.health.aggregated + earlier.health.aggregated, late: now.health.late + earlier.health.late },
    usage: { aggregated: now.usage.aggregated + earlier.usage.aggregated, late: now.usage.late + earlier.usage.late, noEnvironment: now.usage.noEnvironment + earlier.usage.noEnvironment },
  };
}
