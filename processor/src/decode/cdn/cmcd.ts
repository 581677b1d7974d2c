import { safeDecode } from './safeDecode';

/** CMCD (CTA-5004) values of one request, as the CdnAccessRecord.Cmcd message. */
export interface CmcdValues {
  session_id?: string;
  content_id?: string;
  object_type?: string;
  encoded_bitrate_kbps?: number;
  buffer_length_ms?: number;
  buffer_starvation?: boolean;
  measured_throughput_kbps?: number;
  startup?: boolean;
  object_duration_ms?: number;
  deadline_ms?: number;
  top_bitrate_kbps?: number;
  stream_type?: string;
  streaming_format?: string;
  playback_rate?: number;
  requested_max_throughput_kbps?: number;
  next_object_request?: string;
  next_range_request?: string;
  version?: number;
}

type Kind = 'integer' | 'string' | 'token' | 'boolean' | 'rate';
/** CMCD key -> where it goes and how it is read. A Map: keys such as `constructor` are not ours. */
const KEYS = new Map<string, [keyof CmcdValues, Kind]>([
  ['br', ['encoded_bitrate_kbps', 'integer']],
  ['bl', ['buffer_length_ms', 'integer']],
  ['mtp', ['measured_throughput_kbps', 'integer']],
  ['d', ['object_duration_ms', 'integer']],
  ['dl', ['deadline_ms', 'integer']],
  ['tb', ['top_bitrate_kbps', 'integer']],
  ['rtp', ['requested_max_throughput_kbps', 'integer']],
  ['v', ['version', 'integer']],
  ['sid', ['session_id', 'string']],
  ['cid', ['content_id', 'string']],
  ['nor', ['next_object_request', 'string']],
  ['nrr', ['next_range_request', 'string']],
  ['ot', ['object_type', 'token']],
  ['st', ['stream_type', 'token']],
  ['sf', ['streaming_format', 'token']],
  ['bs', ['buffer_starvation', 'boolean']],
  ['su', ['startup', 'boolean']],
  ['pr', ['playback_rate', 'rate']],
]);

/** A version prefix some CDNs log before the pairs (Akamai: `//1.0@V/bl=21600,...`). */
const VERSION_PREFIX = /^\s*\/\/[\w.]+@\w+\//;

/**
 * Parses a CMCD payload: comma-separated `key=value` pairs (strings in double quotes,
 * booleans as a bare key meaning true, or `=false`). Unknown and malformed keys are ignored.
 * One scan over the payload: a pair ends at a comma outside double quotes (empty pairs are
 * skipped), and only the key and the value of each pair are cut out of it.
 */
export function parseCmcd(payload: string): CmcdValues {
  return ALL_KEYS.parse(payload);
}

/** parseCmcd of the `CMCD` query argument as it stands in a URL (still URL-encoded): see CmcdReader.parseQueryValue. */
export function parseCmcdQueryValue(raw: string): CmcdValues {
  return ALL_KEYS.parseQueryValue(raw);
}

/** Reads CMCD payloads into values: as sent in a header (or already decoded), or as the URL-encoded `CMCD` query argument. */
export interface CmcdReader<T> {
  parse(payload: string): T;
  /**
   * What parse gives for the argument once URL-decoded, read without decoding it first
   * (decoding every record's argument was 5% of a CloudFront replay's reader worker). Players
   * escape the comma, equals sign and double quote of a payload (%2C, %3D, %22, in either
   * case): those are read as what they stand for. An argument with anything else that
   * decoding changes or that the plain reading treats specially (another escape, a '+', a
   * backslash, an '@' of a version prefix) is decoded and parsed.
   */
  parseQueryValue(raw: string): T;
}

/**
 * A reader of only the given values of CMCD payloads, which passes over the other keys as
 * it passes over unknown ones: a reader that needs a few of them (the CDN jobs) does not pay
 * for cutting out and unquoting the rest.
 */
export function cmcdParser<F extends keyof CmcdValues>(fields: readonly F[]): CmcdReader<Pick<CmcdValues, F>> {
  const wanted = new Set<keyof CmcdValues>(fields);
  return new CmcdKeys(new Map([...KEYS].filter(([, [field]]) => wanted.has(field))));
}

/** The keys one parser reads: by name, and by their letters packed into a number (lettersCode). */
class CmcdKeys implements CmcdReader<CmcdValues> {
  /**
   * Every CMCD key we read is one to three lowercase letters, so a pair's key is looked up
   * by its code without cutting it out of the payload.
   */
  private readonly codes: Map<number, [keyof CmcdValues, Kind]>;

  constructor(private readonly names: Map<string, [keyof CmcdValues, Kind]>) {
    this.codes = new Map([...names].map(([key, spec]) => [lettersCode(key, 0, key.length), spec]));
  }

  parse(payload: string): CmcdValues {
    const out: CmcdValues = {};
    const s = payload.includes('@') ? payload.replace(VERSION_PREFIX, '') : payload;
    let quoted = false;
    let from = 0;
    /** The pair's first equals sign (where its key ends); -1 while it has none. */
    let eq = -1;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === QUOTE && s.charCodeAt(i - 1) !== BACKSLASH) quoted = !quoted;
      else if (c === EQUALS) {
        if (eq < 0) eq = i;
      } else if (c === COMMA && !quoted) {
        if (i > from) this.addPair(out, s, from, eq, eq + 1, i, false);
        from = i + 1;
        eq = -1;
      }
    }
    if (s.length > from) this.addPair(out, s, from, eq, eq + 1, s.length, false);
    return out;
  }

  /**
   * The argument's structure is all in its escapes (a comma, equals sign or double quote
   * written out as such is read by decoding it, as are the other characters that need it:
   * LITERALLY_READ_BY_DECODING), so the scan jumps from one '%' to the next.
   */
  parseQueryValue(raw: string): CmcdValues {
    if (LITERALLY_READ_BY_DECODING.test(raw)) return this.parse(safeDecode(raw));
    const out: CmcdValues = {};
    let quoted = false;
    let from = 0;
    /** The pair's first escaped equals sign (where its key ends); -1 while it has none. */
    let eq = -1;
    for (let i = raw.indexOf('%'); i >= 0; i = raw.indexOf('%', i + 3)) {
      const c = structuralEscape(raw, i);
      if (c < 0) return this.parse(safeDecode(raw));
      if (c === QUOTE) quoted = !quoted;
      else if (c === EQUALS) {
        if (eq < 0) eq = i;
      } else if (!quoted) {
        if (i > from) this.addPair(out, raw, from, eq, eq + 3, i, true);
        from = i + 3;
        eq = -1;
      }
    }
    if (raw.length > from) this.addPair(out, raw, from, eq, eq + 3, raw.length, true);
    return out;
  }

  /**
   * Reads the pair s[from, to) into `out` when its key is one of ours (readPair): its key
   * ends at `eq` (-1: the pair is a bare key), its value starts at valueFrom. `encoded`: s is
   * an argument parseQueryValue reads, whose escapes are commas, equals signs and quotes.
   */
  private addPair(out: CmcdValues, s: string, from: number, eq: number, valueFrom: number, to: number, encoded: boolean): void {
    const keyEnd = eq >= 0 ? eq : to;
    const code = lettersCode(s, from, keyEnd);
    // A key with an escape in it holds a quote: not one of ours, decoded or not.
    const spec = code >= 0 ? this.codes.get(code) : this.names.get(s.slice(from, keyEnd).trim());
    if (spec) readPair(out, spec, s, eq >= 0 ? valueFrom : -1, to, encoded);
  }
}

/** Every key of CmcdValues. */
const ALL_KEYS = new CmcdKeys(KEYS);

/** A reader of every CMCD value (parseCmcd, parseCmcdQueryValue). */
export const allCmcdReader: CmcdReader<CmcdValues> = ALL_KEYS;

const COMMA = 0x2c;
const QUOTE = 0x22;
const EQUALS = 0x3d;
const BACKSLASH = 0x5c;

/**
 * What parseQueryValue leaves to decoding when an argument holds it as it is: a comma,
 * equals sign or double quote (which the scan finds only as escapes), a '+' (a space once
 * decoded), a backslash (an escaped quote), an '@' (a version prefix).
 */
const LITERALLY_READ_BY_DECODING = /[,="+\\@]/;

/** The character the escape at s[i] (a '%') stands for when it is a comma, an equals sign or a double quote (%2C, %3D, %22, either case); else -1. */
function structuralEscape(s: string, i: number): number {
  const hi = s.charCodeAt(i + 1);
  const lo = s.charCodeAt(i + 2) | 0x20; // a letter in lower case
  if (hi === 0x32) return lo === 0x63 ? COMMA : s.charCodeAt(i + 2) === 0x32 ? QUOTE : -1;
  return hi === 0x33 && lo === 0x64 ? EQUALS : -1;
}

/** s[from, to) as a number when it is one to three lowercase letters, else -1. */
function lettersCode(s: string, from: number, to: number): number {
  if (to - from < 1 || to - from > 3) return -1;
  let code = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x61 || c > 0x7a) return -1;
    code = code * 32 + (c - 0x60);
  }
  return code;
}

/** s[from, to) as a number when it is one to nine ASCII digits, else -1. */
function digits(s: string, from: number, to: number): number {
  if (to - from < 1 || to - from > 9) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 0x30;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * Reads the value s[valueFrom, to) of a pair whose key is one of ours (valueFrom -1: the pair
 * is a bare key) into `out` when it is valid. The common shapes (an integer of digits, a
 * bare `true`, a quoted string) are read in place; anything else is cut out (URL-decoded
 * when `encoded`: see CmcdKeys.parseQueryValue), trimmed and read, with the same result.
 */
function readPair(out: CmcdValues, spec: [keyof CmcdValues, Kind], s: string, valueFrom: number, to: number, encoded: boolean): void {
  const hasValue = valueFrom >= 0;
  const rec = out as Record<string, unknown>;
  const [field, kind] = spec;
  if (kind === 'boolean') {
    rec[field] = !hasValue || (to - valueFrom === 4 && s.startsWith('true', valueFrom)) || valueText(s, valueFrom, to, encoded).trim() === 'true';
    return;
  }
  if (!hasValue) return;
  if (kind === 'integer') {
    const d = digits(s, valueFrom, to);
    if (d >= 0) {
      rec[field] = d; // nine digits stay below 2^31
      return;
    }
  }
  if (kind === 'string' && encoded) {
    const inner = escapedQuotesInner(s, valueFrom, to);
    if (inner !== undefined) {
      rec[field] = inner.slice(0, 256);
      return;
    }
  }
  const raw = valueText(s, valueFrom, to, encoded).trim();
  if (kind === 'integer') {
    const n = Number(raw);
    if (Number.isFinite(n) && n >= 0 && n < 2 ** 31) rec[field] = Math.round(n);
  } else if (kind === 'rate') {
    const n = Number(raw);
    if (Number.isFinite(n)) rec[field] = n;
  } else if (kind === 'string') rec[field] = unquote(raw).slice(0, 256);
  else rec[field] = (raw.includes('"') ? raw.replace(/"/g, '') : raw).slice(0, 16);
}

/** s[from, to) as text: URL-decoded when `encoded` (its escapes are then only those CmcdKeys.parseQueryValue lets through). */
function valueText(s: string, from: number, to: number, encoded: boolean): string {
  const v = s.slice(from, to);
  return encoded && v.includes('%') ? safeDecode(v) : v;
}

/** The inside of an encoded quoted string `%22...%22` that has no escape inside; undefined for any other value. */
function escapedQuotesInner(s: string, from: number, to: number): string | undefined {
  if (to - from < 6 || !s.startsWith('%22', from) || !s.startsWith('%22', to - 3)) return undefined;
  const percent = s.indexOf('%', from + 3);
  return percent < to - 3 ? undefined : s.slice(from + 3, to - 3);
}

/** A CMCD string value without its double quotes and with \" unescaped; an unquoted value as it is. */
function unquote(raw: string): string {
  if (raw.length < 2 || raw.charCodeAt(0) !== QUOTE || raw.charCodeAt(raw.length - 1) !== QUOTE) return raw;
  const inner = raw.slice(1, -1);
  return inner.includes('\\"') ? inner.replace(/\\"/g, '"') : inner;
}
