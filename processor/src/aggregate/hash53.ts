/**
 * FNV-1a over the string, folded to 53 bits (two 32-bit lanes), exact as a JavaScript
 * number: record ids for exactly-once usage and CMCD session ids for distinct-session
 * counts are kept as these, not as strings.
 */
export function hash53(s: string): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return (h1 >>> 0) * 2 ** 21 + ((h2 >>> 0) & 0x1fffff);
}
