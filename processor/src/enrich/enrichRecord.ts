import { segmentDurationOf, type CdnJobRecord } from '../decode/cdn';
import type { AssetInfo } from './assetLookup';
import type { GeoLookup } from './geoLookup';

/** Adds asset metadata to a record; CMCD's object duration wins over the catalog's segment duration. */
export function applyAsset<R extends CdnJobRecord>(r: R, asset: AssetInfo | null): R {
  if (!asset) return r;
  r.environment_id = asset.environmentId;
  r.asset_id = asset.assetId;
  r.rendition = asset.rendition;
  r.segment_duration_ms = segmentDurationOf(asset.segmentDurationMs, r.cmcd);
  return r;
}

/** Fills ASN and country from the client IP where the CDN's log line lacks them (the CDN's own values win). */
export function applyGeo<R extends CdnJobRecord>(r: R, geo: GeoLookup): R {
  if ((r.asn && r.country) || !r.client_ip) return r;
  const g = geo.lookup(r.client_ip);
  if (!r.asn && g.asn) r.asn = g.asn;
  if (!r.country && g.country) r.country = g.country;
  return r;
}
