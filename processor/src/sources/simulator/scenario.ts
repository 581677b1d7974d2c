import { z } from 'zod';

/** The UTC hour of the simulated day's peak, unless a scenario names another. */
export const DEFAULT_PEAK_HOUR_UTC = 20;

/**
 * A simulator scenario: who the customers are, how traffic behaves and which incidents to
 * inject. Loaded from JSON; every field has a default so `{}` is a valid scenario.
 */
const property = z.object({
  id: z.string().min(1).max(128),
  /** Share of traffic, relative to the other properties. */
  weight: z.number().positive().default(1),
  /** Normal playback failure rate of this customer, percent. */
  baselineErrorPct: z.number().min(0).max(100).default(1),
  /** Number of titles in the catalog. */
  titles: z.number().int().min(1).max(1_000_000).default(200),
  /** Zipf exponent of title popularity. */
  zipfS: z.number().min(0).max(5).default(1.1),
  environmentId: z.string().optional(),
  /** Live share of views (0-1). */
  liveShare: z.number().min(0).max(1).default(0.2),
});

const cdn = z.object({
  name: z.string().min(1),
  weight: z.number().positive().default(1),
  pops: z.array(z.string().min(1)).min(1),
  /** Median request round-trip time at the edge, ms. */
  rttMs: z.number().positive().default(60),
  /** Median time to first byte, ms. */
  ttfbMs: z.number().positive().default(25),
  cacheHitRatio: z.number().min(0).max(1).default(0.93),
});

const timeWindow = {
  /** Minutes after the scenario start. */
  startMin: z.number().min(0),
  durationMin: z.number().positive(),
};

const incident = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('cdn_failure'),
    ...timeWindow,
    /** Property hit; omitted = every property. */
    property: z.string().optional(),
    cdn: z.string(),
    errorRatePct: z.number().min(0).max(100),
    errorType: z.string().default('networkError'),
  }),
  z.object({
    type: z.literal('property_failure'),
    ...timeWindow,
    property: z.string(),
    errorRatePct: z.number().min(0).max(100),
    errorType: z.string().default('networkError'),
  }),
  z.object({
    type: z.literal('bad_title'),
    ...timeWindow,
    property: z.string(),
    /** Popularity rank of the title (1 = most watched). */
    titleRank: z.number().int().min(1),
    errorRatePct: z.number().min(0).max(100),
    errorType: z.string().default('mediaError'),
  }),
  z.object({
    /** A slow drift of the normal error rate (not an incident): the extra rate ramps from 0 to errorRatePct over the duration and stays. */
    type: z.literal('drift'),
    ...timeWindow,
    property: z.string(),
    errorRatePct: z.number().min(0).max(100),
    errorType: z.string().default('networkError'),
  }),
  z.object({
    type: z.literal('pop_rtt'),
    ...timeWindow,
    cdn: z.string(),
    pop: z.string(),
    rttMultiplier: z.number().min(1).max(1000),
  }),
]);

export const scenarioSchema = z.object({
  seed: z.number().int().default(42),
  /** Views ending per second at the diurnal peak, all properties together. */
  viewsPerSecond: z.number().positive().max(100_000).default(10),
  /** CDN access records per second at the diurnal peak, all CDNs together. */
  cdnRequestsPerSecond: z.number().min(0).max(1_000_000).default(30),
  diurnal: z
    .object({
      /** 0 = flat; 0.7 = trough is 30% of peak. */
      amplitude: z.number().min(0).max(1).default(0.6),
      peakHourUtc: z.number().min(0).max(24).default(DEFAULT_PEAK_HOUR_UTC),
    })
    .default({ amplitude: 0.6, peakHourUtc: DEFAULT_PEAK_HOUR_UTC }),
  properties: z.array(property).min(1).default([
    { id: 'prop-news', weight: 3, baselineErrorPct: 0.5, titles: 800, zipfS: 1.1, liveShare: 0.4 },
    { id: 'prop-sport', weight: 2, baselineErrorPct: 2, titles: 300, zipfS: 1.3, liveShare: 0.6 },
    { id: 'prop-kids', weight: 1, baselineErrorPct: 5, titles: 1500, zipfS: 0.9, liveShare: 0 },
  ].map((p) => property.parse(p))),
  cdns: z.array(cdn).min(1).default([
    { name: 'akamai', weight: 4, pops: ['FRA', 'LHR', 'AMS', 'IAD'], rttMs: 45 },
    { name: 'fastly', weight: 3, pops: ['FRA', 'LHR', 'JFK', 'SJC'], rttMs: 40 },
    { name: 'cloudfront', weight: 3, pops: ['FRA50', 'LHR61', 'IAD89', 'NRT57'], rttMs: 55 },
  ].map((c) => cdn.parse(c))),
  /** Anchor for startMin of incidents (RFC 3339); default: the start of the simulated range. */
  start: z.string().optional(),
  incidents: z.array(incident).default([]),
});

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioIncident = Scenario['incidents'][number];
export type ScenarioProperty = Scenario['properties'][number];

export function parseScenario(json: unknown): Scenario {
  const r = scenarioSchema.safeParse(json);
  if (!r.success) {
    const i = r.error.issues[0]!;
    throw new Error(`invalid scenario at ${i.path.join('.') || '(root)'}: ${i.message}`);
  }
  return r.data;
}

export const DEFAULT_SCENARIO: Scenario = parseScenario({});
