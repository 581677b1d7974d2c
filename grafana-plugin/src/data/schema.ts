/**
 * The InfluxDB names the app reads. They are the processor's (processor/src/schema is the
 * one place that defines them); a contract test fails when one here is not there.
 */
export const RP = { minute: 'per_minute', long: 'long', self: 'self' } as const;

export const M = {
  viewQoe: 'view_qoe',
  viewErrors: 'view_errors',
  cdnHealth: 'cdn_health',
  incidents: 'incidents',
  incidentBreakdown: 'incident_breakdown',
} as const;

/** Tags and fields by measurement, as the queries name them. */
export const TAG = {
  propertyId: 'property_id',
  errorType: 'error_type',
  incidentId: 'incident_id',
  scope: 'scope',
  severity: 'severity',
  cdn: 'cdn',
  pop: 'pop',
  dimension: 'dimension',
  value: 'value',
} as const;

export const FIELD = {
  views: 'views',
  errors: 'errors',
  failures: 'failures',
  status: 'status',
  videoTitle: 'video_title',
  errorRatePct: 'error_rate_pct',
  baselinePct: 'baseline_pct',
  viewsImpacted: 'views_impacted',
  viewsImpactedPerHour: 'views_impacted_per_hour',
  message: 'message',
  sharePct: 'share_pct',
  normalSharePct: 'normal_share_pct',
  requests: 'requests',
  status4xx: 'status_4xx',
  status5xx: 'status_5xx',
  rttP95: 'rtt_ms_p95',
  ttfbP95: 'ttfb_ms_p95',
  errorPct: 'error_pct',
  cacheHitPct: 'cache_hit_pct',
} as const;
