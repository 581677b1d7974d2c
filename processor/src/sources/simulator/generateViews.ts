import type { RawView } from '../../decode/normalizeView';
import { buildCatalog, COUNTRIES, DEVICES, diurnalFactor, ERROR_TYPES, title, type Catalog } from './catalog';
import { hexId, Random } from './random';
import type { Scenario, ScenarioIncident } from './scenario';

/** Which stream of random numbers a generator uses, so views and CDN logs are independent. */
export const STREAM_VIEWS = 1;

export interface SimulationClock {
  /** Anchor of incident startMin, epoch ms. */
  scenarioStartMs: number;
}

/** A generated view in the NDJSON/protobuf shape (snake_case VideoView fields). */
export type SimulatedView = RawView & {
  view_id: string;
  property_id: string;
  view_start: string;
  view_end: string;
};

/**
 * Generates the views that end in one second of event time, deterministically from the
 * scenario seed and the second. Incidents active at that second change the outcome.
 */
export class ViewGenerator {
  private readonly catalog: Catalog;

  constructor(
    private readonly scenario: Scenario,
    private readonly clock: SimulationClock,
  ) {
    this.catalog = buildCatalog(scenario);
  }

  /** Mean number of views ending per second at a time. */
  rateAt(timeMs: number): number {
    const d = this.scenario.diurnal;
    return this.scenario.viewsPerSecond * diurnalFactor(timeMs, d.amplitude, d.peakHourUtc);
  }

  viewsInSecond(secondMs: number): SimulatedView[] {
    const second = Math.floor(secondMs / 1000);
    const rng = new Random(this.scenario.seed, STREAM_VIEWS, second);
    const n = rng.poisson(this.rateAt(second * 1000));
    const views: SimulatedView[] = [];
    for (let i = 0; i < n; i++) views.push(this.view(rng, second * 1000 + Math.floor((i * 1000) / n), second, i));
    return views;
  }

  private view(rng: Random, endMs: number, second: number, index: number): SimulatedView {
    const c = this.catalog;
    const prop = c.properties[rng.pick(c.propertyCdf)]!;
    const rank = rng.pick(prop.titleCdf) + 1;
    const t = title(prop.spec.id, rank);
    const cdn = this.scenario.cdns[rng.pick(c.cdnCdf)]!;
    const pop = cdn.pops[rng.int(cdn.pops.length)]!;
    const country = COUNTRIES[rng.pick(c.countryCdf)]!;
    const asn = country.asns[rng.int(country.asns.length)]!;
    const device = DEVICES[rng.pick(c.deviceCdf)]!;
    const player = device.players[rng.int(device.players.length)]!;
    const live = rng.chance(prop.spec.liveShare);

    // Incidents active now for this view.
    const errorPct = prop.spec.baselineErrorPct;
    let forcedError: string | undefined;
    let rttFactor = 1;
    for (const inc of this.scenario.incidents) {
      if (inc.type === 'drift') {
        const from = this.clock.scenarioStartMs + inc.startMin * 60_000;
        if (inc.property !== prop.spec.id || endMs < from) continue;
        const ramp = Math.min(1, (endMs - from) / (inc.durationMin * 60_000));
        if (rng.chance((ramp * inc.errorRatePct) / 100)) forcedError = inc.errorType;
        continue;
      }
      if (!isActive(inc, this.clock.scenarioStartMs, endMs)) continue;
      if (appliesTo(inc, prop.spec.id, cdn.name, pop, rank)) {
        if (inc.type === 'pop_rtt') rttFactor = Math.max(rttFactor, inc.rttMultiplier);
        else if (rng.chance(inc.errorRatePct / 100)) forcedError = inc.errorType;
      }
    }

    let startupMs = Math.min(rng.logNormal(1100 * (1 + 0.15 * (rttFactor - 1)), 0.5), 60_000);
    const failed = forcedError !== undefined || rng.chance(errorPct / 100);
    const errorType = forcedError ?? ERROR_TYPES[rng.pick(c.errorTypeCdf)]!.type;
    // Failures during network trouble mostly happen before the first frame.
    const startupFailure = failed && rng.chance(forcedError ? 0.7 : 0.4);
    // Exits before video start grow with slow startups.
    const ebvs = !failed && rng.chance(0.02 + Math.min(0.3, Math.max(0, startupMs - 2000) / 40_000));

    let watchMs: number;
    if (startupFailure || ebvs) {
      watchMs = Math.round(startupFailure ? startupMs * rng.next() : startupMs * (0.3 + 0.7 * rng.next()));
    } else {
      watchMs = Math.round(Math.min(rng.exponential(live ? 900_000 : 420_000), 4 * 3_600_000) + startupMs);
    }
    const playMin = Math.max(0, watchMs - startupMs) / 60_000;
    const rebufferCount = startupFailure || ebvs ? 0 : rng.poisson(playMin * 0.08 * rttFactor);
    let rebufferMs = 0;
    for (let k = 0; k < rebufferCount; k++) rebufferMs += Math.min(rng.logNormal(1500, 0.7), 30_000);
    rebufferMs = Math.min(Math.round(rebufferMs), Math.max(0, watchMs - Math.round(startupMs)));
    watchMs = Math.max(watchMs, Math.round(startupMs) + rebufferMs);
    const bitrate = Math.round(device.bitrateKbps * 1000 * Math.min(1.3, Math.max(0.2, rng.normal(1, 0.2))) / rttFactor);
    const upscale = device.category === 'tv' ? Math.min(1, rng.next() * 0.4) : Math.min(1, rng.next() * 0.1);
    if (startupFailure || ebvs) startupMs = 0;

    const startMs = endMs - watchMs;
    const view: SimulatedView = {
      view_id: hexId(this.scenario.seed, second, index, 17),
      property_id: prop.spec.id,
      view_start: new Date(startMs).toISOString(),
      view_end: new Date(endMs).toISOString(),
      video_id: t.id,
      video_title: t.name,
      environment_id: prop.environmentId,
      asset_id: `asset-${t.id}`,
      cdn: cdn.name,
      country: country.code,
      asn,
      player_name: player,
      viewer_device_category: device.category,
      stream_type: live ? 'live' : 'on-demand',
      video_startup_time: startupFailure || ebvs ? undefined : Math.round(startupMs),
      rebuffer_count: rebufferCount,
      rebuffer_duration: rebufferMs,
      watch_time: watchMs,
      weighted_average_bitrate: startupFailure || ebvs ? 0 : bitrate,
      view_upscaling_percentage: Math.round(upscale * 1000) / 1000,
      exit_before_video_start: ebvs,
      video_startup_failure: startupFailure,
      playback_failure: failed,
      player_error_code: failed ? errorType : undefined,
    };
    for (const k of Object.keys(view) as (keyof SimulatedView)[]) if (view[k] === undefined) delete view[k];
    return view;
  }

}

export function isActive(i: ScenarioIncident, scenarioStartMs: number, timeMs: number): boolean {
  const from = scenarioStartMs + i.startMin * 60_000;
  return timeMs >= from && timeMs < from + i.durationMin * 60_000;
}

function appliesTo(i: ScenarioIncident, propertyId: string, cdn: string, pop: string, rank: number): boolean {
  switch (i.type) {
    case 'cdn_failure':
      return i.cdn === cdn && (i.property === undefined || i.property === propertyId);
    case 'property_failure':
      return i.property === propertyId;
    case 'bad_title':
      return i.property === propertyId && i.titleRank === rank;
    case 'pop_rtt':
      return i.cdn === cdn && i.pop === pop;
    case 'drift':
      return false;
  }
}
