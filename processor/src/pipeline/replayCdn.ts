import * as fs from 'node:fs';
import type { CdnFormat } from '../decode/cdn';
import { deadLetter } from '../decode/viewRecord';
import type { RecordEnricher } from '../enrich/recordEnricher';
import type { Logger } from '../log/logger';
import type { DeadLetterSink } from '../sinks/deadLetterSink';
import type { QoePoint } from '../sinks/point';
import type { PointSink } from '../sinks/pointSink';
import { readCdnLogFile } from '../sources/files/readCdnLogs';
import { CdnJobs, type CdnJobsOptions } from './cdnJobs';

export interface ReplayCdnOptions {
  file: string;
  format: CdnFormat;
  fields?: readonly string[];
  batchSize: number;
  jobs: Partial<CdnJobsOptions>;
  enricher: RecordEnricher;
  onProgress?: (bytesRead: number, totalBytes: number, stats: ReplayCdnStats) => void;
}

export interface ReplayCdnStats {
  records: number;
  deadLetters: number;
  lateRecords: number;
  points: number;
}

/** Backfill of CDN access logs through the CDN jobs (health, client QoE, hourly usage), in event time. */
export async function replayCdnLogs(opts: ReplayCdnOptions, sink: PointSink, dead: DeadLetterSink, logger: Logger): Promise<ReplayCdnStats> {
  const jobs = new CdnJobs({ ...opts.jobs, idleTimeoutMs: 0 });
  const totalBytes = opts.file === '-' ? 0 : fs.statSync(opts.file).size;
  const stats: ReplayCdnStats = { records: 0, deadLetters: 0, lateRecords: 0, points: 0 };
  for await (const batch of readCdnLogFile(opts.file, opts.format, opts.batchSize, opts.fields ? { fields: opts.fields } : {})) {
    const points: QoePoint[] = [];
    for (const r of await opts.enricher.enrich(batch.records)) {
      const out = jobs.process(r);
      for (const p of out.points) points.push(p);
      for (const l of out.late) {
        stats.lateRecords++;
        dead.write([deadLetter('late: request more than the allowed lateness behind the watermark', opts.file, { record_id: l.record.record_id, request_time_ms: l.eventTimeMs })]);
      }
    }
    stats.records += batch.records.length;
    dead.write(batch.dead);
    stats.deadLetters += batch.dead.length;
    if (points.length > 0) await sink.write(points);
    stats.points += points.length;
    opts.onProgress?.(batch.bytesRead, totalBytes, stats);
  }
  const rest = jobs.flush();
  if (rest.length > 0) await sink.write(rest);
  stats.points += rest.length;
  await sink.flush();
  logger.info({ ...stats, deadLetterReasons: dead.reasons() }, 'CDN log replay finished');
  return stats;
}
