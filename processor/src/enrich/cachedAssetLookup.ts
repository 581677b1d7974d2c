import type Redis from 'ioredis';
import type { Pool } from 'pg';
import type { Logger } from '../log/logger';
import { silentLogger } from '../log/logger';
import type { AssetInfo, AssetLookup } from './assetLookup';
import { prefixesOf, queryAsset } from './assetDb';
import { RateLimiter } from '../limits/rateLimiter';

export interface CachedAssetLookupOptions {
  /** TTL of a found asset in the cache, seconds (jittered). */
  ttlSeconds: number;
  /** TTL of "no such asset", seconds (jittered). */
  negativeTtlSeconds: number;
  /** +/- share of the TTL added at random, so keys cached together do not expire together. */
  ttlJitter: number;
  /** Most asset-database queries per second (misses beyond wait). */
  maxDbQueriesPerSecond: number;
  /** How long to skip Redis after it failed, ms. */
  redisRetryMs: number;
  keyPrefix: string;
}

export const DEFAULT_CACHED_LOOKUP_OPTIONS: CachedAssetLookupOptions = {
  ttlSeconds: 3600,
  negativeTtlSeconds: 300,
  ttlJitter: 0.1,
  maxDbQueriesPerSecond: 200,
  redisRetryMs: 5_000,
  keyPrefix: 'qoe:asset:',
};

const NEGATIVE = 'null';

/**
 * Asset lookups, cache-aside: Redis first; on a miss one database query per key however
 * many lookups wait for it (request coalescing), at most maxDbQueriesPerSecond; results,
 * including "not found", go back to Redis with a jittered TTL. When Redis fails, lookups
 * go to the database (still rate limited) and Redis is tried again after redisRetryMs.
 */
export class CachedAssetLookup implements AssetLookup {
  private readonly o: CachedAssetLookupOptions;
  private readonly inflight = new Map<string, Promise<AssetInfo | null>>();
  private readonly limiter: RateLimiter;
  private redisDownUntil = 0;
  readonly counters = { lookups: 0, cacheHits: 0, dbQueries: 0, redisErrors: 0 };

  constructor(
    private readonly pool: Pool,
    private readonly redis: Redis | undefined,
    options: Partial<CachedAssetLookupOptions> = {},
    private readonly logger: Logger = silentLogger,
    private readonly random: () => number = Math.random,
  ) {
    this.o = { ...DEFAULT_CACHED_LOOKUP_OPTIONS, ...options };
    this.limiter = new RateLimiter(this.o.maxDbQueriesPerSecond, Math.max(1, Math.floor(this.o.maxDbQueriesPerSecond / 4)));
  }

  lookup(_host: string, path: string): Promise<AssetInfo | null> {
    this.counters.lookups++;
    const prefixes = prefixesOf(path);
    const key = prefixes[0]!;
    const running = this.inflight.get(key);
    if (running) return running;
    const p = this.resolve(key, prefixes).finally(() => this.inflight.delete(key));
    this.inflight.set(key, p);
    return p;
  }

  private async resolve(key: string, prefixes: string[]): Promise<AssetInfo | null> {
    const cached = await this.cacheGet(key);
    if (cached !== undefined) {
      this.counters.cacheHits++;
      return cached;
    }
    await this.limiter.acquire();
    this.counters.dbQueries++;
    const found = await queryAsset(this.pool, prefixes);
    await this.cacheSet(key, found);
    return found;
  }

  private redisUsable(): boolean {
    return this.redis !== undefined && Date.now() >= this.redisDownUntil;
  }

  private async cacheGet(key: string): Promise<AssetInfo | null | undefined> {
    if (!this.redisUsable()) return undefined;
    try {
      const v = await this.redis!.get(this.o.keyPrefix + key);
      if (v === null) return undefined;
      return v === NEGATIVE ? null : (JSON.parse(v) as AssetInfo);
    } catch (err) {
      this.redisFailed(err);
      return undefined;
    }
  }

  private async cacheSet(key: string, value: AssetInfo | null): Promise<void> {
    if (!this.redisUsable()) return;
    const base = value ? this.o.ttlSeconds : this.o.negativeTtlSeconds;
    const ttl = Math.max(1, Math.round(base * (1 + (this.random() * 2 - 1) * this.o.ttlJitter)));
    try {
      await this.redis!.set(this.o.keyPrefix + key, value ? JSON.stringify(value) : NEGATIVE, 'EX', ttl);
    } catch (err) {
      this.redisFailed(err);
    }
  }

  private redisFailed(err: unknown): void {
    this.counters.redisErrors++;
    if (Date.now() >= this.redisDownUntil) this.logger.warn({ err: (err as Error).message, retryInMs: this.o.redisRetryMs }, 'Redis unavailable for the asset cache; querying the asset database directly (rate limited)');
    this.redisDownUntil = Date.now() + this.o.redisRetryMs;
  }
}
