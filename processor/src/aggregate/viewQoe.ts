import type { ViewRecord } from '../decode/viewRecord';
import { VIEW_QOE_FIELDS } from '../schema';
import { viewExperienceScore } from './experienceScore';
import { percentiles } from './percentile';
import { Samples } from './samples';

/** Mergeable per-window QoE totals of a set of views. */
export interface QoeTotals {
  views: number;
  failures: number;
  startupFailures: number;
  ebvs: number;
  startupMs: Samples;
  rebufferMs: number;
  rebufferCount: number;
  watchMs: number;
  /** Sum of bitrate * watch time over views with a known bitrate, and that watch time. */
  bitrateWatchProduct: number;
  bitrateWatchMs: number;
  upscaleWatchProduct: number;
  scoreSum: number;
  scoredViews: number;
}

/** QoeTotals as JSON (checkpoints): the startup times as an array. */
export type QoeTotalsJson = Omit<QoeTotals, 'startupMs'> & { startupMs: number[] };

export function totalsToJson(t: QoeTotals): QoeTotalsJson {
  return { ...t, startupMs: t.startupMs.toArray() };
}

export function totalsFromJson(j: QoeTotalsJson): QoeTotals {
  return { ...j, startupMs: Samples.of(j.startupMs) };
}

export function emptyTotals(): QoeTotals {
  return {
    views: 0,
    failures: 0,
    startupFailures: 0,
    ebvs: 0,
    startupMs: new Samples(),
    rebufferMs: 0,
    rebufferCount: 0,
    watchMs: 0,
    bitrateWatchProduct: 0,
    bitrateWatchMs: 0,
    upscaleWatchProduct: 0,
    scoreSum: 0,
    scoredViews: 0,
  };
}

/** Counts a view into totals; its experience score (viewExperienceScore) is given, as one view goes into several totals. */
export function addView(t: QoeTotals, v: ViewRecord, score: number | null = viewExperienceScore(v)): void {
  t.views++;
  if (v.playbackFailure) t.failures++;
  if (v.startupFailure) t.startupFailures++;
  if (v.exitBeforeVideoStart) t.ebvs++;
  if (v.startupMs !== null) t.startupMs.push(v.startupMs);
  t.rebufferMs += v.rebufferMs;
  t.rebufferCount += v.rebufferCount;
  t.watchMs += v.watchMs;
  if (v.bitrateBps > 0 && v.watchMs > 0) {
    t.bitrateWatchProduct += v.bitrateBps * v.watchMs;
    t.bitrateWatchMs += v.watchMs;
  }
  t.upscaleWatchProduct += v.upscaleRatio * v.watchMs;
  if (score !== null) {
    t.scoreSum += score;
    t.scoredViews++;
  }
}

export function mergeTotals(into: QoeTotals, from: QoeTotals): void {
  into.views += from.views;
  into.failures += from.failures;
  into.startupFailures += from.startupFailures;
  into.ebvs += from.ebvs;
  into.startupMs.pushAll(from.startupMs);
  into.rebufferMs += from.rebufferMs;
  into.rebufferCount += from.rebufferCount;
  into.watchMs += from.watchMs;
  into.bitrateWatchProduct += from.bitrateWatchProduct;
  into.bitrateWatchMs += from.bitrateWatchMs;
  into.upscaleWatchProduct += from.upscaleWatchProduct;
  into.scoreSum += from.scoreSum;
  into.scoredViews += from.scoredViews;
}

export type QoeFieldName = keyof typeof VIEW_QOE_FIELDS;
/** Field values of a view_qoe / view_qoe_by point; absent metrics are left out. */
export type QoeFields = Partial<Record<QoeFieldName, number>>;

const pct = (part: number, whole: number) => (whole > 0 ? (100 * part) / whole : 0);

/** Turns totals into the metric definitions of docs/measurements.md. */
export function qoeFields(t: QoeTotals): QoeFields {
  const [p50, p95] = percentiles(t.startupMs.view(), [50, 95]);
  const f: QoeFields = {
    views: t.views,
    failures: t.failures,
    startup_failures: t.startupFailures,
    ebvs: t.ebvs,
    failure_pct: pct(t.failures, t.views),
    startup_failure_pct: pct(t.startupFailures, t.views),
    ebvs_pct: pct(t.ebvs, t.views),
    watch_s: t.watchMs / 1000,
  };
  if (p50 !== null && p50 !== undefined) f.startup_ms_p50 = p50;
  if (p95 !== null && p95 !== undefined) f.startup_ms_p95 = p95;
  if (t.watchMs > 0) {
    f.rebuffer_pct = Math.min(100, pct(t.rebufferMs, t.watchMs));
    f.rebuffer_per_min = t.rebufferCount / (t.watchMs / 60_000);
    f.upscale_pct = Math.min(100, pct(t.upscaleWatchProduct, t.watchMs));
  }
  if (t.bitrateWatchMs > 0) f.bitrate_kbps = t.bitrateWatchProduct / t.bitrateWatchMs / 1000;
  if (t.scoredViews > 0) f.experience_score = t.scoreSum / t.scoredViews;
  return f;
}
