/**
 * The complete lines of one chunk of input, in order. A line is decoded (UTF-8) when it is
 * asked for, so a chunk's text is not all on the heap at once: a megabyte of lines decoded
 * ahead would live through several young-generation collections and be copied into the
 * old generation, while the undecoded bytes sit in a Buffer outside the heap.
 *
 * With `blocks`, lines are decoded a block of about BLOCK_BYTES at a time and cut out of the
 * block's text (one decoding call for a few hundred lines instead of one a line). A line is
 * then a slice that keeps its block's text alive while it is kept: only for readers that
 * keep no line (NDJSON, whose lines go to JSON.parse).
 */
export class LineChunk {
  /** Byte ranges [from, to) of the lines' text in `buf` (terminator and a "\r" before it left out). */
  private readonly from: number[] = [];
  private readonly to: number[] = [];
  /** Bytes each line took in the input, terminator included. */
  private readonly size: number[] = [];
  /** The decoded block (blocks only): lines blockFirst.. of this chunk, starting at blockStarts[k] in blockText. */
  private blockText = '';
  private blockFirst = 0;
  private readonly blockStarts: number[] = [];

  constructor(
    private readonly buf: Buffer,
    /** The first line when it began in an earlier chunk (decoded from its gathered pieces). */
    private readonly head?: { text: string; bytes: number },
    private readonly blocks = false,
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
    if (!this.blocks) return this.buf.toString('utf8', this.from[i], this.to[i]);
    let k = i - this.blockFirst;
    if (k < 0 || k >= this.blockStarts.length - 1) {
      this.decodeBlock(i);
      k = 0;
    }
    const start = this.blockStarts[k]!;
    let end = this.blockStarts[k + 1]! - 1; // the "\n"
    if (this.to[i]! - this.from[i]! < this.size[i]! - 1) end--; // a "\r" before it
    return this.blockText.slice(start, end);
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

  /**
   * Decodes the lines from line `first` on, up to about BLOCK_BYTES (at least one line), and
   * finds where each begins: every line of a chunk ends with "\n" (one byte a "\n", never
   * part of a longer UTF-8 sequence, so an invalid sequence before it decodes as on its own).
   */
  private decodeBlock(first: number): void {
    const start = this.from[first]!;
    let last = first;
    while (last + 1 < this.size.length && this.from[last + 1]! + this.size[last + 1]! - start <= BLOCK_BYTES) last++;
    const text = this.buf.toString('utf8', start, this.from[last]! + this.size[last]!);
    const starts = this.blockStarts;
    starts.length = 0;
    starts.push(0);
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
    this.blockText = text;
    this.blockFirst = first;
  }
}

/** Bytes of lines decoded at once in `blocks` mode (text well below V8's large-object size, young when made). */
const BLOCK_BYTES = 32 * 1024;

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
export async function* readLines(input: AsyncIterable<Buffer>, opts: { blocks?: boolean } = {}): AsyncGenerator<LineChunk> {
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
    const out = new LineChunk(chunk, head, opts.blocks);
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
