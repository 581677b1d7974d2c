const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:?\d{2})$/;

/**
 * Epoch ms of an RFC 3339 time (also with a space for the T and ±hhmm offsets), NaN when
 * the text is not one. Gives what Date.parse gives for the same text; the common shapes
 * (2026-11-20T12:00:00.123Z, ±hh:mm offsets) are read by position instead of by a regular
 * expression and Date.parse, which together cost more than the rest of a view's checks.
 */
export function parseRfc3339(s: string): number {
  const fast = readByPosition(s);
  if (!Number.isNaN(fast)) return fast;
  return RFC3339.test(s) ? Date.parse(s) : NaN;
}

function digits(s: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return NaN;
    n = n * 10 + c;
  }
  return n;
}

/** YYYY-MM-DD[Tt ]hh:mm:ss[.fff…](Z|z|±hh:mm) with every field in range, else NaN. */
function readByPosition(s: string): number {
  if (s.length < 20 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return NaN;
  const t = s.charCodeAt(10);
  if (t !== 84 && t !== 116 && t !== 32) return NaN;
  const year = digits(s, 0, 4);
  const month = digits(s, 5, 2);
  const day = digits(s, 8, 2);
  const hour = digits(s, 11, 2);
  const minute = digits(s, 14, 2);
  const second = digits(s, 17, 2);
  // Date.UTC maps years 0-99 to 1900-1999; leave those (and anything out of range) to Date.parse.
  if (!(year >= 100 && month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour <= 23 && minute <= 59 && second <= 59)) return NaN;
  let i = 19;
  let ms = 0;
  if (s.charCodeAt(i) === 46) {
    i++;
    const start = i;
    while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
    if (i === start) return NaN;
    // Milliseconds are the first three digits of the fraction, truncated (as Date.parse does).
    const frac = s.slice(start, Math.min(i, start + 3)).padEnd(3, '0');
    ms = Number(frac);
  }
  let offsetMin = 0;
  const z = s.charCodeAt(i);
  if (z === 90 || z === 122) {
    if (i + 1 !== s.length) return NaN;
  } else if ((z === 43 || z === 45) && i + 6 === s.length && s.charCodeAt(i + 3) === 58) {
    const oh = digits(s, i + 1, 2);
    const om = digits(s, i + 4, 2);
    if (!(oh <= 23 && om <= 59)) return NaN;
    offsetMin = (z === 45 ? -1 : 1) * (oh * 60 + om);
  } else return NaN;
  return Date.UTC(year, month - 1, day, hour, minute, second, ms) - offsetMin * 60_000;
}
