import { ipv4Number } from './ipv4';

/** The longest IPv6 text (eight groups of four, or six and a dotted IPv4 tail). */
const MAX_TEXT = 45;

/**
 * An IPv6 address in text (RFC 4291 section 2.2: eight groups of one to four hex digits in any
 * case, one "::" for a run of zero groups, the last 32 bits possibly as a dotted IPv4 address;
 * a zone id after "%" is left out) as four 32-bit words, most significant first, written into
 * `words`. False for anything else, as node:net's isIP tells it (isIP(ip) === 6). Read in
 * place, without splitting, regular expressions or BigInt: CDN logs hold many IPv6 clients.
 */
export function ipv6Words(ip: string, words: Uint32Array | number[]): boolean {
  let end = ip.indexOf('%');
  if (end < 0) end = ip.length;
  else if (!isZoneId(ip, end + 1)) return false;
  if (end < 2 || end > MAX_TEXT) return false;
  const groups = GROUPS;
  let n = 0;
  // Where "::" stands: the number of groups before it; -1 when there is none.
  let gap = -1;
  let i = 0;
  if (ip.charCodeAt(0) === COLON) {
    if (ip.charCodeAt(1) !== COLON) return false;
    gap = 0;
    i = 2;
  }
  while (i < end) {
    let value = 0;
    let j = i;
    for (; j < end && j - i < 5; j++) {
      const d = hexDigit(ip.charCodeAt(j));
      if (d < 0) break;
      value = value * 16 + d;
    }
    if (j < end && ip.charCodeAt(j) === DOT) {
      // The last 32 bits as an IPv4 address: what is left of the text.
      const v4 = ipv4Number(ip.slice(i, end));
      if (v4 === undefined || n > 6) return false;
      groups[n++] = v4 >>> 16;
      groups[n++] = v4 & 0xffff;
      i = end;
      break;
    }
    if (j === i || j - i > 4 || n === 8) return false;
    groups[n++] = value;
    if (j === end) {
      i = j;
      break;
    }
    if (ip.charCodeAt(j) !== COLON) return false;
    if (ip.charCodeAt(j + 1) === COLON && j + 1 < end) {
      if (gap >= 0) return false;
      gap = n;
      i = j + 2;
    } else {
      i = j + 1;
      // A single colon must be followed by a group.
      if (i === end) return false;
    }
  }
  if (gap < 0 ? n !== 8 : n > 7) return false;
  // The groups after "::" move to the end; the ones skipped are zero.
  const zeros = 8 - n;
  for (let w = 0; w < 4; w++) words[w] = groupAt(2 * w, gap, zeros) * 0x10000 + groupAt(2 * w + 1, gap, zeros);
  return true;
}

const COLON = 0x3a;
const DOT = 0x2e;
const GROUPS: number[] = [0, 0, 0, 0, 0, 0, 0, 0];

/** The k-th of the address's eight groups, from the groups read (GROUPS) and where "::" stood. */
function groupAt(k: number, gap: number, zeros: number): number {
  if (gap < 0 || k < gap) return GROUPS[k]!;
  return k < gap + zeros ? 0 : GROUPS[k - zeros]!;
}

/** ip[from..] is a zone id as isIP takes one: one or more letters, digits, "-", "." or ":". */
function isZoneId(ip: string, from: number): boolean {
  if (from >= ip.length) return false;
  for (let i = from; i < ip.length; i++) {
    const c = ip.charCodeAt(i);
    const lower = c | 0x20;
    if (!((c >= 0x30 && c <= 0x3a) || (lower >= 0x61 && lower <= 0x7a) || c === 0x2d || c === DOT)) return false;
  }
  return true;
}

function hexDigit(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const lower = c | 0x20;
  return lower >= 0x61 && lower <= 0x66 ? lower - 0x61 + 10 : -1;
}

/** Whether the address (ipv6Words) is an IPv4-mapped one, ::ffff:a.b.c.d (its IPv4 address is words[3]). */
export function isIpv4Mapped(words: Uint32Array | readonly number[]): boolean {
  return words[0] === 0 && words[1] === 0 && words[2] === 0xffff;
}
