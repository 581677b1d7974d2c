import { EventEmitter } from 'node:events';
import { InfluxDB } from '@influxdata/influxdb-client';
import type { Logger } from '../../log/logger';
import { silentLogger } from '../../log/logger';
import { toLineProtocol, type QoePoint } from '../../schema/point';
import { describeError, isRetriable, partialWriteDropped } from './errors';
import { DEFAULT_INFLUX_WRITER_OPTIONS, GZIP_MIN_BYTES, gzipWrites, type InfluxWriterOptions } from './options';
import { detectServer, type ServerInfo, type WriteApiKind } from './serverInfo';
import { ensureDatabase } from './setupDatabase';

/**
 * Lines of one retention policy on their way into one request. Lines are joined into the
 * request body as soon as a batch is complete, so the queue holds a few large strings
 * instead of an object and a string a point (which the garbage collector had to copy
 * while they waited, and which cost more than the encoding).
 */
interface Batch {
  rp: string;
  lines: string[];
  /** The request body, once the batch is sealed (no more lines). */
  body?: string;
  count: number;
  /** Sequence number of its last line. */
  lastSeq: number;
}

interface FlushWaiter {
  seq: number;
  resolve: () => void;
}

export interface WriterStats {
  /** Lines the server acknowledged. */
  written: number;
  /** Lines the server refused as invalid (dead-lettered through the 'rejected' event). */
  rejected: number;
  /** Points InfluxDB 1.x dropped as older than their retention policy keeps ("partial write: points beyond retention policy dropped=N"). */
  dropped: number;
  /** Failed write requests that were retried. */
  retries: number;
  /** Lines waiting to be written. */
  buffered: number;
  /** Whether the last request failed and the writer is backing off. */
  failing: boolean;
  /** Times write() made its caller wait for room in the buffer (back-pressure). */
  pauses: number;
}

/**
 * Batching InfluxDB writer that never acknowledges what the server has not stored.
 *
 * - write() queues points and returns once they are queued; when maxBufferLines are
 *   waiting it does not return until there is room again (back-pressure to the caller).
 * - flush() resolves when every point queued before the call is stored.
 * - Failed requests are retried with exponential back-off for as long as it takes;
 *   lines the server rejects as invalid (HTTP 4xx) are reported on 'rejected' with the
 *   reason and not retried.
 *
 * - a partial write of points older than the retention policy keeps (InfluxDB 1.x stored
 *   the rest of the batch) counts the rest as written and those as dropped, on 'dropped'.
 *
 * Events: 'written' (lines, ms), 'retry' (error, delayMs), 'rejected' (lines, reason),
 * 'dropped' (count, reason).
 */
export class InfluxWriter extends EventEmitter {
  /** Sealed batches first, then at most one open one (the last). */
  private readonly batches: Batch[] = [];
  private pendingLines = 0;
  private nextSeq = 1;
  private durableSeq = 0;
  private readonly flushWaiters: FlushWaiter[] = [];
  private spaceWaiters: (() => void)[] = [];
  private pumping = false;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;
  private readonly stats: WriterStats = { written: 0, rejected: 0, dropped: 0, retries: 0, buffered: 0, failing: false, pauses: 0 };
  private readonly authHeaders: Record<string, string>;
  private readonly gzipThreshold: number;

  private constructor(
    private readonly client: InfluxDB,
    private readonly opts: InfluxWriterOptions,
    readonly server: ServerInfo,
    private readonly logger: Logger,
  ) {
    super();
    this.authHeaders = basicAuth(opts);
    this.gzipThreshold = gzipWrites(opts) ? GZIP_MIN_BYTES : Number.POSITIVE_INFINITY;
  }

  /**
   * Connects: asks the server its version (retrying while it is not up, up to
   * connectTimeoutMs), picks /write or /api/v2/write, creates the database and policies.
   */
  static async connect(options: Partial<InfluxWriterOptions> & Pick<InfluxWriterOptions, 'url' | 'database'>, logger: Logger = silentLogger, connectTimeoutMs = 30_000): Promise<InfluxWriter> {
    const opts: InfluxWriterOptions = { ...DEFAULT_INFLUX_WRITER_OPTIONS, ...options };
    const client = new InfluxDB({ url: opts.url, token: opts.token || undefined, timeout: opts.timeoutMs });
    const deadline = Date.now() + connectTimeoutMs;
    let server: ServerInfo;
    for (let delay = 200; ; delay = Math.min(delay * 2, 5_000)) {
      try {
        server = await detectServer(client);
        break;
      } catch (err) {
        if (Date.now() + delay > deadline) throw new Error(`InfluxDB at ${opts.url} did not answer /ping: ${describeError(err)}`);
        logger.warn({ url: opts.url, err: describeError(err) }, 'InfluxDB not reachable yet, retrying');
        await sleep(delay);
      }
    }
    if (opts.api !== 'auto') server = { ...server, writeApi: opts.api };
    if (opts.createDatabase) await ensureDatabase(client, opts.database, basicAuth(opts));
    logger.info({ url: opts.url, version: server.version, writeApi: server.writeApi, database: opts.database }, 'connected to InfluxDB');
    return new InfluxWriter(client, opts, server, logger);
  }

  get writeApi(): WriteApiKind {
    return this.server.writeApi;
  }

  /** Queues points; waits while the buffer is full. */
  async write(points: readonly QoePoint[]): Promise<void> {
    if (this.closed) throw new Error('InfluxWriter is closed');
    for (const p of points) {
      if (this.pending() >= this.opts.maxBufferLines) this.stats.pauses++;
      while (this.pending() >= this.opts.maxBufferLines) {
        this.kick();
        await new Promise<void>((resolve) => this.spaceWaiters.push(resolve));
        if (this.closed) throw new Error('InfluxWriter is closed');
      }
      const line = toLineProtocol(p);
      let open = this.batches[this.batches.length - 1];
      if (!open || open.body !== undefined || open.rp !== p.rp || open.count >= this.opts.batchSize) {
        if (open && open.body === undefined) this.seal(open);
        if (open && open.body !== undefined) {
          // A batch is complete: let the event loop send it (or answer the request in flight
          // and send the next) while the rest is encoded, so InfluxDB stores one batch while
          // this encodes the next instead of waiting for all of them.
          this.kick();
          await new Promise<void>((resolve) => setImmediate(resolve));
          if (this.closed) throw new Error('InfluxWriter is closed');
        }
        open = { rp: p.rp, lines: [], count: 0, lastSeq: 0 };
        this.batches.push(open);
      }
      open.lines.push(line);
      open.count++;
      open.lastSeq = this.nextSeq++;
      this.pendingLines++;
    }
    if (this.pending() >= this.opts.batchSize) this.kick();
    else this.schedule();
  }

  private seal(b: Batch): void {
    b.body = b.lines.join('\n');
    b.lines = [];
  }

  /** Resolves when every point queued so far is stored (or rejected as invalid). */
  flush(): Promise<void> {
    const seq = this.nextSeq - 1;
    if (this.durableSeq >= seq) return Promise.resolve();
    const done = new Promise<void>((resolve) => this.flushWaiters.push({ seq, resolve }));
    this.kick();
    return done;
  }

  /** Flushes, then stops. */
  async close(): Promise<void> {
    await this.flush();
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    for (const w of this.spaceWaiters) w();
    this.spaceWaiters = [];
  }

  getStats(): WriterStats {
    return { ...this.stats, buffered: this.pending() };
  }

  /**
   * Half of maxBufferLines or more are waiting: a caller that can refuse work (the HTTP
   * collector, whose clients retry) should, before write() starts making it wait. The
   * other half is room for the work already taken.
   */
  behind(): boolean {
    return this.pending() >= this.opts.maxBufferLines / 2;
  }

  private pending(): number {
    return this.pendingLines;
  }

  private schedule(): void {
    if (this.timer || this.pumping) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.kick();
    }, this.opts.flushIntervalMs);
    this.timer.unref?.();
  }

  private kick(): void {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    if (this.pumping) return;
    this.pumping = true;
    void this.pump().finally(() => {
      this.pumping = false;
      if (this.pending() > 0) this.schedule();
    });
  }

  private async pump(): Promise<void> {
    // One request carries a batch of lines of one retention policy, in queue order.
    while (this.batches.length > 0) {
      const batch = this.batches[0]!;
      if (batch.body === undefined) this.seal(batch);
      await this.sendWithRetry(batch.rp, batch.body!, batch.count);
      this.batches.shift();
      this.pendingLines -= batch.count;
      this.durableSeq = batch.lastSeq;
      this.release();
    }
  }

  private async sendWithRetry(rp: string, body: string, count: number): Promise<void> {
    let delay = this.opts.retryDelayMs;
    for (;;) {
      const started = Date.now();
      try {
        await this.send(rp, body);
        this.stats.written += count;
        if (this.stats.failing) this.logger.info({ lines: count }, 'InfluxDB writes recovered');
        this.stats.failing = false;
        this.emit('written', count, Date.now() - started);
        return;
      } catch (err) {
        const dropped = partialWriteDropped(err);
        if (dropped !== undefined) {
          const reason = describeError(err);
          this.stats.written += count - dropped;
          this.stats.dropped += dropped;
          this.logger.warn({ rp, lines: count, dropped, reason }, 'InfluxDB stored a batch but dropped some of its points');
          this.emit('written', count - dropped, Date.now() - started);
          this.emit('dropped', dropped, reason);
          return;
        }
        if (!isRetriable(err)) {
          const reason = describeError(err);
          this.stats.rejected += count;
          this.logger.error({ rp, lines: count, reason }, 'InfluxDB rejected a batch; dead-lettered');
          this.emit('rejected', body.split('\n'), reason);
          return;
        }
        this.stats.retries++;
        this.stats.failing = true;
        this.logger.warn({ rp, lines: count, err: describeError(err), retryInMs: delay }, 'InfluxDB write failed, retrying');
        this.emit('retry', err, delay);
        await sleep(delay);
        delay = Math.min(delay * 2, this.opts.retryMaxDelayMs);
      }
    }
  }

  private async send(rp: string, body: string): Promise<void> {
    const { database } = this.opts;
    const path =
      this.server.writeApi === 'v2'
        ? `/api/v2/write?${new URLSearchParams({ org: '', bucket: `${database}/${rp}`, precision: 'ms' })}`
        : `/write?${new URLSearchParams({ db: database, rp, precision: 'ms' })}`;
    const headers: Record<string, string> = { 'content-type': 'text/plain; charset=utf-8' };
    if (this.server.writeApi === 'v1') Object.assign(headers, this.authHeaders);
    // The client reports its timeout but leaves the request open: against a server that never
    // answers, every timed-out write would keep its socket forever. The signal destroys it.
    await this.client.transport.request(path, body, { method: 'POST', headers, gzipThreshold: this.gzipThreshold, signal: AbortSignal.timeout(this.opts.timeoutMs) });
  }

  private release(): void {
    while (this.flushWaiters.length > 0 && this.flushWaiters[0]!.seq <= this.durableSeq) this.flushWaiters.shift()!.resolve();
    if (this.pending() < this.opts.maxBufferLines && this.spaceWaiters.length > 0) {
      const waiters = this.spaceWaiters;
      this.spaceWaiters = [];
      for (const w of waiters) w();
    }
  }
}

function basicAuth(opts: Pick<InfluxWriterOptions, 'username' | 'password'>): Record<string, string> {
  if (!opts.username) return {};
  return { authorization: `Basic ${Buffer.from(`${opts.username}:${opts.password ?? ''}`).toString('base64')}` };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
