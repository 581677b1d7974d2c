import * as os from 'node:os';
import * as path from 'node:path';
import { InfluxDB } from '@influxdata/influxdb-client';
import Redis from 'ioredis';
import { createLogger, silentLogger } from '../../src/log/logger';
const log = process.env.QOE_TEST_LOG ? createLogger('info') : silentLogger;
import type { CdnRecord } from '../../src/decode/cdn';
import { PathConventionLookup } from '../../src/enrich/assetLookup';
import { RecordEnricher } from '../../src/enrich/recordEnricher';
import { InfluxWriter, influxQL } from '../../src/sinks/influx';
import { MemoryDeadLetterSink } from '../../src/sinks/deadLetterSink';
import { CdnBatchProducer } from '../../src/sinks/kafka/cdnBatchProducer';
import { CdnLogsConsumer, UsageConsumer } from '../../src/runners/kafka/cdnLogsConsumer';
import { createKafka } from '../../src/sources/kafka/kafkaClient';
import { parseScenario } from '../../src/sources/simulator';
import { CdnLogGenerator } from '../../src/sources/simulator/generateCdnLogs';
import { RedisCheckpointStore } from '../../src/state/checkpointStore';
import type { CdnJobsSnapshot } from '../../src/jobs/cdnJobs';
import { waitFor } from '../../src/test-support/waitFor';
import { spawnQoeStart } from '../../src/test-support/qoeStart';
import { startTestKafka, type TestKafka } from '../../src/test-support/kafka';
import { pb } from '../../src/proto';
import type { PointSink } from '../../src/sinks/pointSink';
import type { QoePoint } from '../../src/schema/point';
import { SELF_METRICS, SELF_METRIC_METRIC_TAGS, TOPICS, type SelfMetricName } from '../../src/schema';
import { StatsdListener } from '../../src/test-support/statsdListener';

const influxUrl = () => process.env.QOE_INFLUX_URL ?? 'http://127.0.0.1:18086';

/** Two hours of simulated CDN records from `hour`, and their requests per environment and hour (the truth usage must equal). */
/**
 * Two hours of records at a flat rate: their number and size must not depend on the hour of
 * day the test runs (with the simulator's diurnal curve, the retention test once had less than
 * the mock cluster's 5 MiB at 02:00 UTC and lost nothing to retention). ~2.4 MiB a record/s.
 */
function twoHours(seed: number, hour: number, perSecond: number): { records: CdnRecord[]; truth: Map<string, number> } {
  const gen = new CdnLogGenerator(parseScenario({ seed, cdnRequestsPerSecond: perSecond, diurnal: { amplitude: 0, peakHourUtc: 20 } }), { scenarioStartMs: hour });
  const records: CdnRecord[] = [];
  for (let s = hour; s < hour + 2 * 3_600_000; s += 1000) records.push(...(gen.recordsInSecond(s) as CdnRecord[]));
  const lookup = new PathConventionLookup();
  const truth = new Map<string, number>();
  for (const r of records) {
    const k = `${lookup.lookupSync(r.path!)!.environmentId}|${Math.floor(Number(r.request_time_ms) / 3_600_000) * 3_600_000}`;
    truth.set(k, (truth.get(k) ?? 0) + 1);
  }
  return { records, truth };
}

/** Hourly usage requests stored in `db` for the two hours from `hour`, per environment and hour. */
async function storedUsage(db: string, hour: number): Promise<Map<string, number>> {
  const got = new Map<string, number>();
  try {
    const [r] = await influxQL(new InfluxDB({ url: influxUrl() }), `SELECT "requests" FROM "long"."usage" WHERE time >= ${hour}ms AND time < ${hour + 2 * 3_600_000}ms GROUP BY "environment_id"`, { db });
    for (const x of r!.series) for (const row of x.values) got.set(`${x.tags!.environment_id}|${row[0]}`, Number(row[1]));
  } catch {
    /* not written yet */
  }
  return got;
}

const sameMaps = (a: Map<string, number>, b: Map<string, number>) => JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());


describe('CDN logs through Kafka: raw batches -> enrichment -> hourly usage exactly once', () => {
  let kafka: TestKafka;
  let redis: Redis;
  beforeAll(async () => {
    kafka = await startTestKafka();
    redis = new Redis(process.env.QOE_REDIS_URL ?? 'redis://127.0.0.1:16379');
  });
  afterAll(async () => {
    redis.disconnect();
    await kafka.stop();
  });

  jest.setTimeout(300_000);

  it('keeps usage equal to the ground truth through resent batches and a consumer stopped and replaced', async () => {
    const run = `${process.pid}-${Date.now()}`;
    const raw = `cdn.logs.raw.it-${run}`;
    const enriched = `cdn.logs.enriched.it-${run}`;
    const db = `qoe_it_cdn_${process.pid}`;
    const hour = Math.floor(Date.now() / 3_600_000) * 3_600_000 - 5 * 3_600_000;
    const { records, truth } = twoHours(4, hour, 1.6); // ~3.8 MiB
    const lookup = new PathConventionLookup();

    const client = createKafka(kafka.brokers, 'qoe-it-cdn', log);
    const producer = new CdnBatchProducer(client, raw, 500);
    await producer.connect();
    // A collector pushes what it received every few seconds; here in chunks of 600 records.
    const push = async (list: CdnRecord[]) => {
      for (let i = 0; i < list.length; i += 600) await producer.send(list.slice(i, i + 600));
    };
    const half = Math.floor(records.length / 2);
    await push(records.slice(0, half));
    await push(records.slice(half - 2000, half)); // a collector resends its last batches

    const store = new RedisCheckpointStore<CdnJobsSnapshot>(redis);
    const groupTimeouts = { sessionTimeout: 6_000, rebalanceTimeout: 6_000, heartbeatInterval: 1_000 };
    const consumer = async () => {
      const writer = await InfluxWriter.connect({ url: influxUrl(), database: db, batchSize: 2000 });
      const c = new CdnLogsConsumer(client, { groupId: `qoe-it-cdn-${run}`, topic: raw, enrichedTopic: enriched, jobs: {}, groupTimeouts }, new RecordEnricher(lookup), writer, new MemoryDeadLetterSink(), store, log);
      const u = new UsageConsumer(client, { groupId: `qoe-it-usage-${run}`, topic: enriched, jobs: {}, groupTimeouts }, writer, new MemoryDeadLetterSink(), store, log);
      await c.start();
      await u.start();
      return {
        stats: () => ({ cdn: c.stats(), usage: u.stats() }),
        records: () => c.stats().records,
        stop: async () => {
          await c.stop();
          await u.stop();
        },
      };
    };
    const a = await consumer();
    await waitFor(() => a.records() >= half + 2000, 60_000, 'the first consumer to read the first half');
    await new Promise((r) => setTimeout(r, 3_000)); // let the usage stage take some of it too
    await a.stop(); // open hours now live only in the checkpoint

    await push(records.slice(half));
    // Later records on every partition move the watermark past the last hour.
    const later = records.slice(0, 40).map((r, i) => ({ ...r, record_id: `sentinel-${i}`, request_time_ms: hour + 3 * 3_600_000 + 60_000 }));
    for (const r of later) await producer.send([r]);
    const b = await consumer();
    const influx = new InfluxDB({ url: influxUrl() });
    const stored = () => storedUsage(db, hour);
    // Redone records update hours already emitted; with no more input after them, the
    // quiet-partition flush writes those updates (event time does not move to fire them).
    const sameAsTruth = async () => sameMaps(await stored(), truth);
    try {
      await waitFor(sameAsTruth, 120_000, 'usage equal to the truth');
    } catch (err) {
      process.stderr.write(`stored ${JSON.stringify([...(await stored())].sort())}\ntruth ${JSON.stringify([...truth].sort())}\nB ${JSON.stringify(b.stats())}\n`);
      throw err;
    }
    await b.stop();
    await producer.disconnect();
    expect(await stored()).toEqual(truth);
    // CDN health loses nothing: every minute has at least its records. It does not remove
    // duplicates (usage does): resent records still within the health lateness count again.
    const [health] = await influxQL(influx, `SELECT sum("requests") FROM "per_minute"."cdn_health" WHERE time >= ${hour}ms AND time < ${hour + 2 * 3_600_000}ms GROUP BY time(1m), "cdn"`, { db });
    const truthByMinute = new Map<string, number>();
    for (const r of records) {
      const k = `${r.cdn}|${Math.floor(Number(r.request_time_ms) / 60_000) * 60_000}`;
      truthByMinute.set(k, (truthByMinute.get(k) ?? 0) + 1);
    }
    const healthByMinute = new Map<string, number>();
    for (const s of health!.series) for (const row of s.values) if (row[1] !== null) healthByMinute.set(`${s.tags!.cdn}|${row[0]}`, Number(row[1]));
    const resentFromMs = Number(records[half - 2000]!.request_time_ms);
    let surplus = 0;
    for (const [k, want] of truthByMinute) {
      const got = healthByMinute.get(k) ?? 0;
      expect({ k, got: got >= want }).toEqual({ k, got: true });
      if (Number(k.split('|')[1]) + 60_000 <= resentFromMs) expect({ k, got }).toEqual({ k, got: want });
      surplus += got - want;
    }
    expect(surplus).toBeLessThanOrEqual(2000);
    // Enriched records were published.
    const admin = client.admin();
    await admin.connect();
    const offsets = await admin.fetchTopicOffsets(enriched);
    await admin.disconnect();
    expect(offsets.reduce((n, p) => n + Number(p.high), 0)).toBeGreaterThanOrEqual(records.length);
  });

  it('hostile messages on both CDN topics (undecodable, empty, batches of no records) are dead-lettered with their reasons; the rest is counted once, with clean tags', async () => {
    const run = `${process.pid}-${Date.now()}-hostile`;
    const raw = `cdn.logs.raw.it-${run}`;
    const enriched = `cdn.logs.enriched.it-${run}`;
    const db = `qoe_it_cdn_hostile_${process.pid}`;
    const hour = Math.floor(Date.now() / 3_600_000) * 3_600_000 - 3 * 3_600_000;
    const gen = new CdnLogGenerator(parseScenario({ seed: 21, cdnRequestsPerSecond: 3, diurnal: { amplitude: 0, peakHourUtc: 20 } }), { scenarioStartMs: hour });
    const good: CdnRecord[] = [];
    for (let s = hour + 10 * 60_000; s < hour + 15 * 60_000; s += 1000) good.push(...(gen.recordsInSecond(s) as CdnRecord[]));
    const base = good[0]!;
    const clean: CdnRecord = { ...base, record_id: 'h-clean', country: 'Z'.repeat(5_000), asn: -5, pop: 'P\u0000\nOP' };
    const hostile: CdnRecord[] = [
      { ...base, record_id: 'h-status', status: 42 },
      { ...base, record_id: 'h-time', request_time_ms: 0 },
      { ...base, record_id: 'h-bytes', bytes_sent: -1 },
      { ...base, record_id: 'h-ttfb', ttfb_ms: -5 },
      clean,
    ];
    const lookup = new PathConventionLookup();
    const truth = new Map<string, number>();
    for (const r of [...good, clean]) {
      const k = `${lookup.lookupSync(r.path!)!.environmentId}|${hour}`;
      truth.set(k, (truth.get(k) ?? 0) + 1);
    }
    // Bytes protobuf cannot read: a field of wire type 6 ("n"), and a length past the end.
    const undecodable = [Buffer.from('not protobuf'), Buffer.from([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f])];

    const client = createKafka(kafka.brokers, 'qoe-it-cdn-hostile', log);
    const producer = new CdnBatchProducer(client, raw, 500);
    const plain = client.producer({ allowAutoTopicCreation: true });
    await producer.connect();
    await plain.connect();
    await producer.send(good.slice(0, 400));
    // And messages that are not batches though protobuf reads them: nothing, a batch of no records.
    const noBatch = [Buffer.alloc(0), Buffer.from(pb.CdnLogBatch.encode({ batch_id: 'b-empty' }).finish())];
    await plain.send({ topic: raw, acks: -1, messages: [...undecodable, ...noBatch].map((value) => ({ key: base.cdn!, value })) });
    await producer.send(hostile);
    await producer.send(good.slice(400));
    await plain.send({ topic: enriched, acks: -1, messages: [...undecodable.slice(0, 1), Buffer.from(pb.CdnAccessRecord.encode({ ...base, record_id: 'e-time', request_time_ms: 0 } as never).finish())].map((value) => ({ key: 'env', value })) });
    // Later records on every partition move the watermark past the hour.
    await producer.send(good.slice(0, 40).map((r, i) => ({ ...r, record_id: `sentinel-${i}`, request_time_ms: hour + 3 * 3_600_000 })));

    const writer = await InfluxWriter.connect({ url: influxUrl(), database: db, batchSize: 2000 });
    const [cdnDead, usageDead] = [new MemoryDeadLetterSink(), new MemoryDeadLetterSink()];
    const store = new RedisCheckpointStore<CdnJobsSnapshot>(redis);
    const groupTimeouts = { sessionTimeout: 6_000, rebalanceTimeout: 6_000, heartbeatInterval: 1_000 };
    const c = new CdnLogsConsumer(client, { groupId: `qoe-it-cdn-${run}`, topic: raw, enrichedTopic: enriched, jobs: {}, groupTimeouts }, new RecordEnricher(lookup), writer, cdnDead, store, log);
    const u = new UsageConsumer(client, { groupId: `qoe-it-usage-${run}`, topic: enriched, jobs: {}, groupTimeouts }, writer, usageDead, store, log);
    await c.start();
    await u.start();
    try {
      await waitFor(async () => sameMaps(await storedUsage(db, hour), truth), 120_000, async () => `usage equal to the truth (${JSON.stringify([...(await storedUsage(db, hour))])} vs ${JSON.stringify([...truth])})`);
    } finally {
      await c.stop();
      await u.stop();
      await producer.disconnect();
      await plain.disconnect();
    }
    await writer.close();
    const byKind = (sink: MemoryDeadLetterSink) => {
      const out: Record<string, number> = {};
      for (const d of sink.records) {
        const kind = d.reason.startsWith('undecodable ') ? d.reason.slice(0, d.reason.indexOf(':')) : d.reason;
        out[kind] = (out[kind] ?? 0) + 1;
      }
      return out;
    };
    expect(byKind(cdnDead)).toEqual({
      'undecodable CdnLogBatch': 2,
      'empty message': 1,
      'CdnLogBatch holds no records': 1,
      'missing or invalid HTTP status': 1,
      'missing or invalid request time': 1,
      'invalid byte count': 1,
      'invalid ttfb_ms': 1,
    });
    expect(byKind(usageDead)).toEqual({ 'undecodable CdnAccessRecord': 1, 'missing or invalid request time': 1 });
    const influx = new InfluxDB({ url: influxUrl() });
    const [pops] = await influxQL(influx, `SHOW TAG VALUES FROM "per_minute"."cdn_health" WITH KEY = "pop"`, { db });
    const popValues = pops!.series.flatMap((x) => x.values.map((v) => String(v[1])));
    expect(popValues).toContain('POP');
    const [countries] = await influxQL(influx, `SHOW TAG VALUES FROM "per_minute"."cdn_health_by" WITH KEY = "value"`, { db });
    for (const v of countries!.series.flatMap((x) => x.values.map((row) => String(row[1])))) expect([v, v.length <= 64 && !/[\u0000-\u001f]/.test(v)]).toEqual([v, true]);
  });

  it('usage with a checkpoint interval: failed output redoes the batches since the last save, exactly once', async () => {
    const run = `${process.pid}-${Date.now()}-flaky`;
    const topic = `cdn.logs.enriched.it-${run}`;
    const db = `qoe_it_cdn_flaky_${process.pid}`;
    const hour = Math.floor(Date.now() / 3_600_000) * 3_600_000 - 6 * 3_600_000;
    const { records: raw, truth } = twoHours(9, hour, 1.1); // ~2.6 MiB
    const records = await new RecordEnricher(new PathConventionLookup()).enrich(raw);
    const client = createKafka(kafka.brokers, 'qoe-it-usage-flaky', log);
    const producer = client.producer();
    await producer.connect();
    const send = async (list: CdnRecord[]) => {
      for (let i = 0; i < list.length; i += 500) {
        await producer.send({ topic, acks: -1, messages: list.slice(i, i + 500).map((r) => ({ key: r.environment_id || 'unknown', value: Buffer.from(pb.CdnAccessRecord.encode(r as never).finish()) })) });
      }
    };
    await send(records);
    // Later records on every partition move the watermark past both hours.
    await send(records.slice(0, 40).map((r, i) => ({ ...r, record_id: `sentinel-${i}`, request_time_ms: hour + 4 * 3_600_000 + 60_000 })));

    // InfluxDB "fails" on some flushes: each failure drops the partition's state and the
    // consumer goes back to its last checkpoint (saved at most every 500 ms here).
    const writer = await InfluxWriter.connect({ url: influxUrl(), database: db, batchSize: 2000 });
    let flushes = 0;
    let failures = 0;
    const flaky: PointSink = {
      write: (points: readonly QoePoint[]) => writer.write(points),
      flush: async () => {
        flushes++;
        if (flushes % 7 === 3 && failures < 4) {
          failures++;
          throw new Error('InfluxDB unavailable (test)');
        }
        await writer.flush();
      },
      close: () => writer.close(),
    };
    const store = new RedisCheckpointStore<CdnJobsSnapshot>(redis);
    const u = new UsageConsumer(client, { groupId: `qoe-it-usage-flaky-${run}`, topic, jobs: {}, groupTimeouts: { sessionTimeout: 6_000, rebalanceTimeout: 6_000, heartbeatInterval: 1_000 }, checkpointEveryMs: 500 }, flaky, new MemoryDeadLetterSink(), store, log);
    await u.start();
    const stored = () => storedUsage(db, hour);
    try {
      await waitFor(async () => sameMaps(await stored(), truth), 120_000, () => `usage equal to the truth (${truth.size} hours and environments; flushes ${flushes}, failures ${failures})`);
    } finally {
      await u.stop();
      await producer.disconnect();
      await writer.close();
    }
    expect(failures).toBeGreaterThan(0);
    expect(await stored()).toEqual(truth);
  });

  it('the CDN stage publishes every batch but saves on its interval; stopping saves, and a redone stretch publishes again what usage counts once', async () => {
    const run = `${process.pid}-${Date.now()}-interval`;
    const raw = `cdn.logs.raw.it-${run}`;
    const enriched = `cdn.logs.enriched.it-${run}`;
    const db = `qoe_it_cdn_interval_${process.pid}`;
    const hour = Math.floor(Date.now() / 3_600_000) * 3_600_000 - 5 * 3_600_000;
    const { records, truth } = twoHours(21, hour, 0.3);
    const client = createKafka(kafka.brokers, 'qoe-it-cdn-interval', log);
    const producer = new CdnBatchProducer(client, raw, 500);
    await producer.connect();
    for (let i = 0; i < records.length; i += 200) await producer.send(records.slice(i, i + 200));
    const admin = client.admin();
    await admin.connect();
    const store = new RedisCheckpointStore<CdnJobsSnapshot>(redis);
    const group = `qoe-it-cdn-interval-${run}`;
    const saved = async (group: string) => {
      const out: number[] = [];
      for (let p = 0; p < 16; p++) {
        const cp = await store.load(group, raw, p);
        if (cp) out.push(Number(cp.offset));
      }
      return out;
    };
    const committed = async (group: string) => (await admin.fetchOffsets({ groupId: group, topics: [raw] }))[0]!.partitions.reduce((n, p) => n + Math.max(0, Number(p.offset)), 0);
    const published = async () => ((await admin.fetchTopicOffsets(enriched).catch(() => [])) as { high: string }[]).reduce((n, p) => n + Number(p.high), 0);
    const rawMessages = (await admin.fetchTopicOffsets(raw)).reduce((n, p) => n + Number(p.high), 0);
    const writer = await InfluxWriter.connect({ url: influxUrl(), database: db, batchSize: 2000 });
    const groupTimeouts = { sessionTimeout: 6_000, rebalanceTimeout: 6_000, heartbeatInterval: 1_000 };
    const cdn = (groupId: string, checkpointEveryMs: number) => new CdnLogsConsumer(client, { groupId, topic: raw, enrichedTopic: enriched, jobs: {}, groupTimeouts, checkpointEveryMs }, new RecordEnricher(new PathConventionLookup()), writer, new MemoryDeadLetterSink(), store, log);
    const usage = new UsageConsumer(client, { groupId: `qoe-it-usage-interval-${run}`, topic: enriched, jobs: {}, groupTimeouts }, writer, new MemoryDeadLetterSink(), store, log);
    try {
      const a = cdn(group, 600_000);
      await a.start();
      await waitFor(async () => (await published()) >= records.length, 60_000, 'every record enriched and published');
      // Every batch published, none saved or committed: the interval has not passed.
      expect(a.stats().records).toBe(records.length);
      expect(await saved(group)).toEqual([]);
      expect(await committed(group)).toBe(0);
      // Stopping saves what the last checkpoints do not hold, and commits it.
      await a.stop();
      expect((await saved(group)).reduce((n, o) => n + o, 0)).toBe(rawMessages);
      expect(await committed(group)).toBe(rawMessages);
      // A member that crashed before its first save: its successor redoes the topic and publishes every record again.
      const b = cdn(`${group}-again`, 600_000);
      await b.start();
      await waitFor(async () => (await published()) >= 2 * records.length, 60_000, 'the redone records published again');
      await b.stop();
      // Later records on every partition of the enriched topic move usage's watermark past both hours.
      const late = records.slice(0, 40).map((r, i) => ({ ...r, record_id: `sentinel-${i}`, request_time_ms: hour + 4 * 3_600_000 + 60_000 }));
      const enrichedLate = await new RecordEnricher(new PathConventionLookup()).enrich(late);
      const p = client.producer();
      await p.connect();
      await p.send({ topic: enriched, acks: -1, messages: enrichedLate.map((r) => ({ key: r.environment_id || 'unknown', value: Buffer.from(pb.CdnAccessRecord.encode(r as never).finish()) })) });
      await p.disconnect();
      await usage.start();
      // Each record twice on the enriched topic, counted once.
      await waitFor(async () => sameMaps(await storedUsage(db, hour), truth), 120_000, `usage equal to the truth (${truth.size} hours and environments)`);
    } finally {
      await usage.stop();
      await admin.disconnect();
      await producer.disconnect();
      await writer.close();
    }
    expect(await storedUsage(db, hour)).toEqual(truth);
  });

  it('offsets removed by retention before they were processed: counted as lost, the rest still counted', async () => {
    // librdkafka's mock cluster keeps 5 MiB per partition, like a topic whose retention
    // ran out during an outage of the usage stage.
    const run = `${process.pid}-${Date.now()}-retention`;
    const topic = `cdn.logs.enriched.it-${run}`;
    const db = `qoe_it_cdn_retention_${process.pid}`;
    const hour = Math.floor(Date.now() / 3_600_000) * 3_600_000 - 8 * 3_600_000;
    const { records: raw } = twoHours(33, hour, 3); // ~7.2 MiB on one partition: past the mock cluster's 5 MiB
    const records = await new RecordEnricher(new PathConventionLookup()).enrich(raw);
    records.push(...records.slice(0, 40).map((r, i) => ({ ...r, record_id: `sentinel-${i}`, request_time_ms: hour + 4 * 3_600_000 + 60_000 })));
    const client = createKafka(kafka.brokers, 'qoe-it-retention', log);
    const producer = client.producer();
    await producer.connect();
    // One key: every record on one partition, offset i holding records[i].
    const send = async (from: number, to: number) => {
      for (let i = from; i < to; i += 500) {
        await producer.send({ topic, acks: -1, messages: records.slice(i, Math.min(i + 500, to)).map((r) => ({ key: 'one', value: Buffer.from(pb.CdnAccessRecord.encode(r as never).finish()) })) });
      }
    };
    const writer = await InfluxWriter.connect({ url: influxUrl(), database: db, batchSize: 2000 });
    const store = new RedisCheckpointStore<CdnJobsSnapshot>(redis);
    const usage = () => new UsageConsumer(client, { groupId: `qoe-it-retention-${run}`, topic, jobs: {}, groupTimeouts: { sessionTimeout: 6_000, rebalanceTimeout: 6_000, heartbeatInterval: 1_000 }, checkpointEveryMs: 0 }, writer, new MemoryDeadLetterSink(), store, log);
    const head = 100;
    try {
      await send(0, head);
      const first = usage();
      await first.start();
      await waitFor(async () => first.stats().messages >= head, 60_000, () => `the first ${head} records taken (${first.stats().messages})`);
      await first.stop();
      await send(head, records.length);
      const admin = client.admin();
      await admin.connect();
      const offsets = await admin.fetchTopicOffsets(topic);
      await admin.disconnect();
      const part = offsets.find((o) => Number(o.high) > 0)!;
      const low = Number(part.low);
      expect(Number(part.high)).toBe(records.length);
      expect(low).toBeGreaterThan(head); // retention did remove offsets the consumer had not taken

      const truth = new Map<string, number>();
      records.forEach((r, i) => {
        if ((i >= head && i < low) || r.record_id!.startsWith('sentinel-')) return;
        const k = `${r.environment_id}|${Math.floor(Number(r.request_time_ms) / 3_600_000) * 3_600_000}`;
        truth.set(k, (truth.get(k) ?? 0) + 1);
      });
      const second = usage();
      await second.start();
      try {
        await waitFor(async () => sameMaps(await storedUsage(db, hour), truth), 120_000, () => `usage of what retention left (lost ${second.stats().lost})`);
        expect(second.stats().lost).toBe(low - head);
      } finally {
        await second.stop();
      }
    } finally {
      await producer.disconnect();
      await writer.close();
    }
  });

  it('`qoe start` killed with SIGKILL mid-stream and started again: hourly usage still exactly once', async () => {
    const run = `${process.pid}-${Date.now()}-kill`;
    const db = `qoe_it_cdn_kill_${process.pid}`;
    const groups = { QOE_KAFKA_VIEWS_GROUP: `qoe-it-kill-views-${run}`, QOE_KAFKA_CDN_GROUP: `qoe-it-kill-cdn-${run}`, QOE_KAFKA_USAGE_GROUP: `qoe-it-kill-usage-${run}` };
    const hour = Math.floor(Date.now() / 3_600_000) * 3_600_000 - 7 * 3_600_000;
    const { records, truth } = twoHours(21, hour, 0.7); // ~1.7 MiB: within the mock cluster's 5 MiB per partition
    const client = createKafka(kafka.brokers, 'qoe-it-kill', log);
    const producer = new CdnBatchProducer(client, TOPICS.cdnLogsRaw, 500);
    await producer.connect();
    const push = async (list: CdnRecord[]) => {
      for (let i = 0; i < list.length; i += 600) await producer.send(list.slice(i, i + 600));
    };
    const start = () => spawnQoeStart(path.join(os.tmpdir(), `qoe-it-kill-${run}.ndjson`), { ...groups, QOE_KAFKA_BROKERS: kafka.brokers.join(','), QOE_KAFKA_USAGE_CHECKPOINT_MS: '20000', QOE_INFLUX_DB: db });
    const usageCheckpoints = async () => (await redis.keys(`qoe:checkpoint:${groups.QOE_KAFKA_USAGE_GROUP}:*`)).length;

    const first = start();
    await push(records.slice(0, 1500));
    await waitFor(async () => (await usageCheckpoints()) > 0, 90_000, () => `the usage stage's first checkpoint (${first.stderr()})`);
    // Keep records flowing for a few seconds and kill the process: the usage stage has
    // taken batches since its last save (saves come at most every 20 s), and they are lost
    // with the process; its group offset still stands at that save.
    let sent = 1500;
    const killAt = Date.now() + 7_000;
    while (Date.now() < killAt && sent < records.length) {
      await push(records.slice(sent, sent + 150));
      sent += 150;
      await new Promise((r) => setTimeout(r, 250));
    }
    first.child.kill('SIGKILL');
    await new Promise((r) => first.child.once('exit', r));

    await push(records.slice(sent));
    await push(records.slice(0, 40).map((r, i) => ({ ...r, record_id: `sentinel-${i}`, request_time_ms: hour + 4 * 3_600_000 + 60_000 })));
    // The restarted process also sends its self-metrics (the Kafka consumers' own) to a statsd listener.
    const statsd = await StatsdListener.start();
    const second = spawnQoeStart(path.join(os.tmpdir(), `qoe-it-kill-${run}.ndjson`), { ...groups, QOE_KAFKA_BROKERS: kafka.brokers.join(','), QOE_KAFKA_USAGE_CHECKPOINT_MS: '20000', QOE_INFLUX_DB: db, QOE_STATSD_HOST: '127.0.0.1', QOE_STATSD_PORT: String(statsd.port) });
    const stored = () => storedUsage(db, hour);
    try {
      await waitFor(async () => sameMaps(await stored(), truth), 120_000, () => `usage equal to the truth after the restart (${second.stderr()})`);
    } finally {
      second.child.kill('SIGTERM');
      await new Promise((r) => second.child.once('exit', r));
      await producer.disconnect();
    }
    expect(await stored()).toEqual(truth);
    // Stopping sends a last report: every consumer metric, with the tags the schema declares.
    await waitFor(() => statsd.parsed().some((l) => l.name === SELF_METRICS.gauges.kafkaConsumerLag), 10_000, () => `the consumers' self-metrics (${statsd.lines.slice(0, 20).join(' ')})`);
    statsd.close();
    const lines = statsd.parsed();
    for (const l of lines) expect([l.name, Object.keys(l.tags).sort()]).toEqual([l.name, ['instance', 'mode', ...(SELF_METRIC_METRIC_TAGS[l.name as SelfMetricName] ?? [])].sort()]);
    const seen = (name: string, tags: Record<string, string>) => lines.some((l) => l.name === name && Object.entries(tags).every(([k, v]) => l.tags[k] === v));
    expect(seen(SELF_METRICS.counters.recordsIn, { job: 'cdn', source: TOPICS.cdnLogsRaw, mode: 'distributed' })).toBe(true);
    expect(seen(SELF_METRICS.counters.recordsIn, { job: 'usage', source: TOPICS.cdnLogsEnriched })).toBe(true);
    expect(seen(SELF_METRICS.counters.recordsOut, { job: 'usage' })).toBe(true);
    expect(seen(SELF_METRICS.gauges.kafkaConsumerLag, { group: groups.QOE_KAFKA_USAGE_GROUP, topic: TOPICS.cdnLogsEnriched })).toBe(true);
    expect(seen(SELF_METRICS.timings.windowEmitMs, { job: 'cdn' })).toBe(true);
    expect(seen(SELF_METRICS.timings.influxWriteMs, { mode: 'distributed' })).toBe(true);
    expect(lines.filter((l) => l.name === SELF_METRICS.gauges.kafkaConsumerLag).every((l) => /^\d+$/.test(l.tags.partition ?? '') && l.value >= 0)).toBe(true);
  });
});
