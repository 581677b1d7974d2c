import * as net from 'node:net';
import { gzipSync } from 'node:zlib';
import type { SimulatedView } from '../../sources/simulator';

/**
 * Sends views to a `qoe collect` HTTP collector the way a player SDK's beacon would:
 * POST /v1/views, NDJSON, gzip, with a bearer token when given. Retries a failed POST a
 * few times (the collector may still be starting), then reports the error.
 */
export class ViewsHttpClient {
  constructor(
    private readonly baseUrl: string,
    private readonly token = '',
  ) {}

  async send(views: readonly SimulatedView[]): Promise<void> {
    if (views.length === 0) return;
    const body = gzipSync(views.map((v) => JSON.stringify(v)).join('\n') + '\n');
    const headers: Record<string, string> = { 'content-type': 'application/x-ndjson', 'content-encoding': 'gzip' };
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    let lastError = '';
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        const res = await fetch(new URL('/v1/views', this.baseUrl), { method: 'POST', headers, body });
        if (res.ok) return;
        lastError = `HTTP ${res.status}: ${(await res.text()).slice(0, 200)}`;
        if (res.status < 500 && res.status !== 429) break;
      } catch (err) {
        lastError = (err as Error).message;
      }
      await new Promise((r) => setTimeout(r, 500 * 2 ** attempt));
    }
    throw new Error(`POST ${this.baseUrl}/v1/views failed: ${lastError}`);
  }
}

/**
 * Streams CDN log lines to a syslog collector over TCP, RFC 5424 messages with octet-counted
 * framing (RFC 6587), as a CDN's log streaming does. Reconnects when the connection drops.
 */
export class SyslogTcpClient {
  private socket: net.Socket | undefined;

  constructor(
    private readonly host: string,
    private readonly port: number,
    private readonly appName = 'cdn-logs',
  ) {}

  async send(lines: readonly string[]): Promise<void> {
    if (lines.length === 0) return;
    const socket = await this.connected();
    const ts = new Date().toISOString();
    const frames = lines.map((l) => {
      const msg = `<134>1 ${ts} qoe-simulate ${this.appName} - - - ${l}`;
      return `${Buffer.byteLength(msg)} ${msg}`;
    });
    await new Promise<void>((resolve, reject) => socket.write(frames.join(''), (err) => (err ? reject(err) : resolve())));
  }

  /** Ends the connection once what was written is sent (the collector may keep its side open). */
  close(): void {
    const s = this.socket;
    this.socket = undefined;
    s?.end(() => s.destroy());
  }

  private connected(): Promise<net.Socket> {
    if (this.socket && !this.socket.destroyed) return Promise.resolve(this.socket);
    return new Promise((resolve, reject) => {
      const s = net.connect({ host: this.host, port: this.port }, () => {
        s.off('error', reject);
        s.on('error', () => s.destroy());
        this.socket = s;
        resolve(s);
      });
      s.once('error', reject);
    });
  }
}

/** host:port of a --syslog option. */
export function parseHostPort(value: string): { host: string; port: number } {
  const m = /^\[?([^\]]+?)\]?:(\d{1,5})$/.exec(value.trim());
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 65535) throw new Error(`expected host:port, got ${JSON.stringify(value)}`);
  return { host: m[1]!, port: Number(m[2]) };
}
