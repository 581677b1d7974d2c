import * as fs from 'node:fs';
import { Readable } from 'node:stream';
import * as zlib from 'node:zlib';

/** True when the bytes start like a gzip member (RFC 1952 magic 1f 8b). */
export function isGzip(head: Uint8Array): boolean {
  return head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
}

/**
 * A file ("-" = stdin) as a byte stream, inflated when its content is gzip, whatever its
 * name: CDN log files come from S3 and log shippers as .gz, renamed or piped. Concatenated
 * gzip members are read as one stream; a corrupt gzip fails the stream with zlib's error.
 */
export function openInput(file: string): Readable {
  const raw: Readable = file === '-' ? process.stdin : fs.createReadStream(file, { highWaterMark: 1024 * 1024 });
  return Readable.from(sniffed(raw));
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
