import { RateLimiter } from '../../limits/rateLimiter';
import { bearerToken, tokenMatches } from '../../limits/bearerToken';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../../log/logger';
import type { ViewLimits } from '../../decode/normalizeView';
import type { DeadLetter, ViewRecord } from '../../decode/viewRecord';
import { HttpRequestError, readBody } from './httpBody';
import { decodeViewsBody } from './viewsEndpoint';
import { CDN_FORMATS, parseCdnLine, parserFor, type CdnFormat, type CdnRecord } from '../../decode/cdn';
import { deadLetter } from '../../decode/viewRecord';

export interface HttpCollectorOptions {
  host: string;
  port: number;
  /** Accepted bearer tokens; empty = no authentication. */
  tokens: readonly string[];
  /** Largest body accepted, bytes (also after decompression). */
  maxBodyBytes: number;
  maxFutureMs: number;
  /** Requests per second the collector takes (bursts of as many); more get 429. 0 = no limit. */
  maxRequestsPerSecond?: number;
}

/** Where decoded records go; resolves once they are accepted downstream (back-pressure). */
export interface CollectorOutputs {
  views(records: ViewRecord[]): Promise<void>;
  /** Parsed CDN access records; absent = this collector takes no CDN logs. */
  cdnRecords?(records: CdnRecord[]): Promise<void>;
  deadLetters(records: DeadLetter[]): void;
  /**
   * Why records cannot be taken now (downstream is behind), or undefined when they can.
   * A refused request gets 503 with Retry-After and nothing of it is kept, so the client's
   * retry counts it once.
   */
  admit?(): string | undefined;
}

/** Seconds a client is asked to wait before retrying a request refused for back-pressure. */
export const RETRY_AFTER_S = 2;

/** How many rejection reasons a response lists. */
const MAX_REASONS_IN_RESPONSE = 20;

/**
 * The HTTP push collector. Endpoints:
 * - POST /v1/views: view summaries (NDJSON, JSON array, VideoViewBatch or delimited protobuf; gzip ok)
 * - POST /v1/cdn-logs?format=FORMAT[&fields=a,b]: CDN access log lines in a vendor format (plain or gzip)
 * - GET /healthz
 * Answers 200 with {accepted, rejected, errors} once accepted records are handed on; the
 * rejected ones are dead-lettered with their reason. 4xx with a reason for bad requests;
 * 503 with Retry-After, before the body is read, while the outputs do not admit records.
 */
export class HttpCollector {
  private server: http.Server | undefined;
  private readonly counters = { requests: 0, accepted: 0, rejected: 0, badRequests: 0, throttled: 0, deferred: 0 };
  private readonly limiter: RateLimiter | undefined;

  constructor(
    private readonly opts: HttpCollectorOptions,
    private readonly outputs: CollectorOutputs,
    private readonly logger: Logger,
  ) {
    const rps = opts.maxRequestsPerSecond ?? 0;
    this.limiter = rps > 0 ? new RateLimiter(rps, rps) : undefined;
  }

  async listen(): Promise<{ host: string; port: number }> {
    const server = http.createServer((req, res) => {
      void this.handle(req, res);
    });
    server.requestTimeout = 60_000;
    server.headersTimeout = 15_000;
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.opts.port, this.opts.host, () => resolve());
    });
    const addr = server.address() as AddressInfo;
    return { host: addr.address, port: addr.port };
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections?.();
  }

  stats(): typeof this.counters {
    return { ...this.counters };
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    this.counters.requests++;
    try {
      const url = new URL(req.url ?? '/', 'http://collector');
      if (req.method === 'GET' && url.pathname === '/healthz') return send(res, 200, { ok: true });
      if (this.limiter && !this.limiter.tryTake()) {
        this.counters.throttled++;
        res.setHeader('retry-after', '1');
        throw new HttpRequestError(429, `more than ${this.opts.maxRequestsPerSecond} requests per second; retry later`);
      }
      if (url.pathname !== '/v1/views' && url.pathname !== '/v1/cdn-logs') throw new HttpRequestError(404, `no endpoint ${url.pathname}; POST /v1/views or /v1/cdn-logs`);
      if (req.method !== 'POST') throw new HttpRequestError(405, 'use POST');
      this.authorize(req);
      const busy = this.outputs.admit?.();
      if (busy !== undefined) {
        this.counters.deferred++;
        res.setHeader('retry-after', String(RETRY_AFTER_S));
        send(res, 503, { error: `${busy}; retry after ${RETRY_AFTER_S} s` });
        req.resume();
        return;
      }
      if (url.pathname === '/v1/cdn-logs') return await this.handleCdnLogs(req, res, url);
      const body = await readBody(req, this.opts.maxBodyBytes);
      const limits: ViewLimits = { nowMs: Date.now(), maxFutureMs: this.opts.maxFutureMs };
      const source = `http:${req.socket.remoteAddress ?? 'unknown'}`;
      const decoded = decodeViewsBody(body, String(req.headers['content-type'] ?? ''), limits, source);
      if (decoded.dead.length > 0) this.outputs.deadLetters(decoded.dead);
      if (decoded.views.length > 0) await this.outputs.views(decoded.views);
      this.counters.accepted += decoded.views.length;
      this.counters.rejected += decoded.dead.length;
      send(res, 200, {
        accepted: decoded.views.length,
        rejected: decoded.dead.length,
        errors: decoded.dead.slice(0, MAX_REASONS_IN_RESPONSE).map((d) => ({ position: d.position, reason: d.reason })),
      });
    } catch (err) {
      if (err instanceof HttpRequestError) {
        this.counters.badRequests++;
        if (err.status === 401) res.setHeader('www-authenticate', 'Bearer');
        send(res, err.status, { error: err.message });
        req.resume();
        return;
      }
      this.logger.error({ err: (err as Error).message }, 'collector failed to hand on a request');
      send(res, 503, { error: 'temporarily unable to accept data; retry' });
    }
  }

  private async handleCdnLogs(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
    if (!this.outputs.cdnRecords) throw new HttpRequestError(404, 'this collector takes no CDN logs');
    const format = url.searchParams.get('format') ?? '';
    if (!(CDN_FORMATS as readonly string[]).includes(format)) throw new HttpRequestError(400, `format must be one of ${CDN_FORMATS.join(', ')}`);
    const fields = url.searchParams.get('fields');
    const body = await readBody(req, this.opts.maxBodyBytes);
    const parser = parserFor(format as CdnFormat, fields ? { fields: fields.split(',').map((f) => f.trim()) } : {});
    const now = Date.now();
    const source = `http:${format}:${req.socket.remoteAddress ?? 'unknown'}`;
    const records: CdnRecord[] = [];
    const dead: DeadLetter[] = [];
    let lineNo = 0;
    for (const line of body.toString('utf8').split('\n')) {
      lineNo++;
      const r = parseCdnLine(parser, line, now);
      if ('record' in r) records.push(r.record);
      else if ('dead' in r) dead.push(deadLetter(r.dead, source, line, lineNo));
    }
    if (dead.length > 0) this.outputs.deadLetters(dead);
    if (records.length > 0) await this.outputs.cdnRecords(records);
    this.counters.accepted += records.length;
    this.counters.rejected += dead.length;
    send(res, 200, { accepted: records.length, rejected: dead.length, errors: dead.slice(0, MAX_REASONS_IN_RESPONSE).map((d) => ({ position: d.position, reason: d.reason })) });
  }

  private authorize(req: http.IncomingMessage): void {
    if (this.opts.tokens.length === 0) return;
    const given = bearerToken(req.headers.authorization);
    if (given === undefined) throw new HttpRequestError(401, 'missing bearer token');
    if (!tokenMatches(given, this.opts.tokens)) throw new HttpRequestError(401, 'invalid bearer token');
  }
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return;
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}
