import type { Config } from '../config/env';
import type { GeoSettings } from '../enrich/geoFromSettings';
import type { WorkerEnrichment } from '../runners/replay/worker/readerJob';

// Settings only, no readers: a replay sends them to its reader worker before the geo
// databases' readers are loaded (if they ever are on the main thread).

/** The geo databases' settings of the configuration (QOE_GEO_COUNTRY_MMDB, QOE_GEO_ASN_MMDB). */
export function geoSettingsOf(c: Config): GeoSettings {
  return { country: c.QOE_GEO_COUNTRY_MMDB, asn: c.QOE_GEO_ASN_MMDB };
}

/**
 * What a replay's reader worker enriches (LocalEnricher: what needs no connection): the URL
 * convention when no asset database is configured, and the geo tables.
 */
export function workerEnrichmentOf(c: Config): WorkerEnrichment {
  return { urlConvention: !c.QOE_PG_URL, geo: geoSettingsOf(c) };
}
