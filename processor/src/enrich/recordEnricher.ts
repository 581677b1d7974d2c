import type { CdnJobRecord } from '../decode/cdn';
import { PathConventionLookup, type AssetInfo, type AssetLookup } from './assetLookup';
import { applyAsset, applyGeo } from './enrichRecord';
import type { GeoLookup } from './geoLookup';

/**
 * Enrichment of parsed CDN records, the step between cdn.logs.raw and cdn.logs.enriched:
 * asset and rendition from the asset lookup (database behind the Redis cache, or the URL
 * convention) and, where the CDN did not log them, ASN and country from the client IP.
 * Resolves once every record's asset is known, so a slow asset database slows the caller.
 * A part given as null is done elsewhere (a replay's reader worker: LocalEnricher).
 */
export class RecordEnricher {
  constructor(
    readonly assets: AssetLookup | null = new PathConventionLookup(),
    readonly geo: GeoLookup | null = null,
  ) {}

  async enrich<R extends CdnJobRecord>(records: readonly R[]): Promise<R[]> {
    const lookup = this.assets;
    if (!lookup) {
      if (this.geo) for (const r of records) applyGeo(r, this.geo);
      return records.slice();
    }
    // Answers known at once first; one promise only for each record that has to wait.
    const assets: (AssetInfo | null | undefined)[] = lookup.lookupNow ? records.map((r) => lookup.lookupNow!(r.host ?? '', r.path ?? '')) : new Array<undefined>(records.length);
    const waiting: Promise<void>[] = [];
    records.forEach((r, i) => {
      if (assets[i] === undefined) waiting.push(lookup.lookup(r.host ?? '', r.path ?? '').then((a) => void (assets[i] = a)));
    });
    if (waiting.length > 0) await Promise.all(waiting);
    return records.map((r, i) => {
      const e = applyAsset(r, assets[i] ?? null);
      return this.geo ? applyGeo(e, this.geo) : e;
    });
  }
}

/**
 * The enrichment that needs no connection and no waiting: the URL convention (when no asset
 * database is configured) and the geo tables. A replay's reader worker applies it to the
 * records it parses, so the main thread, which runs the jobs, does not (the main thread's
 * RecordEnricher then has null for these parts).
 */
export class LocalEnricher {
  constructor(
    readonly assets: PathConventionLookup | null,
    readonly geo: GeoLookup | null,
  ) {}

  /** Enriches the records in place. */
  enrich(records: readonly CdnJobRecord[]): void {
    const { assets, geo } = this;
    for (let i = 0; i < records.length; i++) {
      const r = records[i]!;
      if (assets) applyAsset(r, assets.lookupSync(r.path ?? ''));
      if (geo) applyGeo(r, geo);
    }
  }
}
