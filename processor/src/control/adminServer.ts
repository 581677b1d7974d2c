import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import type { Logger } from '../log/logger';
import { RateLimiter } from '../limits/rateLimiter';
import { applyControl, type ControlRequest, type ControlTarget } from './controlTarget';
import { bearerToken, tokenMatches } from '../limits/bearerToken';

export interface AdminServerOptions {
  host: string;
  port: number;
  /** Bearer token every request must carry (but the probes). */
  token: string;
  /** Folder dumps may be written to (?file=NAME writes NAME there). */
  dumpDir: string;
  /**
   * Readiness checks answered on GET /readyz: each resolves to true, or to the reason it
   * is not ready. Without any, /readyz answers like /healthz.
   */
  readiness?: Record<string, () => Promise<true | string>>;
  /** Requests per second answered (bursts of as many) but /healthz; more get 429. 0 = no limit. */
  maxRequestsPerSecond?: number;
}

/** The admin API takes no request bodies; anything larger than this is refused with 413. */
const MAX_ADMIN_BODY_BYTES = 64 * 1024;

/** How long one readiness check may take before it counts as failed, ms. */
const READINESS_TIMEOUT_MS = 2000;

/**
 * Admin HTTP API, to act on a running processor without a restart:
 *   GET  /v1/baselines[?file=NAME]         learned error-rate baselines per property and error type
 *   GET  /v1/incidents[?file=NAME]         open incidents
 *   POST /v1/incidents/ID/close|mute|unmute
 *   POST /v1/properties/ID/mute|unmute
 *   POST /v1/properties/ID/reset-baseline
 * Every request needs "Authorization: Bearer TOKEN", but the probes for orchestrators:
 *   GET  /healthz                          200 while the event loop turns
 *   GET  /readyz                           200 when every readiness check passes, else 503 with the reasons
 */
export class AdminServer {
  private server: http.Server | undefined;

  constructor(
    private readonly opts: AdminServerOptions,
    private readonly target: ControlTarget,
    private readonly logger: Logger,
  ) {
    if (!opts.token) throw new Error('the admin API needs a token');
    const rps = opts.maxRequestsPerSecond ?? 0;
    this.limiter = rps > 0 ? new RateLimiter(rps, rps) : undefined;
  }

  private readonly limiter: RateLimiter | undefined;

  async listen(): Promise<{ host: string; port: number }> {
    const server = http.createServer((req, res) => void this.handle(req, res));
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.opts.port, this.opts.host, () => resolve());
    });
    const a = server.address() as AddressInfo;
    return { host: a.address, port: a.port };
  }

  async close(): Promise<void> {
    const s = this.server;
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    try {
      if (req.method === 'GET' && req.url === '/healthz') return send(res, 200, { status: 'ok' });
      if (this.limiter && !this.limiter.tryTake()) {
        res.setHeader('retry-after', '1');
        return send(res, 429, { error: `more than ${this.opts.maxRequestsPerSecond} requests per second; retry later` });
      }
      if (Number(req.headers['content-length'] ?? 0) > MAX_ADMIN_BODY_BYTES) return send(res, 413, { error: `request body over ${MAX_ADMIN_BODY_BYTES} bytes` });
      if (req.method === 'GET' && req.url === '/readyz') {
        const checks = await this.readiness();
        return send(res, Object.values(checks).every((c) => c === true) ? 200 : 503, { checks });
      }
      if (!this.authorized(req)) return send(res, 401, { error: 'missing or invalid bearer token' });
      const url = new URL(req.url ?? '/', 'http://admin');
      const route = parseRoute(req.method ?? 'GET', url.pathname);
      if (!route) return send(res, 404, { error: `no route ${req.method} ${url.pathname}` });
      const result = await applyControl(this.target, route);
      if (!result.ok) return send(res, result.error?.startsWith('no ') ? 404 : 400, { error: result.error });
      const file = url.searchParams.get('file');
      if (file) {
        const name = path.basename(file);
        if (!/^[\w.-]+$/.test(name)) return send(res, 400, { error: 'file must be a plain file name' });
        fs.mkdirSync(this.opts.dumpDir, { recursive: true });
        const full = path.join(this.opts.dumpDir, name);
        fs.writeFileSync(full, JSON.stringify(result.body, null, 2) + '\n');
        this.logger.info({ file: full, action: route.action }, 'admin dump written');
        return send(res, 200, { ...(result.body as object), writtenTo: full });
      }
      this.logger.info({ action: route.action, incidentId: route.incidentId, propertyId: route.propertyId }, 'admin command applied');
      send(res, 200, result.body);
    } catch (err) {
      this.logger.error({ err: (err as Error).message }, 'admin request failed');
      send(res, 500, { error: 'internal error' });
    }
  }

  /** Every readiness check, each bounded in time; a check that throws says why. */
  private async readiness(): Promise<Record<string, true | string>> {
    const entries = Object.entries(this.opts.readiness ?? {});
    const results = await Promise.all(
      entries.map(async ([name, check]) => {
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<string>((resolve) => (timer = setTimeout(() => resolve(`no answer in ${READINESS_TIMEOUT_MS} ms`), READINESS_TIMEOUT_MS)));
        try {
          return [name, await Promise.race([check().catch((err: Error) => err.message || 'failed'), timeout])] as const;
        } finally {
          clearTimeout(timer);
        }
      }),
    );
    return Object.fromEntries(results);
  }

  private authorized(req: http.IncomingMessage): boolean {
    const given = bearerToken(req.headers.authorization);
    return given !== undefined && tokenMatches(given, [this.opts.token]);
  }
}

export function parseRoute(method: string, pathname: string): ControlRequest | undefined {
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] !== 'v1') return undefined;
  if (method === 'GET' && parts.length === 2 && parts[1] === 'baselines') return { action: 'dump_baselines' };
  if (method === 'GET' && parts.length === 2 && parts[1] === 'incidents') return { action: 'dump_incidents' };
  if (method !== 'POST' || parts.length !== 4) return undefined;
  const [, kind, id, verb] = parts as [string, string, string, string];
  if (kind === 'incidents') {
    if (verb === 'close') return { action: 'close_incident', incidentId: id };
    if (verb === 'mute') return { action: 'mute_incident', incidentId: id };
    if (verb === 'unmute') return { action: 'unmute_incident', incidentId: id };
  }
  if (kind === 'properties') {
    if (verb === 'mute') return { action: 'mute_property', propertyId: id };
    if (verb === 'unmute') return { action: 'unmute_property', propertyId: id };
    if (verb === 'reset-baseline') return { action: 'reset_baseline', propertyId: id };
  }
  return undefined;
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}
