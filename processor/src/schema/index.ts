/**
 * The one place that names every topic, retention policy, measurement, tag and field,
 * with units. Kapacitor scripts, dashboards, plugin queries and docs are checked against
 * this module by tests; nothing else spells these names.
 */

/** Kafka topics (and the embedded pipeline's in-process channels of the same name). */
export const TOPICS = {
  /** VideoView protobuf, key property_id. */
  views: 'qoe.views',
  /** CdnLogBatch protobuf written by collectors. */
  cdnLogsRaw: 'cdn.logs.raw',
  /** CdnAccessRecord protobuf with enrichment, long retention. */
  cdnLogsEnriched: 'cdn.logs.enriched',
  /** Incident protobuf, key incident_id. */
  incidents: 'qoe.incidents',
  /** ControlCommand protobuf, read by every instance. */
  control: 'qoe.control',
  /** ControlReply protobuf. */
  controlReplies: 'qoe.control.replies',
  /** Dead-letter records (JSON: reason, source, payload). */
  deadLetter: 'qoe.deadletter',
} as const;

export type TopicKey = keyof typeof TOPICS;
export type TopicNames = Readonly<Record<TopicKey, string>>;

/**
 * The topics' names under a prefix (QOE_KAFKA_TOPIC_PREFIX), so that several deployments
 * (staging and production, or each run of the fault suite) can share one Kafka cluster.
 */
export function prefixedTopics(prefix: string): TopicNames {
  const out = {} as Record<TopicKey, string>;
  for (const k of Object.keys(TOPICS) as TopicKey[]) out[k] = prefix + TOPICS[k];
  return out;
}

/** How each topic is created (`qoe topics`): partitions and how long Kafka keeps messages. */
export interface TopicSettings {
  partitions: number;
  /** retention.ms; -1 keeps forever. */
  retentionMs: number;
  cleanupPolicy: 'delete' | 'compact';
}

const DAY_MS = 86_400_000;

export const TOPIC_SETTINGS: Record<keyof typeof TOPICS, TopicSettings> = {
  views: { partitions: 12, retentionMs: 7 * DAY_MS, cleanupPolicy: 'delete' },
  cdnLogsRaw: { partitions: 12, retentionMs: 3 * DAY_MS, cleanupPolicy: 'delete' },
  /** Kept long: usage can be recomputed from it (reprocessing, audits of billing). */
  cdnLogsEnriched: { partitions: 12, retentionMs: 30 * DAY_MS, cleanupPolicy: 'delete' },
  incidents: { partitions: 3, retentionMs: 90 * DAY_MS, cleanupPolicy: 'delete' },
  control: { partitions: 1, retentionMs: DAY_MS, cleanupPolicy: 'delete' },
  controlReplies: { partitions: 1, retentionMs: DAY_MS, cleanupPolicy: 'delete' },
  deadLetter: { partitions: 3, retentionMs: 14 * DAY_MS, cleanupPolicy: 'delete' },
};

/**
 * The processor's own metrics, sent through statsd to Telegraf (retention policy `self`).
 * A stat is `qoe.<name>`; Telegraf's statsd input (metric_separator "_") stores it as
 * measurement `qoe_<name>` with field `value`, tagged with `instance` and `mode`.
 */
export const SELF_METRICS = {
  prefix: 'qoe',
  /** Counters: increments since the last report. */
  counters: {
    viewsIn: 'views_in',
    cdnRecordsIn: 'cdn_records_in',
    deadLetters: 'dead_letters',
    lateRecords: 'late_records',
    pointsWritten: 'points_written',
    pointsRejected: 'points_rejected',
    influxWriteRetries: 'influx_write_retries',
    incidentsOpened: 'incidents_opened',
    /** Kafka offsets the topic's retention removed before a consumer processed them. */
    kafkaMessagesLost: 'kafka_messages_lost',
    /** Partitions whose checkpoint was missing behind the group's committed offset (state rebuilt from the topic). */
    kafkaStateRebuilds: 'kafka_state_rebuilds',
    /** Records read from every source (views and CDN records), for shares such as dead letters / records. */
    recordsIn: 'records_in',
    /** Times the InfluxDB writer's buffer was full and consumption paused (back-pressure). */
    backpressurePauses: 'backpressure_pauses',
    /** HTTP collector requests refused for the client to retry (429 rate limit, 503 back-pressure). */
    collectorRefused: 'collector_refused',
    /** Points each job emitted (its output, before InfluxDB). */
    recordsOut: 'records_out',
    /** Asset lookups of the enrichment (CDN records), whether answered by the cache or the database. */
    assetLookups: 'asset_lookups',
    /** Asset lookups answered by the Redis cache. */
    assetCacheHits: 'asset_cache_hits',
    /** Queries sent to the asset database (cache misses, coalesced per key). */
    assetDbQueries: 'asset_db_queries',
  },
  /** Gauges: the value at report time. */
  gauges: {
    /** Points waiting for InfluxDB (back-pressure builds as this nears QOE_INFLUX_MAX_BUFFER). */
    influxBufferedPoints: 'influx_buffered_points',
    /** 1 while InfluxDB writes fail and are retried. */
    influxFailing: 'influx_failing',
    /** Wall clock minus the watermark, ms (how far behind real time the series are). */
    watermarkLagMs: 'watermark_lag_ms',
    /** Event-loop delay, ms (p99 since the last report): how long work waited for the loop. */
    eventLoopLagMs: 'event_loop_lag_ms',
    /** V8 heap in use, bytes. */
    heapUsedBytes: 'heap_used_bytes',
    /** Resident set size of the process, bytes. */
    rssBytes: 'rss_bytes',
    /** Messages of a partition not yet consumed by this member (high watermark - next offset, at the last batch). */
    kafkaConsumerLag: 'kafka_consumer_lag',
    /** Incidents open in this process's detectors. */
    openIncidents: 'open_incidents',
    /** Share of asset lookups answered by the cache since the start, 0-1. */
    assetCacheHitRatio: 'asset_cache_hit_ratio',
  },
  /** Timings: one value per event; Telegraf's statsd input turns them into percentiles. */
  timings: {
    /** Duration of one InfluxDB write request that succeeded, ms. */
    influxWriteMs: 'influx_write_ms',
    /** From a window's end (event time as wall clock) to its point leaving the job, ms, the newest window of each emit. */
    windowEmitMs: 'window_emit_ms',
  },
} as const;

export type SelfMetricName =
  | (typeof SELF_METRICS.counters)[keyof typeof SELF_METRICS.counters]
  | (typeof SELF_METRICS.gauges)[keyof typeof SELF_METRICS.gauges]
  | (typeof SELF_METRICS.timings)[keyof typeof SELF_METRICS.timings];

/**
 * Tags a self-metric carries besides the process's own (SELF_METRIC_TAGS). Their values are
 * bounded: jobs and sources are fixed lists, partitions are the topic's, dead-letter reasons
 * are reduced to a few categories (reasonCategory).
 */
export const SELF_METRIC_METRIC_TAGS: Partial<Record<SelfMetricName, readonly string[]>> = {
  records_in: ['job', 'source'],
  records_out: ['job'],
  dead_letters: ['reason'],
  late_records: ['job'],
  collector_refused: ['reason'],
  kafka_consumer_lag: ['group', 'topic', 'partition'],
  watermark_lag_ms: ['job'],
  window_emit_ms: ['job'],
};

/** What each self-metric means (the generated reference in docs/measurements.md prints it). */
export const SELF_METRIC_DESCRIPTIONS: Record<SelfMetricName, string> = {
  influx_write_ms: 'Duration of each successful InfluxDB write request (Telegraf stores mean, upper and the 50/95/99th percentiles).',
  views_in: 'Views read from every source.',
  cdn_records_in: 'CDN access records read from every source.',
  records_in: 'Records read, by job (view_qoe, cdn, usage) and source (Kafka topic, http, syslog, file, simulator); the denominator of dead-letter shares.',
  dead_letters: 'Records refused, by reason category (invalid, late, undecodable...); each is in the dead-letter file with its full reason.',
  late_records: 'Records that came after their window was final (also dead-lettered), by job.',
  points_written: 'Points InfluxDB acknowledged.',
  points_rejected: 'Points InfluxDB refused as invalid or dropped as beyond the retention policy.',
  influx_write_retries: 'Write requests that failed (timeouts, 5xx, refused connections) and were retried; points InfluxDB refused are points_rejected.',
  incidents_opened: 'Incidents the detector opened.',
  kafka_messages_lost: 'Kafka offsets the topic retention removed before they were processed.',
  kafka_state_rebuilds: 'Partitions whose checkpoint was missing though the group had committed an offset (a checkpoint store that lost data): their state was rebuilt from the topic, the output of the messages taken again discarded.',
  backpressure_pauses: 'Times the InfluxDB writer buffer was full and consumption paused.',
  collector_refused: 'Requests the embedded HTTP collector refused for the client to retry, by reason: rate_limit (429, beyond QOE_COLLECTOR_MAX_RPS) or backpressure (503, InfluxDB writes behind); nothing of a refused request is kept.',
  influx_buffered_points: 'Points waiting for InfluxDB.',
  influx_failing: '1 while InfluxDB writes fail and are retried, else 0.',
  watermark_lag_ms: 'Wall clock minus the watermark, by job (in Kafka mode the furthest behind of its partitions): how far behind real time the series are.',
  event_loop_lag_ms: 'p99 event-loop delay since the last report.',
  heap_used_bytes: 'V8 heap in use.',
  rss_bytes: 'Resident set size of the process.',
  records_out: 'Points each job emitted, by job (view_qoe, cdn, usage).',
  asset_lookups: 'Asset lookups of CDN-record enrichment.',
  asset_cache_hits: 'Asset lookups answered by the Redis cache.',
  asset_db_queries: 'Queries sent to the asset database (misses, one per key however many wait for it).',
  kafka_consumer_lag: 'Messages of each assigned partition not yet consumed, by group, topic and partition (at its last batch).',
  open_incidents: 'Incidents open in the detectors of this process.',
  asset_cache_hit_ratio: 'Share of asset lookups the cache answered since the start (0-1).',
  window_emit_ms: 'Time from the end of a window (its event time read as wall clock) to its point leaving the job, by job: the delay live dashboards see before InfluxDB.',
};

/** Kapacitor alert topics (kapacitor/load): TICKscripts publish to them, handlers route them. */
export const ALERT_TOPICS = {
  /** Incidents of the processor's detector. */
  incidents: 'qoe-incidents',
  /** CDN health: 5xx share, POP round-trip time. */
  cdn: 'qoe-cdn',
  /** The processor itself: lag behind real time, InfluxDB writes failing, nothing written, dead letters, back-pressure, self-metrics gone. */
  pipeline: 'qoe-pipeline',
} as const;

/** Tags Telegraf's statsd input puts on self-metrics (ours via DogStatsD tags, and its own). */
export const SELF_METRIC_TAGS = ['instance', 'mode', 'host', 'metric_type'] as const;

export const DEFAULT_DATABASE = 'qoe';

export interface RetentionPolicy {
  name: string;
  /** InfluxQL duration literal; INF keeps forever. */
  duration: string;
  /** The database's default RP. */
  isDefault: boolean;
}

export const RETENTION_POLICIES = {
  /** Per-minute QoE, CDN health and error-rate series. */
  minute: { name: 'per_minute', duration: '30d', isDefault: true },
  /** Hourly usage and incidents: billing and history. */
  long: { name: 'long', duration: '1825d', isDefault: false },
  /** The processor's own metrics (statsd -> Telegraf). */
  self: { name: 'self', duration: '7d', isDefault: false },
} as const satisfies Record<string, RetentionPolicy>;

export type Unit =
  | 'count'
  | 'ms'
  | 's'
  | 'pct'
  | 'per_min'
  | 'kbps'
  | 'bytes'
  | 'score'
  | 'string';

export interface FieldSpec {
  unit: Unit;
  type: 'float' | 'integer' | 'string';
  description: string;
}

export interface MeasurementSpec<T extends string = string, F extends string = string> {
  name: string;
  rp: RetentionPolicy;
  /** Width of the window a point summarises, ms; its timestamp is the window start. */
  windowMs: number;
  tags: readonly T[];
  fields: Record<F, FieldSpec>;
  description: string;
}

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;

const count = (description: string): FieldSpec => ({ unit: 'count', type: 'integer', description });
const float = (unit: Unit, description: string): FieldSpec => ({ unit, type: 'float', description });
const text = (description: string): FieldSpec => ({ unit: 'string', type: 'string', description });

/** Fields shared by view_qoe and view_qoe_by. */
export const VIEW_QOE_FIELDS = {
  views: count('Views that ended in the minute.'),
  failures: count('Views that ended in a fatal playback error (before or after the first frame).'),
  startup_failures: count('Views that failed before the first frame (video startup failure).'),
  ebvs: count('Exits before video start: views abandoned before the first frame without an error.'),
  failure_pct: float('pct', 'Playback failure percentage: failures / views * 100.'),
  startup_failure_pct: float('pct', 'Video startup failure percentage: startup_failures / views * 100.'),
  ebvs_pct: float('pct', 'Exits before video start percentage: ebvs / views * 100.'),
  startup_ms_p50: float('ms', 'Median video startup time of views that started (nearest rank).'),
  startup_ms_p95: float('ms', '95th percentile video startup time of views that started (nearest rank).'),
  rebuffer_pct: float('pct', 'Rebuffer percentage: total rebuffer time / total watch time * 100, clamped to 0-100.'),
  rebuffer_per_min: float('per_min', 'Rebuffer frequency: rebuffer events per minute of watch time.'),
  watch_s: float('s', 'Total watch time of the views, seconds.'),
  bitrate_kbps: float('kbps', 'Watch-time weighted average of the views\' weighted average bitrate, kbit/s.'),
  upscale_pct: float('pct', 'Watch-time weighted average share of playing time spent upscaled, percent.'),
  experience_score: float('score', 'Viewer experience score 0-100 (see docs/measurements.md).'),
} as const;

export const CDN_HEALTH_FIELDS = {
  requests: count('Requests served in the minute.'),
  bytes: count('Response bytes sent.'),
  ttfb_ms_p50: float('ms', 'Median time to first byte at the edge (log histogram, within 1%).'),
  ttfb_ms_p95: float('ms', '95th percentile time to first byte (within 1%).'),
  rtt_ms_p50: float('ms', 'Median request round-trip (total) time (log histogram, within 1%).'),
  rtt_ms_p95: float('ms', '95th percentile round-trip time (within 1%).'),
  rtt_ms_p99: float('ms', '99th percentile round-trip time (within 1%).'),
  status_4xx: count('Responses with a 4xx status.'),
  status_5xx: count('Responses with a 5xx status.'),
  no_response: count('Requests the client gave up on before any response (status 0; CloudFront logs "000"): in requests, not in errors, percentiles or throughput.'),
  error_pct: float('pct', '(status_4xx + status_5xx) / requests * 100.'),
  cache_hit_pct: float('pct', 'Requests served from cache / requests whose log line gives the cache state * 100; absent when none does.'),
  throughput_kbps: float('kbps', 'Median per-request delivery throughput: bytes * 8 / total time (within 1%).'),
} as const;

export const CDN_CLIENT_QOE_FIELDS = {
  sessions: count('Playback sessions (CMCD sid) with requests in the minute.'),
  starved_sessions: count('Sessions that reported buffer starvation (CMCD bs) in the minute.'),
  starved_pct: float('pct', 'starved_sessions / sessions * 100.'),
  startup_requests: count('Requests made during startup (CMCD su).'),
  buffer_ms_p50: float('ms', 'Median buffer length reported by players (CMCD bl; within 1%).'),
  measured_throughput_kbps_p50: float('kbps', 'Median throughput measured by players (CMCD mtp; within 1%).'),
  bitrate_kbps_mean: float('kbps', 'Mean encoded bitrate of requested objects (CMCD br).'),
} as const;

export const USAGE_FIELDS = {
  delivered_s: float('s', 'Seconds of video delivered: media duration of segments served with 2xx/206.'),
  bytes: count('Response bytes sent.'),
  requests: count('Requests served.'),
} as const;

export const INCIDENT_FIELDS = {
  status: text('"open" or "closed".'),
  video_title: text('Title of the video for title-scoped incidents, empty otherwise.'),
  error_rate_pct: float('pct', 'Error rate of the window that triggered or updated the incident.'),
  baseline_pct: float('pct', 'The property\'s learned normal error rate for the error type.'),
  views: count('Views in the judged window(s).'),
  errors: count('Views with the error type in the judged window(s).'),
  views_impacted: count('Views with the error type since the incident opened.'),
  views_impacted_per_hour: float('count', 'views_impacted divided by hours open.'),
  message: text('Human readable summary.'),
} as const;

export const INCIDENT_BREAKDOWN_FIELDS = {
  share_pct: float('pct', 'Share of the judged window\'s failures of the incident\'s error type with this value, percent.'),
  normal_share_pct: float('pct', 'Share of the property\'s views with this value normally, percent.'),
} as const;

export const VIEW_ERRORS_FIELDS = {
  views: count('All views of the property that ended in the minute.'),
  errors: count('Failed views with this error type.'),
  rate_pct: float('pct', 'errors / views * 100.'),
} as const;

type Keys<T> = Extract<keyof T, string>;

export const MEASUREMENTS = {
  viewQoe: {
    name: 'view_qoe',
    rp: RETENTION_POLICIES.minute,
    windowMs: MINUTE_MS,
    tags: ['property_id'] as const,
    fields: VIEW_QOE_FIELDS,
    description: 'Per-minute QoE of each property; views count in the minute they ended.',
  },
  viewQoeBy: {
    name: 'view_qoe_by',
    rp: RETENTION_POLICIES.minute,
    windowMs: MINUTE_MS,
    tags: ['property_id', 'dimension', 'value'] as const,
    fields: VIEW_QOE_FIELDS,
    description: 'Per-minute QoE per property broken down by one dimension; top N values, the rest as "other".',
  },
  viewErrors: {
    name: 'view_errors',
    rp: RETENTION_POLICIES.minute,
    windowMs: MINUTE_MS,
    tags: ['property_id', 'error_type'] as const,
    fields: VIEW_ERRORS_FIELDS,
    description: 'Per-minute error rate per property and error type.',
  },
  cdnHealth: {
    name: 'cdn_health',
    rp: RETENTION_POLICIES.minute,
    windowMs: MINUTE_MS,
    tags: ['cdn', 'pop'] as const,
    fields: CDN_HEALTH_FIELDS,
    description: 'Per-minute CDN health per CDN and POP, in the minute of the request.',
  },
  cdnHealthBy: {
    name: 'cdn_health_by',
    rp: RETENTION_POLICIES.minute,
    windowMs: MINUTE_MS,
    tags: ['cdn', 'dimension', 'value'] as const,
    fields: CDN_HEALTH_FIELDS,
    description: 'Per-minute CDN health per CDN broken down by ASN or country (top N, rest "other").',
  },
  cdnClientQoe: {
    name: 'cdn_client_qoe',
    rp: RETENTION_POLICIES.minute,
    windowMs: MINUTE_MS,
    tags: ['cdn', 'pop'] as const,
    fields: CDN_CLIENT_QOE_FIELDS,
    description: 'Per-minute client-side QoE from CMCD in CDN logs alone (no player SDK), per CDN and POP.',
  },
  usage: {
    name: 'usage',
    rp: RETENTION_POLICIES.long,
    windowMs: HOUR_MS,
    tags: ['environment_id'] as const,
    fields: USAGE_FIELDS,
    description: 'Hourly usage per customer environment, each access record counted exactly once.',
  },
  usageAsset: {
    name: 'usage_asset',
    rp: RETENTION_POLICIES.long,
    windowMs: HOUR_MS,
    tags: ['environment_id', 'asset_id'] as const,
    fields: USAGE_FIELDS,
    description: 'Hourly usage per environment and asset (long retention only).',
  },
  incidents: {
    name: 'incidents',
    rp: RETENTION_POLICIES.long,
    windowMs: 0,
    tags: ['incident_id', 'property_id', 'scope', 'error_type', 'severity'] as const,
    fields: INCIDENT_FIELDS,
    description: 'Incident opens, updates and closes; time is the event time of the change.',
  },
  incidentBreakdown: {
    name: 'incident_breakdown',
    rp: RETENTION_POLICIES.long,
    windowMs: 0,
    tags: ['incident_id', 'property_id', 'dimension', 'value'] as const,
    fields: INCIDENT_BREAKDOWN_FIELDS,
    description: 'Where an incident\'s failures concentrate (CDN, ASN, country, player, device) against the property\'s normal mix, written with each open and update; bounded by the detector\'s breakdown size per incident.',
  },
} as const;

export type MeasurementKey = keyof typeof MEASUREMENTS;
export type TagOf<M extends MeasurementKey> = (typeof MEASUREMENTS)[M]['tags'][number];
export type FieldOf<M extends MeasurementKey> = Keys<(typeof MEASUREMENTS)[M]['fields']>;

/** Values of the `dimension` tag of view_qoe_by, mapped to the VideoView field they read. */
export const VIEW_DIMENSIONS = {
  cdn: 'cdn',
  country: 'country',
  asn: 'asn',
  device: 'viewer_device_category',
  player: 'player_name',
  stream_type: 'stream_type',
} as const;
export type ViewDimension = keyof typeof VIEW_DIMENSIONS;

/** Values of the `dimension` tag of cdn_health_by. */
export const CDN_DIMENSIONS = ['asn', 'country'] as const;
export type CdnDimension = (typeof CDN_DIMENSIONS)[number];

/** Tag value for breakdown values outside the top N, and for absent values. */
export const OTHER_VALUE = 'other';
export const UNKNOWN_VALUE = 'unknown';

/** All measurement names, for contract checks. */
export const MEASUREMENT_NAMES: readonly string[] = Object.values(MEASUREMENTS).map((m) => m.name);

let byName: Map<string, MeasurementSpec> | undefined;

/** The measurement of a name (called for every point written: a map, made once). */
export function measurementByName(name: string): MeasurementSpec | undefined {
  byName ??= new Map(Object.values(MEASUREMENTS).map((m) => [m.name, m as MeasurementSpec]));
  return byName.get(name);
}
