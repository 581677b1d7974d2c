import { NO_RESPONSE_STATUS, type CdnJobRecord } from '../decode/cdn';
import { CDN_DIMENSIONS, MEASUREMENTS, UNKNOWN_VALUE, type CdnDimension } from '../schema';
import type { QoePoint } from '../schema/point';
import { BoundedGroups, type GroupsSnapshot } from './boundedCounter';
import { hash53 } from './hash53';
import { emptyHistogram, histogramAdd, histogramAddKey, histogramCount, histogramFromJson, histogramKey, histogramMerge, histogramPercentiles, histogramToJson, type BucketKey, type HistogramJson, type LogHistogram } from './logHistogram';

/** Mergeable per-minute totals of CDN requests. */
export interface CdnTotals {
  requests: number;
  bytes: number;
  status4xx: number;
  status5xx: number;
  /** Requests the client gave up on before any response (status 0, CloudFront "000"). */
  noResponse: number;
  cacheHits: number;
  /** Requests whose log line has no cache state (Fastly's default format): not in cache_hit_pct. */
  cacheUnknown: number;
  ttfbMs: LogHistogram;
  rttMs: LogHistogram;
  throughputKbps: LogHistogram;
}

export function emptyCdnTotals(): CdnTotals {
  return { requests: 0, bytes: 0, status4xx: 0, status5xx: 0, noResponse: 0, cacheHits: 0, cacheUnknown: 0, ttfbMs: emptyHistogram(), rttMs: emptyHistogram(), throughputKbps: emptyHistogram() };
}

/** What one request adds to the totals it falls in, computed once for its POP, ASN and country. */
export interface RequestMeasures {
  bytes: number;
  status: number;
  cacheHit: boolean;
  cacheKnown: boolean;
  /** Histogram buckets (histogramKey) of TTFB, round trip and throughput; undefined when not measured. */
  ttfbKey: BucketKey | undefined;
  rttKey: BucketKey | undefined;
  throughputKey: BucketKey | undefined;
}

/** The measures of a request, written into `into` (one object used again for every record: the totals copy what they add). */
export function measuresOf(r: CdnJobRecord, into: RequestMeasures): RequestMeasures {
  const bytes = Number(r.bytes_sent ?? 0);
  const status = r.status ?? 0;
  // No response: its times say how long the client waited, not how fast the CDN answered.
  const timed = status !== NO_RESPONSE_STATUS;
  into.bytes = bytes;
  into.status = status;
  into.cacheHit = !!r.cache_hit;
  into.cacheKnown = !!r.cache_hit || !!r.cache_status;
  into.ttfbKey = timed && r.ttfb_ms ? histogramKey(r.ttfb_ms) : undefined;
  into.rttKey = timed && r.total_ms ? histogramKey(r.total_ms) : undefined;
  into.throughputKey = timed && r.total_ms && bytes > 0 ? histogramKey((bytes * 8) / r.total_ms) : undefined;
  return into;
}

const MEASURES: RequestMeasures = { bytes: 0, status: 0, cacheHit: false, cacheKnown: false, ttfbKey: undefined, rttKey: undefined, throughputKey: undefined };

export function addMeasures(t: CdnTotals, m: RequestMeasures): void {
  t.requests++;
  t.bytes += m.bytes;
  if (m.status >= 400 && m.status < 500) t.status4xx++;
  else if (m.status >= 500) t.status5xx++;
  if (m.cacheHit) t.cacheHits++;
  else if (!m.cacheKnown) t.cacheUnknown++;
  if (m.status === NO_RESPONSE_STATUS) t.noResponse++;
  if (m.ttfbKey !== undefined) histogramAddKey(t.ttfbMs, m.ttfbKey);
  if (m.rttKey !== undefined) histogramAddKey(t.rttMs, m.rttKey);
  if (m.throughputKey !== undefined) histogramAddKey(t.throughputKbps, m.throughputKey);
}

export function addRecord(t: CdnTotals, r: CdnJobRecord): void {
  addMeasures(t, measuresOf(r, MEASURES));
}

export function mergeCdnTotals(into: CdnTotals, from: CdnTotals): void {
  into.requests += from.requests;
  into.bytes += from.bytes;
  into.status4xx += from.status4xx;
  into.status5xx += from.status5xx;
  into.noResponse += from.noResponse;
  into.cacheHits += from.cacheHits;
  into.cacheUnknown += from.cacheUnknown;
  histogramMerge(into.ttfbMs, from.ttfbMs);
  histogramMerge(into.rttMs, from.rttMs);
  histogramMerge(into.throughputKbps, from.throughputKbps);
}

export function cdnHealthFields(t: CdnTotals): Record<string, number> {
  const [ttfb50, ttfb95] = histogramPercentiles(t.ttfbMs, [50, 95]);
  const [rtt50, rtt95, rtt99] = histogramPercentiles(t.rttMs, [50, 95, 99]);
  const [tp50] = histogramPercentiles(t.throughputKbps, [50]);
  const f: Record<string, number> = {
    requests: t.requests,
    bytes: t.bytes,
    status_4xx: t.status4xx,
    status_5xx: t.status5xx,
    no_response: t.noResponse,
    error_pct: t.requests > 0 ? (100 * (t.status4xx + t.status5xx)) / t.requests : 0,
  };
  const cacheKnown = t.requests - t.cacheUnknown;
  if (cacheKnown > 0) f.cache_hit_pct = (100 * t.cacheHits) / cacheKnown;
  const set = (k: string, v: number | null | undefined) => {
    if (v !== null && v !== undefined) f[k] = v;
  };
  set('ttfb_ms_p50', ttfb50);
  set('ttfb_ms_p95', ttfb95);
  set('rtt_ms_p50', rtt50);
  set('rtt_ms_p95', rtt95);
  set('rtt_ms_p99', rtt99);
  set('throughput_kbps', tp50);
  return f;
}

/** CMCD-derived client QoE of one POP in one minute. */
interface ClientQoe {
  /**
   * Distinct CMCD session ids, as 53-bit hashes: only their number is written, and a session
   * id (a slice of its log line) kept as a string would keep the whole line alive for the
   * minute and its lateness.
   */
  sessions: Set<number>;
  starved: Set<number>;
  startupRequests: number;
  bufferMs: LogHistogram;
  throughputKbps: LogHistogram;
  bitrateSum: number;
  bitrateCount: number;
}

const emptyClientQoe = (): ClientQoe => ({ sessions: new Set(), starved: new Set(), startupRequests: 0, bufferMs: emptyHistogram(), throughputKbps: emptyHistogram(), bitrateSum: 0, bitrateCount: 0 });

/** Bounds on POPs and breakdown values per CDN and minute. */
export interface CdnLimits {
  topPops: number;
  topN: number;
  maxTracked: number;
  /** Sessions tracked per POP and minute (more are counted in no session set). */
  maxSessions: number;
}

export const DEFAULT_CDN_LIMITS: CdnLimits = { topPops: 50, topN: 10, maxTracked: 1000, maxSessions: 100_000 };

/** CdnTotals as checkpoints hold them. */
export type CdnTotalsJson = Omit<CdnTotals, 'ttfbMs' | 'rttMs' | 'throughputKbps'> & { ttfbMs: HistogramJson; rttMs: HistogramJson; throughputKbps: HistogramJson };

interface ClientQoeJson {
  /** Hashes (hash53); checkpoints written before held the ids themselves, hashed on restore. */
  sessions: (number | string)[];
  starved: (number | string)[];
  startupRequests: number;
  bufferMs: HistogramJson;
  throughputKbps: HistogramJson;
  bitrateSum: number;
  bitrateCount: number;
}

export interface CdnMinuteSnapshot {
  pops: GroupsSnapshot<CdnTotalsJson>;
  byDimension: Record<string, GroupsSnapshot<CdnTotalsJson>>;
  client: GroupsSnapshot<ClientQoeJson>;
}

// cacheUnknown and noResponse are absent in checkpoints written before they existed: restored as 0.
const totalsJson = (t: CdnTotals): CdnTotalsJson => ({ ...t, ttfbMs: histogramToJson(t.ttfbMs), rttMs: histogramToJson(t.rttMs), throughputKbps: histogramToJson(t.throughputKbps) });
const totalsFromJson = (t: CdnTotalsJson): CdnTotals => ({ ...t, cacheUnknown: t.cacheUnknown ?? 0, noResponse: t.noResponse ?? 0, ttfbMs: histogramFromJson(t.ttfbMs), rttMs: histogramFromJson(t.rttMs), throughputKbps: histogramFromJson(t.throughputKbps) });

/** One CDN's requests in one minute -> cdn_health (per POP), cdn_health_by, cdn_client_qoe. */
export class CdnMinute {
  readonly pops: BoundedGroups<CdnTotals>;
  readonly byDimension = new Map<CdnDimension, BoundedGroups<CdnTotals>>();
  readonly client: BoundedGroups<ClientQoe>;
  private readonly byAsn: BoundedGroups<CdnTotals>;
  private readonly byCountry: BoundedGroups<CdnTotals>;

  constructor(
    readonly cdn: string,
    readonly windowStartMs: number,
    private readonly limits: CdnLimits = DEFAULT_CDN_LIMITS,
  ) {
    this.pops = new BoundedGroups(limits.maxTracked, emptyCdnTotals);
    for (const d of CDN_DIMENSIONS) this.byDimension.set(d, new BoundedGroups(limits.maxTracked, emptyCdnTotals));
    this.client = new BoundedGroups(limits.maxTracked, emptyClientQoe);
    this.byAsn = this.byDimension.get('asn')!;
    this.byCountry = this.byDimension.get('country')!;
  }

  snapshot(): CdnMinuteSnapshot {
    return {
      pops: this.pops.snapshot(totalsJson),
      byDimension: Object.fromEntries([...this.byDimension].map(([d, g]) => [d, g.snapshot(totalsJson)])),
      client: this.client.snapshot((q) => ({ ...q, sessions: [...q.sessions], starved: [...q.starved], bufferMs: histogramToJson(q.bufferMs), throughputKbps: histogramToJson(q.throughputKbps) })),
    };
  }

  static restore(s: CdnMinuteSnapshot, cdn: string, windowStartMs: number, limits: CdnLimits = DEFAULT_CDN_LIMITS): CdnMinute {
    const m = new CdnMinute(cdn, windowStartMs, limits);
    m.pops.restore(s.pops, totalsFromJson);
    for (const [d, g] of Object.entries(s.byDimension)) m.byDimension.get(d as CdnDimension)?.restore(g, totalsFromJson);
    const hashes = (ids: (number | string)[]) => new Set(ids.map((id) => (typeof id === 'string' ? hash53(id) : id)));
    m.client.restore(s.client, (q) => ({ ...q, sessions: hashes(q.sessions), starved: hashes(q.starved), bufferMs: histogramFromJson(q.bufferMs), throughputKbps: histogramFromJson(q.throughputKbps) }));
    return m;
  }

  add(r: CdnJobRecord): void {
    const pop = r.pop || UNKNOWN_VALUE;
    const m = measuresOf(r, MEASURES);
    addMeasures(this.pops.get(pop), m);
    addMeasures(this.byAsn.get(r.asn ? String(r.asn) : UNKNOWN_VALUE), m);
    addMeasures(this.byCountry.get(r.country || UNKNOWN_VALUE), m);
    const c = r.cmcd;
    if (c) {
      const q = this.client.get(pop);
      const session = c.session_id ? hash53(c.session_id) : undefined;
      if (session !== undefined && q.sessions.size < this.limits.maxSessions) q.sessions.add(session);
      if (c.buffer_starvation && session !== undefined && q.starved.size < this.limits.maxSessions) q.starved.add(session);
      if (c.startup) q.startupRequests++;
      if (c.buffer_length_ms !== undefined && c.buffer_length_ms !== null) histogramAdd(q.bufferMs, c.buffer_length_ms);
      if (c.measured_throughput_kbps) histogramAdd(q.throughputKbps, c.measured_throughput_kbps);
      if (c.encoded_bitrate_kbps) {
        q.bitrateSum += c.encoded_bitrate_kbps;
        q.bitrateCount++;
      }
    }
  }

  /** Gives the histograms' arrays back to be used again (a window dropped once its points are made: nothing may read this minute after). */
  release(): void {
    const totals = (t: CdnTotals) => {
      t.ttfbMs.release();
      t.rttMs.release();
      t.throughputKbps.release();
    };
    this.pops.forEach(totals);
    for (const groups of this.byDimension.values()) groups.forEach(totals);
    this.client.forEach((q) => {
      q.bufferMs.release();
      q.throughputKbps.release();
    });
  }

  toPoints(): QoePoint[] {
    const t = this.windowStartMs;
    const out: QoePoint[] = [];
    const H = MEASUREMENTS.cdnHealth;
    for (const [pop, totals] of this.pops.top(this.limits.topPops, (x) => x.requests, mergeCdnTotals)) {
      out.push({ measurement: H.name, rp: H.rp.name, tags: { cdn: this.cdn, pop }, fields: cdnHealthFields(totals), timeMs: t });
    }
    const B = MEASUREMENTS.cdnHealthBy;
    for (const [dimension, groups] of this.byDimension) {
      for (const [value, totals] of groups.top(this.limits.topN, (x) => x.requests, mergeCdnTotals)) {
        out.push({ measurement: B.name, rp: B.rp.name, tags: { cdn: this.cdn, dimension, value }, fields: cdnHealthFields(totals), timeMs: t });
      }
    }
    const Q = MEASUREMENTS.cdnClientQoe;
    const mergeClient = (a: ClientQoe, b: ClientQoe) => {
      for (const s of b.sessions) if (a.sessions.size < this.limits.maxSessions) a.sessions.add(s);
      for (const s of b.starved) if (a.starved.size < this.limits.maxSessions) a.starved.add(s);
      a.startupRequests += b.startupRequests;
      histogramMerge(a.bufferMs, b.bufferMs);
      histogramMerge(a.throughputKbps, b.throughputKbps);
      a.bitrateSum += b.bitrateSum;
      a.bitrateCount += b.bitrateCount;
    };
    for (const [pop, q] of this.client.top(this.limits.topPops, (x) => x.sessions.size + histogramCount(x.bufferMs), mergeClient)) {
      const [buf50] = histogramPercentiles(q.bufferMs, [50]);
      const [mtp50] = histogramPercentiles(q.throughputKbps, [50]);
      const fields: Record<string, number> = {
        sessions: q.sessions.size,
        starved_sessions: q.starved.size,
        starved_pct: q.sessions.size > 0 ? (100 * q.starved.size) / q.sessions.size : 0,
        startup_requests: q.startupRequests,
      };
      if (buf50 !== null && buf50 !== undefined) fields.buffer_ms_p50 = buf50;
      if (mtp50 !== null && mtp50 !== undefined) fields.measured_throughput_kbps_p50 = mtp50;
      if (q.bitrateCount > 0) fields.bitrate_kbps_mean = q.bitrateSum / q.bitrateCount;
      out.push({ measurement: Q.name, rp: Q.rp.name, tags: { cdn: this.cdn, pop }, fields, timeMs: t });
    }
    return out;
  }
}
