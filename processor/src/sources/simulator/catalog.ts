import { cumulative, zipfWeights } from './random';
import type { Scenario, ScenarioProperty } from './scenario';

/** Countries with their share of traffic and a few ASNs of local access networks. */
export const COUNTRIES: { code: string; weight: number; asns: number[] }[] = [
  { code: 'US', weight: 30, asns: [7922, 7018, 701, 20115] },
  { code: 'GB', weight: 15, asns: [2856, 5089, 5607] },
  { code: 'DE', weight: 12, asns: [3320, 3209, 6805] },
  { code: 'FR', weight: 8, asns: [3215, 12322, 5410] },
  { code: 'BR', weight: 7, asns: [28573, 18881] },
  { code: 'IN', weight: 7, asns: [55836, 45609] },
  { code: 'JP', weight: 6, asns: [2516, 17676] },
  { code: 'NL', weight: 5, asns: [1136, 33915] },
  { code: 'ES', weight: 5, asns: [3352, 12479] },
  { code: 'AU', weight: 5, asns: [1221, 4804] },
];

export const DEVICES = [
  { category: 'desktop', weight: 30, players: ['web-hls.js', 'web-shaka'], bitrateKbps: 4500 },
  { category: 'phone', weight: 35, players: ['ios-avplayer', 'android-exoplayer'], bitrateKbps: 2200 },
  { category: 'tv', weight: 20, players: ['tvos-avplayer', 'androidtv-exoplayer', 'roku'], bitrateKbps: 6500 },
  { category: 'tablet', weight: 15, players: ['ios-avplayer', 'android-exoplayer'], bitrateKbps: 3200 },
];

/** Error types of failed views, and how often each happens normally. */
export const ERROR_TYPES = [
  { type: 'networkError', weight: 45 },
  { type: 'mediaError', weight: 25 },
  { type: 'drmError', weight: 10 },
  { type: 'manifestError', weight: 12 },
  { type: 'playerError', weight: 8 },
];

/** Rendition ladder: name, bitrate kbit/s. */
export const RENDITIONS = [
  { name: '240p', kbps: 400 },
  { name: '480p', kbps: 1200 },
  { name: '720p', kbps: 3000 },
  { name: '1080p', kbps: 6000 },
];

export const SEGMENT_MS = 6_000;

const TITLE_WORDS = ['Northern', 'Lights', 'Harbour', 'Storm', 'Garden', 'Signal', 'Echo', 'River', 'Summit', 'Atlas', 'Night', 'Shift', 'Golden', 'Hour', 'Final', 'Whistle', 'Deep', 'Field'];

export interface PropertyCatalog {
  spec: ScenarioProperty;
  environmentId: string;
  titleCdf: Float64Array;
}

/** Precomputed lookup tables of a scenario. */
export interface Catalog {
  properties: PropertyCatalog[];
  propertyCdf: Float64Array;
  cdnCdf: Float64Array;
  countryCdf: Float64Array;
  deviceCdf: Float64Array;
  errorTypeCdf: Float64Array;
}

export function buildCatalog(s: Scenario): Catalog {
  return {
    properties: s.properties.map((p) => ({
      spec: p,
      environmentId: p.environmentId ?? `env-${p.id.replace(/^prop-/, '')}`,
      titleCdf: cumulative(zipfWeights(p.titles, p.zipfS)),
    })),
    propertyCdf: cumulative(s.properties.map((p) => p.weight)),
    cdnCdf: cumulative(s.cdns.map((c) => c.weight)),
    countryCdf: cumulative(COUNTRIES.map((c) => c.weight)),
    deviceCdf: cumulative(DEVICES.map((d) => d.weight)),
    errorTypeCdf: cumulative(ERROR_TYPES.map((e) => e.weight)),
  };
}

/** Title id and name of a popularity rank (1 = most watched) of a property. */
export function title(propertyId: string, rank: number): { id: string; name: string } {
  const a = TITLE_WORDS[(rank * 7) % TITLE_WORDS.length]!;
  const b = TITLE_WORDS[(rank * 13 + 5) % TITLE_WORDS.length]!;
  return { id: `${propertyId}-v${rank}`, name: `${a} ${b} ${rank}` };
}

/** Traffic multiplier (1 - amplitude .. 1) at a time of day. */
export function diurnalFactor(timeMs: number, amplitude: number, peakHourUtc: number): number {
  const hour = (timeMs / 3_600_000) % 24;
  const phase = (2 * Math.PI * (hour - peakHourUtc)) / 24;
  return 1 - amplitude * (1 - Math.cos(phase)) / 2;
}
