import type { CdnJobRecord } from '../decode/cdn';
import { MEASUREMENTS, OTHER_VALUE } from '../schema';
import type { QoePoint } from '../schema/point';
import { hash53 } from './hash53';
import { RecordIdSet } from './recordIdSet';

export interface UsageTotals {
  deliveredMs: number;
  bytes: number;
  requests: number;
}

/** Assets per environment and hour unless configured (QOE_MAX_ASSETS_PER_HOUR). */
export const DEFAULT_MAX_ASSETS_PER_HOUR = 20_000;

const empty = (): UsageTotals => ({ deliveredMs: 0, bytes: 0, requests: 0 });

function addRequest(t: UsageTotals, bytes: number, deliveredMs: number): void {
  t.requests++;
  t.bytes += bytes;
  t.deliveredMs += deliveredMs;
}

export interface UsageHourSnapshot {
  total: UsageTotals;
  assets: [string, UsageTotals][];
  /** Record-id hashes seen: base64 of a Float64Array (8 bytes an id), or a JSON array. */
  seen: string | number[];
  duplicates: number;
}

/** Ids are 53-bit integers, exact in a float64: 8 bytes each instead of ~17 JSON characters. */
function encodeIds(ids: RecordIdSet): string {
  const values = ids.values();
  const buf = Buffer.allocUnsafe(values.length * 8);
  for (let i = 0; i < values.length; i++) buf.writeDoubleLE(values[i]!, i * 8);
  return buf.toString('base64');
}

function decodeIds(seen: string | number[]): RecordIdSet {
  if (Array.isArray(seen)) {
    const ids = new RecordIdSet(seen.length);
    for (const id of seen) ids.add(id);
    return ids;
  }
  const buf = Buffer.from(seen, 'base64');
  const ids = new RecordIdSet(buf.length / 8);
  for (let o = 0; o + 8 <= buf.length; o += 8) ids.add(buf.readDoubleLE(o));
  return ids;
}

/**
 * One customer environment's usage in one hour, each access record counted once: record
 * ids already seen in this hour are skipped (collectors resending a batch). Ids are kept
 * as 53-bit hashes in a compact table (RecordIdSet), and dropped with the hour once it is final.
 */
export class UsageHour {
  readonly total: UsageTotals = empty();
  readonly assets = new Map<string, UsageTotals>();
  private seen = new RecordIdSet();
  duplicates = 0;

  constructor(
    readonly environmentId: string,
    readonly windowStartMs: number,
    private readonly maxAssets = DEFAULT_MAX_ASSETS_PER_HOUR,
  ) {}

  snapshot(): UsageHourSnapshot {
    return { total: { ...this.total }, assets: [...this.assets].map(([k, v]) => [k, { ...v }]), seen: encodeIds(this.seen), duplicates: this.duplicates };
  }

  static restore(s: UsageHourSnapshot, environmentId: string, windowStartMs: number, maxAssets = DEFAULT_MAX_ASSETS_PER_HOUR): UsageHour {
    const u = new UsageHour(environmentId, windowStartMs, maxAssets);
    Object.assign(u.total, s.total);
    for (const [k, v] of s.assets) u.assets.set(k, { ...v });
    u.seen = decodeIds(s.seen);
    u.duplicates = s.duplicates;
    return u;
  }

  add(r: CdnJobRecord): void {
    if (!this.seen.add(hash53(r.record_id ?? ''))) {
      this.duplicates++;
      return;
    }
    let asset = r.asset_id || 'unknown';
    let a = this.assets.get(asset);
    if (!a && this.assets.size >= this.maxAssets) {
      // A flood of made-up asset ids: counted in the environment's total and under "other".
      asset = OTHER_VALUE;
      a = this.assets.get(asset);
    }
    if (!a) this.assets.set(asset, (a = empty()));
    const status = r.status ?? 0;
    // Seconds of video delivered: media segments served successfully (200, 206).
    const delivered = status >= 200 && status < 300 ? (r.segment_duration_ms ?? 0) : 0;
    const bytes = Number(r.bytes_sent ?? 0);
    addRequest(this.total, bytes, delivered);
    addRequest(a, bytes, delivered);
  }

  toPoints(): QoePoint[] {
    const U = MEASUREMENTS.usage;
    const A = MEASUREMENTS.usageAsset;
    const fields = (t: UsageTotals) => ({ delivered_s: t.deliveredMs / 1000, bytes: t.bytes, requests: t.requests });
    const out: QoePoint[] = [{ measurement: U.name, rp: U.rp.name, tags: { environment_id: this.environmentId }, fields: fields(this.total), timeMs: this.windowStartMs }];
    for (const asset of [...this.assets.keys()].sort()) {
      out.push({ measurement: A.name, rp: A.rp.name, tags: { environment_id: this.environmentId, asset_id: asset }, fields: fields(this.assets.get(asset)!), timeMs: this.windowStartMs });
    }
    return out;
  }
}
