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
/**
 * A tag value: escaped as a key, without the backslashes that come right before a comma,
 * space, equals sign or the end. InfluxDB reads such a backslash as escaping the character
 * after it and refuses the point ("m,t=a\\ f=1" cannot be written however it is escaped);
 * a backslash anywhere else is kept as it is.
 */
export function escapeTagValue(s: string): string {
  return escapeKey(s.includes('\\') ? s.replace(/\\+(?=[, =]|$)/g, '') : s);
}
const escapeInString = escaper({ '"': '\\"', '\\': '\\\\' });

/** A string field value, quoted. */
export function quotedString(s: string): string {
  return `"${escapeInString(s)}"`;
}
