import * as dgram from 'node:dgram';
import * as net from 'node:net';
import type { Logger } from '../../log/logger';
import { parseCdnLine, parserFor, type CdnFormat, type CdnRecord, type LineParser } from '../../decode/cdn';
import { deadLetter, type DeadLetter } from '../../decode/viewRecord';
import { SyslogFramer, syslogMessage } from './syslogFraming';

export interface SyslogCollectorOptions {
  host: string;
  /** TCP port (0 = pick one); null = no TCP listener. */
  tcpPort: number | null;
  /** UDP port (0 = pick one); null = no UDP listener. */
  udpPort: number | null;
  /** The CDN log format carried in the messages. */
  format: CdnFormat;
  fields?: readonly string[];
  /** Records are handed on in batches of this many, or every flushMs. */
  batchSize: number;
  flushMs: number;
  /** Open TCP connections at most; further ones are closed at once and counted (QOE_SYSLOG_MAX_CONNECTIONS). */
  maxConnections?: number;
  /**
   * Records waiting to be handed on or being handed on, at most. TCP connections wait
   * (back-pressure); UDP has none, so datagrams beyond it are dead-lettered, not taken.
   */
  maxWaitingRecords?: number;
}

/** Defaults of the bounds above. */
export const SYSLOG_DEFAULT_MAX_CONNECTIONS = 100;
export const SYSLOG_DEFAULT_MAX_WAITING_RECORDS = 50_000;

export interface SyslogOutputs {
  cdnRecords(records: CdnRecord[]): Promise<void>;
  deadLetters(records: DeadLetter[]): void;
}

/**
 * Syslog collector for CDN log streaming (e.g. Fastly's syslog endpoint): TCP with
 * octet-counting or newline framing, and UDP; RFC 5424 and RFC 3164 headers. Each TCP
 * connection has its own parser, so header lines (CloudFront #Fields) stay per stream.
 * A TCP connection is paused while its records are handed on (back-pressure).
 */
export class SyslogCollector {
  private tcp: net.Server | undefined;
  private udp: dgram.Socket | undefined;
  private pending: CdnRecord[] = [];
  private timer: NodeJS.Timeout | undefined;
  private readonly udpParser: LineParser;
  /** Records handed on whose hand-over has not finished. */
  private inFlight = 0;
  readonly counters = { messages: 0, records: 0, rejected: 0, undelivered: 0, connectionsRefused: 0, datagramsShed: 0 };

  constructor(
    private readonly opts: SyslogCollectorOptions,
    private readonly outputs: SyslogOutputs,
    private readonly logger: Logger,
  ) {
    this.udpParser = this.newParser();
  }

  async listen(): Promise<{ tcpPort?: number; udpPort?: number }> {
    const out: { tcpPort?: number; udpPort?: number } = {};
    if (this.opts.tcpPort !== null) {
      const server = net.createServer((socket) => this.onConnection(socket));
      server.maxConnections = this.opts.maxConnections ?? SYSLOG_DEFAULT_MAX_CONNECTIONS;
      // Node closes a connection beyond maxConnections at once; say so (the first, then every 1000th).
      server.on('drop', (d?: { remoteAddress?: string }) => {
        if (this.counters.connectionsRefused++ % 1000 === 0) {
          this.logger.warn({ maxConnections: server.maxConnections, refused: this.counters.connectionsRefused, remoteAddress: d?.remoteAddress }, 'syslog TCP connection refused: too many open connections (QOE_SYSLOG_MAX_CONNECTIONS)');
        }
      });
      this.tcp = server;
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(this.opts.tcpPort!, this.opts.host, () => resolve());
      });
      out.tcpPort = (server.address() as net.AddressInfo).port;
    }
    if (this.opts.udpPort !== null) {
      const sock = dgram.createSocket(this.opts.host.includes(':') ? 'udp6' : 'udp4');
      this.udp = sock;
      sock.on('message', (msg) => {
        const max = this.opts.maxWaitingRecords ?? SYSLOG_DEFAULT_MAX_WAITING_RECORDS;
        if (this.pending.length + this.inFlight >= max) {
          // UDP cannot be slowed down: what the output cannot keep up with is refused, counted, dead-lettered.
          this.counters.messages++;
          this.counters.datagramsShed++;
          this.outputs.deadLetters([deadLetter(`syslog UDP overload: ${max} records already waiting to be handed on; datagram not taken`, 'udp', msg.subarray(0, 256).toString('utf8'))]);
          return;
        }
        this.handle([msg.toString('utf8')], this.udpParser, 'udp').catch((err: Error) => this.logger.error({ err: err.message }, 'syslog datagram failed'));
      });
      await new Promise<void>((resolve, reject) => {
        sock.once('error', reject);
        sock.bind(this.opts.udpPort!, this.opts.host, () => resolve());
      });
      out.udpPort = sock.address().port;
    }
    return out;
  }

  async close(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    await this.flush();
    const tcp = this.tcp;
    if (tcp) await new Promise<void>((resolve) => tcp.close(() => resolve()));
    const udp = this.udp;
    if (udp) await new Promise<void>((resolve) => udp.close(() => resolve()));
  }

  private newParser(): LineParser {
    return parserFor(this.opts.format, this.opts.fields ? { fields: this.opts.fields } : {});
  }

  private onConnection(socket: net.Socket): void {
    const parser = this.newParser();
    const framer = new SyslogFramer();
    const source = `tcp:${socket.remoteAddress ?? 'unknown'}`;
    socket.on('data', (chunk: Buffer) => {
      const { frames, oversized } = framer.push(chunk);
      if (oversized.length > 0) {
        this.counters.messages += oversized.length;
        this.counters.rejected += oversized.length;
        this.outputs.deadLetters(oversized.map((reason) => deadLetter(`syslog framing: ${reason}`, source, chunk.subarray(0, 256).toString('utf8'))));
      }
      if (frames.length === 0) return;
      socket.pause();
      this.handle(frames, parser, source)
        .catch((err: Error) => this.logger.error({ err: err.message }, 'syslog batch failed'))
        .finally(() => socket.resume());
    });
    socket.on('error', (err) => this.logger.debug({ err: err.message }, 'syslog connection error'));
  }

  private async handle(frames: string[], parser: LineParser, source: string): Promise<void> {
    const now = Date.now();
    const dead: DeadLetter[] = [];
    for (const frame of frames) {
      this.counters.messages++;
      const r = parseCdnLine(parser, syslogMessage(frame), now);
      if ('record' in r) {
        this.pending.push(r.record);
        this.counters.records++;
      } else if ('dead' in r) {
        dead.push(deadLetter(r.dead, source, frame));
        this.counters.rejected++;
      }
    }
    if (dead.length > 0) this.outputs.deadLetters(dead);
    if (this.pending.length >= this.opts.batchSize) await this.flush();
    else if (!this.timer && this.pending.length > 0) {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        void this.flush().catch((err: Error) => this.logger.error({ err: err.message }, 'syslog flush failed'));
      }, this.opts.flushMs);
    }
  }

  /**
   * Hands the pending records on. A batch that cannot be handed on (the topic or file
   * failed) is dead-lettered record by record with the reason, not dropped.
   */
  private async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    this.inFlight += batch.length;
    try {
      await this.outputs.cdnRecords(batch);
    } catch (err) {
      const reason = `not handed on: ${(err as Error).message}`;
      this.counters.undelivered += batch.length;
      this.logger.error({ err: (err as Error).message, records: batch.length }, 'syslog records could not be handed on; dead-lettered');
      this.outputs.deadLetters(batch.map((r) => deadLetter(reason, 'syslog', r)));
    } finally {
      this.inFlight -= batch.length;
    }
  }
}
