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
 */
export function parseCmcd(payload: string): CmcdValues {
  const out: CmcdValues = {};
  const rec = out as Record<string, unknown>;
  for (const pair of splitPairs(payload.includes('@') ? payload.replace(VERSION_PREFIX, '') : payload)) {
    const eq = pair.indexOf('=');
    const key = (eq >= 0 ? pair.slice(0, eq) : pair).trim();
    const raw = eq >= 0 ? pair.slice(eq + 1).trim() : undefined;
    const spec = KEYS.get(key);
    if (!spec) continue;
    const [field, kind] = spec;
    if (kind === 'boolean') rec[field] = raw === undefined || raw === 'true';
    else if (raw === undefined) continue;
    else if (kind === 'integer') {
      const n = Number(raw);
      if (Number.isFinite(n) && n >= 0 && n < 2 ** 31) rec[field] = Math.round(n);
    } else if (kind === 'rate') {
      const n = Number(raw);
      if (Number.isFinite(n)) rec[field] = n;
    } else if (kind === 'string') {
      const s = raw.startsWith('"') && raw.endsWith('"') && raw.length >= 2 ? raw.slice(1, -1).replace(/\\"/g, '"') : raw;
      rec[field] = s.slice(0, 256);
    } else rec[field] = raw.replace(/"/g, '').slice(0, 16);
  }
  return out;
}

/** Splits on commas outside double quotes (empty pairs dropped). */
function splitPairs(s: string): string[] {
  const out: string[] = [];
  let quoted = false;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22 && s.charCodeAt(i - 1) !== 0x5c) quoted = !quoted;
    else if (c === 0x2c && !quoted) {
      if (i > from) out.push(s.slice(from, i));
      from = i + 1;
    }
  }
  if (s.length > from) out.push(s.slice(from));
  return out;
}
