/** The app's settings (jsonData), saved through Grafana's plugin settings API. */
export interface Thresholds {
  /** Round-trip time p95 above which a cell is red, ms. */
  rttP95Ms: number;
  /** Time to first byte p95 above which a cell is red, ms. */
  ttfbP95Ms: number;
  /** 4xx+5xx share above which a cell is red, percent. */
  errorPct: number;
  /** Cache hit share below which a cell is amber, percent. */
  cacheHitPct: number;
}

export interface AppSettings {
  /** uid of the InfluxDB datasource holding the `qoe` database. */
  datasourceUid?: string;
  /** Base URL of the processor's admin API, as Grafana's server reaches it. */
  adminUrl?: string;
  thresholds?: Partial<Thresholds>;
  /** Minutes without a new CDN health point after which the wall shows itself stale. */
  staleAfterMin?: number;
  /** Seconds between refreshes of the incident list and the wall. */
  refreshSec?: number;
}

/** Secrets (secureJsonData): written, never read back by the browser. */
export interface AppSecrets {
  adminToken?: string;
}

/**
 * Defaults for segment delivery: cdn_health's round-trip time is a request's total time (a
 * whole segment downloaded), so its p95 sits in seconds, while time to first byte is the edge's.
 */
export const DEFAULT_THRESHOLDS: Thresholds = { rttP95Ms: 5000, ttfbP95Ms: 500, errorPct: 5, cacheHitPct: 80 };
export const DEFAULT_STALE_AFTER_MIN = 5;
export const DEFAULT_REFRESH_SEC = 30;

export function thresholdsOf(s: AppSettings | undefined): Thresholds {
  return { ...DEFAULT_THRESHOLDS, ...(s?.thresholds ?? {}) };
}
