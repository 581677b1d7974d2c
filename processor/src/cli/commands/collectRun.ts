import type { ViewRecord } from '../../decode/viewRecord';
import { FileDeadLetterSink } from '../../sinks/deadLetterSink';
import { HttpCollector } from '../../sources/collector/httpCollector';
import { collectorOptions, configOrExit, syslogOptions } from '../configFromEnv';
import { CdnBatchProducer } from '../../sinks/kafka/cdnBatchProducer';
import { SyslogCollector } from '../../sources/collector/syslogCollector';
import type { CdnRecord } from '../../decode/cdn';
import { createKafka, parseBrokers } from '../../sources/kafka/kafkaClient';
import { prefixedTopics } from '../../schema';
import { ViewsProducer } from '../../sinks/kafka/viewsProducer';
import { closeOut, ndjson, openOut, writeAcknowledged } from '../outputStreams';
import { listenForStop } from '../stopSignal';

/** What `qoe collect` does (loaded only when the command runs). */
export async function runCollect(opts: { out?: string; cdnOut?: string; deadLetter: string }): Promise<void> {
  const { config, logger } = configOrExit();
  const stop = listenForStop(logger);
  if (!config.QOE_KAFKA_BROKERS && !opts.out && !opts.cdnOut) throw new Error('set QOE_KAFKA_BROKERS or give --out FILE / --cdn-out FILE: accepted records need somewhere to go');
  const out = config.QOE_KAFKA_BROKERS || !opts.out ? undefined : openOut(opts.out, { append: true });
  const topics = prefixedTopics(config.QOE_KAFKA_TOPIC_PREFIX);
  const producer = config.QOE_KAFKA_BROKERS ? new ViewsProducer(createKafka(parseBrokers(config.QOE_KAFKA_BROKERS), config.QOE_KAFKA_CLIENT_ID, logger), topics.views) : undefined;
  await producer?.connect();
  const cdnProducer = config.QOE_KAFKA_BROKERS ? new CdnBatchProducer(createKafka(parseBrokers(config.QOE_KAFKA_BROKERS), config.QOE_KAFKA_CLIENT_ID, logger), topics.cdnLogsRaw) : undefined;
  await cdnProducer?.connect();
  const cdnOut = opts.cdnOut ? openOut(opts.cdnOut, { append: true }) : undefined;
  const writeCdn = (records: CdnRecord[]) => (cdnProducer ? cdnProducer.send(records) : writeAcknowledged(cdnOut!, ndjson(records)));
  const takesCdn = cdnProducer !== undefined || cdnOut !== undefined;
  const dead = new FileDeadLetterSink(opts.deadLetter);
  const writeViews = (views: ViewRecord[]) =>
    producer
      ? producer.send(views.map(toVideoViewJson))
      : out
        ? writeAcknowledged(out, ndjson(views.map(toVideoViewJson)))
        : Promise.reject(new Error('this collector takes no views (give --out FILE)'));
  const collector = new HttpCollector(collectorOptions(config), { views: writeViews, ...(takesCdn ? { cdnRecords: writeCdn } : {}), deadLetters: (d) => dead.write(d) }, logger);
  const addr = await collector.listen();
  const syslogOpts = syslogOptions(config);
  if (syslogOpts && !takesCdn) throw new Error('the syslog collector needs QOE_KAFKA_BROKERS or --cdn-out FILE');
  const syslog = syslogOpts ? new SyslogCollector(syslogOpts, { cdnRecords: writeCdn, deadLetters: (d) => dead.write(d) }, logger) : undefined;
  if (syslog) process.stderr.write(`syslog collector listening: ${JSON.stringify(await syslog.listen())} (${syslogOpts!.format})\n`);
  logger.info({ ...addr }, 'HTTP collector listening');
  process.stderr.write(`collector listening on http://${addr.host}:${addr.port}/v1/views\n`);
  stop.running();
  await stop.stopped;
  await collector.close();
  await syslog?.close();
  await cdnProducer?.disconnect();
  if (cdnOut) await closeOut(cdnOut);
  await dead.close();
  await producer?.disconnect();
  if (out) await closeOut(out);
  logger.info({ ...collector.stats(), ...(syslog ? { syslog: { ...syslog.counters } } : {}) }, 'collector stopped');
}

/** A validated view back in the VideoView NDJSON shape (times RFC 3339). */
export function toVideoViewJson(v: ViewRecord): Record<string, unknown> {
  const label = (s: string) => (s === 'unknown' ? undefined : s);
  return {
    view_id: v.viewId,
    property_id: v.propertyId,
    view_start: new Date(v.viewStartMs).toISOString(),
    view_end: new Date(v.viewEndMs).toISOString(),
    video_id: label(v.videoId),
    video_title: label(v.videoTitle),
    cdn: label(v.cdn),
    country: label(v.country),
    asn: v.asn === 'unknown' ? undefined : Number(v.asn),
    player_name: label(v.playerName),
    viewer_device_category: label(v.deviceCategory),
    stream_type: label(v.streamType),
    video_startup_time: v.startupMs ?? undefined,
    rebuffer_count: v.rebufferCount,
    rebuffer_duration: v.rebufferMs,
    watch_time: v.watchMs,
    weighted_average_bitrate: v.bitrateBps || undefined,
    view_upscaling_percentage: v.upscaleRatio,
    exit_before_video_start: v.exitBeforeVideoStart,
    video_startup_failure: v.startupFailure,
    playback_failure: v.playbackFailure,
    player_error_code: v.errorType || undefined,
  };
}
