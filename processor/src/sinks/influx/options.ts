/** Options of the InfluxDB writer. */
export interface InfluxWriterOptions {
  /** Base URL, e.g. http://127.0.0.1:18086. */
  url: string;
  database: string;
  /** InfluxDB 1.x user and password (optional). */
  username?: string;
  password?: string;
  /** Token for /api/v2/write (1.8+: "user:password" also works). */
  token?: string;
  /** Which write endpoint: detect from /ping, or force one. */
  api: 'auto' | 'v1' | 'v2';
  /** Lines per write request. */
  batchSize: number;
  /** Most lines buffered; write() waits beyond this (back-pressure). */
  maxBufferLines: number;
  /** Send a partial batch after this many milliseconds. */
  flushIntervalMs: number;
  /** First retry delay in milliseconds; doubles per failure up to retryMaxDelayMs. */
  retryDelayMs: number;
  /** Longest retry delay in milliseconds. */
  retryMaxDelayMs: number;
  /** Timeout of one HTTP request in milliseconds. */
  timeoutMs: number;
  /** Gzip request bodies over GZIP_MIN_BYTES: auto = only when the server is not on a loopback address. */
  gzip: 'auto' | 'on' | 'off';
  /** Create the database and retention policies at connect. */
  createDatabase: boolean;
}

export const DEFAULT_INFLUX_WRITER_OPTIONS: Omit<InfluxWriterOptions, 'url' | 'database'> = {
  api: 'auto',
  batchSize: 5_000,
  maxBufferLines: 200_000,
  flushIntervalMs: 1_000,
  retryDelayMs: 500,
  retryMaxDelayMs: 30_000,
  timeoutMs: 10_000,
  gzip: 'auto',
  createDatabase: true,
};

/** Bodies at least this large are gzipped when gzip is on. */
export const GZIP_MIN_BYTES = 64 * 1024;

/** Whether a server URL names this host (localhost, 127.0.0.0/8, ::1). */
export function isLoopbackUrl(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  return host === 'localhost' || host === '[::1]' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

/** Whether write requests of these options are gzipped. */
export function gzipWrites(opts: Pick<InfluxWriterOptions, 'gzip' | 'url'>): boolean {
  return opts.gzip === 'on' || (opts.gzip === 'auto' && !isLoopbackUrl(opts.url));
}
