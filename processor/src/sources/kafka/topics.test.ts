import { prefixedTopics, TOPICS } from '../../schema';
import { topicConfigs } from './topics';

describe('topic settings (qoe topics)', () => {
  it('creates every topic of the schema with its retention and cleanup policy', () => {
    const configs = topicConfigs({ replicationFactor: 3 });
    expect(configs.map((c) => c.topic).sort()).toEqual(Object.values(TOPICS).sort());
    const retention = (topic: string) => Number(configs.find((c) => c.topic === topic)!.configEntries!.find((e) => e.name === 'retention.ms')!.value);
    expect(retention(TOPICS.cdnLogsEnriched)).toBe(30 * 86_400_000);
    expect(retention(TOPICS.cdnLogsEnriched)).toBeGreaterThan(retention(TOPICS.cdnLogsRaw));
    for (const c of configs) {
      expect(c.replicationFactor).toBe(3);
      expect(c.numPartitions).toBeGreaterThanOrEqual(1);
      expect(c.configEntries!.map((e) => e.name).sort()).toEqual(['cleanup.policy', 'retention.ms']);
    }
    // Keyed state moves with partitions: the keyed job topics must have room to scale out.
    expect(configs.find((c) => c.topic === TOPICS.views)!.numPartitions).toBeGreaterThan(1);
  });

  it('puts a deployment\'s prefix before every topic name', () => {
    const configs = topicConfigs({ replicationFactor: 1, prefix: 'staging.' });
    expect(configs.map((c) => c.topic).sort()).toEqual(Object.values(TOPICS).map((t) => `staging.${t}`).sort());
    expect(configs.map((c) => c.numPartitions)).toEqual(topicConfigs({ replicationFactor: 1 }).map((c) => c.numPartitions));
    expect(prefixedTopics('staging.')).toMatchObject({ views: 'staging.qoe.views', cdnLogsRaw: 'staging.cdn.logs.raw', incidents: 'staging.qoe.incidents' });
    expect(prefixedTopics('')).toEqual(TOPICS);
  });

  it('lets a laptop override the partition count', () => {
    expect(new Set(topicConfigs({ replicationFactor: 1, partitions: 1 }).map((c) => c.numPartitions))).toEqual(new Set([1]));
  });
});
