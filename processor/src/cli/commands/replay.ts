import type { CdnJobsStats } from '../../jobs/cdnJobs';
import * as fs from 'node:fs';
import { Command } from 'commander';
import type { IncidentEvent } from '../../detect/incident';
import { CDN_FORMATS, type CdnFormat } from '../../decode/cdn/record';
import type { InfluxWriter } from '../../sinks/influx/writer';
import { FileDeadLetterSink } from '../../sinks/deadLetterSink';
import { LineProtocolFileSink, type PointSink } from '../../sinks/pointSink';
import { formatOfInput, VIEW_FILE_FORMATS, type ViewFileFormat } from '../../sources/files/viewFileFormat';
import { inputFiles, isDirectory } from '../../sources/files/inputFiles';
import { workerEnrichmentOf } from '../geoSettings';
import { cdnJobOptions, configOrExit, orExit, orExitAsync, jobOptions, writerOptions } from '../configFromEnv';
import { formatBytes, ProgressBar } from '../progress';
import { nonNegative, oneOf, positiveInt } from '../optionParsers';

interface ReplayCliOptions {
  views?: string;
  cdnLogs?: string;
  cdnFormat?: CdnFormat;
  cdnFields?: string;
  viewsFormat?: ViewFileFormat;
  out?: string;
  batchSize: number;
  speed: number;
  deadLetter: string;
  checkpoint?: string;
  checkpointEvery?: number;
  incidents?: string;
}

/**
 * Wall time between replay checkpoints unless --checkpoint-every says records: a checkpoint
 * holds the detector's titles or usage's record ids (megabytes), so its share of the replay is
 * bounded by time, not by records (checkpointSchedule).
 */
const CHECKPOINT_INTERVAL_MS = 10_000;

export function replayCommand(): Command {
  return new Command('replay')
    .description(
      'Backfill: run view summaries from a file through the same per-minute QoE and error-rate jobs as the live pipeline, in event time. Output is identical whatever the batch size or speed; points overwrite in InfluxDB, so replaying twice changes nothing.',
    )
    .option('--views <file>', 'views file: NDJSON (one VideoView JSON object a line) or length-delimited protobuf (.gz ok; - reads stdin), or a directory of an export\'s files (read side by side, in event time)')
    .option('--cdn-logs <file>', 'CDN access log file (.gz ok; - reads stdin), or a directory of a log delivery\'s files (read side by side, in event time), for CDN health, client QoE (CMCD) and hourly usage')
    .option('--cdn-format <format>', `format of --cdn-logs: ${CDN_FORMATS.join(', ')}`, oneOf(CDN_FORMATS))
    .option('--cdn-fields <list>', 'cloudfront-realtime: the comma-separated field list of your real-time log configuration, in order (without it the documented full lists are recognised); cloudfront: the field list of a standard logging (v2) delivery without header lines (plain format), in order; cloudflare: the Logpush job field_names, for CSV output without a header line; akamai-ds2: the JSON field names of a structured (space-delimited) stream, in its order')
    .option('--views-format <format>', 'ndjson or protobuf (default: protobuf for .pb/.bin/.protobuf/.delimited names, else ndjson; for a directory, what its files\' names say)', oneOf(VIEW_FILE_FORMATS))
    .option('--out <file.lp>', 'write InfluxDB line protocol to this file (- for stdout) instead of writing to InfluxDB')
    .option('--batch-size <n>', 'records read and processed per batch (does not change the output; small batches die young in the heap: a batch alive across garbage collections is copied and promoted, so large ones are slower)', positiveInt, 100)
    .option('--speed <x>', 'pace the replay at x times event time (60 = one hour a minute); 0 = as fast as possible', nonNegative, 0)
    .option('--dead-letter <file>', 'where rejected and too-late records go (NDJSON, with reasons)', 'deadletter.ndjson')
    .option('--incidents <file.ndjson>', 'also write one JSON line per incident open and close (incident_id, status, scope, property_id, video_title, error_type, opened_at, closed_at, error_rate_pct, baseline_pct, views_impacted, ...)')
    .option('--checkpoint <file>', 'save progress here at the end of a batch every 10 seconds (--checkpoint-every: every N records); when the file exists, continue from it (an interrupted replay resumes with identical output); removed when the replay completes; with --views or --cdn-logs (a file or a directory), not both')
    .option('--checkpoint-every <records>', 'save a checkpoint every N records instead of every 10 seconds (a checkpoint holds the detector\'s titles or the open usage hours\' record ids: megabytes, so frequent ones slow the replay down)', positiveInt)
    .action(async (opts: ReplayCliOptions) => {
      const { config, logger } = configOrExit();
      if (!opts.views && !opts.cdnLogs) throw new Error('give --views FILE and/or --cdn-logs FILE --cdn-format FORMAT');
      if (opts.cdnLogs && !opts.cdnFormat) throw new Error(`--cdn-logs needs --cdn-format (${CDN_FORMATS.join(', ')})`);
      if (opts.checkpointEvery !== undefined && !opts.checkpoint) throw new Error('--checkpoint-every needs --checkpoint FILE');
      if (opts.checkpoint && opts.views && opts.cdnLogs) throw new Error('--checkpoint resumes one input: give it with --views or with --cdn-logs (replay the two in runs of their own)');
      for (const [option, input] of [['--views', opts.views], ['--cdn-logs', opts.cdnLogs]] as const) {
        if (input && isDirectory(input) && inputFiles(input).length === 0) throw new Error(`${option} ${input} is a directory with no files in it or in its folders`);
      }
      const checkpoints = opts.checkpoint ? await import('../../runners/replay/replayCheckpoint') : undefined;
      const resume = checkpoints && opts.views ? checkpoints.loadCheckpoint(opts.checkpoint!, opts.views) : undefined;
      const cdnResume = checkpoints && opts.cdnLogs ? checkpoints.loadCdnCheckpoint(opts.checkpoint!, opts.cdnLogs, opts.cdnFormat!) : undefined;
      const sinkPosition = (resume ?? cdnResume)?.sink;
      if ((resume ?? cdnResume) && opts.out && opts.out !== '-' && !sinkPosition) throw new Error(`checkpoint ${opts.checkpoint} was written by a replay into InfluxDB, not into ${opts.out}`);
      // A reader worker starts first, so it reads while the rest loads (views first when both are given).
      const viewsFormat = opts.views ? (opts.viewsFormat ?? formatOfInput(opts.views)) : undefined;
      const viewsLimits = { nowMs: Date.now(), maxFutureMs: config.QOE_MAX_FUTURE_MS };
      const cdnFields = opts.cdnFields ? { fields: opts.cdnFields.split(',').map((f) => f.trim()) } : {};
      const worker = await import('../../runners/replay/worker/readInWorker');
      const viewsOnWorker = opts.views !== undefined && worker.readInWorkerFor(config.QOE_REPLAY_READER, opts.views);
      const cdnOnWorker = opts.cdnLogs !== undefined && worker.readInWorkerFor(config.QOE_REPLAY_READER, opts.cdnLogs);
      // bin/qoe.js may have started a worker before this command loaded: stopped if no reader takes it.
      if (!viewsOnWorker && !cdnOnWorker) await (await import('../../runners/replay/worker/readerWorkerStart')).stopWaitingReaderWorker();
      const viewsInput = viewsOnWorker
        ? { batches: worker.readViewFileInWorker(opts.views!, viewsFormat!, opts.batchSize, viewsLimits, resume?.recordsConsumed ?? 0, resume?.merge), limits: viewsLimits }
        : undefined;
      // A worker reading CloudFront logs also enriches them where that needs no connection (the URL convention, the geo tables).
      const workerEnriches = cdnOnWorker && worker.enrichesOnWorker(opts.cdnFormat!);
      const startCdnReader = async () => {
        if (!cdnOnWorker) return undefined;
        const enrich = workerEnriches ? { enrich: workerEnrichmentOf(config) } : {};
        return worker.readCdnLogFileInWorker(opts.cdnLogs!, opts.cdnFormat!, opts.batchSize, { ...cdnFields, ...enrich }, cdnResume?.recordsConsumed ?? 0, cdnResume?.merge);
      };
      let cdnReader = opts.views ? undefined : await startCdnReader();
      // Each input's runner (and what it needs: the detector, protobuf) is loaded only for that input.
      const viewsRunner = opts.views ? await import('../../runners/replay/replayViews') : undefined;
      // The InfluxDB client is loaded only when the replay writes into InfluxDB.
      const influx: InfluxWriter | undefined = opts.out ? undefined : await (await import('../../sinks/influx/writer')).InfluxWriter.connect(writerOptions(config), logger);
      const sink: PointSink = influx ?? new LineProtocolFileSink(opts.out!, config.QOE_INFLUX_DB, sinkPosition);
      if (influx) {
        const { firstEventMs, retentionWarning } = await import('../../runners/replay/retentionCheck');
        const firsts = [
          opts.views ? await firstEventMs(opts.views, { views: viewsFormat! }) : undefined,
          opts.cdnLogs ? await firstEventMs(opts.cdnLogs, { cdn: opts.cdnFormat!, ...cdnFields }) : undefined,
        ].filter((t): t is number => t !== undefined);
        const warning = retentionWarning(firsts.length > 0 ? Math.min(...firsts) : undefined, Date.now());
        if (warning) {
          logger.warn({ warning }, 'replay input older than the retention policy');
          process.stderr.write(`warning: ${warning}\n`);
        }
      }
      const dead = new FileDeadLetterSink(opts.deadLetter);
      const incidentsOut = opts.incidents ? fs.openSync(opts.incidents, resume ? 'a' : 'w') : undefined;
      let summary = '';
      // Inputs not read to their end (a truncated gzip): what came before was replayed; the command fails after its summary.
      const inputErrors: string[] = [];
      if (opts.views) {
      const { incidentJsonLine } = await import('../../detect/incident');
      const bar = new ProgressBar('replay views');
      const stats = await viewsRunner!.replayViews(
        {
          viewsFile: opts.views,
          viewsFormat: viewsFormat!,
          batchSize: opts.batchSize,
          speed: opts.speed,
          job: jobOptions(config),
          maxFutureMs: config.QOE_MAX_FUTURE_MS,
          ...(viewsInput ? { input: viewsInput } : {}),
          ...(opts.checkpoint ? { checkpointFile: opts.checkpoint, ...checkpointCadence(opts) } : {}),
          ...(resume ? { resume } : {}),
          ...(incidentsOut !== undefined ? { onIncident: (e: IncidentEvent) => e.kind !== 'update' && fs.writeSync(incidentsOut, JSON.stringify(incidentJsonLine(e)) + '\n') } : {}),
          onProgress: (done, total, s) => bar.update(done, total, `${formatBytes(done)} ${s.views} views ${s.deadLetters} rejected ${s.points} points`),
        },
        sink,
        dead,
        logger,
      );
      bar.done();
      summary += `replayed ${stats.views} views into ${stats.points} points; ${stats.incidentsOpened} incidents opened\n`;
      summary += `  views: ${stats.views + stats.deadLetters} records read = ${stats.views - stats.lateViews} aggregated + ${stats.deadLetters} rejected + ${stats.lateViews} too late (dead letters)\n`;
      if (stats.inputError) inputErrors.push(stats.inputError);
      }
      if (opts.cdnLogs) {
        cdnReader ??= await startCdnReader();
        // Enrichment (geo databases, asset lookups) loads only for CDN logs.
        const { recordEnricher } = await import('../enricherFromConfig');
        // The worker opened its enrichment, or failed to (a ConfigError naming the geo variable, as below).
        if (cdnReader) await orExitAsync(() => cdnReader!.ready());
        // bin/qoe.js may have started reading the bundled geo tables: the enricher takes those bytes.
        if (!workerEnriches) await (await import('../../enrich/bundledGeoFiles')).readsAheadDone();
        const assets = orExit(() => recordEnricher(config, logger, { enrichedOnWorker: workerEnriches }));
        await orExitAsync(() => assets.ready());
        const bar = new ProgressBar('replay CDN logs');
        const { replayCdnLogs } = await import('../../runners/replay/replayCdn');
        const stats = await replayCdnLogs(
          {
            file: opts.cdnLogs,
            format: opts.cdnFormat!,
            ...cdnFields,
            batchSize: opts.batchSize,
            speed: opts.speed,
            jobs: cdnJobOptions(config),
            enricher: assets.enricher,
            ...(cdnReader ? { batches: cdnReader.batches } : {}),
          ...(opts.checkpoint ? { checkpointFile: opts.checkpoint, ...checkpointCadence(opts) } : {}),
            ...(cdnResume ? { resume: cdnResume } : {}),
            onProgress: (done, total, s) => bar.update(done, total, `${formatBytes(done)} ${s.records} records ${s.deadLetters} rejected ${s.points} points`),
          },
          sink,
          dead,
          logger,
        );
        bar.done();
        await assets.close();
        summary += `replayed ${stats.records} CDN records into ${stats.points} points; ${stats.deadLetters} lines rejected\n`;
        summary += cdnJobsSummary(stats.jobs!);
        if (stats.inputError) inputErrors.push(stats.inputError);
      }
      await sink.close();
      if (influx) {
        const w = influx.getStats();
        summary += `InfluxDB stored ${w.written} points; refused ${w.rejected} as invalid and dropped ${w.dropped} as older than their retention policy keeps\n`;
      }
      await dead.close();
      if (incidentsOut !== undefined) fs.closeSync(incidentsOut);
      process.stderr.write(summary + (dead.count() > 0 ? `rejected records and reasons: ${opts.deadLetter}\n` : ''));
      if (inputErrors.length > 0) {
        for (const e of inputErrors) process.stderr.write(`qoe: input not read to its end: ${e}\n`);
        process.exitCode = 1;
      }
    });
}

/** Checkpoints every --checkpoint-every records (rounded to whole batches), else every CHECKPOINT_INTERVAL_MS. */
function checkpointCadence(opts: ReplayCliOptions): { checkpointEvery: number } | { checkpointIntervalMs: number } {
  return opts.checkpointEvery !== undefined ? { checkpointEvery: Math.max(1, Math.ceil(opts.checkpointEvery / opts.batchSize)) } : { checkpointIntervalMs: CHECKPOINT_INTERVAL_MS };
}

/** Where every CDN record went, per job: records in = aggregated + dead-lettered as late (+ no environment). */
export function cdnJobsSummary(j: CdnJobsStats): string {
  return (
    `  CDN health and client QoE: ${j.health.aggregated} aggregated + ${j.health.late} too late (dead letters) = ${j.health.aggregated + j.health.late} of ${j.records} records\n` +
    `  hourly usage: ${j.usage.aggregated} aggregated + ${j.usage.late} too late (dead letters) + ${j.usage.noEnvironment} without a usage environment = ${j.usage.aggregated + j.usage.late + j.usage.noEnvironment} of ${j.records} records\n`
  );
}
