import type { IncomingMessage } from 'node:http';
import * as zlib from 'node:zlib';
import { isGzip } from '../files/openInput';

/** An HTTP error with the status to answer and a reason for the client. */
export class HttpRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'HttpRequestError';
  }
}

/**
 * Reads a request body, inflating gzip/deflate (Content-Encoding, or gzip content sent
 * without one), with a limit on the bytes received and on the bytes after decompression
 * (no gzip bombs).
 */
export async function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const encoding = (req.headers['content-encoding'] ?? 'identity').toLowerCase().trim();
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) throw new HttpRequestError(413, `body of ${declared} bytes exceeds the limit of ${maxBytes}`);
  const raw = await collect(req, maxBytes);
  // Log shippers (and `curl --data-binary @file.gz`) send gzip files without saying so.
  if ((encoding === 'identity' || encoding === '') && isGzip(raw)) return inflate(raw, 'gzip', maxBytes);
  if (encoding === 'identity' || encoding === '') return raw;
  if (encoding !== 'gzip' && encoding !== 'x-gzip' && encoding !== 'deflate') throw new HttpRequestError(415, `unsupported Content-Encoding ${encoding}`);
  return inflate(raw, encoding, maxBytes);
}

function inflate(raw: Buffer, encoding: string, maxBytes: number): Buffer {
  try {
    const inflate = encoding === 'deflate' ? zlib.inflateSync : zlib.gunzipSync;
    return inflate(raw, { maxOutputLength: maxBytes });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE' || /Cannot create a Buffer larger/.test(String(err))) throw new HttpRequestError(413, `decompressed body exceeds the limit of ${maxBytes} bytes`);
    throw new HttpRequestError(400, `body is not valid ${encoding}: ${(err as Error).message}`);
  }
}

function collect(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    req.on('data', (c: Buffer) => {
      if (failed) return;
      size += c.length;
      if (size > maxBytes) {
        failed = true;
        reject(new HttpRequestError(413, `body exceeds the limit of ${maxBytes} bytes`));
        req.resume();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => {
      if (!failed) resolve(Buffer.concat(chunks));
    });
    req.on('error', (err) => {
      if (!failed) reject(new HttpRequestError(400, `request aborted: ${err.message}`));
    });
  });
}
