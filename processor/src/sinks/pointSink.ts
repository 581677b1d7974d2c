import * as fs from 'node:fs';
import type { QoePoint } from './point';
import { toLineProtocol } from './point';

/** Where points go: InfluxDB (InfluxWriter) or a line-protocol file. */
export interface PointSink {
  write(points: readonly QoePoint[]): Promise<void>;
  /** Resolves when everything written so far is durable. */
  flush(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Line protocol to a file (or stdout with "-"), one point a line, preceded by a
 * `# DML` context comment naming database and retention policy whenever it changes, the
 * format `influx -import` reads.
 */
export class LineProtocolFileSink implements PointSink {
  private readonly stream: NodeJS.WritableStream;
  private currentRp: string | undefined;
  private headerWritten = false;

  constructor(
    private readonly file: string,
    private readonly database: string,
  ) {
    this.stream = file === '-' ? process.stdout : fs.createWriteStream(file);
  }

  async write(points: readonly QoePoint[]): Promise<void> {
    let chunk = '';
    if (!this.headerWritten) {
      chunk += '# DML\n';
      this.headerWritten = true;
    }
    for (const p of points) {
      if (p.rp !== this.currentRp) {
        chunk += `# CONTEXT-DATABASE: ${this.database}\n# CONTEXT-RETENTION-POLICY: ${p.rp}\n`;
        this.currentRp = p.rp;
      }
      chunk += toLineProtocol(p) + '\n';
    }
    if (chunk && !this.stream.write(chunk)) await new Promise<void>((resolve) => this.stream.once('drain', () => resolve()));
  }

  async flush(): Promise<void> {
    /* the stream is flushed on close */
  }

  async close(): Promise<void> {
    if (this.file === '-') return;
    await new Promise<void>((resolve, reject) => {
      this.stream.once('error', reject);
      (this.stream as fs.WriteStream).end(() => resolve());
    });
  }
}
