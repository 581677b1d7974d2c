import { parseRfc3339 } from '../rfc3339';
import { asNumber, cmcdPayloads, countryCode, lineId, httpStatus, num, popName, splitUrl, str, type CdnRecord, type ParseResult, type ParserOptions } from './record';

const CACHE_HITS = new Set(['hit', 'stale', 'updating', 'revalidated']);

/**
 * Cloudflare Logpush http_requests: NDJSON (the default output type), or CSV / TSV (output
 * type csv: strings quoted, numbers bare), whose field names come from a header line (the
 * job's batch_prefix, as Cloudflare's own examples set it) or from opts.fields (the job's
 * field_names, in order). Timestamps may be RFC 3339, unix seconds or unix nanoseconds, by
 * the job's timestamp_format; cache status is case-insensitive.
 */
export class CloudflareParser {
  private fields: readonly string[] | undefined;
  /** The CSV delimiter the header line used (a tab or a comma); without a header, each line's own. */
  private delimiter: string | undefined;

  constructor(opts: Pick<ParserOptions, 'fields'> = {}) {
    this.fields = opts.fields;
  }

  /** Only a header line (it names a time field) tells the lines after it anything: their field names and delimiter. */
  passOver(line: string): void {
    if (line.includes('EdgeStartTimestamp') || line.includes('EdgeEndTimestamp')) this.parse(line);
  }

  parse(line: string): ParseResult {
    const text = line.trim();
    if (text === '') return { skip: true };
    if (text[0] === '{' || text[0] === '[') return jsonLine(line);
    const delimiter = this.delimiter ?? (line.includes('\t') ? '\t' : ',');
    const cells = csvCells(line, delimiter);
    if (!cells) return { dead: 'unbalanced quotes in a Cloudflare CSV line' };
    if (cells.every((c) => !c.quoted && FIELD_NAME.test(c.text)) && cells.some((c) => c.text === 'EdgeStartTimestamp' || c.text === 'EdgeEndTimestamp')) {
      // A header line (batch_prefix): the field names of the lines after it (it names a time, or no line could be read).
      this.fields = cells.map((c) => c.text);
      this.delimiter = delimiter;
      return { skip: true };
    }
    const fields = this.fields;
    if (!fields) return { dead: 'a Cloudflare CSV line needs its field names: a header line (the job\'s batch_prefix) or --cdn-fields / &fields= (the job\'s field_names, in order)' };
    if (cells.length !== fields.length) return { dead: `expected ${fields.length} ${delimiter === '\t' ? 'tab' : 'comma'}-separated fields (the field names), got ${cells.length}` };
    const o: Record<string, unknown> = {};
    for (let i = 0; i < fields.length; i++) o[fields[i]!] = csvValue(fields[i]!, cells[i]!);
    return cloudflareRecord(o, line);
  }
}

/** A Logpush field name as a header line lists it. */
const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

interface Cell {
  text: string;
  quoted: boolean;
}

/** A CSV line's cells: quoted ones with "" (or \") inside standing for a quote; undefined when a quote is left open. */
function csvCells(line: string, delimiter: string): Cell[] | undefined {
  const cells: Cell[] = [];
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      let text = '';
      let j = i + 1;
      for (;;) {
        if (j >= line.length) return undefined;
        const c = line[j]!;
        if (c === '"' && line[j + 1] === '"') {
          text += '"';
          j += 2;
        } else if (c === '\\' && (line[j + 1] === '"' || line[j + 1] === '\\')) {
          text += line[j + 1];
          j += 2;
        } else if (c === '"') break;
        else {
          text += c;
          j++;
        }
      }
      cells.push({ text, quoted: true });
      i = j + 1;
      // Anything between the closing quote and the next delimiter is kept with the value.
      const next = line.indexOf(delimiter, i);
      if (next < 0) {
        if (i < line.length) cells[cells.length - 1]!.text += line.slice(i);
        return cells;
      }
      if (next > i) cells[cells.length - 1]!.text += line.slice(i, next);
      i = next + delimiter.length;
    } else {
      const next = line.indexOf(delimiter, i);
      cells.push({ text: next < 0 ? line.slice(i) : line.slice(i, next), quoted: false });
      if (next < 0) return cells;
      i = next + delimiter.length;
    }
  }
}

/** A CSV cell as the JSON value it stands for: bare empty or null is absent; a quoted JSON object where the field is one (RequestHeaders). */
function csvValue(field: string, cell: Cell): unknown {
  if (!cell.quoted && (cell.text === '' || cell.text === 'null')) return undefined;
  if (field === 'RequestHeaders' && cell.text.startsWith('{')) {
    try {
      return JSON.parse(cell.text) as unknown;
    } catch {
      return undefined;
    }
  }
  return cell.text;
}

/** A Cloudflare Logpush NDJSON line. */
function jsonLine(line: string): ParseResult {
  let o: Record<string, unknown>;
  try {
    o = JSON.parse(line) as Record<string, unknown>;
  } catch (err) {
    return { dead: `invalid JSON: ${(err as Error).message}` };
  }
  if (!o || typeof o !== 'object' || Array.isArray(o)) return { dead: 'not a JSON object' };
  return cloudflareRecord(o, line);
}

/** The record of a Logpush line's fields, by name. */
function cloudflareRecord(o: Record<string, unknown>, line: string): ParseResult {
  // A job whose field list left out EdgeStartTimestamp still has the end of the request.
  const end = cloudflareTime(o.EdgeEndTimestamp);
  const start = o.EdgeStartTimestamp === undefined ? end : cloudflareTime(o.EdgeStartTimestamp);
  if (start === undefined) return { dead: 'missing or invalid EdgeStartTimestamp (and EdgeEndTimestamp)' };
  const url = splitUrl(str(o.ClientRequestURI));
  const cache = str(o.CacheCacheStatus).toLowerCase();
  const record: CdnRecord = {
    record_id: str(o.RayID) || lineId('cloudflare', line),
    source_format: 'cloudflare',
    cdn: 'cloudflare',
    pop: popName(str(o.EdgeColoCode) || str(o.EdgeColoID)),
    request_time_ms: start,
    client_ip: str(o.ClientIP),
    asn: asNumber(o.ClientASN),
    country: countryCode(o.ClientCountry),
    method: str(o.ClientRequestMethod),
    scheme: str(o.ClientRequestScheme),
    host: str(o.ClientRequestHost),
    path: url.path,
    query: url.query,
    protocol: str(o.ClientRequestProtocol),
    user_agent: str(o.ClientRequestUserAgent),
    referer: str(o.ClientRequestReferer),
    content_type: str(o.EdgeResponseContentType),
    status: httpStatus(o.EdgeResponseStatus),
    bytes_sent: num(o.EdgeResponseBytes) ?? 0,
    ttfb_ms: num(o.EdgeTimeToFirstByteMs) ?? 0,
    total_ms: end !== undefined && end >= start ? end - start : 0,
    cache_status: cache,
    cache_hit: CACHE_HITS.has(cache),
    client_rtt_ms: Math.max(0, num(o.ClientTCPRTTMs) ?? 0),
  };
  return { record, cmcdPayloads: cmcdPayloads(url.query, cmcdHeaders(o.RequestHeaders)) };
}

const CMCD_HEADERS = ['cmcd-object', 'cmcd-request', 'cmcd-session', 'cmcd-status'];

/**
 * The CMCD header values of a line's RequestHeaders (Logpush custom fields; names in any
 * case), in CMCD_HEADERS order; undefined when the line has no request headers (most jobs).
 */
function cmcdHeaders(requestHeaders: unknown): (string | undefined)[] | undefined {
  if (typeof requestHeaders !== 'object' || !requestHeaders || Array.isArray(requestHeaders)) return undefined;
  const headers = new Map<string, string>();
  for (const [k, v] of Object.entries(requestHeaders as Record<string, unknown>)) if (v !== undefined && v !== null) headers.set(k.toLowerCase(), str(v));
  return CMCD_HEADERS.map((h) => headers.get(h));
}

/** RFC 3339 (zone-less: UTC), unix seconds (10 digits) or unix nanoseconds (19 digits) -> epoch ms. */
export function cloudflareTime(v: unknown): number | undefined {
  if (typeof v === 'number' || (typeof v === 'string' && /^\d+(\.\d+)?$/.test(v))) {
    const n = Number(v);
    if (!Number.isFinite(n) || n <= 0) return undefined;
    if (n > 1e17) return Math.floor(n / 1e6); // nanoseconds
    if (n > 1e14) return Math.floor(n / 1e3); // microseconds
    if (n > 1e11) return Math.floor(n); // milliseconds
    return Math.round(n * 1000); // seconds
  }
  if (typeof v === 'string') {
    // RFC 3339 with its zone (the common case) read by position; the other shapes by Date.parse.
    const rfc3339 = parseRfc3339(v);
    if (!Number.isNaN(rfc3339)) return rfc3339;
    // A time without a zone is UTC (CDN logs are), whatever the machine's zone.
    const ms = Date.parse(/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(v) ? `${v.replace(' ', 'T')}Z` : v);
    return Number.isFinite(ms) ? ms : undefined;
  }
  return undefined;
}
