import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DeadLetter } from '../decode/viewRecord';

/** Dead-letter output: NDJSON records {at, reason, source, position, payload}. */
export interface DeadLetterSink {
  write(records: readonly DeadLetter[]): void;
  count(): number;
  /** Counts per reason. */
  reasons(): Record<string, number>;
  close(): Promise<void>;
}

export class FileDeadLetterSink implements DeadLetterSink {
  private fd: number | undefined;
  private n = 0;
  private readonly byReason: Record<string, number> = {};

  constructor(private readonly file: string) {}

  write(records: readonly DeadLetter[]): void {
    if (records.length === 0) return;
    if (this.fd === undefined) {
      fs.mkdirSync(path.dirname(path.resolve(this.file)), { recursive: true });
      this.fd = fs.openSync(this.file, 'a');
    }
    const at = new Date().toISOString();
    fs.writeSync(this.fd, records.map((r) => JSON.stringify({ at, ...r })).join('\n') + '\n');
    for (const r of records) countReason(this.byReason, r.reason);
    this.n += records.length;
  }

  count(): number {
    return this.n;
  }

  reasons(): Record<string, number> {
    return { ...this.byReason };
  }

  async close(): Promise<void> {
    if (this.fd !== undefined) fs.closeSync(this.fd);
    this.fd = undefined;
  }
}

/** Keeps dead letters in memory (tests, small runs). */
export class MemoryDeadLetterSink implements DeadLetterSink {
  readonly records: DeadLetter[] = [];
  private readonly byReason: Record<string, number> = {};
  write(records: readonly DeadLetter[]): void {
    for (const r of records) {
      this.records.push(r);
      countReason(this.byReason, r.reason);
    }
  }
  count(): number {
    return this.records.length;
  }
  reasons(): Record<string, number> {
    return { ...this.byReason };
  }
  async close(): Promise<void> {}
}

/** Reasons are grouped by their text before any ':' detail, so counts stay few. */
function countReason(byReason: Record<string, number>, reason: string): void {
  const key = reason.split(':')[0]!;
  byReason[key] = (byReason[key] ?? 0) + 1;
}
