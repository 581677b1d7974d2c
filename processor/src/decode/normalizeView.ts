import type { VideoViewMessage, TimestampMessage } from '../proto';
import { UNKNOWN_VALUE } from '../schema';
import type { Decoded, ViewRecord } from './viewRecord';
import { int64Number } from './int64';
import { parseRfc3339 } from './rfc3339';

export interface ViewLimits {
  /** Wall-clock now, ms; views ending later than now + maxFutureMs are rejected. */
  nowMs: number;
  maxFutureMs: number;
  /**
   * The label fields (video id and title, CDN, country, player, device, stream type) left as
   * their text, not cleaned (cleanLabel; '' when absent or not text): for a replay's reader
   * worker, whose reader on the main thread cleans each distinct value of a chunk once
   * (viewColumns.ts) instead of the worker cleaning every view's.
   */
  rawLabels?: boolean;
}

const HOUR_MS = 3_600_000;
/** Longest plausible view (a 24/7 live stream left open over a weekend). */
export const MAX_VIEW_DURATION_MS = 72 * HOUR_MS;
/** Longest plausible startup time. */
export const MAX_STARTUP_MS = HOUR_MS;
/** Earliest plausible event time: 2000-01-01. */
export const MIN_EVENT_TIME_MS = 946_684_800_000;
/** Highest plausible bitrate, bits/s (1 Gbit/s). */
const MAX_BITRATE_BPS = 1e9;
const MAX_ID_LENGTH = 256;
const MAX_LABEL_LENGTH = 200;

/**
 * A view summary as found in NDJSON or decoded protobuf, before validation: VideoView
 * field names, values of any type (NDJSON carries times as strings or numbers).
 */
export type RawView = { [K in keyof VideoViewMessage]?: unknown } & Record<string, unknown>;

/**
 * Validates a decoded VideoView (protobuf or NDJSON object) into a ViewRecord, or says why not.
 */
export function normalizeView(raw: RawView, limits: ViewLimits): Decoded<ViewRecord> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return fail('not an object');
  try {
    return { ok: true, value: readView(raw, limits) };
  } catch (err) {
    if (err instanceof InvalidView) return fail(err.message);
    throw err;
  }
}

/**
 * Why a view is invalid, thrown by the field readers below at the first bad field and
 * caught in normalizeView: valid views (nearly all) make no result object per field.
 */
class InvalidView extends Error {}

function readView(raw: RawView, limits: ViewLimits): ViewRecord {
  const viewId = idField(raw.view_id, 'view_id');
  const propertyId = idField(raw.property_id, 'property_id');

  const start = readTimestamp(raw.view_start, 'view_start ');
  const end = readTimestamp(raw.view_end, 'view_end ');
  if (end < start) throw new InvalidView('view_end before view_start');
  if (end - start > MAX_VIEW_DURATION_MS) throw new InvalidView('view duration longer than 72 h');
  if (end > limits.nowMs + limits.maxFutureMs) throw new InvalidView('view_end too far in the future');

  const watch = optionalNumber(raw.watch_time, 'watch_time', 0, MAX_VIEW_DURATION_MS);
  const rebufferMs = optionalNumber(raw.rebuffer_duration, 'rebuffer_duration', 0, MAX_VIEW_DURATION_MS);
  const rebufferCount = optionalNumber(raw.rebuffer_count, 'rebuffer_count', 0, 1e7);
  const startup = optionalNumber(raw.video_startup_time, 'video_startup_time', 0, MAX_STARTUP_MS);
  const bitrate = optionalNumber(raw.weighted_average_bitrate, 'weighted_average_bitrate', 0, MAX_BITRATE_BPS);
  const upscale = optionalNumber(raw.view_upscaling_percentage, 'view_upscaling_percentage', 0, 1);
  const asn = optionalNumber(raw.asn, 'asn', 0, 4_294_967_295);

  const ebvs = optionalBool(raw.exit_before_video_start, 'exit_before_video_start');
  const startupFailure = optionalBool(raw.video_startup_failure, 'video_startup_failure');
  const failed = optionalBool(raw.playback_failure, 'playback_failure');
  const failureTypeId = muxFailureTypeId(raw);
  // A startup failure is a playback failure that happened before the first frame. A Mux
  // export marks failures by its error fields instead of playback_failure (see muxFailureTypeId).
  const playbackFailure = failed || startupFailure || failureTypeId !== null;
  const errorCode = cleanLabel(raw.player_error_code);
  const errorType = !playbackFailure ? '' : errorCode !== UNKNOWN_VALUE ? errorCode : failureTypeId !== null ? `error_type_${failureTypeId}` : 'unknown';
  const started = !startupFailure && !ebvs && startup !== null && startup > 0;
  const label = limits.rawLabels ? labelText : cleanLabel;

  return {
    viewId,
    propertyId,
    viewStartMs: start,
    viewEndMs: end,
    videoId: label(raw.video_id),
    videoTitle: label(raw.video_title),
    cdn: label(raw.cdn),
    country: label(raw.country),
    asn: asn === null || asn === 0 ? UNKNOWN_VALUE : String(Math.trunc(asn)),
    playerName: label(raw.player_name),
    deviceCategory: label(raw.viewer_device_category),
    streamType: label(raw.stream_type),
    startupMs: started ? startup : null,
    rebufferCount: Math.trunc(rebufferCount ?? 0),
    rebufferMs: rebufferMs ?? 0,
    watchMs: watch ?? 0,
    bitrateBps: bitrate ?? 0,
    upscaleRatio: upscale ?? 0,
    exitBeforeVideoStart: ebvs && !playbackFailure,
    startupFailure,
    playbackFailure,
    errorType,
  };
}

/**
 * The error type id of a view's fatal failure in Mux's fields, or null when Mux's fields say
 * it did not fail: playback_failure_error_type_id (set only on failed views); in exports older
 * than that field, error_type when no business-exception id says the error was not a failure.
 */
function muxFailureTypeId(raw: RawView): number | null {
  const failureId = errorTypeId(raw, 'playback_failure_error_type_id');
  const errorType = errorTypeId(raw, 'error_type');
  const playbackException = errorTypeId(raw, 'playback_business_exception_error_type_id');
  const startupException = errorTypeId(raw, 'video_startup_business_exception_error_type_id');
  if (failureId !== null) return failureId;
  const businessException = playbackException !== null || startupException !== null;
  // Views in the project's own shape say whether they failed with playback_failure.
  const legacyExport = !present(raw, 'playback_failure_error_type_id') && !present(raw, 'playback_failure');
  return legacyExport && !businessException && errorType !== null ? errorType : null;
}

/** The field is present on the wire (or in the JSON), not a protobuf default from the message prototype. */
function present(raw: RawView, field: string): boolean {
  return Object.prototype.hasOwnProperty.call(raw, field) && raw[field] !== null && raw[field] !== undefined;
}

function hasControlCharacter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return true;
  }
  return false;
}

/** An error type id field: null when absent or 0 (protobuf's default). */
function errorTypeId(raw: RawView, field: string): number | null {
  const n = optionalNumber(raw[field], field, 0, 2_147_483_647);
  return n !== null && n > 0 ? Math.trunc(n) : null;
}

function fail(reason: string): { ok: false; reason: string } {
  return { ok: false, reason };
}

function idField(v: unknown, name: string): string {
  if (v === undefined || v === null || v === '') throw new InvalidView(`${name} missing`);
  if (typeof v !== 'string' && typeof v !== 'number') throw new InvalidView(`${name} not a string`);
  const s = String(v);
  if (s.length > MAX_ID_LENGTH) throw new InvalidView(`${name} longer than ${MAX_ID_LENGTH} characters`);
  if (hasControlCharacter(s)) throw new InvalidView(`${name} contains control characters`);
  return s;
}

/** A label field's text as cleanLabel reads it ('' for no text, which it reads as unknown). */
function labelText(v: unknown): string {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
}

/** Free-text breakdown label: trimmed, control characters removed, bounded length. Cleaning a clean label changes nothing. */
export function cleanLabel(v: unknown): string {
  if (v === undefined || v === null) return UNKNOWN_VALUE;
  if (typeof v !== 'string' && typeof v !== 'number') return UNKNOWN_VALUE;
  const raw = typeof v === 'string' ? v : String(v);
  // eslint-disable-next-line no-control-regex
  const s = (hasControlCharacter(raw) ? raw.replace(/[\u0000-\u001f\u007f]/g, '') : raw).trim();
  if (s === '') return UNKNOWN_VALUE;
  return s.length > MAX_LABEL_LENGTH ? s.slice(0, MAX_LABEL_LENGTH) : s;
}

/**
 * Accepts protobuf Timestamp {seconds, nanos}, epoch milliseconds (number or digit
 * string) and RFC 3339 strings.
 */
export function timestampMs(v: unknown): Decoded<number> {
  try {
    return { ok: true, value: readTimestamp(v, '') };
  } catch (err) {
    if (err instanceof InvalidView) return fail(err.message);
    throw err;
  }
}

/** A timestamp field as epoch ms; an invalid one throws, its reason after `prefix`. */
function readTimestamp(v: unknown, prefix: string): number {
  let ms: number;
  if (v === undefined || v === null || v === '') throw new InvalidView(`${prefix}missing`);
  if (typeof v === 'number') ms = v;
  else if (typeof v === 'string') {
    ms = parseRfc3339(v);
    if (Number.isNaN(ms)) {
      if (/^\d{1,16}$/.test(v)) ms = Number(v);
      else throw new InvalidView(`${prefix}is not RFC 3339 or epoch milliseconds`);
    }
  } else if (typeof v === 'object') {
    const t = v as TimestampMessage;
    const seconds = int64Number(t.seconds ?? 0);
    const nanos = Number(t.nanos ?? 0);
    if (!Number.isFinite(seconds) || !Number.isFinite(nanos)) throw new InvalidView(`${prefix}is not a valid timestamp`);
    ms = seconds * 1000 + Math.floor(nanos / 1e6);
  } else throw new InvalidView(`${prefix}is not a timestamp`);
  if (!Number.isFinite(ms)) throw new InvalidView(`${prefix}is not a valid time`);
  if (ms < MIN_EVENT_TIME_MS) throw new InvalidView(`${prefix}is before 2000-01-01`);
  return Math.trunc(ms);
}

function optionalNumber(v: unknown, name: string, min: number, max: number): number | null {
  if (v === undefined || v === null || v === '') return null;
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  if (!Number.isFinite(n)) throw new InvalidView(`${name} is not a number`);
  if (n < min) throw new InvalidView(`${name} is negative`);
  if (n > max) throw new InvalidView(`${name} is absurdly large (${n})`);
  return n;
}

function optionalBool(v: unknown, name: string): boolean {
  if (v === undefined || v === null || v === '') return false;
  if (typeof v === 'boolean') return v;
  if (v === 'true' || v === 1 || v === '1') return true;
  if (v === 'false' || v === 0 || v === '0') return false;
  throw new InvalidView(`${name} is not a boolean`);
}
