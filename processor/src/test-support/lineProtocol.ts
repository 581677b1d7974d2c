/** A parsed line-protocol point (tests only). */
export interface ParsedLine {
  measurement: string;
  tags: Record<string, string>;
  fields: Record<string, number | string | boolean>;
  time: number;
}

/** Splits on `sep` outside quotes and not escaped by a backslash. */
function splitUnescaped(s: string, sep: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '\\' && i + 1 < s.length) {
      cur += c + s[i + 1];
      i++;
    } else if (c === '"') {
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
    const [head, fieldPart, time] = splitUnescaped(line, ' ');
    const [measurement, ...tagParts] = splitUnescaped(head!, ',');
    const tags: Record<string, string> = {};
    for (const t of tagParts) {
      const [k, v] = splitUnescaped(t, '=');
      tags[unescape(k!)] = unescape(v!);
    }
    const fields: Record<string, number | string | boolean> = {};
    for (const f of splitUnescaped(fieldPart!, ',')) {
      const [k, v] = splitUnescaped(f, '=');
      const raw = v!;
      fields[unescape(k!)] = raw.startsWith('"') ? raw.slice(1, -1).replace(/\\"/g, '"') : raw.endsWith('i') ? Number(raw.slice(0, -1)) : raw === 'true' || raw === 'false' ? raw === 'true' : Number(raw);
    }
    out.push({ measurement: unescape(measurement!), tags, fields, time: Number(time) });
  }
  return out;
}
