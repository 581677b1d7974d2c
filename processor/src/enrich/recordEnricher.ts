import type { CdnJobRecord } from '../decode/cdn';
import { PathConventionLookup, type AssetInfo, type AssetLookup } from './assetLookup';
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

  async enrich<R extends CdnJobRecord>(records: readonly R[]): Promise<R[]> {
    // Answers known at once first; one promise only for each record that has to wait.
    const assets: (AssetInfo | null | undefined)[] = this.assets.lookupNow ? records.map((r) => this.assets.lookupNow!(r.host ?? '', r.path ?? '')) : new Array<undefined>(records.length);
    const waiting: Promise<void>[] = [];
    records.forEach((r, i) => {
      if (assets[i] === undefined) waiting.push(this.assets.lookup(r.host ?? '', r.path ?? '').then((a) => void (assets[i] = a)));
    });
    if (waiting.length > 0) await Promise.all(waiting);
    return records.map((r, i) => {
      const e = applyAsset(r, assets[i] ?? null);
      return this.geo ? applyGeo(e, this.geo) : e;
    });
  }
}
