/**
 * A consumer-group member rebuilding partition states whose checkpoints were lost, when the
 * group is joined again mid-rebuild and it keeps some of those partitions: kafkajs fetches a
 * kept partition from the group's committed offset after every join, which is ahead of a
 * state being rebuilt. Seen in the fault suite (Redis losing its data, two members started
 * together): the open minute of one CDN was missing, its records skipped by the rebuild.
 * The states must still take every message of their partition exactly once.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Redis from 'ioredis';
import { silentLogger } from '../../src/log/logger';
import { MemoryDeadLetterSink } from '../../src/sinks/deadLetterSink';
import { createKafka } from '../../src/sources/kafka/kafkaClient';
import { CheckpointedConsumer } from '../../src/runners/kafka/checkpointedConsumer';
import { RedisCheckpointStore } from '../../src/state/checkpointStore';
import { committedTotal, joinsLogged, startTestKafka, type TestKafka } from '../../src/test-support/kafka';
import { waitFor } from '../../src/test-support/waitFor';
import { BatchGate, NO_POINTS, TakenJob, TEST_GROUP_TIMING } from '../../src/test-support/takenJob';


describe('a partition state rebuilt from the topic across a rejoin of the group', () => {
  let kafka: TestKafka;
  let redis: Redis;
  let dir: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qoe-rejoin-'));
    kafka = await startTestKafka({ groupLog: path.join(dir, 'coordinator.log') });
    redis = new Redis(process.env.QOE_REDIS_URL ?? 'redis://127.0.0.1:16379', { maxRetriesPerRequest: 2 });
  });
  afterAll(async () => {
    redis.disconnect();
    await kafka.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('takes every message of each partition once, though the member kept partitions it was rebuilding when a second member joined', async () => {
    const run = `${process.pid}-${Date.now()}`;
    const topic = `qoe.rejoin.it-${run}`;
    const group = `qoe-rejoin-${run}`;
    const client = createKafka(kafka.brokers, 'qoe-it', silentLogger);
    const producer = client.producer();
    await producer.connect();
    const send = async (from: number, to: number) => {
      const values = Array.from({ length: to - from }, (_, i) => from + i);
      // A few messages a send: small record batches, so that a fetch of maxBytesPerPartition takes one or two.
      for (let i = 0; i < values.length; i += 8) await producer.send({ topic, acks: -1, messages: values.slice(i, i + 8).map((v) => ({ key: `k${v % 16}`, value: String(v) })) });
    };
    const store = new RedisCheckpointStore<number[]>(redis);
    const admin = client.admin();
    await admin.connect();
    const committed = () => committedTotal(admin, group, topic);
    const gate = new BatchGate();
    const member = (gated: boolean) => new CheckpointedConsumer<TakenJob, number[]>(client, { groupId: group, topic, groupTimeouts: TEST_GROUP_TIMING, maxBytesPerPartition: 64 }, gate.spec('rejoin-test', gated), NO_POINTS, new MemoryDeadLetterSink(), store, silentLogger);

    // A first member takes the first messages, checkpoints and commits them, and stops.
    // Fetches of a message or two a partition keep the rebuild going for many batches.
    const FIRST = 2000;
    const ALL = 2400;
    await send(0, FIRST);
    const a = member(false);
    await a.start();
    await waitFor(async () => (await committed()) === FIRST, 60_000, `the first member to commit ${FIRST} messages`);
    await a.stop();
    const partitions = (await admin.fetchTopicOffsets(topic)).length;
    expect(partitions).toBeGreaterThan(2);
    // The checkpoints are lost; the committed offsets stay. More messages arrive.
    await store.clear(group, topic);
    await send(FIRST, ALL);

    // The next member holds its first batch taken from the topic's start until the
    // coordinator has received a second member's join (the rebalance has begun).
    gate.arm();
    const b = member(true);
    await b.start();
    await waitFor(() => gate.reached, 60_000, 'the member to start rebuilding');
    const joinsBefore = joinsLogged(kafka);
    const c = member(false);
    const cStarted = c.start();
    // The mock coordinator logs each JoinGroup. A real Kafka (KAFKA_BROKERS) has no such log
    // (and the mock answers no DescribeGroups): there the member is released at once; the
    // assertion holds either way, only the test's power to catch the bug needs the log.
    if (kafka.groupLog) await waitFor(() => joinsLogged(kafka) > joinsBefore, 60_000, 'the coordinator to receive the second member\'s join');
    gate.open();
    await cStarted;
    await waitFor(async () => (await committed()) === ALL, 120_000, 'every message committed');
    expect(b.stats().partitions.length).toBeGreaterThan(0); // b kept partitions across the rejoin
    await b.stop();
    await c.stop();

    // Every partition's saved state holds each of its messages once: together, every value sent.
    const taken: number[] = [];
    for (let p = 0; p < partitions; p++) {
      const cp = await store.load(group, topic, p);
      if (cp) taken.push(...cp.state);
    }
    expect(taken.sort((x, y) => x - y)).toEqual(Array.from({ length: ALL }, (_, i) => i));
    await admin.disconnect();
    await producer.disconnect();
  });
});
