import * as dgram from 'node:dgram';
import { SELF_METRICS } from '../schema';

/** A statsd line as Telegraf's statsd input reads it (DogStatsD tags, metric_separator "_"). */
export interface StatsdLine {
  name: string;
  value: number;
  type: string;
  tags: Record<string, string>;
}

/** A UDP socket standing in for Telegraf's statsd input (tests only). */
export class StatsdListener {
  readonly lines: string[] = [];
  private constructor(private readonly socket: dgram.Socket) {
    socket.on('message', (m) => this.lines.push(...m.toString().split('\n').filter(Boolean)));
  }

  static async start(): Promise<StatsdListener> {
    const socket = dgram.createSocket('udp4');
    await new Promise<void>((r) => socket.bind(0, '127.0.0.1', () => r()));
    return new StatsdListener(socket);
  }

  get port(): number {
    return this.socket.address().port;
  }

  /** Every line received, parsed; throws on a line Telegraf would not read. */
  parsed(): StatsdLine[] {
    const re = new RegExp(`^${SELF_METRICS.prefix}\\.([a-z0-9_]+):(-?[\\d.]+)\\|(c|g|ms|h)(?:\\|#(.*))?$`);
    return this.lines.map((l) => {
      const m = re.exec(l);
      if (!m) throw new Error(`not a statsd line Telegraf reads: ${l}`);
      const tags = Object.fromEntries((m[4] ?? '').split(',').filter(Boolean).map((t) => t.split(':') as [string, string]));
      return { name: m[1]!, value: Number(m[2]), type: m[3]!, tags };
    });
  }

  close(): void {
    this.socket.close();
  }
}
