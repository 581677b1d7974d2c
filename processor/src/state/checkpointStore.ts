import type Redis from 'ioredis';

/** Job state checkpointed together with the input position it reflects. */
export interface PartitionCheckpoint<S> {
  /** Next offset to consume: every record before it is reflected in `state` or in durable output. */
  offset: string;
  state: S;
  savedAtMs: number;
}

/**
 * Checkpoints of keyed state per (consumer group, topic, partition) in Redis. The state
 * and the offset are one value, so they can never disagree.
 */
export class RedisCheckpointStore<S> {
  constructor(
    private readonly redis: Redis,
    private readonly prefix = 'qoe:checkpoint',
  ) {}

  key(group: string, topic: string, partition: number): string {
    return `${this.prefix}:${group}:${topic}:${partition}`;
  }

  async load(group: string, topic: string, partition: number): Promise<PartitionCheckpoint<S> | undefined> {
    const raw = await this.redis.get(this.key(group, topic, partition));
    if (raw === null) return undefined;
    return JSON.parse(raw) as PartitionCheckpoint<S>;
  }

  async save(group: string, topic: string, partition: number, cp: PartitionCheckpoint<S>): Promise<void> {
    await this.redis.set(this.key(group, topic, partition), JSON.stringify(cp));
  }

  async clear(group: string, topic: string): Promise<void> {
    const keys = await this.redis.keys(`${this.prefix}:${group}:${topic}:*`);
    if (keys.length > 0) await this.redis.del(...keys);
  }
}
