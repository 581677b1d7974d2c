import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DeadLetter } from '../decode/viewRecord';

/** Dead-letter output: NDJSON records {at, reason, source, position, payload}. */
export interface DeadLetterSink {
  write(records: readonly DeadLetter[]): void;
  count(): number;
  /** Counts per reason category (reasonCategory), at most MAX_REASONS of them and "other". */
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

/** Reason categories counted apart; beyond this many, "other" (hostile input cannot grow them). */
const MAX_REASONS = 30;

/**
 * The category of a reason: its text before any ':' or '(' detail, numbers as N, at most 60
 * characters ("view_end is absurdly large (9e99)" -> "view_end is absurdly large").
 */
export function reasonCategory(reason: string): string {
  const head = reason.split(/[:(]/)[0]!.replace(/\d+(\.\d+)?/g, 'N').trim().slice(0, 60);
  return head === '' ? 'unknown' : head;
}

function countReason(byReason: Record<string, number>, reason: string): void {
  let key = reasonCategory(reason);
  if (byReason[key] === undefined && Object.keys(byReason).length >= MAX_REASONS) key = 'other';
  byReason[key] = (byReason[key] ?? 0) + 1;
}
