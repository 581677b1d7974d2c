import type Redis from 'ioredis';
import type { Pool } from 'pg';

// ioredis and pg are loaded when a connection is first made, not when this module is: most
// commands (replay to a file, simulate) never connect and should not pay for loading them.

/**
 * A pool for the asset database. An idle connection the server closes (a restart, a fast
 * shutdown) is reported to `onIdleError` and dropped by the pool; without a listener the
 * pool's 'error' event would end the process. Queries meanwhile fail and are redone by
 * their callers; new connections are made once the server is back.
 */
export function assetDbPool(url: string, max = 8, onIdleError: (err: Error) => void = () => {}): Pool {
  const pg = require('pg') as typeof import('pg');
  const pool = new pg.Pool({ connectionString: url, max, connectionTimeoutMillis: 5_000, idleTimeoutMillis: 30_000 });
  pool.on('error', onIdleError);
  return pool;
}

/**
 * Redis for the asset cache: commands fail fast while Redis is down (no offline queue,
 * short timeout), so lookups fall back to the database instead of waiting.
 */
export function assetCacheRedis(url: string): Redis {
  const RedisClient = (require('ioredis') as typeof import('ioredis')).default;
  const redis = new RedisClient(url, { enableOfflineQueue: false, maxRetriesPerRequest: 0, commandTimeout: 500, connectTimeout: 1_000, retryStrategy: (n) => Math.min(n * 200, 5_000), lazyConnect: false });
  redis.on('error', () => {
    /* reported by the lookup when a command fails */
  });
  return redis;
}
