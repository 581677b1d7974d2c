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
  | { kind: 'message'; bytes: Uint8Array; offset: number }
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
    const header = readVarint(buf, this.pos);
    if (header === null) return atEnd ? this.corrupt('truncated length prefix at the end of the input', atEnd) : undefined;
    if (header.value > this.maxMessageBytes) return this.corrupt(`message length ${header.value} exceeds ${this.maxMessageBytes}`, atEnd);
    const end = header.next + header.value;
    if (end > buf.length) return atEnd ? this.corrupt(`message length ${header.value} runs past the end of the input`, atEnd) : undefined;
    const frame: Frame = { kind: 'message', bytes: buf.subarray(header.next, end), offset: this.base + this.pos };
    this.pos = end;
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
      const header = readVarint(buf, q);
      if (header === null) return atEnd ? 'no' : 'more';
      if (header.value === 0 || header.value > RESYNC_MAX_BYTES) return 'no';
      const end = header.next + header.value;
      if (end > buf.length) return atEnd ? 'no' : 'more';
      if (!this.isMessage(buf.subarray(header.next, end))) return 'no';
      q = end;
    }
    return 'yes';
  }
}

/** A varint of at most 5 bytes at pos (MAX_SAFE_INTEGER when longer); null when the bytes end first. */
export function readVarint(buf: Uint8Array, pos: number): { value: number; next: number } | null {
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
