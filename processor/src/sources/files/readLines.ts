/**
 * The complete lines of one chunk of input, in order. A line is decoded (UTF-8) when it is
 * asked for, so a chunk's text is not all on the heap at once: a megabyte of lines decoded
 * ahead would live through several young-generation collections and be copied into the
 * old generation, while the undecoded bytes sit in a Buffer outside the heap.
 */
export class LineChunk {
  /** Byte ranges [from, to) of the lines' text in `buf` (terminator and a "\r" before it left out). */
  private readonly from: number[] = [];
  private readonly to: number[] = [];
  /** Bytes each line took in the input, terminator included. */
  private readonly size: number[] = [];

  constructor(
    private readonly buf: Buffer,
    /** The first line when it began in an earlier chunk (decoded from its gathered pieces). */
    private readonly head?: { text: string; bytes: number },
  ) {}

  get count(): number {
    return this.size.length + (this.head ? 1 : 0);
  }

  /** Line i without its terminator; blank lines are ''. */
  text(i: number): string {
    if (this.head) {
      if (i === 0) return this.head.text;
      i--;
    }
    return this.buf.toString('utf8', this.from[i], this.to[i]);
  }

  /** Bytes line i took in the input, terminator included. */
  bytes(i: number): number {
    if (this.head) {
      if (i === 0) return this.head.bytes;
      i--;
    }
    return this.size[i]!;
  }

  add(from: number, to: number, size: number): void {
    this.from.push(from);
    this.to.push(to > from && this.buf[to - 1] === CR ? to - 1 : to);
    this.size.push(size);
  }
}

const LF = 0x0a;
const CR = 0x0d;

/** The bytes as text, without a "\r" that ended them. */
function textOf(buf: Buffer): string {
  return buf.toString('utf8', 0, buf.length > 0 && buf[buf.length - 1] === CR ? buf.length - 1 : buf.length);
}

/**
 * Splits a byte stream into lines, a chunk of lines at a time: the consumer loops over the
 * lines of a chunk synchronously instead of awaiting every line (which is what `readline`
 * costs). Lines are found as bytes (so byte counts are exact and a multi-byte character is
 * never cut) and decoded one by one when read; invalid UTF-8 becomes U+FFFD. Lines end at
 * "\n", a "\r" before it is dropped (readline with crlfDelay: Infinity). A line longer than
 * a chunk is gathered from its pieces once, when its end arrives. A last line without a
 * terminator is yielded at the end.
 *
 * The input's chunks may be used again by their source once the next one is asked for
 * (openChunkedInput): a piece of a line kept for the next chunk is copied, and a LineChunk
 * (which decodes from its chunk's bytes) is valid until the next one is asked for.
 */
export async function* readLines(input: AsyncIterable<Buffer>): AsyncGenerator<LineChunk> {
  const pending: Buffer[] = [];
  let pendingBytes = 0;
  for await (const chunk of input) {
    let nl = chunk.indexOf(LF);
    if (nl === -1) {
      pending.push(Buffer.from(chunk));
      pendingBytes += chunk.length;
      continue;
    }
    let from = 0;
    let head: { text: string; bytes: number } | undefined;
    if (pendingBytes > 0) {
      const joined = Buffer.concat([...pending, chunk.subarray(0, nl)]);
      head = { text: textOf(joined), bytes: joined.length + 1 };
      pending.length = 0;
      pendingBytes = 0;
      from = nl + 1;
      nl = chunk.indexOf(LF, from);
    }
    const out = new LineChunk(chunk, head);
    for (; nl !== -1; nl = chunk.indexOf(LF, from)) {
      out.add(from, nl, nl - from + 1);
      from = nl + 1;
    }
    if (from < chunk.length) {
      pending.push(Buffer.from(chunk.subarray(from)));
      pendingBytes += chunk.length - from;
    }
    yield out;
  }
  if (pendingBytes > 0) {
    const joined = Buffer.concat(pending);
    yield new LineChunk(Buffer.alloc(0), { text: textOf(joined), bytes: joined.length });
  }
}
