import * as fs from 'node:fs';
import type { Admin } from 'kafkajs';
import type { TestKafka } from '../bench/mockKafka';

/** The Kafka of the tests: shared with the bench (bench/mockKafka.ts), which runs from the build. */
export { startTestKafka, type TestKafka } from '../bench/mockKafka';

/** JoinGroup requests the mock coordinator has received so far (0 without its log: a real Kafka). */
export function joinsLogged(kafka: TestKafka): number {
  const log = kafka.groupLog && fs.existsSync(kafka.groupLog) ? fs.readFileSync(kafka.groupLog, 'utf8') : '';
  return (log.match(/JoinGroup/g) ?? []).length;
}

/** Messages of the topic the group has committed, over all partitions. */
export async function committedTotal(admin: Admin, groupId: string, topic: string): Promise<number> {
  return (await admin.fetchOffsets({ groupId, topics: [topic] }))[0]!.partitions.reduce((n, p) => n + Math.max(0, Number(p.offset)), 0);
}
