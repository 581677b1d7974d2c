import { positionsOf, TabCells, ValueCells, type Cells, type Positions } from './columns';
import { StandardTime } from './standardTime';
import { asNumber, cmcdPayloads, countryCode, decodeRepeated, lineId, httpStatus, popName, str, type CdnRecord, type ParseResult, type ParserOptions } from './record';

/** The 33 fields of CloudFront standard logs, in order, when a file has no #Fields line. */
export const CLOUDFRONT_STANDARD_FIELDS = [
  'date', 'time', 'x-edge-location', 'sc-bytes', 'c-ip', 'cs-method', 'cs(Host)', 'cs-uri-stem', 'sc-status', 'cs(Referer)', 'cs(User-Agent)',
  'cs-uri-query', 'cs(Cookie)', 'x-edge-result-type', 'x-edge-request-id', 'x-host-header', 'cs-protocol', 'cs-bytes', 'time-taken',
  'x-forwarded-for', 'ssl-protocol', 'ssl-cipher', 'x-edge-response-result-type', 'cs-protocol-version', 'fle-status', 'fle-encrypted-fields',
  'c-port', 'time-to-first-byte', 'x-edge-detailed-result-type', 'sc-content-type', 'sc-content-len', 'sc-range-start', 'sc-range-end',
];

/**
 * CloudFront real-time log fields in the order the CloudFront console lists them, as the
 * 40-field list of configurations made before s-ip, origin-fbl, origin-lbl and asn existed.
 * A configuration sends the fields it selected in this order.
 */
export const CLOUDFRONT_REALTIME_FIELDS = [
  'timestamp', 'c-ip', 'time-to-first-byte', 'sc-status', 'sc-bytes', 'cs-method', 'cs-protocol', 'cs-host', 'cs-uri-stem', 'cs-bytes',
  'x-edge-location', 'x-edge-request-id', 'x-host-header', 'time-taken', 'cs-protocol-version', 'c-ip-version', 'cs-user-agent', 'cs-referer',
  'cs-cookie', 'cs-uri-query', 'x-edge-response-result-type', 'x-forwarded-for', 'ssl-protocol', 'ssl-cipher', 'x-edge-result-type',
  'fle-encrypted-fields', 'fle-status', 'sc-content-type', 'sc-content-len', 'sc-range-start', 'sc-range-end', 'c-port',
  'x-edge-detailed-result-type', 'c-country', 'cs-accept-encoding', 'cs-accept', 'cache-behavior-path-pattern', 'cs-headers',
  'cs-header-names', 'cs-headers-count',
];

/** Today's full list (44 fields): s-ip after c-ip; origin-fbl, origin-lbl and asn at the end. */
export const CLOUDFRONT_REALTIME_FIELDS_FULL = [
  ...CLOUDFRONT_REALTIME_FIELDS.slice(0, 2), 's-ip', ...CLOUDFRONT_REALTIME_FIELDS.slice(2), 'origin-fbl', 'origin-lbl', 'asn',
];

/**
 * The full list of configurations made once origin-fbl, origin-lbl and asn existed but
 * before s-ip did (43 fields): the 40 with those three at the end, as real-time logs of 2023
 * arrive.
 */
export const CLOUDFRONT_REALTIME_FIELDS_WITHOUT_SIP = [...CLOUDFRONT_REALTIME_FIELDS, 'origin-fbl', 'origin-lbl', 'asn'];

/** The full list with the distribution fields of continuous deployment (46 fields). */
export const CLOUDFRONT_REALTIME_FIELDS_FULL_WITH_DISTRIBUTION = [
  ...CLOUDFRONT_REALTIME_FIELDS_FULL.slice(0, -3), 'primary-distribution-id', 'primary-distribution-dns-name', ...CLOUDFRONT_REALTIME_FIELDS_FULL.slice(-3),
];

/** The documented full field lists, recognised by their field count when --cdn-fields is not given. */
const KNOWN_REALTIME_LISTS = new Map([CLOUDFRONT_REALTIME_FIELDS, CLOUDFRONT_REALTIME_FIELDS_WITHOUT_SIP, CLOUDFRONT_REALTIME_FIELDS_FULL, CLOUDFRONT_REALTIME_FIELDS_FULL_WITH_DISTRIBUTION].map((l) => [l.length, l]));
const LONGEST_KNOWN_REALTIME_LIST = Math.max(...KNOWN_REALTIME_LISTS.keys());

/** What a dead letter of a header-less line says: such a line is read in the legacy order, which a v2 field selection may not follow. */
const HEADERLESS_HINT = 'a line without a #Fields line is read in the documented 33-field order; for a standard logging (v2) delivery without header lines give its field list with --cdn-fields or &fields=';

/** Up to time-taken: the fewest columns a header-less standard log line can have. */
const MIN_HEADERLESS_FIELDS = CLOUDFRONT_STANDARD_FIELDS.indexOf('time-taken') + 1;

const CACHE_HITS = new Set(['Hit', 'RefreshHit', 'OriginShieldHit']);

/**
 * A parser for CloudFront standard logs: tab separated, `#Version` and `#Fields` header
 * lines set the columns (later `#Fields` lines switch them), `-` for absent values, URL
 * encoded user agent, times in seconds. Standard logging (v2) lets a distribution pick its
 * fields (real-time ones among them: `c-country`, `asn`, `timestamp`, `timestamp(ms)`) and
 * deliver them as W3C (with the header lines), as plain lines (their field list given as
 * opts.fields) or as JSON lines keyed by field name: all are read here, by field name, with
 * a tab or another one-character field delimiter (found from the first line it cuts right).
 */
export class CloudFrontStandardParser {
  private fields: readonly string[] = CLOUDFRONT_STANDARD_FIELDS;
  /** The fields not read (opts.jobFieldsOnly): their columns are never cut out. */
  private readonly unread: readonly (keyof typeof STANDARD_READ)[];
  private at: Positions<keyof typeof STANDARD_READ>;
  /** Whether the field list was given (a #Fields line, or opts.fields) rather than assumed. */
  private headerSeen = false;
  private readonly times = new StandardTime();
  private readonly cells = new TabCells();
  private readonly values = new ValueCells();
  /** What separates the fields: a tab, unless a delivery's lines show another delimiter (OTHER_DELIMITERS). */
  private delimiter = '\t';
  /** The keys of the last JSON line and where they put the fields read (the next line most likely has the same). */
  private jsonKeys: readonly string[] = [];
  private jsonAt: Positions<keyof typeof STANDARD_READ>;

  constructor(opts: Pick<ParserOptions, 'jobFieldsOnly' | 'fields'> = {}) {
    this.unread = opts.jobFieldsOnly ? NOT_FOR_JOBS : [];
    if (opts.fields) {
      this.fields = standardFieldNames(opts.fields);
      this.headerSeen = true;
    }
    this.at = positionsOf(this.fields, STANDARD_READ, this.unread);
    this.jsonAt = positionsOf([], STANDARD_READ, this.unread);
  }

  parse(line: string): ParseResult {
    if (line.startsWith('#')) {
      if (line.startsWith('#Fields:')) {
        this.fields = standardFieldNames(fieldsLineNames(line.slice(8).trim()));
        this.delimiter = '\t';
        this.at = positionsOf(this.fields, STANDARD_READ, this.unread);
        this.headerSeen = true;
      }
      return { skip: true };
    }
    if (line.trim() === '') return { skip: true };
    if (line.charCodeAt(0) === 0x7b /* { */) return this.parseJson(line);
    const cols = this.cut(line);
    // Without a #Fields line (lines cut from a file, or a stream): CloudFront only ever
    // appended fields, so an older, shorter line is the first columns of today's list. With
    // one, a shorter line is read by name for the columns it has (a truncated delivery).
    if (!this.headerSeen) {
      if (cols.count < MIN_HEADERLESS_FIELDS || cols.count > this.fields.length) return { dead: `expected ${MIN_HEADERLESS_FIELDS} to ${this.fields.length} tab-separated fields, got ${cols.count} (${HEADERLESS_HINT})` };
    } else if (cols.count > this.fields.length) {
      return { dead: `more ${this.delimiter === '\t' ? 'tab-separated' : `'${this.delimiter}'-separated`} fields (${cols.count}) than the field list names (${this.fields.length}: #Fields line or --cdn-fields)` };
    }
    return this.record(cols, this.at, line);
  }

  /**
   * What changes how the next lines are read: header lines, and the delimiter a line shows
   * (cut); JSON lines name their own fields.
   */
  passOver(line: string): void {
    if (line.startsWith('#')) this.parse(line);
    else if (line.trim() !== '' && line.charCodeAt(0) !== 0x7b) this.cut(line);
  }

  /**
   * A line's cells by the delimiter. A line the delimiter does not cut into the named fields
   * may be a standard logging (v2) delivery configured with another field delimiter, whose
   * delimiter (the one that cuts the line into them) is kept for the lines after it. The tab
   * is among them, so one stray line that another delimiter happens to cut so (hostile
   * input) does not cost the tab-separated lines after it, even those holding that character
   * in a value.
   */
  private cut(line: string): TabCells {
    const cols = this.cells.read(line, this.delimiter).dropTrailingBlank(this.fields.length);
    if (cols.count === this.fields.length || !this.headerSeen || this.fields.length <= 1) return cols;
    const delimiter = DELIMITERS.find((d) => d !== this.delimiter && this.cells.read(line, d).dropTrailingBlank(this.fields.length).count === this.fields.length);
    if (delimiter) this.delimiter = delimiter;
    return this.cells.read(line, this.delimiter).dropTrailingBlank(this.fields.length);
  }

  /** A JSON line of standard logging (v2): an object keyed by field name, values as text or numbers. */
  private parseJson(line: string): ParseResult {
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      return { dead: 'invalid JSON (a CloudFront JSON line is one object keyed by field name)' };
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return { dead: 'a CloudFront JSON line must be one object keyed by field name' };
    const object = value as Record<string, unknown>;
    const keys = Object.keys(object);
    if (!sameKeys(keys, this.jsonKeys)) {
      this.jsonKeys = keys;
      this.jsonAt = positionsOf(standardFieldNames(keys), STANDARD_READ, this.unread);
    }
    return this.record(this.values.set(keys.map((k) => jsonText(object[k]))), this.jsonAt, line);
  }

  private record(cols: Cells, at: Positions<keyof typeof STANDARD_READ>, line: string): ParseResult {
    const time = this.timeOf(cols, at);
    if (time === undefined) return { dead: `line has ${cols.count}${cols === this.cells ? ` of the ${this.fields.length}` : ''} fields and lacks date and time (or timestamp)` };
    if (Number.isNaN(time)) return { dead: this.headerSeen || cols !== this.cells ? 'invalid date or time' : `invalid date or time (${HEADERLESS_HINT})` };
    const query = str(cols.get(at.query));
    const resultType = str(cols.get(at.responseResultType) || cols.get(at.resultType));
    const record: CdnRecord = {
      record_id: str(cols.get(at.requestId)) || lineId('cloudfront', line),
      source_format: 'cloudfront',
      cdn: 'cloudfront',
      pop: popName(str(cols.get(at.edgeLocation))),
      request_time_ms: time,
      client_ip: str(cols.get(at.clientIp)),
      country: countryCode(cols.get(at.country)),
      asn: asNumber(cols.number(at.asn)),
      method: str(cols.get(at.method)),
      scheme: str(cols.get(at.scheme)),
      host: str(cols.get(at.hostHeader) || cols.get(at.host)),
      path: str(cols.get(at.path)),
      query,
      protocol: str(cols.get(at.protocol)),
      user_agent: decodeRepeated(str(cols.get(at.userAgent))),
      referer: str(cols.get(at.referer)),
      content_type: str(cols.get(at.contentType)),
      status: httpStatus(cols.number(at.status)),
      bytes_sent: cols.number(at.bytes) ?? 0,
      ttfb_ms: secondsToMs(cols.number(at.ttfb)),
      total_ms: secondsToMs(cols.number(at.timeTaken)),
      cache_status: resultType,
      cache_hit: CACHE_HITS.has(resultType),
    };
    // CloudFront logs the completion time; the request started time-taken earlier.
    if (record.total_ms) record.request_time_ms = time - Math.round(record.total_ms);
    return { record, cmcdPayloads: cmcdPayloads(query) };
  }

  /**
   * When the request completed (epoch ms): the date and time fields, or where a field
   * selection (standard logging v2) left them out, timestamp(ms) or timestamp (epoch
   * seconds). NaN when invalid, undefined when the line has none of them.
   */
  private timeOf(cols: Cells, at: Positions<keyof typeof STANDARD_READ>): number | undefined {
    const date = cols.get(at.date);
    const clock = cols.get(at.time);
    if (date !== undefined && clock !== undefined) return this.times.read(date, clock);
    const ms = cols.get(at.timestampMs);
    if (ms !== undefined) return cols.number(at.timestampMs) ?? NaN;
    const seconds = cols.get(at.timestamp);
    if (seconds !== undefined) return Math.round((cols.number(at.timestamp) ?? NaN) * 1000);
    return undefined;
  }
}

/**
 * Field delimiters a standard logging (v2) delivery may be configured with besides the tab,
 * tried (with the tab) on a line that the current delimiter leaves in one piece but that
 * should have several fields. CloudFront URL-encodes
 * spaces and other such characters inside values, so a line cuts into its fields cleanly.
 */
const OTHER_DELIMITERS = [' ', ',', '|', ';'];
/** Every field delimiter a delivery may use, the legacy logs' tab first. */
const DELIMITERS = ['\t', ...OTHER_DELIMITERS];

/** The names of a #Fields line: separated by spaces, or by the delivery's field delimiter where it wrote them so. */
function fieldsLineNames(names: string): string[] {
  if (!/\s/.test(names)) for (const d of OTHER_DELIMITERS) if (names.includes(d)) return names.split(d);
  return names.split(/\s+/);
}

/** The names real-time logs use for fields standard logs name otherwise (a v2 field selection may use either). */
const STANDARD_NAME_OF: ReadonlyMap<string, string> = new Map([
  ['cs-host', 'cs(Host)'], ['cs-user-agent', 'cs(User-Agent)'], ['cs-referer', 'cs(Referer)'], ['cs-cookie', 'cs(Cookie)'],
]);

/** A field list with real-time names given their standard names. */
function standardFieldNames(fields: readonly string[]): string[] {
  return fields.map((f) => STANDARD_NAME_OF.get(f) ?? f);
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A JSON line's value as the text a tab-separated line would hold (undefined when null, absent or not a scalar). */
function jsonText(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

/**
 * CloudFront real-time logs: tab separated in the configured field order, no header, epoch
 * seconds. Without a configured list, a line's field count picks one of the documented full
 * lists (40, 43, 44 or 46 fields).
 */
export class CloudFrontRealtimeParser {
  private readonly cells = new TabCells();
  private readonly fields: readonly string[] | undefined;
  private readonly jobFieldsOnly: boolean;

  constructor(opts: ParserOptions = {}) {
    this.fields = opts.fields;
    this.jobFieldsOnly = opts.jobFieldsOnly === true;
  }

  /** Each line is read by its own field count (or the configured list): none tells the next anything. */
  passOver(): void {}

  parse(line: string): ParseResult {
    if (line.trim() === '') return { skip: true };
    const cols = this.cells.read(line);
    const rawCount = cols.count;
    const fields = this.fields ?? KNOWN_REALTIME_LISTS.get(cols.dropTrailingBlank(LONGEST_KNOWN_REALTIME_LIST).count);
    if (!fields) {
      const known = [...KNOWN_REALTIME_LISTS.keys()].join(', ');
      return { dead: `${rawCount} tab-separated fields match none of the documented full real-time field lists (${known} fields); pass the configuration's field list with --cdn-fields (qoe replay) or ?fields= (POST /v1/cdn-logs)` };
    }
    cols.dropTrailingBlank(fields.length);
    if (cols.count !== fields.length) return { dead: `expected ${fields.length} tab-separated fields (the configured field list), got ${cols.count}` };
    const { at, cmcdAt } = realtimeLayout(fields, this.jobFieldsOnly);
    const ts = cols.number(at.timestamp);
    if (ts === undefined) return { dead: 'invalid timestamp' };
    // Real-time logs put the query string into cs-uri-stem too.
    const [stem, stemQuery] = splitOnce(str(cols.get(at.path)), '?');
    const query = str(cols.get(at.query)) || stemQuery;
    const resultType = str(cols.get(at.responseResultType) || cols.get(at.resultType));
    const record: CdnRecord = {
      record_id: str(cols.get(at.requestId)) || lineId('cloudfront-realtime', line),
      source_format: 'cloudfront-realtime',
      cdn: 'cloudfront',
      pop: popName(str(cols.get(at.edgeLocation))),
      request_time_ms: Math.round(ts * 1000),
      client_ip: str(cols.get(at.clientIp)),
      country: countryCode(cols.get(at.country)),
      asn: asNumber(cols.number(at.asn)),
      method: str(cols.get(at.method)),
      scheme: str(cols.get(at.scheme)),
      host: str(cols.get(at.hostHeader) || cols.get(at.host)),
      path: stem,
      query,
      protocol: str(cols.get(at.protocol)),
      user_agent: decodeRepeated(str(cols.get(at.userAgent))),
      referer: str(cols.get(at.referer)),
      content_type: str(cols.get(at.contentType)),
      status: httpStatus(cols.number(at.status)),
      bytes_sent: cols.number(at.bytes) ?? 0,
      ttfb_ms: secondsToMs(cols.number(at.ttfb)),
      total_ms: secondsToMs(cols.number(at.timeTaken)),
      cache_status: resultType,
      cache_hit: CACHE_HITS.has(resultType),
    };
    // `timestamp` is when the edge finished responding; the request started time-taken earlier.
    if (record.total_ms) record.request_time_ms = Math.round(ts * 1000) - Math.round(record.total_ms);
    return { record, cmcdPayloads: cmcdPayloads(query, cmcdAt.length > 0 ? [cmcdFromRealtimeFields(cols, cmcdAt)] : undefined) };
  }
}

/** The fields a standard log line is read from (the parser's name for each). */
const STANDARD_READ = {
  date: 'date', time: 'time', timestamp: 'timestamp', timestampMs: 'timestamp(ms)', country: 'c-country', asn: 'asn', query: 'cs-uri-query', responseResultType: 'x-edge-response-result-type', resultType: 'x-edge-result-type',
  requestId: 'x-edge-request-id', edgeLocation: 'x-edge-location', clientIp: 'c-ip', method: 'cs-method', scheme: 'cs-protocol',
  hostHeader: 'x-host-header', host: 'cs(Host)', path: 'cs-uri-stem', protocol: 'cs-protocol-version', userAgent: 'cs(User-Agent)',
  referer: 'cs(Referer)', contentType: 'sc-content-type', status: 'sc-status', bytes: 'sc-bytes', ttfb: 'time-to-first-byte', timeTaken: 'time-taken',
} as const;

/** The fields a real-time log line is read from. */
const REALTIME_READ = {
  timestamp: 'timestamp', path: 'cs-uri-stem', query: 'cs-uri-query', responseResultType: 'x-edge-response-result-type', resultType: 'x-edge-result-type',
  requestId: 'x-edge-request-id', edgeLocation: 'x-edge-location', clientIp: 'c-ip', country: 'c-country', asn: 'asn', method: 'cs-method',
  scheme: 'cs-protocol', hostHeader: 'x-host-header', host: 'cs-host', protocol: 'cs-protocol-version', userAgent: 'cs-user-agent',
  referer: 'cs-referer', contentType: 'sc-content-type', status: 'sc-status', bytes: 'sc-bytes', ttfb: 'time-to-first-byte', timeTaken: 'time-taken',
} as const;

/** Real-time logs can carry CMCD as separate cmcd-* fields: field -> CMCD key. */
const REALTIME_CMCD_FIELDS: readonly (readonly [string, string])[] = [
  ['cmcd-encoded-bitrate', 'br'], ['cmcd-buffer-length', 'bl'], ['cmcd-buffer-starvation', 'bs'], ['cmcd-content-id', 'cid'], ['cmcd-object-duration', 'd'],
  ['cmcd-deadline', 'dl'], ['cmcd-measured-throughput', 'mtp'], ['cmcd-object-type', 'ot'], ['cmcd-playback-rate', 'pr'], ['cmcd-session-id', 'sid'],
  ['cmcd-stream-type', 'st'], ['cmcd-startup', 'su'], ['cmcd-top-bitrate', 'tb'], ['cmcd-version', 'v'], ['cmcd-streaming-format', 'sf'],
];

interface RealtimeLayout {
  at: Positions<keyof typeof REALTIME_READ>;
  /** Position and CMCD key of each cmcd-* field the list has. */
  cmcdAt: readonly (readonly [number, string])[];
}

/** The fields a record holds that no CDN job reads (CdnJobRecord), by the parsers' names: not read with jobFieldsOnly. */
const NOT_FOR_JOBS = ['method', 'scheme', 'protocol', 'userAgent', 'referer', 'contentType'] as const satisfies readonly (keyof typeof STANDARD_READ & keyof typeof REALTIME_READ)[];

/** Layouts of the field lists met: of parsers that read every field, and of those that read the jobs' (jobFieldsOnly). */
const fullLayouts = new WeakMap<readonly string[], RealtimeLayout>();
const jobLayouts = new WeakMap<readonly string[], RealtimeLayout>();

/** Where a real-time field list puts what the parser reads (all of it, or the jobs' fields), worked out once per list. */
function realtimeLayout(fields: readonly string[], jobFieldsOnly: boolean): RealtimeLayout {
  const layouts = jobFieldsOnly ? jobLayouts : fullLayouts;
  let layout = layouts.get(fields);
  if (!layout) {
    const cmcdAt = REALTIME_CMCD_FIELDS.map(([field, key]) => [fields.lastIndexOf(field), key] as const).filter(([i]) => i >= 0);
    const unread: readonly (keyof typeof REALTIME_READ)[] = jobFieldsOnly ? NOT_FOR_JOBS : [];
    layouts.set(fields, (layout = { at: positionsOf(fields, REALTIME_READ, unread), cmcdAt }));
  }
  return layout;
}

/** The CMCD payload the cmcd-* fields of a real-time line make (undefined when they are all absent). */
function cmcdFromRealtimeFields(cols: TabCells, cmcdAt: RealtimeLayout['cmcdAt']): string | undefined {
  const parts: string[] = [];
  for (const [i, key] of cmcdAt) {
    const v = cols.get(i);
    if (v === undefined || v === '-' || v === '') continue;
    if (key === 'bs' || key === 'su') parts.push(v === 'true' || v === '1' ? key : `${key}=false`);
    else if (key === 'cid' || key === 'sid') parts.push(`${key}="${v}"`);
    else parts.push(`${key}=${v}`);
  }
  return parts.length > 0 ? parts.join(',') : undefined;
}

/** A time in seconds as ms (rounded to the µs); 0 when absent. */
function secondsToMs(n: number | undefined): number {
  return n === undefined ? 0 : Math.round(n * 1000 * 1000) / 1000;
}

function splitOnce(s: string, sep: string): [string, string] {
  const i = s.indexOf(sep);
  return i < 0 ? [s, ''] : [s.slice(0, i), s.slice(i + 1)];
}
