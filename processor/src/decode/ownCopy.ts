/**
 * A copy of a string with characters of its own. A slice of a longer string (a field cut
 * from a log line) keeps the whole line alive while it is kept, and a Map whose keys are
 * such slices compares each lookup several times slower than one with plain strings: keys
 * kept for long (caches) are copied with this. UTF-16 round trip: every code unit kept, lone
 * surrogates included.
 */
export function ownCopy(s: string): string {
  return Buffer.from(s, 'utf16le').toString('utf16le');
}
