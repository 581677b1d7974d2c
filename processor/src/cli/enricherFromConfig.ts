import { ConfigError, type Config } from '../config/env';
import type { Logger } from '../log/logger';
import { PathConventionLookup } from '../enrich/assetLookup';
import { CachedAssetLookup } from '../enrich/cachedAssetLookup';
import { assetCacheRedis, assetDbPool } from '../enrich/connections';
import { ASSET_TABLE, countAssets, ensureAssetTable } from '../enrich/assetDb';
import type { GeoLookup } from '../enrich/geoLookup';
import { openGeo } from '../enrich/geoFromSettings';
import { geoSettingsOf } from './geoSettings';
import { RecordEnricher } from '../enrich/recordEnricher';

// CDN record enrichment from the configuration: in a module of its own, so that commands
// without CDN records (a replay of views) do not load the geo databases' readers.

/** The geo databases named by QOE_GEO_COUNTRY_MMDB and QOE_GEO_ASN_MMDB; a bad file is a ConfigError naming its variable. */
export function openGeoFromConfig(c: Config): GeoLookup | null {
  return openGeo(geoSettingsOf(c));
}

/**
 * CDN record enrichment: assets from the database behind the Redis cache when QOE_PG_URL
 * is set, else the URL convention; ASN and country from the configured mmdb files (but for
 * what a replay's reader worker enriched: enrichedOnWorker).
 * Call ready() once the database can be up (after the local services started): it creates
 * the asset table when missing and fails naming QOE_PG_URL when the database cannot be used,
 * instead of every CDN batch failing later.
 */
export function recordEnricher(c: Config, logger: Logger, opts: { enrichedOnWorker?: boolean } = {}): { enricher: RecordEnricher; ready: () => Promise<void>; close: () => Promise<void>; counters: () => CachedAssetLookup['counters'] | undefined } {
  // Enriched on a replay's reader worker (workerEnrichmentOf): the geo tables are opened there.
  const geo = opts.enrichedOnWorker ? null : openGeoFromConfig(c);
  if (!c.QOE_PG_URL) return { enricher: new RecordEnricher(opts.enrichedOnWorker ? null : new PathConventionLookup(), geo), ready: async () => {}, close: async () => {}, counters: () => undefined };
  const pool = assetDbPool(c.QOE_PG_URL, 8, (err) => logger.warn({ err: err.message }, 'asset database connection lost; lookups wait and retry until it is back'));
  const redis = assetCacheRedis(c.QOE_REDIS_URL);
  const lookup = new CachedAssetLookup(pool, redis, { maxDbQueriesPerSecond: c.QOE_ASSET_DB_MAX_QPS, ttlSeconds: c.QOE_ASSET_CACHE_TTL_S, negativeTtlSeconds: Math.max(30, Math.round(c.QOE_ASSET_CACHE_TTL_S / 10)) }, logger);
  return {
    enricher: new RecordEnricher(lookup, geo),
    counters: () => lookup.counters,
    ready: async () => {
      let rows: number;
      try {
        await ensureAssetTable(pool);
        rows = await countAssets(pool);
      } catch (err) {
        throw new ConfigError('QOE_PG_URL', `the asset database cannot be used (${(err as Error).message}); fix the URL or the server, or unset QOE_PG_URL to take assets from the URL convention`);
      }
      if (rows === 0) logger.warn({ table: ASSET_TABLE }, 'the asset table is empty: CDN records get no environment or asset, so hourly usage cannot be attributed; load it (qoe assets seed fills it with the simulator catalog)');
      else logger.info({ table: ASSET_TABLE, rows }, 'asset database ready');
    },
    close: async () => {
      redis.disconnect();
      await pool.end();
    },
  };
}
