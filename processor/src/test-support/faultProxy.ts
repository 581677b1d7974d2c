import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the proxy does with each request. */
export type ProxyMode = 'pass' | 'refuse' | 'error500' | 'hang';

/**
 * An HTTP proxy in front of a real server that fails on demand (tests only): passes
 * requests through, drops connections (a server gone), answers 500, or never answers (a
 * server that hangs, so clients time out). Counts what it did.
 */
export class FaultProxy {
  mode: ProxyMode = 'pass';
  readonly counts: Record<ProxyMode, number> = { pass: 0, refuse: 0, error500: 0, hang: 0 };
  private readonly server: http.Server;
  private readonly hanging = new Set<http.ServerResponse>();

  private constructor(private readonly target: URL) {
    this.server = http.createServer((req, res) => this.handle(req, res));
  }

  static async start(targetUrl: string): Promise<FaultProxy> {
    const p = new FaultProxy(new URL(targetUrl));
    await new Promise<void>((r) => p.server.listen(0, '127.0.0.1', () => r()));
    return p;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const mode = this.mode;
    this.counts[mode]++;
    if (mode === 'refuse') {
      req.socket.destroy();
      return;
    }
    if (mode === 'error500') {
      req.resume();
      req.on('end', () => res.writeHead(500, { 'content-type': 'application/json' }).end('{"error":"fault proxy: injected 500"}'));
      return;
    }
    if (mode === 'hang') {
      req.resume();
      this.hanging.add(res);
      res.on('close', () => this.hanging.delete(res));
      return;
    }
    const upstream = http.request({ host: this.target.hostname, port: this.target.port, method: req.method, path: req.url, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on('error', () => res.headersSent ? res.destroy() : res.writeHead(502).end());
    req.pipe(upstream);
  }

  /** Client connections open now. */
  openConnections(): Promise<number> {
    return new Promise((resolve, reject) => this.server.getConnections((err, n) => (err ? reject(err) : resolve(n))));
  }

  async close(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => r()));
  }
}
