/**
 * Escaping of InfluxDB line protocol (the rules of the line protocol reference): commas and
 * spaces in measurements; commas, spaces and equals signs in tag keys, tag values and field
 * keys; double quotes and backslashes inside string field values. Newlines, carriage returns
 * and tabs are written as \n, \r and \t, as the official client does.
 */
function escaper(specials: Record<string, string>): (s: string) => string {
  const pattern = new RegExp(`[${Object.keys(specials).map((c) => (c === '\\' ? '\\\\' : c)).join('')}]`, 'g');
  const needs = new RegExp(pattern.source);
  return (s) => (needs.test(s) ? s.replace(pattern, (c) => specials[c]!) : s);
}

const CONTROL = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export const escapeMeasurement = escaper({ ',': '\\,', ' ': '\\ ', ...CONTROL });
/** Tag keys, tag values and field keys. */
export const escapeKey = escaper({ ',': '\\,', ' ': '\\ ', '=': '\\=', ...CONTROL });
const escapeInString = escaper({ '"': '\\"', '\\': '\\\\' });

/** A string field value, quoted. */
export function quotedString(s: string): string {
  return `"${escapeInString(s)}"`;
}
