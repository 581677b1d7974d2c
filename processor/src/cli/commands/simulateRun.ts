import * as fs from 'node:fs';
import { InvalidArgumentError } from 'commander';
import type { SimulateOptions } from './simulate';
import { pb } from '../../proto';
import { createLogger } from '../../log/logger';
import { createKafka, parseBrokers } from '../../sources/kafka/kafkaClient';
import { toProtoTimes, ViewsProducer } from '../../sinks/kafka/viewsProducer';
import { loadScenario, simulateRange, type Scenario } from '../../sources/simulator';
import { isActive } from '../../sources/simulator/generateViews';
import { CdnBatchProducer } from '../../sinks/kafka/cdnBatchProducer';
import type { CdnRecord } from '../../decode/cdn';
import { cdnFileHeader, toVendorLine } from '../../sources/simulator/renderCdnLogs';
import { closeOut, ndjson, openOut, write } from '../outputStreams';
import { configOrExit } from '../configFromEnv';
import { prefixedTopics } from '../../schema';
import { parseHostPort, SyslogTcpClient, ViewsHttpClient } from '../../sinks/collector/collectorClient';

/** What `qoe simulate` does (loaded only when the command runs). */
export async function runSimulate(opts: SimulateOptions): Promise<void> {
  let scenario: Scenario = loadScenario(opts.scenario);
  if (opts.seed !== undefined) scenario = { ...scenario, seed: opts.seed };
  if (opts.rate !== undefined) scenario = { ...scenario, viewsPerSecond: opts.rate };
  if (opts.cdnRate !== undefined) scenario = { ...scenario, cdnRequestsPerSecond: opts.cdnRate };
  const now = Date.now();
  const fromMs = opts.start ? parseTime(opts.start) : Math.floor((now - opts.minutes * 60_000) / 60_000) * 60_000;
  const toMs = fromMs + opts.minutes * 60_000;
  const scenarioStartMs = scenario.start ? Date.parse(scenario.start) : fromMs;

  if (opts.labels) fs.writeFileSync(opts.labels, JSON.stringify(labels(scenario, scenarioStartMs), null, 2) + '\n');
  const topics = opts.kafka ? prefixedTopics(configOrExit().config.QOE_KAFKA_TOPIC_PREFIX) : undefined;
  const producer = opts.kafka ? new ViewsProducer(createKafka(parseBrokers(opts.kafka), 'qoe-simulate', createLogger('warn')), topics!.views) : undefined;
  await producer?.connect();
  const cdnProducer = opts.kafka && opts.kafkaCdn ? new CdnBatchProducer(createKafka(parseBrokers(opts.kafka), 'qoe-simulate', createLogger('warn')), topics!.cdnLogsRaw) : undefined;
  await cdnProducer?.connect();
  const http = opts.collector ? new ViewsHttpClient(opts.collector, configOrExit().config.QOE_COLLECTOR_TOKEN) : undefined;
  if (opts.syslog && (opts.cdnFormat === 'record' || opts.cdnOut)) throw new Error('--syslog streams vendor log lines: give --cdn-format (cloudfront, fastly, ...) and no --cdn-out');
  const syslog = opts.syslog ? (({ host, port }) => new SyslogTcpClient(host, port))(parseHostPort(opts.syslog)) : undefined;
  const viewsOut = producer || http ? undefined : openOut(opts.out);
  const cdnOut = opts.cdnOut ? (opts.cdnOut === opts.out && viewsOut ? viewsOut : openOut(opts.cdnOut)) : undefined;
  let cdnHeaderPending = true;
  const emit = async (from: number, to: number) => {
    for (const s of simulateRange(scenario, from, to, { cdn: cdnOut !== undefined || cdnProducer !== undefined || syslog !== undefined, scenarioStartMs })) {
      if (cdnProducer && s.cdn.length > 0) await cdnProducer.send(s.cdn as CdnRecord[]);
      if (syslog && opts.cdnFormat !== 'record') {
        const format = opts.cdnFormat;
        await syslog.send(s.cdn.map((r) => toVendorLine(format, r)));
      }
      if (producer) await producer.send(s.views);
      else if (http) await http.send(s.views);
      else await write(viewsOut!, opts.format === 'ndjson' ? ndjson(s.views) : Buffer.concat(s.views.map((v) => pb.VideoView.encodeDelimited(pb.VideoView.fromObject(toProtoTimes(v))).finish())));
      if (cdnOut) {
        if (opts.cdnFormat !== 'record') {
          const header = cdnHeaderPending ? cdnFileHeader(opts.cdnFormat) : '';
          cdnHeaderPending = false;
          const format = opts.cdnFormat;
          await write(cdnOut, header + s.cdn.map((r) => toVendorLine(format, r) + '\n').join(''));
        }
        else await write(cdnOut, opts.format === 'ndjson' ? ndjson(s.cdn) : Buffer.concat(s.cdn.map((r) => pb.CdnAccessRecord.encodeDelimited(r).finish())));
      }
    }
  };
  await emit(fromMs, toMs);
  if (opts.follow) {
    let next = toMs;
    let stop = false;
    process.once('SIGINT', () => (stop = true));
    process.once('SIGTERM', () => (stop = true));
    while (!stop) {
      const until = Math.floor(Date.now() / 1000) * 1000;
      if (until > next) {
        await emit(next, until);
        next = until;
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  if (viewsOut) await closeOut(viewsOut);
  await producer?.disconnect();
  await cdnProducer?.disconnect();
  syslog?.close();
  if (cdnOut && cdnOut !== viewsOut) await closeOut(cdnOut);
}

function labels(s: Scenario, scenarioStartMs: number) {
  return s.incidents.map((i) => ({
    ...i,
    start: new Date(scenarioStartMs + i.startMin * 60_000).toISOString(),
    end: new Date(scenarioStartMs + (i.startMin + i.durationMin) * 60_000).toISOString(),
    activeAtStart: isActive(i, scenarioStartMs, scenarioStartMs),
  }));
}

function parseTime(s: string): number {
  const ms = /^\d+$/.test(s) ? Number(s) : Date.parse(s);
  if (!Number.isFinite(ms)) throw new InvalidArgumentError(`not a time: ${s}`);
  return ms;
}
