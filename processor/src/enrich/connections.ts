import Redis from 'ioredis';
import { Pool } from 'pg';

/** A pool for the asset database. */
export function assetDbPool(url: string, max = 8): Pool {
  return new Pool({ connectionString: url, max, connectionTimeoutMillis: 5_000, idleTimeoutMillis: 30_000 });
}

/**
 * Redis for the asset cache: commands fail fast while Redis is down (no offline queue,
 * short timeout), so lookups fall back to the database instead of waiting.
 */
export function assetCacheRedis(url: string): Redis {
  const redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 0, commandTimeout: 500, connectTimeout: 1_000, retryStrategy: (n) => Math.min(n * 200, 5_000), lazyConnect: false });
  redis.on('error', () => {
    /* reported by the lookup when a command fails */
  });
  return redis;
}
