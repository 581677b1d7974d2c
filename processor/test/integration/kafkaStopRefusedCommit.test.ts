/**
 * A member stopping while its group rebalances: the coordinator refuses its offset commits
 * (REBALANCE_IN_PROGRESS) from the moment another member's join arrives until the group is
 * formed again. Seen in the fault suite's CI run: the third member of the crash case, leaving
 * cleanly, exited 1 with "Specified group generation id is not valid" because the commit that
 * followed its last checkpoint was refused and the error escaped stop(). The stop must go on
 * (the checkpoint is saved; the next owner restores it and commits its offset), and no message
 * may be lost or taken twice.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Redis from 'ioredis';
import { createLogger, silentLogger } from '../../src/log/logger';
import { MemoryDeadLetterSink } from '../../src/sinks/deadLetterSink';
import { createKafka } from '../../src/sources/kafka/kafkaClient';
import { CheckpointedConsumer } from '../../src/runners/kafka/checkpointedConsumer';
import { RedisCheckpointStore } from '../../src/state/checkpointStore';
import { committedTotal, joinsLogged, startTestKafka, type TestKafka } from '../../src/test-support/kafka';
import { waitFor } from '../../src/test-support/waitFor';
import { BatchGate, NO_POINTS, TakenJob } from '../../src/test-support/takenJob';

/**
 * The mock coordinator keeps a group joining for the session timeout less one second after a
 * member's join: the window in which commits are refused. Long enough here that the stopping
 * member's few milliseconds of work fall inside it on any machine.
 */
const GROUP_TIMING = { sessionTimeout: 15_000, rebalanceTimeout: 20_000, heartbeatInterval: 500 };

describe('a member stopping while its group rebalances', () => {
  let kafka: TestKafka;
  let redis: Redis;
  let dir: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qoe-stop-refused-'));
    kafka = await startTestKafka({ groupLog: path.join(dir, 'coordinator.log') });
    redis = new Redis(process.env.QOE_REDIS_URL ?? 'redis://127.0.0.1:16379', { maxRetriesPerRequest: 2 });
  });
  afterAll(async () => {
    redis.disconnect();
    await kafka.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('stops cleanly when its commit is refused, and the next owner commits the saved checkpoint without taking a message twice', async () => {
    const run = `${process.pid}-${Date.now()}`;
    const topic = `qoe.stop-refused.it-${run}`;
    const group = `qoe-stop-refused-${run}`;
    const client = createKafka(kafka.brokers, 'qoe-it', silentLogger);
    const producer = client.producer();
    await producer.connect();
    const ALL = 400;
    const values = Array.from({ length: ALL }, (_, i) => i);
    for (let i = 0; i < ALL; i += 20) await producer.send({ topic, acks: -1, messages: values.slice(i, i + 20).map((v) => ({ key: `k${v % 16}`, value: String(v) })) });
    const store = new RedisCheckpointStore<number[]>(redis);
    const admin = client.admin();
    await admin.connect();
    const partitions = (await admin.fetchTopicOffsets(topic)).length;
    const committed = () => committedTotal(admin, group, topic);

    const gate = new BatchGate();
    const warnings: string[] = [];
    const leaving = new CheckpointedConsumer<TakenJob, number[]>(client, { groupId: group, topic, groupTimeouts: GROUP_TIMING }, gate.spec('stop-refused-test', true), NO_POINTS, new MemoryDeadLetterSink(), store, createLogger('warn', 'qoe', (line) => warnings.push(line)));
    const staying = new CheckpointedConsumer<TakenJob, number[]>(client, { groupId: group, topic, groupTimeouts: GROUP_TIMING }, gate.spec('stop-refused-test', false), NO_POINTS, new MemoryDeadLetterSink(), store, silentLogger);

    // The first member holds its first batch until a second member's join has reached the
    // coordinator: from then on the group is rebalancing and refuses commits.
    gate.arm();
    await leaving.start();
    await waitFor(() => gate.reached, 60_000, 'the first member to take its first batch');
    const joinsBefore = joinsLogged(kafka);
    const stayingStarted = staying.start();
    if (kafka.groupLog) await waitFor(() => joinsLogged(kafka) > joinsBefore, 60_000, 'the coordinator to receive the second member\'s join');
    else await waitFor(async () => (await admin.describeGroups([group])).groups[0]?.state === 'PreparingRebalance', 60_000, 'the group to start rebalancing');

    // Stop while the batch is in hand: its checkpoint is saved, its commit refused.
    const stopped = leaving.stop();
    gate.open();
    await expect(stopped).resolves.toBeUndefined();
    const refused = warnings.filter((l) => l.includes('committing the checkpoint\'s offset on stop failed'));
    expect(refused.length).toBeGreaterThan(0);
    expect(refused[0]).toMatch(/rebalanc|generation/i);

    // The second member gets every partition, restores the saved checkpoint and commits it.
    await stayingStarted;
    await waitFor(async () => (await committed()) === ALL, 120_000, async () => `every message committed (${await committed()} of ${ALL})`);
    await staying.stop();
    const taken: number[] = [];
    for (let p = 0; p < partitions; p++) taken.push(...((await store.load(group, topic, p))?.state ?? []));
    expect(taken.sort((x, y) => x - y)).toEqual(values);
    await admin.disconnect();
    await producer.disconnect();
  });
});
