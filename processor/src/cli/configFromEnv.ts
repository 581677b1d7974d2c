import { ConfigError, loadConfig, type Config } from '../config/env';
import { createLogger, type Logger } from '../log/logger';
import type { InfluxWriterOptions } from '../sinks/influx';
import type { ViewQoeJobOptions } from '../jobs/viewQoeJob';
import type { CdnJobsOptions } from '../jobs/cdnJobs';
import { DEFAULT_BREAKDOWN_LIMITS } from '../aggregate/propertyMinute';
import type { HttpCollectorOptions } from '../sources/collector/httpCollector';
import type { SyslogCollectorOptions } from '../sources/collector/syslogCollector';

/** Loads the configuration or exits with a message naming the bad variable. */
export function configOrExit(): { config: Config; logger: Logger } {
  return orExit(() => {
    const config = loadConfig();
    return { config, logger: createLogger(config.QOE_LOG_LEVEL) };
  });
}

/** Runs a startup step; a ConfigError ends the program with its message (exit code 2). */
export function orExit<T>(step: () => T): T {
  try {
    return step();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`qoe: ${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
}

export function writerOptions(c: Config): InfluxWriterOptions {
  return {
    url: c.QOE_INFLUX_URL,
    database: c.QOE_INFLUX_DB,
    username: c.QOE_INFLUX_USER,
    password: c.QOE_INFLUX_PASSWORD,
    token: c.QOE_INFLUX_TOKEN,
    api: c.QOE_INFLUX_API,
    batchSize: c.QOE_INFLUX_BATCH_SIZE,
    maxBufferLines: c.QOE_INFLUX_MAX_BUFFER,
    flushIntervalMs: c.QOE_INFLUX_FLUSH_MS,
    retryDelayMs: c.QOE_INFLUX_RETRY_MS,
    retryMaxDelayMs: c.QOE_INFLUX_RETRY_MAX_MS,
    timeoutMs: c.QOE_INFLUX_TIMEOUT_MS,
    gzip: c.QOE_INFLUX_GZIP,
    createDatabase: true,
  };
}

export function jobOptions(c: Config): Partial<ViewQoeJobOptions> {
  return {
    outOfOrdernessMs: c.QOE_OUT_OF_ORDER_MS,
    allowedLatenessMs: c.QOE_ALLOWED_LATENESS_MS,
    idleTimeoutMs: c.QOE_IDLE_TIMEOUT_MS,
    limits: { ...DEFAULT_BREAKDOWN_LIMITS, topN: c.QOE_TOP_N },
    maxProperties: c.QOE_MAX_KEYS_PER_WINDOW,
  };
}

/** The CDN jobs' settings (health, client QoE and usage) in every mode. */
export function cdnJobOptions(c: Config): Partial<CdnJobsOptions> {
  return {
    outOfOrdernessMs: c.QOE_OUT_OF_ORDER_MS,
    healthLatenessMs: c.QOE_ALLOWED_LATENESS_MS,
    idleTimeoutMs: c.QOE_IDLE_TIMEOUT_MS,
    maxKeys: c.QOE_MAX_KEYS_PER_WINDOW,
    maxAssets: c.QOE_MAX_ASSETS_PER_HOUR,
  };
}

export function collectorOptions(c: Config): HttpCollectorOptions {
  return {
    host: c.QOE_COLLECTOR_HOST,
    port: c.QOE_COLLECTOR_PORT,
    tokens: c.QOE_COLLECTOR_TOKENS.split(',').map((t) => t.trim()).filter((t) => t !== ''),
    maxBodyBytes: c.QOE_COLLECTOR_MAX_BODY_BYTES,
    maxFutureMs: c.QOE_MAX_FUTURE_MS,
    maxRequestsPerSecond: c.QOE_COLLECTOR_MAX_RPS,
  };
}

/** Syslog collector settings, or undefined when both ports are off. */
export function syslogOptions(c: Config): SyslogCollectorOptions | undefined {
  if (c.QOE_SYSLOG_TCP_PORT < 0 && c.QOE_SYSLOG_UDP_PORT < 0) return undefined;
  return {
    host: c.QOE_COLLECTOR_HOST,
    tcpPort: c.QOE_SYSLOG_TCP_PORT < 0 ? null : c.QOE_SYSLOG_TCP_PORT,
    udpPort: c.QOE_SYSLOG_UDP_PORT < 0 ? null : c.QOE_SYSLOG_UDP_PORT,
    format: c.QOE_SYSLOG_FORMAT,
    batchSize: 1000,
    flushMs: 500,
    maxConnections: c.QOE_SYSLOG_MAX_CONNECTIONS,
  };
}

/** Runs an async startup step; a ConfigError ends the program with its message (exit code 2). */
export async function orExitAsync<T>(step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (err) {
    return orExit(() => {
      throw err;
    });
  }
}

export function isLoopbackUrl(url: string): boolean {
  const host = new URL(url).hostname;
  return host === '127.0.0.1' || host === 'localhost' || host === '[::1]';
}
