/** A parsed line-protocol point (tests only). */
export interface ParsedLine {
  measurement: string;
  tags: Record<string, string>;
  fields: Record<string, number | string | boolean>;
  time: number;
}

/**
 * Splits on `sep` where not escaped by a backslash and, with `quotes` (the field set: string
 * values are quoted), not inside double quotes. A measurement's or tag's quotes are plain characters.
 */
function splitUnescaped(s: string, sep: string, quotes = false): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '\\' && i + 1 < s.length) {
      cur += c + s[i + 1];
      i++;
    } else if (c === '"' && quotes) {
      quoted = !quoted;
      cur += c;
    } else if (c === sep && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

const unescape = (s: string) => s.replace(/\\(.)/g, '$1');

/** Parses InfluxDB line protocol as this project writes it; skips comments and blanks. */
export function parseLineProtocol(text: string): ParsedLine[] {
  const out: ParsedLine[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    // The measurement and tags end at the first unescaped space (they hold no quoted text).
    const [head, ...rest] = splitUnescaped(line, ' ');
    const [fieldPart, time] = splitUnescaped(rest.join(' '), ' ', true);
    const [measurement, ...tagParts] = splitUnescaped(head!, ',');
    const tags: Record<string, string> = {};
    for (const t of tagParts) {
      const [k, ...v] = splitUnescaped(t, '=');
      tags[unescape(k!)] = unescape(v.join('='));
    }
    const fields: Record<string, number | string | boolean> = {};
    for (const f of splitUnescaped(fieldPart!, ',', true)) {
      const [k, v] = splitUnescaped(f, '=', true);
      const raw = v!;
      fields[unescape(k!)] = raw.startsWith('"') ? raw.slice(1, -1).replace(/\\(["\\])/g, '$1') : raw.endsWith('i') ? Number(raw.slice(0, -1)) : raw === 'true' || raw === 'false' ? raw === 'true' : Number(raw);
    }
    out.push({ measurement: unescape(measurement!), tags, fields, time: Number(time) });
  }
  return out;
}
