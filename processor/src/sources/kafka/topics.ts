import type { ITopicConfig, Kafka } from 'kafkajs';
import { TOPICS, TOPIC_SETTINGS, prefixedTopics } from '../../schema';

export interface TopicOptions {
  replicationFactor: number;
  /** Overrides every topic's partition count (e.g. 1 on a laptop); undefined = the schema's. */
  partitions?: number;
  /** Put before every topic name (QOE_KAFKA_TOPIC_PREFIX); default none. */
  prefix?: string;
}

/** The createTopics request for every topic of the project, from the schema. */
export function topicConfigs(opts: TopicOptions): ITopicConfig[] {
  const names = prefixedTopics(opts.prefix ?? '');
  return (Object.keys(TOPICS) as (keyof typeof TOPICS)[]).map((k) => {
    const s = TOPIC_SETTINGS[k];
    return {
      topic: names[k],
      numPartitions: opts.partitions ?? s.partitions,
      replicationFactor: opts.replicationFactor,
      configEntries: [
        { name: 'retention.ms', value: String(s.retentionMs) },
        { name: 'cleanup.policy', value: s.cleanupPolicy },
      ],
    };
  });
}

/** Creates the topics that do not exist yet; returns which were created and which existed. */
export async function ensureTopics(kafka: Kafka, opts: TopicOptions): Promise<{ created: string[]; existing: string[] }> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const have = new Set(await admin.listTopics());
    const wanted = topicConfigs(opts);
    const missing = wanted.filter((t) => !have.has(t.topic));
    if (missing.length > 0) await admin.createTopics({ topics: missing, waitForLeaders: true });
    return { created: missing.map((t) => t.topic), existing: wanted.filter((t) => have.has(t.topic)).map((t) => t.topic) };
  } finally {
    await admin.disconnect();
  }
}
