import * as fs from 'node:fs';
import { Readable } from 'node:stream';
import * as zlib from 'node:zlib';
import { describedFailures } from './inputReadError';

/** True when the bytes start like a gzip member (RFC 1952 magic 1f 8b). */
export function isGzip(head: Uint8Array): boolean {
  return head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
}

/**
 * A file ("-" = stdin) as a byte stream, inflated when its content is gzip, whatever its
 * name: CDN log files come from S3 and log shippers as .gz, renamed or piped. Concatenated
 * gzip members are read as one stream; gzip content that ends early or is damaged, or a read
 * that fails, fails the stream with an InputReadError once the bytes before it are read.
 */
export function openInput(file: string, chunkBytes = CHUNK_BYTES): Readable {
  const raw: Readable = file === '-' ? process.stdin : fs.createReadStream(file, { highWaterMark: chunkBytes });
  return Readable.from(describedFailures(file, sniffed(raw)));
}

/** Bytes a chunk of a plain file holds (readLines finds lines a chunk at a time). */
export const CHUNK_BYTES = 1024 * 1024;

/**
 * A file's content (as openInput) for a reader that is done with each chunk before it asks
 * for the next one (readLines): a plain file is read into two buffers in turn, the next
 * chunk read ahead into one while the reader works on the other. A chunk's bytes are
 * therefore valid only until the next chunk is asked for.
 *
 * Why: a fresh buffer for every chunk (what a file stream does) touches fresh memory, and
 * on these machines that costs about 3-5 ms a MiB (a 20 MB log: 105 ms to read as a stream,
 * 14 ms into two buffers used again), more than finding and decoding its lines. Gzip
 * content, standard input and anything but a regular file are read as openInput reads them.
 */
export function openChunkedInput(file: string, chunkBytes = CHUNK_BYTES): AsyncGenerator<Buffer> {
  return describedFailures(file, chunkedInput(file, chunkBytes));
}

async function* chunkedInput(file: string, chunkBytes: number): AsyncGenerator<Buffer> {
  if (plainFileSize(file) === undefined) {
    yield* openInput(file, chunkBytes) as AsyncIterable<Buffer>;
    return;
  }
  const handle = await fs.promises.open(file, 'r');
  const buffers = [Buffer.allocUnsafe(chunkBytes), Buffer.allocUnsafe(chunkBytes)] as const;
  let turn = 0;
  let position = 0;
  let next: Promise<{ bytesRead: number }> | undefined = handle.read(buffers[0], 0, chunkBytes, position);
  try {
    for (;;) {
      const { bytesRead } = await next;
      next = undefined;
      if (bytesRead === 0) return;
      position += bytesRead;
      const current = buffers[turn]!;
      // The other buffer held the chunk before this one, which the reader is done with.
      turn ^= 1;
      next = handle.read(buffers[turn]!, 0, chunkBytes, position);
      yield current.subarray(0, bytesRead);
    }
  } finally {
    // A reader that stops early leaves a read ahead in flight: the file closes after it.
    await next?.catch(() => undefined);
    await handle.close();
  }
}

/**
 * The size of `file` when it is a regular file whose first bytes are not gzip's magic (its
 * content is then its bytes); undefined for anything else, or when it cannot be read
 * (openInput reports why). Only a regular file is opened here: opening a named pipe would
 * wait for its writer, and closing it again could break the writer's pipe.
 */
export function plainFileSize(file: string): number | undefined {
  if (file === '-') return undefined;
  let fd: number | undefined;
  try {
    const st = fs.statSync(file);
    if (!st.isFile()) return undefined;
    fd = fs.openSync(file, 'r');
    const head = Buffer.alloc(2);
    return isGzip(head.subarray(0, fs.readSync(fd, head, 0, 2, 0))) ? undefined : st.size;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

async function* sniffed(raw: Readable): AsyncGenerator<Buffer> {
  const it = raw[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  let head = Buffer.alloc(0);
  // Gather two bytes to decide (a pipe may hand over one byte at first).
  while (head.length < 2) {
    const r = await it.next();
    if (r.done) {
      if (head.length > 0) yield head;
      return;
    }
    head = head.length === 0 ? Buffer.from(r.value) : Buffer.concat([head, r.value]);
  }
  const rest = Readable.from(
    (async function* () {
      yield head;
      for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
    })(),
  );
  if (!isGzip(head)) {
    yield* rest;
    return;
  }
  const gunzip = zlib.createGunzip();
  rest.on('error', (err) => gunzip.destroy(err));
  yield* rest.pipe(gunzip) as AsyncIterable<Buffer>;
}
