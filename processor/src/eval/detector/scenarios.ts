import type { Scenario } from '../../sources/simulator';
import { parseScenario } from '../../sources/simulator';

/** A labelled evaluation scenario: simulator settings plus how long to run. */
export interface EvalScenario {
  name: string;
  scenario: Scenario;
  /** Start of the simulated range (UTC). */
  start: string;
  minutes: number;
}

const props = [
  { id: 'prop-news', weight: 3, baselineErrorPct: 0.5, titles: 800, zipfS: 1.1, liveShare: 0.4 },
  { id: 'prop-sport', weight: 2, baselineErrorPct: 2, titles: 300, zipfS: 1.3, liveShare: 0.6 },
  { id: 'prop-kids', weight: 1, baselineErrorPct: 5, titles: 1500, zipfS: 0.9, liveShare: 0 },
];

/** Seeds move with EVAL_SEED_OFFSET, to check that results hold on other random draws. */
const SEED_OFFSET = Number(process.env.EVAL_SEED_OFFSET ?? 0);

function make(name: string, minutes: number, incidents: unknown[], extra: Record<string, unknown> = {}, start = '2026-11-20T12:00:00Z'): EvalScenario {
  return { name, start, minutes, scenario: parseScenario({ seed: name.length * 7919 + minutes + SEED_OFFSET * 104729, viewsPerSecond: 10, properties: props, start, incidents, ...extra }) };
}

/**
 * The development scenarios. Held-out scenarios of the same kinds (other seeds, rates,
 * customers and timings) are what the detector is judged on; do not tune to these alone.
 */
export const EVAL_SCENARIOS: EvalScenario[] = [
  make('property-wide outage', 180, [{ type: 'property_failure', property: 'prop-news', startMin: 90, durationMin: 10, errorRatePct: 40, errorType: 'networkError' }]),
  make('cdn failure on one property', 180, [{ type: 'cdn_failure', property: 'prop-sport', cdn: 'fastly', startMin: 100, durationMin: 15, errorRatePct: 60, errorType: 'networkError' }]),
  make('single bad popular title', 180, [{ type: 'bad_title', property: 'prop-kids', titleRank: 1, startMin: 80, durationMin: 20, errorRatePct: 80, errorType: 'mediaError' }]),
  make('low-traffic bad title', 240, [{ type: 'bad_title', property: 'prop-news', titleRank: 25, startMin: 60, durationMin: 150, errorRatePct: 90, errorType: 'drmError' }]),
  make('high normal error rate customer', 180, [{ type: 'property_failure', property: 'prop-kids', startMin: 120, durationMin: 15, errorRatePct: 12, errorType: 'manifestError' }]),
  make('diurnal load, no incident', 24 * 60, [], { viewsPerSecond: 4, diurnal: { amplitude: 0.85, peakHourUtc: 20 } }, '2026-11-20T00:00:00Z'),
  make('slow drift, not an incident', 360, [{ type: 'drift', property: 'prop-sport', startMin: 30, durationMin: 300, errorRatePct: 3, errorType: 'networkError' }]),
  make('moderate title failure', 180, [{ type: 'bad_title', property: 'prop-sport', titleRank: 5, startMin: 90, durationMin: 40, errorRatePct: 35, errorType: 'networkError' }]),
  make('busy service, mild property failure', 120, [{ type: 'property_failure', property: 'prop-news', startMin: 70, durationMin: 10, errorRatePct: 6, errorType: 'manifestError' }], { viewsPerSecond: 40 }),
  make('quiet service, cdn failure', 300, [{ type: 'cdn_failure', property: 'prop-sport', cdn: 'cloudfront', startMin: 200, durationMin: 30, errorRatePct: 70, errorType: 'networkError' }], { viewsPerSecond: 2 }),
  make('several at once', 240, [
    { type: 'cdn_failure', property: 'prop-news', cdn: 'akamai', startMin: 70, durationMin: 8, errorRatePct: 50, errorType: 'networkError' },
    { type: 'bad_title', property: 'prop-sport', titleRank: 2, startMin: 130, durationMin: 25, errorRatePct: 70, errorType: 'mediaError' },
    { type: 'property_failure', property: 'prop-kids', startMin: 190, durationMin: 10, errorRatePct: 30, errorType: 'drmError' },
  ]),
];
