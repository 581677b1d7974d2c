import { EventEmitter } from 'node:events';
import { InfluxDB } from '@influxdata/influxdb-client';
import type { Logger } from '../../log/logger';
import { silentLogger } from '../../log/logger';
import { toLineProtocol, type QoePoint } from '../../schema/point';
import { describeError, isRetriable, partialWriteDropped } from './errors';
import { DEFAULT_INFLUX_WRITER_OPTIONS, type InfluxWriterOptions } from './options';
import { detectServer, type ServerInfo, type WriteApiKind } from './serverInfo';
import { ensureDatabase } from './setupDatabase';

interface QueuedLine {
  rp: string;
  line: string;
  seq: number;
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
  private readonly queue: QueuedLine[] = [];
  private head = 0;
  private nextSeq = 1;
  private durableSeq = 0;
  private readonly flushWaiters: FlushWaiter[] = [];
  private spaceWaiters: (() => void)[] = [];
  private pumping = false;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;
  private readonly stats: WriterStats = { written: 0, rejected: 0, dropped: 0, retries: 0, buffered: 0, failing: false };
  private readonly authHeaders: Record<string, string>;

  private constructor(
    private readonly client: InfluxDB,
    private readonly opts: InfluxWriterOptions,
    readonly server: ServerInfo,
    private readonly logger: Logger,
  ) {
    super();
    this.authHeaders = basicAuth(opts);
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
      while (this.pending() >= this.opts.maxBufferLines) {
        this.kick();
        await new Promise<void>((resolve) => this.spaceWaiters.push(resolve));
        if (this.closed) throw new Error('InfluxWriter is closed');
      }
      this.queue.push({ rp: p.rp, line: toLineProtocol(p), seq: this.nextSeq++ });
    }
    if (this.pending() >= this.opts.batchSize) this.kick();
    else this.schedule();
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

  private pending(): number {
    return this.queue.length - this.head;
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
    while (this.pending() > 0) {
      // One request carries a run of lines of the same retention policy, in queue order.
      const rp = this.queue[this.head]!.rp;
      let end = this.head;
      const limit = Math.min(this.queue.length, this.head + this.opts.batchSize);
      while (end < limit && this.queue[end]!.rp === rp) end++;
      const batch = this.queue.slice(this.head, end);
      await this.sendWithRetry(rp, batch);
      this.head = end;
      this.durableSeq = batch[batch.length - 1]!.seq;
      this.compact();
      this.release();
    }
  }

  private async sendWithRetry(rp: string, batch: QueuedLine[]): Promise<void> {
    const body = batch.map((l) => l.line).join('\n');
    let delay = this.opts.retryDelayMs;
    for (;;) {
      const started = Date.now();
      try {
        await this.send(rp, body);
        this.stats.written += batch.length;
        if (this.stats.failing) this.logger.info({ lines: batch.length }, 'InfluxDB writes recovered');
        this.stats.failing = false;
        this.emit('written', batch.length, Date.now() - started);
        return;
      } catch (err) {
        const dropped = partialWriteDropped(err);
        if (dropped !== undefined) {
          const reason = describeError(err);
          this.stats.written += batch.length - dropped;
          this.stats.dropped += dropped;
          this.logger.warn({ rp, lines: batch.length, dropped, reason }, 'InfluxDB stored a batch but dropped some of its points');
          this.emit('written', batch.length - dropped, Date.now() - started);
          this.emit('dropped', dropped, reason);
          return;
        }
        if (!isRetriable(err)) {
          const reason = describeError(err);
          this.stats.rejected += batch.length;
          this.logger.error({ rp, lines: batch.length, reason }, 'InfluxDB rejected a batch; dead-lettered');
          this.emit('rejected', batch.map((l) => l.line), reason);
          return;
        }
        this.stats.retries++;
        this.stats.failing = true;
        this.logger.warn({ rp, lines: batch.length, err: describeError(err), retryInMs: delay }, 'InfluxDB write failed, retrying');
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
    await this.client.transport.request(path, body, { method: 'POST', headers, gzipThreshold: 64 * 1024 });
  }

  private compact(): void {
    if (this.head > 10_000 && this.head * 2 > this.queue.length) {
      this.queue.splice(0, this.head);
      this.head = 0;
    }
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
