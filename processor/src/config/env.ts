import { decimal, flag, int, oneOf, text, url, type EnvValues, type EnvVar } from './envSpec';
import { parseFailpoints } from './failpoints';

/** Raised when an environment variable is invalid; the message names the variable. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    readonly detail: string,
  ) {
    super(`invalid environment variable ${variable}: ${detail}`);
    this.name = 'ConfigError';
  }
}

/**
 * Every setting the processor reads from the environment, with its default and unit.
 * Parsed once at startup by loadConfig().
 */
const schema = {
  /** InfluxDB base URL. */
  QOE_INFLUX_URL: url('http://127.0.0.1:18086'),
  /** InfluxDB database. */
  QOE_INFLUX_DB: text('qoe', { pattern: [/^[A-Za-z0-9_]+$/, 'letters, digits and _ only'] }),
  /** InfluxDB 1.x username (optional). */
  QOE_INFLUX_USER: text(''),
  /** InfluxDB 1.x password (optional; never logged). */
  QOE_INFLUX_PASSWORD: text(''),
  /** InfluxDB 2.x-style token (optional; never logged). Overrides user/password for /api/v2/write. */
  QOE_INFLUX_TOKEN: text(''),
  /** Force the write API: auto (detect by /ping version), v1 (/write) or v2 (/api/v2/write). */
  QOE_INFLUX_API: oneOf(['auto', 'v1', 'v2'], 'auto'),
  /** Points per write request. */
  QOE_INFLUX_BATCH_SIZE: int(1, 100_000, 5_000),
  /** Most points buffered before write() waits (back-pressure). */
  QOE_INFLUX_MAX_BUFFER: int(100, 10_000_000, 200_000),
  /** Flush a partial batch after this many milliseconds. */
  QOE_INFLUX_FLUSH_MS: int(10, 600_000, 1_000),
  /** First retry delay after a failed write, milliseconds (doubles up to the max). */
  QOE_INFLUX_RETRY_MS: int(1, 600_000, 500),
  /** Longest retry delay, milliseconds. */
  QOE_INFLUX_RETRY_MAX_MS: int(1, 3_600_000, 30_000),
  /** HTTP timeout of one write request, milliseconds. */
  QOE_INFLUX_TIMEOUT_MS: int(100, 600_000, 10_000),
  /** Gzip write request bodies over 64 KiB: auto (only when InfluxDB is not on this host: on loopback compressing costs more CPU than it saves), on or off. */
  QOE_INFLUX_GZIP: oneOf(['auto', 'on', 'off'], 'auto'),

  /** Where `qoe replay` reads and decodes its views and CDN log files: auto (on a worker thread for files of 48 MiB and more when there is a second core, so decoding and the jobs run side by side; see readerWorkerStart.ts), worker, or main (the main thread). The output is the same. */
  QOE_REPLAY_READER: oneOf(['auto', 'worker', 'main'], 'auto'),

  /** Kafka bootstrap brokers (host:port,...); empty = embedded mode without Kafka. */
  QOE_KAFKA_BROKERS: text(''),
  /** Kafka client id. */
  QOE_KAFKA_CLIENT_ID: text('qoe'),
  /** Put before every topic name (qoe.views -> PREFIX + qoe.views), so that several deployments can share one Kafka cluster; empty = the names as they are. */
  QOE_KAFKA_TOPIC_PREFIX: text('', { pattern: [/^[A-Za-z0-9._-]{0,200}$/, "letters, digits, '.', '_' and '-' only (Kafka's topic characters), at most 200"] }),
  /** Consumer group of the per-minute QoE job. */
  QOE_KAFKA_VIEWS_GROUP: text('qoe-view-qoe'),
  /** Consumer group of the CDN stage on cdn.logs.raw (enrichment, CDN health, client QoE). */
  QOE_KAFKA_CDN_GROUP: text('qoe-cdn'),
  /** Consumer group of the hourly usage job (on cdn.logs.enriched). */
  QOE_KAFKA_USAGE_GROUP: text('qoe-usage'),
  /** Distributed mode: the jobs this process runs, comma separated, from views (per-minute QoE + detector on qoe.views), cdn (enrichment, CDN health, client QoE on cdn.logs.raw), usage (hourly usage on cdn.logs.enriched). Run them as separate services to scale each on its own. */
  QOE_JOBS: text('views,cdn,usage', { pattern: [/^\s*(views|cdn|usage)(\s*,\s*(views|cdn|usage))*\s*$/, 'a comma-separated list of views, cdn, usage'] }),
  /** Consumer-group session timeout, ms: how long a member that stopped heart-beating (crashed) keeps its partitions before the group moves them. */
  QOE_KAFKA_SESSION_TIMEOUT_MS: int(1_000, 3_600_000, 30_000),
  /** Consumer-group rebalance timeout, ms: how long the group waits for members to rejoin in a rebalance. */
  QOE_KAFKA_REBALANCE_TIMEOUT_MS: int(1_000, 3_600_000, 60_000),
  /** Consumer-group heartbeat interval, ms (well below the session timeout). */
  QOE_KAFKA_HEARTBEAT_MS: int(100, 600_000, 3_000),
  /** How long a stopping member waits to leave its consumer groups, ms (a rebalance in progress holds a leave until it settles); past it the process stops anyway, its checkpoints saved, and the group moves its partitions after the session timeout. */
  QOE_KAFKA_LEAVE_TIMEOUT_MS: int(100, 600_000, 10_000),
  /** At most how often the CDN job saves a partition's state and commits its offset (ms; 0 = after every batch). Its batches publish enriched records; a crash publishes again those of the batches since the last save, which the usage job de-duplicates by record id, and rewrites the same health points. */
  QOE_KAFKA_CDN_CHECKPOINT_MS: int(0, 600_000, 1_000),
  /** At most how often the usage job saves a partition's state (ms; 0 = after every batch). Its state holds 3 h of record ids, so saving it per batch costs; a crash redoes the batches since the last save, which its outputs absorb. */
  QOE_KAFKA_USAGE_CHECKPOINT_MS: int(0, 600_000, 5_000),
  /** At most how often the views job saves a partition's state and commits its offset when a batch published no incident event (ms; 0 = after every batch). A batch that publishes is always followed by a save, so a crash never redoes a publication the last save does not hold; the batches it does redo only rewrite the same points. */
  QOE_KAFKA_VIEWS_CHECKPOINT_MS: int(0, 600_000, 1_000),

  /** Asset database (PostgreSQL) URL; empty = derive assets from the URL convention /{environment}/{asset}/{rendition}/{file}. Never logged. */
  QOE_PG_URL: text(''),
  /** Most asset-database queries per second. */
  QOE_ASSET_DB_MAX_QPS: int(1, 100_000, 200),
  /** TTL of cached asset lookups, seconds (negative results: a tenth, at least 30 s). */
  QOE_ASSET_CACHE_TTL_S: int(1, 7 * 86_400, 3600),

  /** Country mmdb for CDN records without a country: 'bundled' (shipped @ip-location-db database), 'off', or a path (GeoLite2-Country/City or compatible). */
  QOE_GEO_COUNTRY_MMDB: text('bundled'),
  /** ASN database for CDN records without an ASN: 'bundled' (shipped @ip-location-db/asn ranges), 'off', or a path to an ASN mmdb (GeoLite2-ASN.mmdb). */
  QOE_GEO_ASN_MMDB: text('bundled'),

  /** Redis URL. */
  QOE_REDIS_URL: text('redis://127.0.0.1:16379'),

  /** Simulated views per second in `qoe start` (at the diurnal peak). */
  QOE_SIM_VIEWS_PER_S: decimal({ min: 0, max: 100_000, above: true }, 20),
  /** Simulated CDN access records per second in `qoe start` (at the diurnal peak). */
  QOE_SIM_CDN_PER_S: decimal({ min: 0, max: 1_000_000 }, 30),
  /** Minutes of history the simulator generates at start so dashboards have data at once. */
  QOE_SIM_BACKFILL_MIN: int(0, 24 * 60, 10),
  /** Simulator seed. */
  QOE_SIM_SEED: int(0, 2 ** 31 - 1, 42),
  /** Scenario file for the simulator (JSON); empty for the built-in default. */
  QOE_SIM_SCENARIO: text(''),

  /** Allowed out-of-orderness of event times, milliseconds (watermark lag). */
  QOE_OUT_OF_ORDER_MS: int(0, 3_600_000, 10_000),
  /** Allowed lateness after a window was emitted, milliseconds. */
  QOE_ALLOWED_LATENESS_MS: int(0, 24 * 3_600_000, 120_000),
  /** Breakdown values kept per property and dimension per minute (the rest are "other"). */
  QOE_TOP_N: int(1, 1000, 10),
  /** Distinct keys per window: properties a minute, CDNs a minute, environments an hour (records of further ones count under "other"). */
  QOE_MAX_KEYS_PER_WINDOW: int(1, 10_000_000, 20_000),
  /** Distinct assets per environment and hour in usage_asset (further ones count under "other"). */
  QOE_MAX_ASSETS_PER_HOUR: int(1, 10_000_000, 20_000),
  /** A view ending further than this in the future of the wall clock is rejected, ms. */
  QOE_MAX_FUTURE_MS: int(0, 7 * 24 * 3_600_000, 3_600_000),

  /** Partitions (sources) silent this long stop holding the watermark back, ms (live only). */
  QOE_IDLE_TIMEOUT_MS: int(0, 3_600_000, 30_000),

  /** Run the traffic simulator inside `qoe start`. */
  QOE_SIM_ENABLED: flag(true),

  /** Address the HTTP collector listens on (loopback by default). */
  QOE_COLLECTOR_HOST: text('127.0.0.1'),
  /** Requests per second the HTTP collector answers (bursts of as many); more get 429. 0 = no limit. */
  QOE_COLLECTOR_MAX_RPS: int(0, 1_000_000, 2_000),
  /** Requests per second the admin API answers (but /healthz); more get 429. 0 = no limit. */
  QOE_ADMIN_MAX_RPS: int(0, 100_000, 50),
  /** Bearer token `qoe simulate --collector` sends to the collector (one of its QOE_COLLECTOR_TOKENS; never logged). */
  QOE_COLLECTOR_TOKEN: text(''),
  /** Port of the HTTP collector; 0 picks a free port. */
  QOE_COLLECTOR_PORT: int(0, 65535, 8280),
  /** Comma-separated bearer tokens the collector accepts; empty = no authentication. Never logged. */
  QOE_COLLECTOR_TOKENS: text(''),
  /** Largest request body, bytes (also after decompression). */
  QOE_COLLECTOR_MAX_BODY_BYTES: int(1024, 1024 ** 3, 10 * 1024 * 1024),

  /** Syslog collector TCP port for CDN log streaming; -1 = off. */
  QOE_SYSLOG_TCP_PORT: int(-1, 65535, -1),
  /** Syslog collector UDP port; -1 = off. */
  QOE_SYSLOG_UDP_PORT: int(-1, 65535, -1),
  /** CDN log format carried in syslog messages. */
  QOE_SYSLOG_FORMAT: oneOf(['cloudfront', 'cloudfront-realtime', 'fastly', 'akamai-ds2', 'cloudflare'], 'fastly'),
  /** Open syslog TCP connections at most; further ones are closed at once (and counted). */
  QOE_SYSLOG_MAX_CONNECTIONS: int(1, 100_000, 100),

  /** Address of the admin API (dumps, close/mute, reset) — keep it on loopback. */
  QOE_ADMIN_HOST: text('127.0.0.1'),
  /** Port of the admin API; 0 picks a free port. */
  QOE_ADMIN_PORT: int(0, 65535, 8281),
  /** Bearer token of the admin API (never logged). Empty: one is generated into QOE_ADMIN_TOKEN_FILE. */
  QOE_ADMIN_TOKEN: text(''),
  /** Where a generated admin token is written (mode 0600). */
  QOE_ADMIN_TOKEN_FILE: text('data/admin-token'),
  /** Folder admin dumps (?file=NAME) are written to. */
  QOE_ADMIN_DUMP_DIR: text('data/dumps'),

  /** statsd host for the processor's own metrics (Telegraf's statsd input); empty = off. */
  QOE_STATSD_HOST: text(''),
  /** statsd UDP port. */
  QOE_STATSD_PORT: int(1, 65535, 8125),

  /** Fault injection for the fault suite only: `point:N,...` kills the process (SIGKILL) on the Nth pass of a point of the consumer protocol (see config/failpoints.ts). Empty in production. */
  QOE_FAILPOINTS: text('', { check: (v) => void parseFailpoints(v) }),

  /** Log level. */
  QOE_LOG_LEVEL: oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], 'info'),
  /** Start local InfluxDB/Redis with scripts/services.sh in `qoe start`. */
  QOE_START_SERVICES: flag(true),
} satisfies Record<string, EnvVar<unknown>>;

export type Config = EnvValues<typeof schema>;

export type DistributedJob = 'views' | 'cdn' | 'usage';

/** The jobs of QOE_JOBS, without repeats. */
export function selectedJobs(config: Pick<Config, 'QOE_JOBS'>): Set<DistributedJob> {
  return new Set(config.QOE_JOBS.split(',').map((j) => j.trim() as DistributedJob));
}

/** Parses and validates the environment; throws ConfigError naming the first bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const config: Record<string, unknown> = {};
  for (const [variable, spec] of Object.entries(schema) as [string, EnvVar<unknown>][]) {
    const value = env[variable];
    const given = value === undefined || value === '' ? undefined : value;
    try {
      config[variable] = spec.read(given);
    } catch (err) {
      throw new ConfigError(variable, `${(err as Error).message} (got ${JSON.stringify(redactValue(variable, given))})`);
    }
  }
  return config as Config;
}

const SECRET_VARIABLES = new Set(['QOE_INFLUX_PASSWORD', 'QOE_INFLUX_TOKEN', 'QOE_COLLECTOR_TOKENS', 'QOE_COLLECTOR_TOKEN', 'QOE_ADMIN_TOKEN', 'QOE_PG_URL']);

function redactValue(variable: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  return SECRET_VARIABLES.has(variable) ? '[redacted]' : value;
}

/** Names and descriptions of the settings, for --help and docs. */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(schema);
