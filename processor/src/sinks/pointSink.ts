import * as fs from 'node:fs';
import type { QoePoint } from '../schema/point';
import { toLineProtocol } from '../schema/point';

/** Where points go: InfluxDB (InfluxWriter) or a line-protocol file. */
export interface PointSink {
  write(points: readonly QoePoint[]): Promise<void>;
  /** Resolves when everything written so far is durable. */
  flush(): Promise<void>;
  close(): Promise<void>;
}

/** A sink that can say how far its output got (LineProtocolFileSink), for a replay's checkpoint to cut it back to. */
export interface PositionedSink extends PointSink {
  position?(): { bytes: number; rp: string | undefined };
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
  private written = 0;

  /**
   * `resumeAt`: continue a file from a checkpoint: truncate it to that many bytes (what
   * was durable when the checkpoint was taken) and append, with the context lines as then.
   */
  constructor(
    private readonly file: string,
    private readonly database: string,
    resumeAt?: { bytes: number; rp: string | undefined },
  ) {
    if (resumeAt && file !== '-') {
      fs.truncateSync(file, resumeAt.bytes);
      this.written = resumeAt.bytes;
      this.headerWritten = resumeAt.bytes > 0;
      this.currentRp = resumeAt.rp;
      this.stream = fs.createWriteStream(file, { flags: 'a' });
    } else this.stream = file === '-' ? process.stdout : fs.createWriteStream(file);
  }

  /** Bytes written so far and the retention policy context, for a checkpoint. */
  position(): { bytes: number; rp: string | undefined } {
    return { bytes: this.written, rp: this.currentRp };
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
    if (!chunk) return;
    this.written += Buffer.byteLength(chunk);
    if (!this.stream.write(chunk)) await new Promise<void>((resolve) => this.stream.once('drain', () => resolve()));
  }

  /** Resolves when everything written so far has reached the file. */
  flush(): Promise<void> {
    return new Promise((resolve, reject) => this.stream.write('', (err) => (err ? reject(err) : resolve())));
  }

  async close(): Promise<void> {
    if (this.file === '-') return;
    await new Promise<void>((resolve, reject) => {
      this.stream.once('error', reject);
      (this.stream as fs.WriteStream).end(() => resolve());
    });
  }
}
