/**
 * Syslog framing and headers. TCP streams carry octet-counted frames (RFC 6587 3.4.1:
 * "LEN SP MSG") or newline-terminated ones; UDP carries one message per datagram.
 * Messages are RFC 5424 (`<PRI>1 TS HOST APP PROCID MSGID SD MSG`) or RFC 3164
 * (`<PRI>Mmm dd hh:mm:ss HOST TAG: MSG`); the CDN log line is the MSG part.
 */

const MAX_FRAME = 64 * 1024;

/**
 * The frames of one TCP stream, each decoded as UTF-8 on its own. Octet counts are counted
 * in bytes, so a frame with multi-byte (or invalid) UTF-8 does not shift the frames after
 * it. A frame longer than 64 KiB (its octet count, or a line without a newline by then) is
 * skipped whole, its bytes dropped as they arrive, and reported: one oversized message
 * costs neither memory nor the connection and the frames after it.
 */
export class SyslogFramer {
  private buf: Buffer = EMPTY;
  /** Bytes of an oversized frame still to drop: a count, UNTIL_NEWLINE, or 0 for none. */
  private dropping = 0;

  push(chunk: Buffer): { frames: string[]; oversized: string[] } {
    const buf = this.buf.length === 0 ? chunk : Buffer.concat([this.buf, chunk]);
    const frames: string[] = [];
    const oversized: string[] = [];
    let pos = 0;
    while (pos < buf.length) {
      if (this.dropping === UNTIL_NEWLINE) {
        const nl = buf.indexOf(NEWLINE, pos);
        if (nl < 0) {
          pos = buf.length;
          break;
        }
        pos = nl + 1;
        this.dropping = 0;
        continue;
      }
      if (this.dropping > 0) {
        const n = Math.min(this.dropping, buf.length - pos);
        pos += n;
        this.dropping -= n;
        continue;
      }
      const len = octetCount(buf, pos);
      if (len !== undefined) {
        const start = pos + len.digits + 1;
        if (len.value > MAX_FRAME) {
          oversized.push(`frame of ${len.value} bytes, more than ${MAX_FRAME}: skipped`);
          pos = start;
          this.dropping = len.value;
          continue;
        }
        if (buf.length - start < len.value) break;
        frames.push(buf.toString('utf8', start, start + len.value));
        pos = start + len.value;
        continue;
      }
      const nl = buf.indexOf(NEWLINE, pos);
      if (nl < 0) {
        if (buf.length - pos > MAX_FRAME) {
          oversized.push(`line longer than ${MAX_FRAME} bytes: skipped`);
          pos = buf.length;
          this.dropping = UNTIL_NEWLINE;
        }
        break;
      }
      if (nl - pos > MAX_FRAME) {
        // Complete in this chunk, but as long as one skipped while it arrives: the same answer whatever the chunks.
        oversized.push(`line longer than ${MAX_FRAME} bytes: skipped`);
        pos = nl + 1;
        continue;
      }
      const end = nl > pos && buf[nl - 1] === CARRIAGE_RETURN ? nl - 1 : nl;
      const frame = buf.toString('utf8', pos, end);
      if (frame.trim() !== '') frames.push(frame);
      pos = nl + 1;
    }
    this.buf = pos >= buf.length ? EMPTY : buf.subarray(pos);
    return { frames, oversized };
  }
}

const UNTIL_NEWLINE = -1;
const EMPTY = Buffer.alloc(0);
const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const SPACE = 0x20;

/** "LEN SP" at pos (1-6 digits): the length and how many digits it had; undefined when the frame is not octet-counted. */
function octetCount(buf: Buffer, pos: number): { value: number; digits: number } | undefined {
  let value = 0;
  let i = pos;
  while (i < buf.length && i - pos < 6 && buf[i]! >= 0x30 && buf[i]! <= 0x39) value = value * 10 + (buf[i++]! - 0x30);
  return i > pos && i < buf.length && buf[i] === SPACE ? { value, digits: i - pos } : undefined;
}

/** The MSG part of an RFC 5424 or RFC 3164 message (the whole text when there is no header). */
export function syslogMessage(frame: string): string {
  const pri = /^<(\d{1,3})>/.exec(frame);
  if (!pri) return frame;
  const rest = frame.slice(pri[0].length);
  // RFC 5424: VERSION SP TIMESTAMP SP HOSTNAME SP APP-NAME SP PROCID SP MSGID SP SD [SP MSG]
  const r5424 = /^\d{1,2} \S+ \S+ \S+ \S+ \S+ /.exec(rest);
  if (r5424) {
    let i = r5424[0].length;
    if (rest[i] === '-') i += 1;
    else if (rest[i] === '[') {
      // Structured data: [id k="v" ...][...] with escaped \] inside values.
      while (rest[i] === '[') {
        i++;
        while (i < rest.length && rest[i] !== ']') i += rest[i] === '\\' ? 2 : 1;
        i++;
      }
    }
    let msg = rest.slice(i).replace(/^ /, '');
    if (msg.startsWith('\uFEFF')) msg = msg.slice(1);
    return msg;
  }
  // RFC 3164: TIMESTAMP (Mmm dd hh:mm:ss) SP HOSTNAME SP TAG[...]: MSG
  const r3164 = /^[A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2} \S+ [^:\s]*:? ?/.exec(rest);
  if (r3164) return rest.slice(r3164[0].length);
  return rest;
}
