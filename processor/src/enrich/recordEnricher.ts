import type { CdnRecord } from '../decode/cdn';
import { PathConventionLookup, type AssetLookup } from './assetLookup';
import { applyAsset, applyGeo } from './enrichRecord';
import type { GeoLookup } from './geoLookup';

/**
 * Enrichment of parsed CDN records, the step between cdn.logs.raw and cdn.logs.enriched:
 * asset and rendition from the asset lookup (database behind the Redis cache, or the URL
 * convention) and, where the CDN did not log them, ASN and country from the client IP.
 * Resolves once every record's asset is known, so a slow asset database slows the caller.
 */
export class RecordEnricher {
  constructor(
    readonly assets: AssetLookup = new PathConventionLookup(),
    readonly geo: GeoLookup | null = null,
  ) {}

  async enrich(records: readonly CdnRecord[]): Promise<CdnRecord[]> {
    const assets = await Promise.all(records.map((r) => this.assets.lookup(r.host ?? '', r.path ?? '')));
    return records.map((r, i) => {
      const e = applyAsset(r, assets[i]!);
      return this.geo ? applyGeo(e, this.geo) : e;
    });
  }
}
