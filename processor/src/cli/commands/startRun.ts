import Redis from 'ioredis';
import type { Logger } from '../../log/logger';
import type { Config } from '../../config/env';
import type { ViewJobsSnapshot } from '../../jobs/viewJobs';
import { createKafka, parseBrokers } from '../../sources/kafka/kafkaClient';
import { ViewsConsumer } from '../../runners/kafka/viewsConsumer';
import { CdnLogsConsumer, UsageConsumer } from '../../runners/kafka/cdnLogsConsumer';
import type { CdnJobsSnapshot } from '../../jobs/cdnJobs';
import { RedisCheckpointStore } from '../../state/checkpointStore';
import { prefixedTopics } from '../../schema';
import { AdminServer, type AdminServerOptions } from '../../control/adminServer';
import { adminToken } from '../../control/adminToken';
import type { ControlTarget } from '../../control/controlTarget';
import { ControlTopicListener } from '../../control/controlTopic';
import { incidentPoints } from '../../detect/incidentOutputs';
import { encodeIncident } from '../../detect/incidentProtobuf';
import { startLocalServices } from '../../services/localServices';
import { InfluxWriter } from '../../sinks/influx';
import { FileDeadLetterSink } from '../../sinks/deadLetterSink';
import { HttpCollector } from '../../sources/collector/httpCollector';
import { loadScenario } from '../../sources/simulator';
import { RETENTION_POLICIES } from '../../schema';
import * as os from 'node:os';
import { SelfMetricsReporter, statsdClient, type SelfMetricsSample } from '../../metrics/selfMetrics';
import { ConsumerTotals, distributedSample, embeddedSample } from '../../runners/pipelineSamples';
import { onInstrumentation } from '../../log/instrumentation';
import { CONSUMER_EVENTS, type ConsumerBatchEvent } from '../../runners/kafka/checkpointedConsumer';
import { EMBEDDED_EVENTS, EmbeddedPipeline, LiveSimulator, type EmbeddedEmitEvent } from '../../runners/embedded/embeddedRunner';
import { listenForStop, type StopSignal } from '../stopSignal';
import { selectedJobs } from '../../config/env';
import { armFailpoints } from '../../config/failpoints';
import { cdnJobOptions, collectorOptions, configOrExit, orExit, orExitAsync, isLoopbackUrl, jobOptions, syslogOptions, writerOptions } from '../configFromEnv';
import { recordEnricher } from '../enricherFromConfig';
import { SyslogCollector } from '../../sources/collector/syslogCollector';
import { influxCliCommand, STARTER_QUERIES } from '../queries';

/** What `qoe start` does (loaded only when the command runs). */
export async function runStart(opts: { deadLetter: string; statusInterval: string }): Promise<void> {
  const { config, logger } = configOrExit();
  const assets = orExit(() => recordEnricher(config, logger));
  const stop = listenForStop(logger);
  if (config.QOE_START_SERVICES && isLoopbackUrl(config.QOE_INFLUX_URL)) {
    logger.info('starting local services (scripts/services.sh up)');
    await startLocalServices({ postgres: config.QOE_PG_URL !== '' });
  }
  await orExitAsync(() => assets.ready());
  const writer = await InfluxWriter.connect(writerOptions(config), logger);
  writer.on('rejected', (_lines: string[], reason: string) => logger.error({ reason }, 'points rejected by InfluxDB'));
  const dead = new FileDeadLetterSink(opts.deadLetter);
  if (config.QOE_KAFKA_BROKERS) {
    await runDistributed(config, writer, dead, assets, logger, stop);
    exitSoonAfterShutdown(logger);
    return;
  }
  const pipeline = new EmbeddedPipeline(jobOptions(config), writer, dead, logger, Date.now, cdnJobOptions(config), assets.enricher);
  const collector = new HttpCollector(
    collectorOptions(config),
    {
      views: (v) => pipeline.ingest(v, 'http'),
      cdnRecords: (r) => pipeline.ingestCdn(r, 'http'),
      deadLetters: (d) => pipeline.deadLetters(d),
      // Back-pressure to the clients (503, Retry-After) before the writer's buffer is full.
      admit: () => (writer.behind() ? 'InfluxDB writes are behind' : undefined),
    },
    logger,
  );
  // Self-metrics from the first record on (the simulator's backfill included).
  const selfMetrics = startSelfMetrics(config, 'embedded', logger, () => embeddedSample(pipeline.getStats(), writer.getStats(), { deadLetterReasons: dead.reasons(), openIncidents: pipeline.detector.openIncidents().length, assets: assets.counters(), collector: collector.stats() }, Date.now()), writer);

  const addr = await collector.listen();
  logger.info({ ...addr, auth: collectorOptions(config).tokens.length > 0 }, 'HTTP collector listening');
  const syslogOpts = syslogOptions(config);
  const syslog = syslogOpts ? new SyslogCollector(syslogOpts, { cdnRecords: (r) => pipeline.ingestCdn(r, 'syslog'), deadLetters: (d) => pipeline.deadLetters(d) }, logger) : undefined;
  if (syslog) logger.info({ ...(await syslog.listen()), format: syslogOpts!.format }, 'syslog collector listening');

  const admin = await startAdmin(config, { detectors: () => [pipeline.detector], publish: (events) => pipeline.publishIncidents(events) }, logger, influxReadiness(config, writer));

  let simulator: LiveSimulator | undefined;
  if (config.QOE_SIM_ENABLED) {
    const scenario = loadScenario(config.QOE_SIM_SCENARIO || undefined);
    simulator = new LiveSimulator(
      {
        scenario: { ...scenario, viewsPerSecond: config.QOE_SIM_VIEWS_PER_S, cdnRequestsPerSecond: config.QOE_SIM_CDN_PER_S, seed: config.QOE_SIM_SEED },
        backfillMinutes: config.QOE_SIM_BACKFILL_MIN,
        maxFutureMs: config.QOE_MAX_FUTURE_MS,
        tickMs: 1000,
      },
      pipeline,
      logger,
    );
    await simulator.start();
    await writer.flush();
  }
  const idleTimer = setInterval(() => void pipeline.tick().catch((err: Error) => logger.error({ err: err.message }, 'tick failed')), 5_000);

  const lines = [
    '',
    `QoE data is being written to InfluxDB ${writer.server.version} at ${config.QOE_INFLUX_URL}, database "${config.QOE_INFLUX_DB}"`,
    `(per-minute series in retention policy "${RETENTION_POLICIES.minute.name}"` +
      (simulator ? `; ${config.QOE_SIM_VIEWS_PER_S} simulated views/s at peak, ${config.QOE_SIM_BACKFILL_MIN} minutes of history already written).` : ').'),
    `Views are also accepted at http://${addr.host}:${addr.port}/v1/views (POST NDJSON or protobuf), CDN logs at /v1/cdn-logs?format=FORMAT.`,
    `Admin API (dump baselines/incidents, close/mute): http://${admin.address.host}:${admin.address.port}/v1/incidents with the bearer token ${admin.tokenHint}.`,
    'Try these with the influx CLI:',
    ...STARTER_QUERIES.flatMap((s) => ['', `  # ${s.title}`, `  ${influxCliCommand(config.QOE_INFLUX_URL, config.QOE_INFLUX_DB, s.q)}`]),
    '',
    'Press Ctrl-C to stop.',
    '',
  ];
  process.stdout.write(lines.join('\n') + '\n');

  const statusTimer = setInterval(() => {
    const s = pipeline.getStats();
    logger.info({ ...s, watermark: Number.isFinite(s.watermarkMs) ? new Date(s.watermarkMs).toISOString() : null, writer: writer.getStats(), collector: collector.stats() }, 'status');
  }, Number(opts.statusInterval) * 1000);


  stop.running();
  await stop.stopped;
  clearInterval(statusTimer);
  clearInterval(idleTimer);
  logger.info('stopping: flushing buffered points');
  await collector.close();
  await syslog?.close();
  await admin.server.close();
  await simulator?.stop();
  await pipeline.close();
  await writer.close();
  await dead.close();
  await assets.close();
  selfMetrics.stop();
  logger.info({ ...pipeline.getStats() }, 'stopped');
  exitSoonAfterShutdown(logger);
}

/**
 * Everything is flushed, saved and closed; a handle a library left open (a socket, a timer)
 * must not keep a stopped processor from exiting, which would hold up a restart.
 */
function exitSoonAfterShutdown(logger: Logger): void {
  setTimeout(() => {
    logger.warn('handles still open 5 s after a clean shutdown; exiting');
    process.exit(process.exitCode ?? 0);
  }, 5_000).unref();
}

/** The per-minute QoE job as one member of a Kafka consumer group. */
async function runDistributed(config: Config, writer: InfluxWriter, dead: FileDeadLetterSink, assets: ReturnType<typeof recordEnricher>, logger: Logger, stop: StopSignal): Promise<void> {
  const redis = new Redis(config.QOE_REDIS_URL, { maxRetriesPerRequest: null });
  const kafka = createKafka(parseBrokers(config.QOE_KAFKA_BROKERS), config.QOE_KAFKA_CLIENT_ID, logger);
  const jobs = selectedJobs(config);
  // Listens to the consumers' instrumentation events from their first batch on.
  const totals = new ConsumerTotals();
  // Self-metrics from the first batch on; the sample reads the consumers once they exist.
  let sample: () => SelfMetricsSample = () => ({ counters: {}, gauges: {} });
  const selfMetrics = startSelfMetrics(config, 'distributed', logger, () => sample(), writer);
  armFailpoints(config.QOE_FAILPOINTS);
  const topics = prefixedTopics(config.QOE_KAFKA_TOPIC_PREFIX);
  const groupTimeouts = { sessionTimeout: config.QOE_KAFKA_SESSION_TIMEOUT_MS, rebalanceTimeout: config.QOE_KAFKA_REBALANCE_TIMEOUT_MS, heartbeatInterval: config.QOE_KAFKA_HEARTBEAT_MS };
  const leaveTimeoutMs = config.QOE_KAFKA_LEAVE_TIMEOUT_MS;
  const consumer = jobs.has('views')
    ? new ViewsConsumer(
        kafka,
        { groupId: config.QOE_KAFKA_VIEWS_GROUP, groupTimeouts, leaveTimeoutMs, topic: topics.views, job: jobOptions(config), maxFutureMs: config.QOE_MAX_FUTURE_MS, incidentsTopic: topics.incidents, checkpointEveryMs: config.QOE_KAFKA_VIEWS_CHECKPOINT_MS },
        writer,
        dead,
        new RedisCheckpointStore<ViewJobsSnapshot>(redis),
        logger,
      )
    : undefined;
  await consumer?.start();
  const cdnConsumer = jobs.has('cdn')
    ? new CdnLogsConsumer(
        kafka,
        { groupId: config.QOE_KAFKA_CDN_GROUP, groupTimeouts, leaveTimeoutMs, topic: topics.cdnLogsRaw, enrichedTopic: topics.cdnLogsEnriched, jobs: cdnJobOptions(config), checkpointEveryMs: config.QOE_KAFKA_CDN_CHECKPOINT_MS },
        assets.enricher,
        writer,
        dead,
        new RedisCheckpointStore<CdnJobsSnapshot>(redis),
        logger,
      )
    : undefined;
  await cdnConsumer?.start();
  const usageConsumer = jobs.has('usage')
    ? new UsageConsumer(kafka, { groupId: config.QOE_KAFKA_USAGE_GROUP, groupTimeouts, leaveTimeoutMs, topic: topics.cdnLogsEnriched, jobs: cdnJobOptions(config), checkpointEveryMs: config.QOE_KAFKA_USAGE_CHECKPOINT_MS }, writer, dead, new RedisCheckpointStore<CdnJobsSnapshot>(redis), logger)
    : undefined;
  await usageConsumer?.start();
  // Incidents and the control topic belong to the views job (its detectors).
  const incidentsProducer = consumer ? kafka.producer() : undefined;
  await incidentsProducer?.connect();
  const target: ControlTarget = {
    detectors: () => consumer?.jobs().map((j) => j.detector) ?? [],
    publish: async (events) => {
      if (events.length === 0 || !incidentsProducer) return;
      await writer.write(events.flatMap(incidentPoints));
      await writer.flush();
      await incidentsProducer.send({ topic: topics.incidents, acks: -1, messages: events.map((e) => ({ key: e.incident.incidentId, value: Buffer.from(encodeIncident(e)) })) });
    },
  };
  const running = [consumer, cdnConsumer, usageConsumer].filter((c) => c !== undefined);
  const admin = await startAdmin(config, target, logger, {
    ...influxReadiness(config, writer),
    redis: async () => ((await redis.ping()) === 'PONG' ? true : 'no PONG'),
    consumerGroups: async () => {
      const waiting = running.map((c) => c.groupMembership()).filter((m) => !m.joined);
      return waiting.length === 0 ? true : `not yet in consumer group ${waiting.map((m) => m.groupId).join(', ')}`;
    },
  });
  const control = consumer ? new ControlTopicListener(kafka, target, logger, { control: topics.control, replies: topics.controlReplies }, leaveTimeoutMs) : undefined;
  await control?.start();
  const consumed = [consumer ? `${topics.views} (group ${config.QOE_KAFKA_VIEWS_GROUP})` : '', cdnConsumer ? `${topics.cdnLogsRaw} (group ${config.QOE_KAFKA_CDN_GROUP})` : '', usageConsumer ? `${topics.cdnLogsEnriched} (group ${config.QOE_KAFKA_USAGE_GROUP})` : ''].filter(Boolean);
  process.stdout.write(`Jobs ${[...jobs].join(', ')}: consuming ${consumed.join(', ')} from ${config.QOE_KAFKA_BROKERS}; writing to ${config.QOE_INFLUX_URL} database "${config.QOE_INFLUX_DB}". Press Ctrl-C to stop.\n`);
  const statusTimer = setInterval(() => logger.info({ jobs: [...jobs], consumer: consumer?.stats(), cdn: cdnConsumer?.stats(), usage: usageConsumer?.stats(), writer: writer.getStats(), deadLetters: dead.count() }, 'status'), 30_000);
  sample = () => {
    const [views, cdn, usage] = [consumer?.stats(), cdnConsumer?.stats(), usageConsumer?.stats()];
    const detectors = target.detectors();
    const watermarks = consumer?.jobs().map((j) => j.qoe.stats().watermarkMs).filter((w) => Number.isFinite(w)) ?? [];
    return distributedSample(
      totals,
      { lostMessages: (views?.lost ?? 0) + (cdn?.lost ?? 0) + (usage?.lost ?? 0), stateRebuilds: (views?.rebuilds ?? 0) + (cdn?.rebuilds ?? 0) + (usage?.rebuilds ?? 0), ...(watermarks.length > 0 ? { viewsWatermarkLagMs: Math.max(0, Date.now() - Math.min(...watermarks)) } : {}) },
      writer.getStats(),
      { deadLetterReasons: dead.reasons(), openIncidents: detectors.reduce((n, d) => n + d.openIncidents().length, 0), assets: assets.counters() },
    );
  };
  stop.running();
  await stop.stopped;
  clearInterval(statusTimer);
  await control?.stop();
  await admin.server.close();
  await incidentsProducer?.disconnect();
  await consumer?.stop();
  await cdnConsumer?.stop();
  await usageConsumer?.stop();
  await assets.close();
  await writer.close();
  await dead.close();
  selfMetrics.stop();
  totals.close();
  redis.disconnect();
}

/** Self-metrics every 10 s (Telegraf's interval) to QOE_STATSD_HOST; a no-op when it is empty. */
function startSelfMetrics(config: Config, mode: string, logger: Logger, sample: () => SelfMetricsSample, writer: InfluxWriter): { stop: () => void } {
  const client = statsdClient(config.QOE_STATSD_HOST, config.QOE_STATSD_PORT, { instance: os.hostname(), mode }, logger);
  if (!client) return { stop: () => undefined };
  const reporter = new SelfMetricsReporter(client, sample);
  reporter.start(10_000);
  writer.on('written', (_lines: number, ms: number) => reporter.timing('influxWriteMs', ms));
  // Window emit latency, from the jobs' instrumentation events (Kafka consumers and the embedded pipeline).
  const windowEmitted = (e: { job: string; newestWindowEndMs: number | undefined; atMs: number }) => {
    if (e.newestWindowEndMs !== undefined) reporter.timing('windowEmitMs', e.atMs - e.newestWindowEndMs, { job: e.job });
  };
  const unsubscribe = [onInstrumentation<ConsumerBatchEvent>(CONSUMER_EVENTS.batch, windowEmitted), onInstrumentation<EmbeddedEmitEvent>(EMBEDDED_EVENTS.emitted, windowEmitted)];
  logger.info({ host: config.QOE_STATSD_HOST, port: config.QOE_STATSD_PORT }, 'self-metrics to statsd');
  return {
    stop: () => {
      for (const u of unsubscribe) u();
      reporter.stop();
      client.close();
    },
  };
}

/** Readiness of the InfluxDB the points go to: it answers /ping, and writes are not failing. */
function influxReadiness(config: Config, writer: InfluxWriter): AdminServerOptions['readiness'] {
  return {
    influxdb: async () => {
      const r = await fetch(`${config.QOE_INFLUX_URL.replace(/\/$/, '')}/ping`);
      return r.ok ? true : `HTTP ${r.status} from /ping`;
    },
    influxWrites: async () => (writer.getStats().failing ? 'InfluxDB writes are failing and being retried' : true),
  };
}

async function startAdmin(config: Config, target: ControlTarget, logger: Logger, readiness: AdminServerOptions['readiness']): Promise<{ server: AdminServer; address: { host: string; port: number }; tokenHint: string }> {
  const { token, source } = adminToken(config.QOE_ADMIN_TOKEN, config.QOE_ADMIN_TOKEN_FILE);
  const server = new AdminServer({ host: config.QOE_ADMIN_HOST, port: config.QOE_ADMIN_PORT, token, dumpDir: config.QOE_ADMIN_DUMP_DIR, maxRequestsPerSecond: config.QOE_ADMIN_MAX_RPS, ...(readiness ? { readiness } : {}) }, target, logger);
  const address = await server.listen();
  const tokenHint = source === 'env' ? 'of QOE_ADMIN_TOKEN' : `in ${config.QOE_ADMIN_TOKEN_FILE}`;
  logger.info({ ...address, bearer: tokenHint }, 'admin API listening');
  return { server, address, tokenHint };
}
