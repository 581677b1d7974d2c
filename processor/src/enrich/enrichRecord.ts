import type { CdnRecord } from '../decode/cdn';
import type { AssetInfo } from './assetLookup';

/** Adds asset metadata to a record; CMCD's object duration wins over the catalog's segment duration. */
export function applyAsset(r: CdnRecord, asset: AssetInfo | null): CdnRecord {
  if (!asset) return r;
  r.environment_id = asset.environmentId;
  r.asset_id = asset.assetId;
  r.rendition = asset.rendition;
  const cmcdDuration = r.cmcd?.object_duration_ms ?? 0;
  r.segment_duration_ms = asset.segmentDurationMs > 0 && cmcdDuration > 0 ? cmcdDuration : asset.segmentDurationMs;
  return r;
}
