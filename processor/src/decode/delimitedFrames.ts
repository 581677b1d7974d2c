/**
 * Length-delimited messages (a varint length, then that many bytes) read from a stream, with
 * recovery from corrupt framing. One flipped byte in a length prefix used to cost the rest
 * of the input: a length past the end swallowed it as one truncated message, and one too
 * large stopped the reading. Here a frame that cannot be right (a length over the limit, a
 * message running past the end of the input, or one its reader could not decode: resync())
 * starts a search, from its second byte on, for the next place where RESYNC_CHAIN frames in
 * a row hold messages (`isMessage`; or fewer that end exactly at the end of the input); the
 * bytes in between come out as one skipped frame, with the reason, for a dead letter. The
 * search decides only on bytes it has (it waits for more input rather than guess at a chunk's
 * end), so the frames are the same however the input is cut into chunks.
 */
export type Frame =
  /** A message: its bytes, where its length prefix starts and where the next frame starts (stream offsets). */
  | { kind: 'message'; bytes: Uint8Array; offset: number; end: number }
  | { kind: 'skipped'; bytes: Uint8Array; offset: number; length: number; reason: string };

/** Frames in a row that must hold messages for the search to resume reading there. */
const RESYNC_CHAIN = 3;
/** Longest message the search accepts (real messages of a corrupt stream are far smaller). */
const RESYNC_MAX_BYTES = 1024 * 1024;

export class DelimitedFrames {
  private buf: Buffer = Buffer.alloc(0);
  /** Stream offset of buf[0]. */
  private base = 0;
  /** Where the next frame starts in buf. */
  private pos = 0;
  /**
   * While searching: why, the stream offset where the skipped bytes start and a copy of
   * their first 64 (the dead letter's), and the next candidate to try (a position in buf:
   * the bytes before it are let go, however long the damaged stretch).
   */
  private search: { reason: string; offset: number; head: Buffer; next: number } | undefined;

  constructor(
    private readonly isMessage: (bytes: Uint8Array) => boolean,
    private readonly maxMessageBytes = 16 * 1024 * 1024,
  ) {}

  push(chunk: Buffer): void {
    const keep = this.search ? this.search.next : this.pos;
    const rest = this.buf.subarray(keep);
    this.buf = rest.length === 0 ? chunk : Buffer.concat([rest, chunk]);
    this.base += keep;
    this.pos -= keep;
    if (this.search) this.search.next -= keep;
  }

  /** The next frame; undefined when more input is needed, or (atEnd: no more will come) when all was read. */
  next(atEnd: boolean): Frame | undefined {
    if (this.search) return this.searched(atEnd);
    const buf = this.buf;
    if (this.pos >= buf.length) return undefined;
    const at = frameAt(buf, this.pos, this.maxMessageBytes);
    if ('corrupt' in at) return this.corrupt(at.corrupt, atEnd);
    if ('more' in at) return atEnd ? this.corrupt(at.more, atEnd) : undefined;
    const frame: Frame = { kind: 'message', bytes: buf.subarray(at.start, at.end), offset: this.base + this.pos, end: this.base + at.end };
    this.pos = at.end;
    return frame;
  }

  /** The message next() just gave could not be read (`reason`): its framing is suspect, search from its second byte. */
  resync(frame: { offset: number }, reason: string): void {
    this.startSearch(reason, frame.offset - this.base);
  }

  private corrupt(reason: string, atEnd: boolean): Frame | undefined {
    this.startSearch(reason, this.pos);
    return this.searched(atEnd);
  }

  private startSearch(reason: string, at: number): void {
    this.search = { reason, offset: this.base + at, head: Buffer.from(this.buf.subarray(at, at + 64)), next: at + 1 };
  }

  /** Continues the search; the skipped frame once the next message (or the end of the input) is found. */
  private searched(atEnd: boolean): Frame | undefined {
    const s = this.search!;
    const buf = this.buf;
    let found: number | undefined;
    for (; s.next < buf.length; s.next++) {
      const chain = this.chainAt(s.next, atEnd);
      if (chain === 'more') return undefined;
      if (chain === 'yes') {
        found = s.next;
        break;
      }
    }
    if (found === undefined) {
      if (!atEnd) return undefined;
      found = buf.length;
    }
    this.search = undefined;
    this.pos = found;
    const length = this.base + found - s.offset;
    return { kind: 'skipped', bytes: s.head.subarray(0, Math.min(length, s.head.length)), offset: s.offset, length, reason: s.reason };
  }

  /** Whether RESYNC_CHAIN messages start at p (or fewer ending exactly at the end of the input); 'more' when the bytes to tell are still to come. */
  private chainAt(p: number, atEnd: boolean): 'yes' | 'no' | 'more' {
    const buf = this.buf;
    let q = p;
    for (let n = 0; n < RESYNC_CHAIN; n++) {
      if (q === buf.length) return atEnd ? (n > 0 ? 'yes' : 'no') : 'more';
      const at = frameAt(buf, q, RESYNC_MAX_BYTES);
      if ('corrupt' in at) return 'no';
      if ('more' in at) return atEnd ? 'no' : 'more';
      if (at.end === at.start || !this.isMessage(buf.subarray(at.start, at.end))) return 'no';
      q = at.end;
    }
    return 'yes';
  }
}

/**
 * The frame whose length prefix starts at pos: its message's bounds; `more` (why, were the
 * input to end here) when the bytes end before it does; `corrupt` when its length is over max.
 */
function frameAt(buf: Uint8Array, pos: number, max: number): { start: number; end: number } | { more: string } | { corrupt: string } {
  const header = readVarint(buf, pos);
  if (header === null) return { more: 'truncated length prefix at the end of the input' };
  if (header.value > max) return { corrupt: `message length ${header.value} exceeds ${max}` };
  const end = header.next + header.value;
  if (end > buf.length) return { more: `message length ${header.value} runs past the end of the input` };
  return { start: header.next, end };
}

/**
 * The messages of content that length prefixes split exactly (each within maxMessageBytes,
 * the last ending at the content's end); undefined when they do not (how a whole body or
 * file is told to be delimited, before it is read with DelimitedFrames).
 */
export function splitExactly(buf: Uint8Array, maxMessageBytes = 16 * 1024 * 1024): Uint8Array[] | undefined {
  const messages: Uint8Array[] = [];
  for (let pos = 0; pos < buf.length; ) {
    const at = frameAt(buf, pos, maxMessageBytes);
    if (!('end' in at)) return undefined;
    messages.push(buf.subarray(at.start, at.end));
    pos = at.end;
  }
  return messages;
}

/** A varint of at most 5 bytes at pos (MAX_SAFE_INTEGER when longer); null when the bytes end first. */
function readVarint(buf: Uint8Array, pos: number): { value: number; next: number } | null {
  let value = 0;
  let shift = 0;
  for (let i = pos; i < buf.length && i < pos + 5; i++) {
    const b = buf[i]!;
    value += (b & 0x7f) * 2 ** shift;
    if ((b & 0x80) === 0) return { value, next: i + 1 };
    shift += 7;
  }
  if (buf.length - pos >= 5) return { value: Number.MAX_SAFE_INTEGER, next: pos + 5 };
  return null;
}
