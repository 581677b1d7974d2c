import { createHash } from 'node:crypto';
import type { CdnAccessRecordMessage } from '../../proto';
import { allCmcdReader, cmcdParser, type CmcdReader, type CmcdValues } from './cmcd';
import { ownCopy } from '../ownCopy';
import { safeDecode } from './safeDecode';

/** A normalized CDN access record (the CdnAccessRecord protobuf's fields). */
export type CdnRecord = CdnAccessRecordMessage & { cmcd?: CmcdValues | null };

/**
 * The fields of a CDN record that enrichment and the CDN jobs (health, client QoE, hourly
 * usage) read. A replay's reader worker hands the main thread only these: user agents,
 * referrers, query strings and the like would cost copying and never be looked at.
 * Enrichment and the jobs take CdnJobRecord, so a field they start reading must be added
 * here (and to the worker's columns, cdnColumns.ts) before it compiles.
 */
export const CDN_JOB_FIELDS = [
  'record_id', 'cdn', 'pop', 'request_time_ms', 'client_ip', 'asn', 'country', 'host', 'path', 'status', 'bytes_sent', 'ttfb_ms', 'total_ms',
  'cache_status', 'cache_hit', 'client_rtt_ms', 'environment_id', 'asset_id', 'rendition', 'segment_duration_ms',
] as const satisfies readonly (keyof CdnRecord)[];

/** The CMCD values enrichment and the CDN jobs read. */
export const CDN_JOB_CMCD_FIELDS = [
  'session_id', 'encoded_bitrate_kbps', 'buffer_length_ms', 'buffer_starvation', 'measured_throughput_kbps', 'startup', 'object_duration_ms',
] as const satisfies readonly (keyof CmcdValues)[];

export type CdnJobCmcd = Pick<CmcdValues, (typeof CDN_JOB_CMCD_FIELDS)[number]>;
export type CdnJobRecord = Pick<CdnRecord, (typeof CDN_JOB_FIELDS)[number]> & { cmcd?: CdnJobCmcd | null };

/**
 * A request's segment duration: the player's CMCD object duration (d) where it sent one and
 * the catalog knows the file as a media segment, else the catalog's (0 for manifests).
 * Enrichment applies it with the record's CMCD; a replay's reader worker enriches before
 * the CMCD is read, so the main thread applies it again once it is (idempotent).
 */
export function segmentDurationOf(catalogMs: number, cmcd: CdnJobCmcd | null | undefined): number {
  const d = cmcd?.object_duration_ms ?? 0;
  return catalogMs > 0 && d > 0 ? d : catalogMs;
}

/**
 * What a parser makes of a line: a record with its CMCD payloads not yet read (cmcdPayloads;
 * parseCdnLine reads them into record.cmcd, or leaves them for another thread), a reason to
 * dead-letter it, or nothing (a header or blank line).
 */
export type ParseResult = { record: CdnRecord; cmcdPayloads?: string[] | undefined } | { dead: string } | { skip: true };

/** How a parser reads its lines. */
export interface ParserOptions {
  /** The configured field list (CloudFront real-time, Akamai DataStream 2 structured lines). */
  fields?: readonly string[] | undefined;
  /**
   * Reads only what enrichment and the CDN jobs read (CdnJobRecord, and the query for its
   * CMCD): the text fields nothing after them looks at (method, scheme, protocol, user agent,
   * referrer, content type) are left blank instead of being cut out and decoded. For readers
   * whose records go to the jobs and nowhere else (qoe replay); the collectors publish
   * records whole and read everything.
   */
  jobFieldsOnly?: boolean | undefined;
}

/**
 * A request's CMCD payloads not yet read (cmcdOf, jobCmcdOf): first the `CMCD` query
 * argument as it stands in the URL, still URL-encoded ('' when the URL has none), then each
 * CMCD-* header value given. A replay's reader worker hands CMCD over so.
 */
export type CmcdPayloads = readonly string[];

/** A record's CMCD payloads still to be read: how a replay's reader worker hands CMCD over. */
export interface PendingCmcd {
  cmcdPayloads?: CmcdPayloads | undefined;
}

export const CDN_FORMATS = ['cloudfront', 'cloudfront-realtime', 'fastly', 'akamai-ds2', 'cloudflare'] as const;
export type CdnFormat = (typeof CDN_FORMATS)[number];

/** Stable id of a log line when the vendor gives none: duplicates of the line share it. */
export function lineId(format: string, line: string): string {
  return createHash('sha1').update(format).update('\u0000').update(line).digest('hex').slice(0, 24);
}

/** Splits a request target into path and query (without the '?'). */
export function splitUrl(target: string): { path: string; query: string; host?: string; scheme?: string } {
  let rest = target;
  let host: string | undefined;
  let scheme: string | undefined;
  const abs = /^(https?):\/\/([^/?#]+)(.*)$/i.exec(rest);
  if (abs) {
    scheme = abs[1]!.toLowerCase();
    host = abs[2]!;
    rest = abs[3] || '/';
  }
  const q = rest.indexOf('?');
  const out: { path: string; query: string; host?: string; scheme?: string } = q >= 0 ? { path: rest.slice(0, q), query: rest.slice(q + 1) } : { path: rest, query: '' };
  if (host !== undefined) out.host = host;
  if (scheme !== undefined) out.scheme = scheme;
  return out;
}

/**
 * The CMCD payloads of a request (CmcdPayloads): the `CMCD` query argument, not decoded,
 * then each CMCD-* header value given; undefined when there is none. Finding them is cheap;
 * reading them (cmcdOf) is the larger part, which a replay's reader worker leaves to the
 * main thread.
 */
export function cmcdPayloads(query: string, headers?: readonly (string | undefined)[]): string[] | undefined {
  let payloads: string[] | undefined;
  if (query) {
    let last: string | undefined;
    for (let from = 0; from < query.length; ) {
      let to = query.indexOf('&', from);
      if (to < 0) to = query.length;
      // Only the CMCD argument matters (any case; the last one when repeated); the rest of the query is not looked at.
      if (to - from >= 4 && isCmcdName(query, from) && (to - from === 4 || query.charCodeAt(from + 4) === 0x3d)) last = query.slice(Math.min(from + 5, to), to);
      from = to + 1;
    }
    if (last !== undefined) payloads = [last];
  }
  if (headers) {
    for (const h of headers) if (h) (payloads ??= ['']).push(h);
  }
  return payloads;
}

/** The CMCD values of payloads (a later payload's keys win); undefined when they hold none of ours. */
export function cmcdOf(payloads: CmcdPayloads | undefined): CmcdValues | undefined {
  return mergedCmcd(payloads, allCmcdReader);
}

const JOB_CMCD = cmcdParser(CDN_JOB_CMCD_FIELDS);

/** cmcdOf for enrichment and the CDN jobs: only the values they read (CDN_JOB_CMCD_FIELDS). */
export function jobCmcdOf(payloads: CmcdPayloads | undefined): CdnJobCmcd | undefined {
  return mergedCmcd(payloads, JOB_CMCD);
}

function mergedCmcd<T extends object>(payloads: CmcdPayloads | undefined, reader: CmcdReader<T>): T | undefined {
  if (payloads === undefined || payloads.length === 0) return undefined;
  let cmcd = reader.parseQueryValue(payloads[0]!);
  for (let i = 1; i < payloads.length; i++) cmcd = { ...cmcd, ...reader.parse(payloads[i]!) };
  return hasAnyField(cmcd) ? cmcd : undefined;
}

/** s[at, at + 4) is "CMCD" in any case (compared in place: the query string is not cut). */
function isCmcdName(s: string, at: number): boolean {
  // ASCII letters: setting bit 0x20 makes them lower case.
  return (s.charCodeAt(at) | 0x20) === 0x63 && (s.charCodeAt(at + 1) | 0x20) === 0x6d && (s.charCodeAt(at + 2) | 0x20) === 0x63 && (s.charCodeAt(at + 3) | 0x20) === 0x64;
}

function hasAnyField(o: object): boolean {
  for (const _ in o) return true;
  return false;
}

/**
 * Values that repeat across many lines (user agents, referrers, POP codes) are read once:
 * the answers of up to `size` distinct inputs are kept, and the memory is cleared when it
 * is full (so a flood of distinct values costs a lookup each, never unbounded memory).
 */
export function memoized(read: (s: string) => string, size = 1024): (s: string) => string {
  const known = new Map<string, string>();
  return (s) => {
    let v = known.get(s);
    if (v === undefined) {
      if (known.size >= size) known.clear();
      // Kept under a key of its own, not a slice of the line (ownCopy); the answer is read from it too.
      const key = ownCopy(s);
      known.set(key, (v = read(key)));
    }
    return v;
  };
}

/** A number from a log field, or undefined for absent markers ("-", "", null). */
export function num(v: unknown): number | undefined {
  if (v === undefined || v === null || v === '' || v === '-') return undefined;
  const n = typeof v === 'number' ? v : Number(v);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * An HTTP status from a log field: undefined when absent or not a number (validateRecord
 * dead-letters the record). 0 ("000" in CloudFront) is kept: the client closed the
 * connection before any response was sent.
 */
export function httpStatus(v: unknown): number | undefined {
  const n = num(v);
  return n !== undefined && Number.isInteger(n) ? n : undefined;
}

/** Status of a request the client gave up on before a response (CloudFront logs "000"). */
export const NO_RESPONSE_STATUS = 0;

/**
 * A country code as a breakdown value: two characters, a letter first (ISO 3166-1 alpha-2,
 * and the CDNs' own XX for unknown and T1 for Tor), upper case; '' for anything else (a
 * country name, hostile text), which counts as unknown.
 */
export function countryCode(v: unknown): string {
  const s = str(v).trim();
  return /^[A-Za-z][A-Za-z0-9]$/.test(s) ? s.toUpperCase() : '';
}

/** An autonomous system number: an integer from 1 to 2^32 - 1; 0 (unknown) for anything else. */
export function asNumber(v: unknown): number {
  const n = num(v);
  return n !== undefined && Number.isInteger(n) && n > 0 && n < 4_294_967_296 ? n : 0;
}

export function str(v: unknown): string {
  if (v === undefined || v === null || v === '-') return '';
  return String(v);
}

/** Checks the parts every record needs; returns a dead-letter reason or undefined. */
export function validateRecord(r: CdnRecord, nowMs: number): string | undefined {
  if (!Number.isFinite(r.request_time_ms) || !r.request_time_ms || r.request_time_ms < 946_684_800_000) return 'missing or invalid request time';
  if (r.request_time_ms > nowMs + 3_600_000) return 'request time too far in the future';
  const status = r.status;
  if (typeof status !== 'number' || !Number.isInteger(status) || (status !== NO_RESPONSE_STATUS && (status < 100 || status > 999))) return 'missing or invalid HTTP status';
  if (r.bytes_sent !== undefined && r.bytes_sent !== null && (r.bytes_sent < 0 || r.bytes_sent > 1e12)) return 'invalid byte count';
  if (!validDuration(r.ttfb_ms)) return 'invalid ttfb_ms';
  if (!validDuration(r.total_ms)) return 'invalid total_ms';
  return undefined;
}

/** A duration in ms is absent, or not below 0 nor above a day. */
function validDuration(v: number | null | undefined): boolean {
  return v === undefined || v === null || !(v < 0 || v > 24 * 3_600_000);
}

/** URL-decoded user agents and referrers (a few distinct values in thousands of lines). */
export const decodeRepeated = memoized(safeDecode);

/** "FRA56-P1" -> "FRA56"; bounded and cleaned. */
export const popName = memoized(readPopName);

function readPopName(v: string): string {
  const s = v.replace(/[^\w.:-]/g, '').slice(0, 64);
  const m = /^([A-Za-z]{3}\d*)-/.exec(s);
  return (m ? m[1]! : s).toUpperCase() || 'unknown';
}
