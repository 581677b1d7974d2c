import * as dgram from 'node:dgram';
import { silentLogger } from '../log/logger';
import { SelfMetricsReporter, statsdClient, type SelfMetricsSample } from './selfMetrics';

describe('self-metrics through statsd', () => {
  it('sends counter increases and gauges to a statsd listener over UDP, with tags', async () => {
    const server = dgram.createSocket('udp4');
    const lines: string[] = [];
    server.on('message', (m) => lines.push(...m.toString().split('\n').filter(Boolean)));
    await new Promise<void>((r) => server.bind(0, '127.0.0.1', () => r()));
    const client = statsdClient('127.0.0.1', server.address().port, { instance: 'it', mode: 'embedded' }, silentLogger)!;
    const sample: SelfMetricsSample = { counters: { viewsIn: 5, deadLetters: 0 }, gauges: { influxBufferedPoints: 7, watermarkLagMs: 12_000 } };
    const reporter = new SelfMetricsReporter(client, () => sample);
    reporter.report();
    sample.counters.viewsIn = 8;
    sample.counters.deadLetters = 2;
    sample.gauges.influxBufferedPoints = 0;
    reporter.report();
    reporter.report(); // nothing new: no counter lines, gauges again
    for (let i = 0; i < 250 && lines.length < 9 + 3 * 3; i++) await new Promise((r) => setTimeout(r, 20));
    await new Promise<void>((r) => client.close(() => r()));
    server.close();
    const tags = '|#instance:it,mode:embedded';
    // The process gauges come with every report, whatever the sample holds.
    const processGauges = /^qoe\.(heap_used_bytes|rss_bytes|event_loop_lag_ms):/;
    for (const name of ['heap_used_bytes', 'rss_bytes', 'event_loop_lag_ms']) {
      const values = lines.filter((l) => l.startsWith(`qoe.${name}:`)).map((l) => Number(/:([\d.]+)\|g\|/.exec(l)?.[1]));
      expect([name, values.length, values.every((v) => Number.isFinite(v) && v >= 0)]).toEqual([name, 3, true]);
    }
    expect(Number(/qoe\.rss_bytes:(\d+)/.exec(lines.join('\n'))![1])).toBeGreaterThan(10 * 1024 * 1024);
    expect(lines.filter((l) => !processGauges.test(l))).toEqual([
      `qoe.views_in:5|c${tags}`,
      `qoe.influx_buffered_points:7|g${tags}`,
      `qoe.watermark_lag_ms:12000|g${tags}`,
      `qoe.views_in:3|c${tags}`,
      `qoe.dead_letters:2|c${tags}`,
      `qoe.influx_buffered_points:0|g${tags}`,
      `qoe.watermark_lag_ms:12000|g${tags}`,
      `qoe.influx_buffered_points:0|g${tags}`,
      `qoe.watermark_lag_ms:12000|g${tags}`,
    ]);
  });

  it('sends tagged values with their own tags, a counter increase per tag set', async () => {
    const sent: string[] = [];
    const sink = {
      increment: (stat: string, v: number, tags?: Record<string, string>) => sent.push(`c ${stat} ${v} ${JSON.stringify(tags ?? {})}`),
      gauge: (stat: string, v: number, tags?: Record<string, string>) => sent.push(`g ${stat} ${v} ${JSON.stringify(tags ?? {})}`),
      timing: (stat: string, v: number, tags?: Record<string, string>) => sent.push(`t ${stat} ${v} ${JSON.stringify(tags ?? {})}`),
    };
    const sample: SelfMetricsSample = {
      counters: { recordsIn: [{ tags: { job: 'view_qoe', source: 'qoe.views' }, value: 10 }, { tags: { job: 'cdn', source: 'cdn.logs.raw' }, value: 4 }] },
      gauges: { kafkaConsumerLag: [{ tags: { group: 'g', topic: 't', partition: '3' }, value: 7 }] },
    };
    const reporter = new SelfMetricsReporter(sink, () => sample);
    reporter.report();
    sample.counters.recordsIn = [{ tags: { job: 'view_qoe', source: 'qoe.views' }, value: 15 }, { tags: { job: 'cdn', source: 'cdn.logs.raw' }, value: 4 }];
    reporter.report();
    reporter.timing('windowEmitMs', 1234.4, { job: 'cdn' });
    const ours = sent.filter((l) => !/heap_used|rss_bytes|event_loop/.test(l));
    expect(ours).toEqual([
      'c records_in 10 {"job":"view_qoe","source":"qoe.views"}',
      'c records_in 4 {"job":"cdn","source":"cdn.logs.raw"}',
      'g kafka_consumer_lag 7 {"group":"g","topic":"t","partition":"3"}',
      'c records_in 5 {"job":"view_qoe","source":"qoe.views"}',
      'g kafka_consumer_lag 7 {"group":"g","topic":"t","partition":"3"}',
      't window_emit_ms 1234 {"job":"cdn"}',
    ]);
  });

  it('is off without a host, and a dead statsd never throws into the pipeline', () => {
    expect(statsdClient('', 8125, {}, silentLogger)).toBeUndefined();
    const client = statsdClient('127.0.0.1', 9, {}, silentLogger)!; // discard port: nothing listens
    const reporter = new SelfMetricsReporter(client, () => ({ counters: { viewsIn: 1 }, gauges: {} }));
    expect(() => reporter.report()).not.toThrow();
    client.close();
  });
});
