/** The complete lines of one chunk of input, in order. */
export interface LineChunk {
  /** Lines without their terminator ("\n" or "\r\n"), decoded as UTF-8; blank lines included. */
  lines: string[];
  /** Bytes each line took in the input, terminator included. */
  lineBytes: number[];
}

const LF = 0x0a;
const CR = 0x0d;

/** The bytes [from, to) as text, without a "\r" that ended them. */
function lineText(buf: Buffer, from: number, to: number): string {
  return buf.toString('utf8', from, to > from && buf[to - 1] === CR ? to - 1 : to);
}

/**
 * Splits a byte stream into lines, a chunk of lines at a time: the consumer loops over the
 * lines of a chunk synchronously instead of awaiting every line (which is what `readline`
 * costs). Lines are found as bytes (so byte counts are exact and a multi-byte character is
 * never cut) and decoded one by one; invalid UTF-8 becomes U+FFFD. Lines end at "\n", a
 * "\r" before it is dropped (readline with crlfDelay: Infinity). A line longer than a chunk
 * is gathered from its pieces once, when its end arrives. A last line without a terminator
 * is yielded at the end.
 */
export async function* readLines(input: AsyncIterable<Buffer>): AsyncGenerator<LineChunk> {
  const pending: Buffer[] = [];
  let pendingBytes = 0;
  for await (const chunk of input) {
    let nl = chunk.indexOf(LF);
    if (nl === -1) {
      pending.push(chunk);
      pendingBytes += chunk.length;
      continue;
    }
    const out: LineChunk = { lines: [], lineBytes: [] };
    let from = 0;
    if (pendingBytes > 0) {
      const joined = Buffer.concat([...pending, chunk.subarray(0, nl)]);
      out.lines.push(lineText(joined, 0, joined.length));
      out.lineBytes.push(joined.length + 1);
      pending.length = 0;
      pendingBytes = 0;
      from = nl + 1;
      nl = chunk.indexOf(LF, from);
    }
    for (; nl !== -1; nl = chunk.indexOf(LF, from)) {
      out.lines.push(lineText(chunk, from, nl));
      out.lineBytes.push(nl - from + 1);
      from = nl + 1;
    }
    if (from < chunk.length) {
      pending.push(chunk.subarray(from));
      pendingBytes += chunk.length - from;
    }
    yield out;
  }
  if (pendingBytes > 0) {
    const joined = Buffer.concat(pending);
    yield { lines: [lineText(joined, 0, joined.length)], lineBytes: [joined.length] };
  }
}
