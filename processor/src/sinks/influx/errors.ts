import { HttpError } from '@influxdata/influxdb-client';

/** Whether a failed write may succeed when tried again (server down, overloaded, timeout). */
export function isRetriable(err: unknown): boolean {
  if (err instanceof HttpError) {
    // 4xx other than 408/429 are the request's fault: retrying cannot help.
    return err.statusCode >= 500 || err.statusCode === 408 || err.statusCode === 429;
  }
  return true; // connection refused/reset, timeouts, DNS
}

/** Short description of an error for logs (never includes request headers). */
export function describeError(err: unknown): string {
  if (err instanceof HttpError) return `HTTP ${err.statusCode}: ${(err.body || err.message).slice(0, 500)}`;
  if (err instanceof Error) {
    const code = (err as NodeJS.ErrnoException).code;
    return code ? `${code}: ${err.message}` : err.message;
  }
  return String(err);
}

/**
 * How many points InfluxDB 1.x dropped from a batch it otherwise stored because they are
 * older than the retention policy keeps (its 400 answer `partial write: points beyond
 * retention policy dropped=9`); undefined for any other error. Other partial writes (a field
 * type conflict) name lines that were refused: those stay rejections, dead-lettered.
 */
export function partialWriteDropped(err: unknown): number | undefined {
  if (!(err instanceof HttpError) || err.statusCode !== 400) return undefined;
  const m = /partial write: points beyond retention policy dropped=(\d+)/.exec(err.body || err.message);
  return m ? Number(m[1]) : undefined;
}
