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

const INTEGER_KEYS: Record<string, keyof CmcdValues> = {
  br: 'encoded_bitrate_kbps',
  bl: 'buffer_length_ms',
  mtp: 'measured_throughput_kbps',
  d: 'object_duration_ms',
  dl: 'deadline_ms',
  tb: 'top_bitrate_kbps',
  rtp: 'requested_max_throughput_kbps',
  v: 'version',
};
const STRING_KEYS: Record<string, keyof CmcdValues> = { sid: 'session_id', cid: 'content_id', nor: 'next_object_request', nrr: 'next_range_request' };
const TOKEN_KEYS: Record<string, keyof CmcdValues> = { ot: 'object_type', st: 'stream_type', sf: 'streaming_format' };
const BOOLEAN_KEYS: Record<string, keyof CmcdValues> = { bs: 'buffer_starvation', su: 'startup' };

/** A version prefix some CDNs log before the pairs (Akamai: `//1.0@V/bl=21600,...`). */
const VERSION_PREFIX = /^\s*\/\/[\w.]+@\w+\//;

/**
 * Parses a CMCD payload: comma-separated `key=value` pairs (strings in double quotes,
 * booleans as a bare key meaning true, or `=false`). Unknown and malformed keys are ignored.
 */
export function parseCmcd(payload: string): CmcdValues {
  const out: CmcdValues = {};
  const rec = out as Record<string, unknown>;
  for (const pair of splitPairs(payload.replace(VERSION_PREFIX, ''))) {
    const eq = pair.indexOf('=');
    const key = (eq >= 0 ? pair.slice(0, eq) : pair).trim();
    const raw = eq >= 0 ? pair.slice(eq + 1).trim() : undefined;
    if (key in BOOLEAN_KEYS) rec[BOOLEAN_KEYS[key]!] = raw === undefined || raw === 'true';
    else if (key in INTEGER_KEYS && raw !== undefined) {
      const n = Number(raw);
      if (Number.isFinite(n) && n >= 0 && n < 2 ** 31) rec[INTEGER_KEYS[key]!] = Math.round(n);
    } else if (key === 'pr' && raw !== undefined) {
      const n = Number(raw);
      if (Number.isFinite(n)) out.playback_rate = n;
    } else if (key in STRING_KEYS && raw !== undefined) {
      const s = raw.startsWith('"') && raw.endsWith('"') && raw.length >= 2 ? raw.slice(1, -1).replace(/\\"/g, '"') : raw;
      rec[STRING_KEYS[key]!] = s.slice(0, 256);
    } else if (key in TOKEN_KEYS && raw !== undefined) rec[TOKEN_KEYS[key]!] = raw.replace(/"/g, '').slice(0, 16);
  }
  return out;
}

/** Splits on commas outside double quotes. */
function splitPairs(s: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '"' && s[i - 1] !== '\\') quoted = !quoted;
    if (c === ',' && !quoted) {
      if (cur) out.push(cur);
      cur = '';
    } else cur += c;
  }
  if (cur) out.push(cur);
  return out;
}
