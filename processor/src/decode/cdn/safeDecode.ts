/** A URL-encoded value decoded ('+' as a space); the value as it is when it is not validly encoded. */
export function safeDecode(s: string): string {
  const plus = s.includes('+');
  if (!plus && !s.includes('%')) return s;
  try {
    return decodeURIComponent(plus ? s.replace(/\+/g, '%20') : s);
  } catch {
    return s;
  }
}
