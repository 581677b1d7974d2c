/**
 * A partition state restored from a checkpoint that stands ahead of the group's committed
 * offset: the process that saved it died between the checkpoint and the commit (a failpoint
 * of the fault suite). The messages in between are skipped (the state holds them), and the
 * group's offset must still reach the checkpoint, though no new message comes: otherwise the
 * partition shows lag for ever. Seen in the fault suite: a member killed between checkpoint
 * and commit near the end of the input, its partitions' lag never drained.
 */
import Redis from 'ioredis';
import type { KafkaMessage } from 'kafkajs';
import { silentLogger } from '../../src/log/logger';
import { MemoryDeadLetterSink } from '../../src/sinks/deadLetterSink';
import { createKafka } from '../../src/sources/kafka/kafkaClient';
import { CheckpointedConsumer, type PartitionJobSpec } from '../../src/runners/kafka/checkpointedConsumer';
import { RedisCheckpointStore } from '../../src/state/checkpointStore';
import { startTestKafka, type TestKafka } from '../../src/test-support/kafka';
import { waitFor } from '../../src/test-support/waitFor';
import { NO_POINTS, TakenJob, TEST_GROUP_TIMING } from '../../src/test-support/takenJob';


describe('a partition state restored from a checkpoint ahead of the committed offset', () => {
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

  it('commits the checkpoint\'s offset though no message after it arrives, and takes none of the messages it holds again', async () => {
    const run = `${process.pid}-${Date.now()}`;
    const topic = `qoe.ahead.it-${run}`;
    const group = `qoe-ahead-${run}`;
    const client = createKafka(kafka.brokers, 'qoe-it', silentLogger);
    const producer = client.producer();
    await producer.connect();
    const ALL = 400;
    const values = Array.from({ length: ALL }, (_, i) => i);
    for (let i = 0; i < ALL; i += 20) await producer.send({ topic, acks: -1, messages: values.slice(i, i + 20).map((v) => ({ key: `k${v % 16}`, value: String(v) })) });
    const admin = client.admin();
    await admin.connect();
    const ends = await admin.fetchTopicOffsets(topic);
    expect(ends.length).toBeGreaterThan(1);
    // Each partition's checkpoint holds its whole topic (the member that saved them died
    // before committing): the group has committed nothing.
    const store = new RedisCheckpointStore<number[]>(redis);
    const held = new Map<number, number[]>();
    const reader = client.consumer({ groupId: `${group}-reader` });
    await reader.connect();
    await reader.subscribe({ topic, fromBeginning: true });
    let read = 0;
    await reader.run({
      eachMessage: async ({ partition, message }) => {
        held.set(partition, [...(held.get(partition) ?? []), Number(message.value!.toString())]);
        read++;
      },
    });
    await waitFor(() => read === ALL, 60_000, `reading the ${ALL} messages (${read})`);
    await reader.disconnect();
    for (const e of ends) await store.save(group, topic, e.partition, { offset: e.high, state: held.get(e.partition) ?? [], savedAtMs: Date.now() });

    const takenAgain: number[] = [];
    const spec: PartitionJobSpec<TakenJob, number[]> = {
      job: 'ahead-test',
      create: () => new TakenJob(),
      handle: async (job, messages: KafkaMessage[]) => {
        for (const m of messages) {
          job.taken.push(Number(m.value!.toString()));
          takenAgain.push(Number(m.value!.toString()));
        }
        return { records: messages.length, points: [], dead: [], publish: [] };
      },
    };
    // A checkpoint interval longer than the test: only the catch-up commit can move the offsets.
    const member = new CheckpointedConsumer<TakenJob, number[]>(client, { groupId: group, topic, groupTimeouts: TEST_GROUP_TIMING, checkpointEveryMs: 600_000 }, spec, NO_POINTS, new MemoryDeadLetterSink(), store, silentLogger);
    const committed = async () => new Map((await admin.fetchOffsets({ groupId: group, topics: [topic] }))[0]!.partitions.map((p) => [p.partition, p.offset]));
    try {
      await member.start();
      await waitFor(
        async () => {
          const c = await committed();
          return ends.every((e) => c.get(e.partition) === e.high);
        },
        60_000,
        async () => `the group's offsets to reach the checkpoints (${JSON.stringify([...(await committed())])}, ends ${JSON.stringify(ends.map((e) => [e.partition, e.high]))})`,
      );
    } finally {
      await member.stop();
    }
    expect(takenAgain).toEqual([]);
    for (const e of ends) expect((await store.load(group, topic, e.partition))?.state.sort((a, b) => a - b)).toEqual((held.get(e.partition) ?? []).sort((a, b) => a - b));
    await admin.disconnect();
    await producer.disconnect();
  });
});
