import Redis from 'ioredis';
import { Pool } from 'pg';
import { ASSET_TABLE, ensureAssetTable, upsertAssets } from '../../src/enrich/assetDb';
import { recordEnricher } from '../../src/cli/enricherFromConfig';
import { loadConfig } from '../../src/config/env';
import { silentLogger } from '../../src/log/logger';
import { CachedAssetLookup } from '../../src/enrich/cachedAssetLookup';
import { assetCacheRedis } from '../../src/enrich/connections';
import { freePort } from '../../src/test-support/influxd';

const pgUrl = () => process.env.QOE_PG_URL ?? 'postgres://qoe@127.0.0.1:15432/qoe';
const redisUrl = () => process.env.QOE_REDIS_URL ?? 'redis://127.0.0.1:16379';

describe('asset enrichment: PostgreSQL behind a Redis cache (real servers)', () => {
  const pool = new Pool({ connectionString: pgUrl(), max: 8 });
  const run = `${process.pid}-${Date.now()}`;
  let redis: Redis;
  beforeAll(async () => {
    redis = new Redis(redisUrl());
    await ensureAssetTable(pool);
    await upsertAssets(pool, [
      { urlPrefix: `/env-${run}/asset-1/`, environmentId: `env-${run}`, assetId: 'asset-1', rendition: '', segmentDurationMs: 0 },
      { urlPrefix: `/env-${run}/asset-1/720p/`, environmentId: `env-${run}`, assetId: 'asset-1', rendition: '720p', segmentDurationMs: 4000 },
      ...Array.from({ length: 60 }, (_, i) => ({ urlPrefix: `/env-${run}/many-${i}/1080p/`, environmentId: `env-${run}`, assetId: `many-${i}`, rendition: '1080p', segmentDurationMs: 6000 })),
    ]);
  });
  afterAll(async () => {
    await pool.query('DELETE FROM qoe_asset_renditions WHERE environment_id = $1', [`env-${run}`]);
    await pool.end();
    redis.disconnect();
  });

  it('1,000 concurrent lookups of one cold key make one database query', async () => {
    const lookup = new CachedAssetLookup(pool, redis, { keyPrefix: `qoe:it:${run}:` });
    const results = await Promise.all(Array.from({ length: 1000 }, (_, i) => lookup.lookup('h', `/env-${run}/asset-1/720p/seg_${i}.m4s`)));
    expect(lookup.counters.dbQueries).toBe(1);
    expect(new Set(results.map((r) => JSON.stringify(r)))).toEqual(new Set([JSON.stringify({ environmentId: `env-${run}`, assetId: 'asset-1', rendition: '720p', segmentDurationMs: 4000 })]));
    // Cached now, for another instance too: no query at all.
    const other = new CachedAssetLookup(pool, redis, { keyPrefix: `qoe:it:${run}:` });
    expect(await other.lookup('h', `/env-${run}/asset-1/720p/seg_1.m4s`)).toMatchObject({ assetId: 'asset-1' });
    expect(other.counters.dbQueries).toBe(0);
    const ttl = await redis.ttl(`qoe:it:${run}:/env-${run}/asset-1/720p/`);
    expect(ttl).toBeGreaterThan(3600 * 0.89);
    expect(ttl).toBeLessThanOrEqual(3600 * 1.1);
  });

  it('finds the asset root for a manifest and caches "not found"', async () => {
    const lookup = new CachedAssetLookup(pool, redis, { keyPrefix: `qoe:it:${run}:`, negativeTtlSeconds: 60 });
    expect(await lookup.lookup('h', `/env-${run}/asset-1/master.m3u8`)).toMatchObject({ assetId: 'asset-1', rendition: '', segmentDurationMs: 0 });
    expect(await lookup.lookup('h', `/nope-${run}/x/y.m4s`)).toBeNull();
    expect(await lookup.lookup('h', `/nope-${run}/x/z.m4s`)).toBeNull();
    expect(lookup.counters.dbQueries).toBe(2);
    expect(await redis.get(`qoe:it:${run}:/nope-${run}/x/`)).toBe('null');
  });

  it('with Redis down, lookups still resolve from the database, rate limited, none lost', async () => {
    const deadRedis = assetCacheRedis(`redis://127.0.0.1:${await freePort()}`);
    try {
      const lookup = new CachedAssetLookup(pool, deadRedis, { keyPrefix: `qoe:it:down:${run}:`, maxDbQueriesPerSecond: 20, redisRetryMs: 60_000 });
      const t0 = Date.now();
      const results = await Promise.all(Array.from({ length: 60 }, (_, i) => lookup.lookup('h', `/env-${run}/many-${i}/1080p/seg.m4s`)));
      const elapsed = Date.now() - t0;
      expect(results.every((r, i) => r?.assetId === `many-${i}`)).toBe(true);
      expect(lookup.counters.dbQueries).toBe(60);
      expect(lookup.counters.redisErrors).toBeGreaterThan(0);
      // 60 queries at 20/s with a burst of 5: about 2.75 s.
      expect(elapsed).toBeGreaterThan(2_000);
    } finally {
      deadRedis.disconnect();
    }
  });

  describe('startup check of QOE_PG_URL (qoe start, qoe replay --cdn-logs)', () => {
    const db = `qoe_it_ready_${process.pid}`;
    const url = () => {
      const u = new URL(pgUrl());
      u.pathname = `/${db}`;
      return u.toString();
    };
    beforeAll(async () => {
      await pool.query(`DROP DATABASE IF EXISTS ${db}`);
      await pool.query(`CREATE DATABASE ${db}`);
    });
    afterAll(async () => {
      await pool.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
    });

    it('creates the asset table in a database that lacks it, then enriches from it', async () => {
      const assets = recordEnricher(loadConfig({ QOE_PG_URL: url(), QOE_REDIS_URL: redisUrl() }), silentLogger);
      try {
        await assets.ready();
        const other = new Pool({ connectionString: url() });
        try {
          expect((await other.query(`SELECT to_regclass('${ASSET_TABLE}') AS t`)).rows[0].t).toBe(ASSET_TABLE);
          await upsertAssets(other, [{ urlPrefix: `/ready-${run}/a/`, environmentId: `env-ready-${run}`, assetId: 'a', rendition: '', segmentDurationMs: 2000 }]);
        } finally {
          await other.end();
        }
        const [r] = await assets.enricher.enrich([{ path: `/ready-${run}/a/seg1.ts`, host: 'h' } as never]);
        expect(r).toMatchObject({ environment_id: `env-ready-${run}`, asset_id: 'a', segment_duration_ms: 2000 });
        await assets.ready(); // a second start finds the table and keeps its rows
      } finally {
        await assets.close();
      }
    });

    it('fails naming QOE_PG_URL when the database cannot be reached', async () => {
      const dead = `postgres://qoe@127.0.0.1:${await freePort()}/qoe`;
      const assets = recordEnricher(loadConfig({ QOE_PG_URL: dead, QOE_REDIS_URL: redisUrl() }), silentLogger);
      try {
        await expect(assets.ready()).rejects.toThrow(/QOE_PG_URL: the asset database cannot be used \(.*ECONNREFUSED/);
      } finally {
        await assets.close();
      }
    });
  });
});
