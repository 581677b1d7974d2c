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

/**
 * A parser that reads only the given values of CMCD payloads and passes over the other
 * keys as it passes over unknown ones: a reader that needs a few of them (the CDN jobs)
 * does not pay for cutting out and unquoting the rest.
 */
export function cmcdParser<F extends keyof CmcdValues>(fields: readonly F[]): (payload: string) => Pick<CmcdValues, F> {
  const wanted = new Set<keyof CmcdValues>(fields);
  const keys = new CmcdKeys(new Map([...KEYS].filter(([, [field]]) => wanted.has(field))));
  return (payload) => keys.parse(payload);
}

/** The keys one parser reads: by name, and by their letters packed into a number (lettersCode). */
class CmcdKeys {
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
    for (let i = 0; i <= s.length; i++) {
      const c = i < s.length ? s.charCodeAt(i) : COMMA;
      if (c === QUOTE && s.charCodeAt(i - 1) !== BACKSLASH) quoted = !quoted;
      else if (c === COMMA && (!quoted || i === s.length)) {
        if (i > from) this.addPair(out, s, from, i);
        from = i + 1;
      }
    }
    return out;
  }

  /** Reads the pair s[from, to) into `out` when its key is one of ours (readPair). */
  private addPair(out: CmcdValues, s: string, from: number, to: number): void {
    const eq = s.indexOf('=', from);
    const hasValue = eq >= 0 && eq < to;
    const keyEnd = hasValue ? eq : to;
    const code = lettersCode(s, from, keyEnd);
    const spec = code >= 0 ? this.codes.get(code) : this.names.get(s.slice(from, keyEnd).trim());
    if (spec) readPair(out, spec, s, hasValue ? eq : -1, to);
  }
}

/** Every key of CmcdValues. */
const ALL_KEYS = new CmcdKeys(KEYS);

const COMMA = 0x2c;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

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
 * Reads the value of a pair whose key is one of ours (`eq` its '=', -1 when the pair is a
 * bare key) into `out` when it is valid. The common shapes (an integer of digits, a bare
 * `true`) are read in place; anything else is cut out, trimmed and read, with the same result.
 */
function readPair(out: CmcdValues, spec: [keyof CmcdValues, Kind], s: string, eq: number, to: number): void {
  const hasValue = eq >= 0;
  const rec = out as Record<string, unknown>;
  const [field, kind] = spec;
  if (kind === 'boolean') {
    rec[field] = !hasValue || (to - eq === 5 && s.startsWith('true', eq + 1)) || s.slice(eq + 1, to).trim() === 'true';
    return;
  }
  if (!hasValue) return;
  if (kind === 'integer') {
    const d = digits(s, eq + 1, to);
    if (d >= 0) {
      rec[field] = d; // nine digits stay below 2^31
      return;
    }
  }
  const raw = s.slice(eq + 1, to).trim();
  if (kind === 'integer') {
    const n = Number(raw);
    if (Number.isFinite(n) && n >= 0 && n < 2 ** 31) rec[field] = Math.round(n);
  } else if (kind === 'rate') {
    const n = Number(raw);
    if (Number.isFinite(n)) rec[field] = n;
  } else if (kind === 'string') rec[field] = unquote(raw).slice(0, 256);
  else rec[field] = (raw.includes('"') ? raw.replace(/"/g, '') : raw).slice(0, 16);
}

/** A CMCD string value without its double quotes and with \" unescaped; an unquoted value as it is. */
function unquote(raw: string): string {
  if (raw.length < 2 || raw.charCodeAt(0) !== QUOTE || raw.charCodeAt(raw.length - 1) !== QUOTE) return raw;
  const inner = raw.slice(1, -1);
  return inner.includes('\\"') ? inner.replace(/\\"/g, '"') : inner;
}
