import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { InfluxDB } from '@influxdata/influxdb-client';
import Redis from 'ioredis';
import { silentLogger } from '../../src/log/logger';
import { pb } from '../../src/proto';
import { InfluxWriter, influxQL } from '../../src/sinks/influx';
import { MemoryDeadLetterSink } from '../../src/sinks/deadLetterSink';
import { createKafka } from '../../src/sources/kafka/kafkaClient';
import { ViewsConsumer } from '../../src/runners/kafka/viewsConsumer';
import { RedisCheckpointStore } from '../../src/state/checkpointStore';
import type { ViewJobsSnapshot } from '../../src/jobs/viewJobs';
import { waitFor } from '../../src/test-support/waitFor';
import { spawnQoeStart } from '../../src/test-support/qoeStart';
import { startTestKafka, type TestKafka } from '../../src/test-support/kafka';
import { simulatedViews } from '../../src/test-support/viewFiles';
import { ControlTopicListener } from '../../src/control/controlTopic';
import { Detector } from '../../src/detect/detector';
import { normalizeView } from '../../src/decode/normalizeView';
import { parseScenario, simulateRange, type SimulatedView } from '../../src/sources/simulator';

const influxUrl = () => process.env.QOE_INFLUX_URL ?? 'http://127.0.0.1:18086';

function encode(v: SimulatedView): Buffer {
  const ts = (s: string) => ({ seconds: Math.floor(Date.parse(s) / 1000), nanos: (Date.parse(s) % 1000) * 1e6 });
  return Buffer.from(pb.VideoView.encode(pb.VideoView.fromObject({ ...v, view_start: ts(v.view_start), view_end: ts(v.view_end) })).finish());
}


describe('views from Kafka (consumer group, checkpoints in Redis, exactly once across a crash)', () => {
  let kafka: TestKafka;
  let redis: Redis;
  beforeAll(async () => {
    kafka = await startTestKafka();
    redis = new Redis(process.env.QOE_REDIS_URL ?? 'redis://127.0.0.1:16379', { maxRetriesPerRequest: 2 });
  });
  afterAll(async () => {
    redis.disconnect();
    await kafka.stop();
  });

  it('writes per-minute totals equal to the input though the consumer dies mid-stream', async () => {
    const run = `${process.pid}-${Date.now()}`;
    const topic = `qoe.views.it-${run}`;
    const group = `qoe-it-${run}`;
    const db = `qoe_it_kafka_${process.pid}`;
    const from = Math.floor(Date.now() / 3_600_000) * 3_600_000 - 2 * 3_600_000;
    const views = simulatedViews(from, 6, { rate: 8 });
    const half = Math.floor(views.length / 2);
    // Sentinels a few minutes later close every window of every property.
    const sentinels = ['prop-news', 'prop-sport', 'prop-kids'].map((p, i) => ({ ...views[0]!, view_id: `sentinel-${i}`, property_id: p, view_start: new Date(from + 9 * 60_000).toISOString(), view_end: new Date(from + 10 * 60_000).toISOString() }));

    const client = createKafka(kafka.brokers, 'qoe-it', silentLogger);
    const producer = client.producer();
    await producer.connect();
    const send = (vs: SimulatedView[]) => producer.send({ topic, messages: vs.map((v) => ({ key: v.property_id, value: encode(v) })) });
    await send(views.slice(0, half));

    const store = new RedisCheckpointStore<ViewJobsSnapshot>(redis);
    const consumer = async () => {
      const writer = await InfluxWriter.connect({ url: influxUrl(), database: db, batchSize: 1000 });
      const c = new ViewsConsumer(client, { groupId: group, topic, job: { outOfOrdernessMs: 10_000, allowedLatenessMs: 60_000 }, maxFutureMs: 3_600_000, groupTimeouts: { sessionTimeout: 6_000, rebalanceTimeout: 6_000, heartbeatInterval: 1_000 } }, writer, new MemoryDeadLetterSink(), store, silentLogger);
      await c.start();
      return { c, writer };
    };

    const a = await consumer();
    await waitFor(() => a.c.stats().views >= half, 60_000, 'first consumer to read the first half');
    // Leave without emitting the open windows: their state lives only in the checkpoint.
    await a.c.stop();

    await send(views.slice(half));
    await send(sentinels);
    const b = await consumer();
    const expectedViews = new Map<string, number>();
    for (const v of views) {
      const k = `${v.property_id}|${Math.floor(Date.parse(v.view_end) / 60_000) * 60_000}`;
      expectedViews.set(k, (expectedViews.get(k) ?? 0) + 1);
    }
    const influx = new InfluxDB({ url: influxUrl() });
    const stored = async () => {
      const [r] = await influxQL(influx, `SELECT "views" FROM "per_minute"."view_qoe" WHERE time >= ${from}ms AND time < ${from + 6 * 60_000}ms GROUP BY "property_id"`, { db });
      const got = new Map<string, number>();
      for (const s of r!.series) for (const row of s.values) got.set(`${s.tags!.property_id}|${row[0]}`, Number(row[1]));
      return got;
    };
    await waitFor(async () => (await stored()).size === expectedViews.size && [...(await stored()).values()].reduce((x, y) => x + y, 0) === views.length, 60_000, 'all minutes in InfluxDB');
    await b.c.stop();
    await producer.disconnect();
    expect(await stored()).toEqual(expectedViews);
    const committed = await client.admin();
    await committed.connect();
    const offsets = await committed.fetchOffsets({ groupId: group, topics: [topic] });
    await committed.disconnect();
    const total = offsets[0]!.partitions.reduce((n, p) => n + Math.max(0, Number(p.offset)), 0);
    expect(total).toBe(views.length + sentinels.length);
  });

  it('checkpoints lost behind committed offsets (a Redis that lost data): the state is rebuilt from the topic without output, and every minute equals the input', async () => {
    const run = `${process.pid}-${Date.now()}-lostcp`;
    const topic = `qoe.views.it-${run}`;
    const group = `qoe-it-${run}`;
    const db = `qoe_it_kafka_lostcp_${process.pid}`;
    const from = Math.floor(Date.now() / 3_600_000) * 3_600_000 - 2 * 3_600_000;
    const views = simulatedViews(from, 6, { rate: 8 }).sort((a, b) => Date.parse(a.view_end) - Date.parse(b.view_end));
    // The cut falls inside a minute, so the checkpoints hold open windows with views of both halves.
    const half = views.findIndex((v) => Date.parse(v.view_end) >= from + 3 * 60_000 + 30_000);
    const sentinels = ['prop-news', 'prop-sport', 'prop-kids'].map((p, i) => ({ ...views[0]!, view_id: `sentinel-${i}`, property_id: p, view_start: new Date(from + 9 * 60_000).toISOString(), view_end: new Date(from + 10 * 60_000).toISOString() }));

    const client = createKafka(kafka.brokers, 'qoe-it', silentLogger);
    const producer = client.producer();
    await producer.connect();
    const send = (vs: SimulatedView[]) => producer.send({ topic, messages: vs.map((v) => ({ key: v.property_id, value: encode(v) })) });
    await send(views.slice(0, half));
    const store = new RedisCheckpointStore<ViewJobsSnapshot>(redis);
    const dead = new MemoryDeadLetterSink();
    const consumer = async () => {
      const writer = await InfluxWriter.connect({ url: influxUrl(), database: db, batchSize: 1000 });
      const c = new ViewsConsumer(client, { groupId: group, topic, job: { outOfOrdernessMs: 10_000, allowedLatenessMs: 60_000 }, maxFutureMs: 3_600_000, groupTimeouts: { sessionTimeout: 6_000, rebalanceTimeout: 6_000, heartbeatInterval: 1_000 } }, writer, dead, store, silentLogger);
      await c.start();
      return c;
    };
    const a = await consumer();
    await waitFor(() => a.stats().views >= half, 60_000, 'first consumer to read the first half');
    await a.stop();
    const admin = client.admin();
    await admin.connect();
    const committed = async () => (await admin.fetchOffsets({ groupId: group, topics: [topic] }))[0]!.partitions.filter((p) => Number(p.offset) > 0);
    const partitionsWithState = (await committed()).length;
    expect(partitionsWithState).toBeGreaterThan(0);
    // The checkpoint store loses every checkpoint of the group; the committed offsets stay.
    await store.clear(group, topic);

    await send(views.slice(half));
    await send(sentinels);
    const b = await consumer();
    const expectedViews = new Map<string, number>();
    for (const v of views) {
      const k = `${v.property_id}|${Math.floor(Date.parse(v.view_end) / 60_000) * 60_000}`;
      expectedViews.set(k, (expectedViews.get(k) ?? 0) + 1);
    }
    const influx = new InfluxDB({ url: influxUrl() });
    const stored = async () => {
      const [r] = await influxQL(influx, `SELECT "views" FROM "per_minute"."view_qoe" WHERE time >= ${from}ms AND time < ${from + 6 * 60_000}ms GROUP BY "property_id"`, { db });
      const got = new Map<string, number>();
      for (const s of r!.series) for (const row of s.values) got.set(`${s.tags!.property_id}|${row[0]}`, Number(row[1]));
      return got;
    };
    const total = async () => [...(await stored()).values()].reduce((x, y) => x + y, 0);
    await waitFor(async () => (await stored()).size === expectedViews.size && (await total()) === views.length, 60_000, `all minutes in InfluxDB (${views.length} views)`);
    await waitFor(async () => (await committed()).reduce((n, p) => n + Number(p.offset), 0) === views.length + sentinels.length, 60_000, 'every offset committed');
    const stats = b.stats();
    await b.stop();
    await admin.disconnect();
    await producer.disconnect();
    expect(await stored()).toEqual(expectedViews);
    expect(stats.rebuilds).toBe(partitionsWithState);
    // The views taken again to rebuild the state are not counted or dead-lettered twice.
    expect(stats.views).toBe(views.length - half + sentinels.length);
    expect(dead.count()).toBe(0);
  });

  it('with a checkpoint interval, batches that publish nothing are not saved until it passes, and a batch that publishes an incident is saved (and its offset committed) at once', async () => {
    const run = `${process.pid}-${Date.now()}-interval`;
    const topic = `qoe.views.it-${run}`;
    const incidentsTopic = `qoe.incidents.it-${run}`;
    const group = `qoe-it-${run}`;
    const db = `qoe_it_kafka_interval_${process.pid}`;
    const from = Math.floor(Date.now() / 3_600_000) * 3_600_000 - 3 * 3_600_000;
    // One property (one partition): a quiet half hour, then a title failing for 15 minutes.
    const scenario = parseScenario({ seed: 7, viewsPerSecond: 10, diurnal: { amplitude: 0, peakHourUtc: 20 }, properties: [{ id: 'prop-sport', weight: 1, titles: 50 }], incidents: [{ type: 'bad_title', property: 'prop-sport', titleRank: 1, startMin: 30, durationMin: 15, errorRatePct: 85, errorType: 'networkError' }] });
    const views: SimulatedView[] = [];
    for (const s of simulateRange(scenario, from, from + 50 * 60_000, { views: true })) views.push(...s.views);
    views.sort((a, b) => Date.parse(a.view_end) - Date.parse(b.view_end));
    const quiet = views.filter((v) => Date.parse(v.view_end) < from + 25 * 60_000);
    const rest = views.slice(quiet.length);

    const client = createKafka(kafka.brokers, 'qoe-it', silentLogger);
    const producer = client.producer();
    const admin = client.admin();
    await producer.connect();
    await admin.connect();
    const send = async (vs: SimulatedView[]) => {
      for (let i = 0; i < vs.length; i += 2000) await producer.send({ topic, acks: -1, messages: vs.slice(i, i + 2000).map((v) => ({ key: v.property_id, value: encode(v) })) });
    };
    const committed = async () => (await admin.fetchOffsets({ groupId: group, topics: [topic] }))[0]!.partitions.filter((p) => Number(p.offset) >= 0).map((p) => ({ partition: p.partition, offset: Number(p.offset) }));
    const store = new RedisCheckpointStore<ViewJobsSnapshot>(redis);
    const checkpoints = async () => {
      const out: { partition: number; offset: number }[] = [];
      for (let p = 0; p < 16; p++) {
        const cp = await store.load(group, topic, p);
        if (cp) out.push({ partition: p, offset: Number(cp.offset) });
      }
      return out;
    };
    const writer = await InfluxWriter.connect({ url: influxUrl(), database: db, batchSize: 1000 });
    const c = new ViewsConsumer(
      client,
      { groupId: group, topic, incidentsTopic, checkpointEveryMs: 600_000, job: { outOfOrdernessMs: 10_000, allowedLatenessMs: 60_000 }, maxFutureMs: 3_600_000, groupTimeouts: { sessionTimeout: 6_000, rebalanceTimeout: 6_000, heartbeatInterval: 1_000 } },
      writer,
      new MemoryDeadLetterSink(),
      store,
      silentLogger,
    );
    try {
      await send(quiet);
      await c.start();
      await waitFor(() => c.stats().views >= quiet.length, 60_000, 'the quiet views consumed');
      // Consumed, written, and neither saved nor committed: the interval has not passed and nothing was published.
      expect(c.stats().views).toBe(quiet.length);
      expect(await checkpoints()).toEqual([]);
      expect(await committed()).toEqual([]);

      await send(rest);
      // The batch that published the incident's opening is saved with its offset, and that offset committed.
      await waitFor(async () => (await checkpoints()).length > 0, 60_000, 'a checkpoint after the incident was published');
      const [saved] = await checkpoints();
      expect(saved!.offset).toBeGreaterThan(quiet.length);
      await waitFor(async () => (await committed()).some((p) => p.partition === saved!.partition && p.offset >= saved!.offset), 60_000, 'the saved offset committed');
      const incidents = await admin.fetchTopicOffsets(incidentsTopic);
      expect(incidents.reduce((n, p) => n + Number(p.high), 0)).toBeGreaterThan(0);

      await waitFor(() => c.stats().views >= views.length, 60_000, 'every view consumed');
      await c.stop();
      // Stopping saves what the last checkpoint does not hold.
      expect((await committed()).reduce((n, p) => n + p.offset, 0)).toBe(views.length);
      expect((await checkpoints()).map((p) => p.offset)).toEqual([views.length]);
    } finally {
      await c.stop().catch(() => undefined);
      await admin.disconnect();
      await producer.disconnect();
    }
  }, 180_000);

  it('CLI: `qoe simulate --kafka` feeds `qoe start` in distributed mode', async () => {
    const bin = path.resolve(__dirname, '../../bin/qoe.js');
    const db = `qoe_it_kafka_cli_${process.pid}`;
    const start = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000 - 3_600_000).toISOString();
    const args = ['simulate', '--start', start, '--minutes', '4', '--rate', '5', '--seed', '99'];
    execFileSync(process.execPath, [bin, ...args, '--kafka', kafka.brokers.join(','), '--kafka-cdn'], { stdio: 'pipe' });
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'qoe-it-')), 'views.ndjson');
    execFileSync(process.execPath, [bin, ...args, '--out', file], { stdio: 'pipe' });
    const views = fs.readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as SimulatedView);
    const firstMinutes = new Map<string, number>();
    const cutoff = Date.parse(start) + 3 * 60_000;
    for (const v of views) {
      const t = Date.parse(v.view_end);
      if (t >= cutoff) continue;
      const k = `${v.property_id}|${Math.floor(t / 60_000) * 60_000}`;
      firstMinutes.set(k, (firstMinutes.get(k) ?? 0) + 1);
    }

    const child = spawn(process.execPath, [bin, 'start', '--dead-letter', path.join(path.dirname(file), 'dead.ndjson')], {
      env: { ...process.env, QOE_KAFKA_BROKERS: kafka.brokers.join(','), QOE_KAFKA_VIEWS_GROUP: `qoe-it-cli-${process.pid}`, QOE_KAFKA_CDN_GROUP: `qoe-it-cli-cdn-${process.pid}`, QOE_KAFKA_USAGE_GROUP: `qoe-it-cli-usage-${process.pid}`, QOE_INFLUX_URL: influxUrl(), QOE_INFLUX_DB: db, QOE_LOG_LEVEL: 'warn', QOE_ADMIN_PORT: '0', QOE_ADMIN_TOKEN: 'x', QOE_REDIS_URL: process.env.QOE_REDIS_URL ?? 'redis://127.0.0.1:16379' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    const influx = new InfluxDB({ url: influxUrl() });
    const stored = async () => {
      const got = new Map<string, number>();
      try {
        const [r] = await influxQL(influx, `SELECT "views" FROM "per_minute"."view_qoe" WHERE time >= ${Date.parse(start)}ms AND time < ${cutoff}ms GROUP BY "property_id"`, { db });
        for (const s2 of r!.series) for (const row of s2.values) got.set(`${s2.tags!.property_id}|${row[0]}`, Number(row[1]));
      } catch {
        /* database not created yet */
      }
      return got;
    };
    try {
      await waitFor(async () => (await stored()).size === firstMinutes.size, 60_000, () => `distributed qoe start to write the first minutes (${stderr})`);
      expect(await stored()).toEqual(firstMinutes);
      // The CDN records the simulator produced to cdn.logs.raw became CDN health minutes.
      const cdnRequests = async () => {
        try {
          const [r] = await influxQL(influx, `SELECT sum("requests") FROM "per_minute"."cdn_health" WHERE time >= ${Date.parse(start)}ms AND time < ${cutoff}ms`, { db });
          return Number(r!.series[0]?.values[0]?.[1] ?? 0);
        } catch {
          return 0;
        }
      };
      await waitFor(async () => (await cdnRequests()) > 0, 60_000, () => `CDN health from cdn.logs.raw (${stderr})`);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    // Producers name their partitioner, so operators' logs carry no kafkajs warning about it.
    expect(stderr).not.toMatch(/partitioner/i);
  });

  it('answers control commands on the control topic with a reply from every instance', async () => {
    const run = `${process.pid}-${Date.now()}`;
    const topics = { control: `qoe.control.it-${run}`, replies: `qoe.control.replies.it-${run}` };
    const detector = new Detector({ warmupViews: 100 });
    const from = Date.parse('2026-11-20T12:00:00Z');
    for (const raw of simulatedViews(from, 3, { rate: 10 })) {
      const r = normalizeView(raw, { nowMs: from + 1e9, maxFutureMs: 0 });
      if (r.ok) detector.process(r.value);
    }
    const client = createKafka(kafka.brokers, 'qoe-it-control', silentLogger);
    const listeners = [0, 1].map(() => new ControlTopicListener(client, { detectors: () => [detector], publish: async () => {} }, silentLogger, topics));
    // Create the topics, then start the listeners (they read from the latest offset).
    const producer = client.producer();
    await producer.connect();
    await producer.send({ topic: topics.control, messages: [{ value: Buffer.from('warm-up, not a command') }] });
    await producer.send({ topic: topics.replies, messages: [{ value: Buffer.alloc(0) }] });
    for (const l of listeners) await l.start();
    const replies: { instance_id: string; ok: boolean; body_json: string; command_id: string }[] = [];
    const consumer = client.consumer({ groupId: `it-replies-${run}` });
    await consumer.connect();
    await consumer.subscribe({ topic: topics.replies, fromBeginning: true });
    await consumer.run({ eachMessage: async ({ message }) => void (message.value && message.value.length > 0 && replies.push(pb.ControlReply.decode(message.value) as never)) });
    await new Promise((r) => setTimeout(r, 3000));
    const command = pb.ControlCommand.encode({ command_id: 'cmd-1', action: 1, issued_by: 'test' }).finish();
    await producer.send({ topic: topics.control, messages: [{ value: Buffer.from(command) }] });
    await waitFor(() => replies.filter((r) => r.command_id === 'cmd-1').length >= 2, 30_000, 'replies from both instances');
    const mine = replies.filter((r) => r.command_id === 'cmd-1');
    expect(new Set(mine.map((r) => r.instance_id)).size).toBe(2);
    for (const r of mine) {
      expect(r.ok).toBe(true);
      expect(Object.keys((JSON.parse(r.body_json) as { baselines: object }).baselines).sort()).toEqual(['prop-kids', 'prop-news', 'prop-sport']);
    }
    await consumer.disconnect();
    for (const l of listeners) await l.stop();
    await producer.disconnect();
  });

  it('`qoe start` killed with SIGKILL while an incident is open: after the restart the same incident continues and closes, no duplicate', async () => {
    // A cluster of its own: the other tests' views on qoe.views would move this one's watermarks.
    const own = await startTestKafka();
    const bin = path.resolve(__dirname, '../../bin/qoe.js');
    const run = `${process.pid}-${Date.now()}-incident`;
    const db = `qoe_it_kafka_incident_${process.pid}`;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qoe-it-incident-'));
    const scenario = path.join(dir, 'scenario.json');
    fs.writeFileSync(scenario, JSON.stringify({ viewsPerSecond: 10, incidents: [{ type: 'bad_title', property: 'prop-sport', titleRank: 1, startMin: 40, durationMin: 15, errorRatePct: 85, errorType: 'networkError' }] }));
    const from = Math.floor(Date.now() / 3_600_000) * 3_600_000 - 3 * 3_600_000;
    const file = path.join(dir, 'views.ndjson');
    execFileSync(process.execPath, [bin, 'simulate', '--scenario', scenario, '--start', new Date(from).toISOString(), '--minutes', '75', '--out', file], { stdio: 'pipe' });
    const views = fs
      .readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as SimulatedView)
      .sort((a, b) => Date.parse(a.view_end) - Date.parse(b.view_end));
    const killAfter = from + 50 * 60_000; // ten minutes into the incident
    const client = createKafka(own.brokers, 'qoe-it-incident', silentLogger);
    const producer = client.producer();
    await producer.connect();
    const send = async (vs: SimulatedView[]) => {
      for (let i = 0; i < vs.length; i += 2000) await producer.send({ topic: 'qoe.views', acks: -1, messages: vs.slice(i, i + 2000).map((v) => ({ key: v.property_id, value: encode(v) })) });
    };
    const start = () =>
      spawnQoeStart(path.join(dir, 'dead.ndjson'), { QOE_KAFKA_BROKERS: own.brokers.join(','), QOE_KAFKA_VIEWS_GROUP: `qoe-it-${run}`, QOE_KAFKA_CDN_GROUP: `qoe-it-cdn-${run}`, QOE_KAFKA_USAGE_GROUP: `qoe-it-usage-${run}`, QOE_INFLUX_DB: db });
    const influx = new InfluxDB({ url: influxUrl() });
    const incidentPoints = async () => {
      try {
        const [r] = await influxQL(influx, `SELECT "status", "video_title" FROM "long"."incidents" WHERE time >= ${from}ms AND time < ${from + 2 * 3_600_000}ms GROUP BY "incident_id", "scope"`, { db });
        return r!.series.flatMap((x) => x.values.map((row) => ({ id: String(x.tags!.incident_id), scope: String(x.tags!.scope), timeMs: typeof row[0] === 'number' ? row[0] : Date.parse(String(row[0])), status: String(row[1]), title: String(row[2]) })));
      } catch {
        return []; // database not created yet
      }
    };
    let second: ReturnType<typeof start> | undefined;
    try {
      await send(views.filter((v) => Date.parse(v.view_end) < killAfter));
      const first = start();
      await waitFor(async () => (await incidentPoints()).some((p) => p.status === 'open'), 120_000, () => `an open incident before the kill (${first.stderr()})`);
      first.child.kill('SIGKILL');
      await new Promise((r) => first.child.once('exit', r));
      const before = await incidentPoints();
      expect(before.some((p) => p.status === 'closed')).toBe(false);

      await send(views.filter((v) => Date.parse(v.view_end) >= killAfter));
      second = start();
      const s = second;
      await waitFor(async () => (await incidentPoints()).some((p) => p.status === 'closed'), 120_000, () => `the incident to close after the restart (${s.stderr()})`);
      const after = await incidentPoints();
      const ids = new Set(after.map((p) => p.id));
      expect(ids.size).toBe(1);
      expect([...ids]).toEqual([...new Set(before.map((p) => p.id))]);
      // Opened once, at the same event time: the first point of the incident (later 'open'
      // points are its periodic updates).
      const opened = (ps: { timeMs: number }[]) => Math.min(...ps.map((p) => p.timeMs));
      expect(opened(after)).toBe(opened(before));
      expect(opened(before)).toBeGreaterThanOrEqual(from + 40 * 60_000);
      expect(after.filter((p) => p.status === 'closed')).toHaveLength(1);
      expect(after[0]).toMatchObject({ scope: 'title' });
      const closedAt = after.find((p) => p.status === 'closed')!.timeMs;
      expect(closedAt).toBeGreaterThan(from + 55 * 60_000);
    } finally {
      if (second) {
        second.child.kill('SIGTERM');
        await new Promise((r) => second!.child.once('exit', r));
      }
      await producer.disconnect();
      await own.stop();
    }
  }, 300_000);

});
