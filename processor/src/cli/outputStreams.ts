import * as fs from 'node:fs';

/** Where a command writes: a file, or stdout for "-". */
export type Out = NodeJS.WritableStream;

export function openOut(file: string, opts: { append?: boolean } = {}): Out {
  return file === '-' ? process.stdout : fs.createWriteStream(file, { flags: opts.append ? 'a' : 'w' });
}

/** One JSON object a line. */
export function ndjson(objects: readonly object[]): string {
  return objects.map((o) => JSON.stringify(o)).join('\n') + (objects.length > 0 ? '\n' : '');
}

/** Writes, waiting only when the stream asks to (drain): for bulk output. */
export function write(out: Out, chunk: string | Buffer): Promise<void> {
  if (chunk.length === 0) return Promise.resolve();
  if (out.write(chunk)) return Promise.resolve();
  return new Promise((resolve) => out.once('drain', () => resolve()));
}

/** Writes and resolves once the chunk is handed on (or rejects with the write's error): before acknowledging it to a sender. */
export function writeAcknowledged(out: Out, chunk: string): Promise<void> {
  return new Promise((resolve, reject) => out.write(chunk, (err) => (err ? reject(err) : resolve())));
}

export function closeOut(out: Out): Promise<void> {
  if (out === process.stdout) return Promise.resolve();
  return new Promise((resolve) => (out as fs.WriteStream).end(() => resolve()));
}
