import type { CdnFormat, CdnJobRecord } from '../../decode/cdn';
import type { RecordEnricher } from '../../enrich/recordEnricher';
import type { Logger } from '../../log/logger';
import type { DeadLetterSink } from '../../sinks/deadLetterSink';
import type { QoePoint } from '../../schema/point';
import type { PointSink } from '../../sinks/pointSink';
import { readCdnLogFile, type CdnBatch } from '../../sources/files/readCdnLogs';
import { untilInputFails } from '../../sources/files/inputReadError';
import { inputBytes } from '../../sources/files/inputFiles';
import { deadLetter } from '../../decode/viewRecord';
import { CdnJobs, cdnLateDeadLetter, type CdnJobsOptions, type CdnJobsStats } from '../../jobs/cdnJobs';

export interface ReplayCdnOptions {
  file: string;
  format: CdnFormat;
  fields?: readonly string[];
  batchSize: number;
  jobs: Partial<CdnJobsOptions>;
  enricher: RecordEnricher;
  /** The file's batches when they are already being read (readCdnLogFileInWorker); else the file is read here. */
  batches?: AsyncGenerator<CdnBatch<CdnJobRecord>>;
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

/** Backfill of CDN access logs through the CDN jobs (health, client QoE, hourly usage), in event time. */
export async function replayCdnLogs(opts: ReplayCdnOptions, sink: PointSink, dead: DeadLetterSink, logger: Logger): Promise<ReplayCdnStats> {
  const jobs = new CdnJobs({ ...opts.jobs, idleTimeoutMs: 0, jumpGuard: 'replay' });
  const totalBytes = inputBytes(opts.file);
  const stats: ReplayCdnStats = { records: 0, deadLetters: 0, lateRecords: 0, points: 0 };
  const input = opts.batches ?? readCdnLogFile(opts.file, opts.format, opts.batchSize, opts.fields ? { fields: opts.fields } : {});
  let bytesRead = 0;
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
    opts.onProgress?.(batch.bytesRead, totalBytes, stats);
  }
  const rest = jobs.flush();
  if (rest.length > 0) await sink.write(rest);
  stats.points += rest.length;
  stats.jobs = jobs.jobStats();
  await sink.flush();
  logger.info({ ...stats, deadLetterReasons: dead.reasons() }, 'CDN log replay finished');
  return stats;
}
