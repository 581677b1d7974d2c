/**
 * An input file that could not be read to its end: gzip content that ends early (a download
 * or a log delivery cut off) or is damaged, or a read that failed. Everything read before
 * the failure is good: readers hand it on first (their last batch), and a replay writes it
 * and says, with this error, that the input was not read whole.
 */
export class InputReadError extends Error {
  constructor(
    readonly file: string,
    /** What went wrong, for an operator (inputFailure). */
    readonly reason: string,
  ) {
    super(`${file === '-' ? 'standard input' : file}: ${reason}`);
    this.name = 'InputReadError';
  }
}

/** Why reading stopped, in words: zlib's and the file system's messages name the symptom, not the input. */
export function inputFailure(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  const message = e instanceof Error ? e.message : String(err);
  if (e?.code === 'Z_BUF_ERROR' || /unexpected end of file/i.test(message)) return 'the gzip content ends early (a truncated file); what came before was read';
  if (typeof e?.code === 'string' && e.code.startsWith('Z_')) return `the gzip content is damaged (${message}); what came before the damage was read`;
  return `reading failed (${message})`;
}

/** The chunks of an input, any failure to read them an InputReadError naming the file. */
export async function* describedFailures<T>(file: string, chunks: AsyncIterable<T>): AsyncGenerator<T> {
  try {
    yield* chunks;
  } catch (err) {
    throw err instanceof InputReadError ? err : new InputReadError(file, inputFailure(err));
  }
}

/**
 * The batches of an input until it fails part-way (InputReadError): `failed` is told and the
 * batches end there, so a replay writes what was read. Any other error is thrown.
 */
export async function* untilInputFails<B>(batches: AsyncIterable<B>, failed: (err: InputReadError) => void): AsyncGenerator<B> {
  try {
    yield* batches;
  } catch (err) {
    if (!(err instanceof InputReadError)) throw err;
    failed(err);
  }
}
