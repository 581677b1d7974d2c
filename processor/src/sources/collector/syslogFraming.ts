/**
 * Syslog framing and headers. TCP streams carry octet-counted frames (RFC 6587 3.4.1:
 * "LEN SP MSG") or newline-terminated ones; UDP carries one message per datagram.
 * Messages are RFC 5424 (`<PRI>1 TS HOST APP PROCID MSGID SD MSG`) or RFC 3164
 * (`<PRI>Mmm dd hh:mm:ss HOST TAG: MSG`); the CDN log line is the MSG part.
 */

const MAX_FRAME = 64 * 1024;

/** Splits a TCP buffer into complete frames; returns the unconsumed rest. */
export function splitSyslogFrames(buf: string): { frames: string[]; rest: string; error?: string } {
  const frames: string[] = [];
  let pos = 0;
  while (pos < buf.length) {
    const m = /^(\d{1,6}) /.exec(buf.slice(pos, pos + 8));
    if (m) {
      const len = Number(m[1]);
      if (len > MAX_FRAME) return { frames, rest: '', error: `frame length ${len} exceeds ${MAX_FRAME}` };
      const start = pos + m[0].length;
      // Lengths count octets; for ASCII (the usual case) octets and characters agree.
      if (buf.length - start < len) break;
      frames.push(buf.slice(start, start + len));
      pos = start + len;
      continue;
    }
    const nl = buf.indexOf('\n', pos);
    if (nl < 0) {
      if (buf.length - pos > MAX_FRAME) return { frames, rest: '', error: `line longer than ${MAX_FRAME} bytes without a newline` };
      break;
    }
    const frame = buf.slice(pos, nl).replace(/\r$/, '');
    if (frame.trim() !== '') frames.push(frame);
    pos = nl + 1;
  }
  return { frames, rest: buf.slice(pos) };
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
