import type { VideoViewMessage, TimestampMessage } from '../proto';
import { UNKNOWN_VALUE } from '../schema';
import type { Decoded, ViewRecord } from './viewRecord';
import { parseRfc3339 } from './rfc3339';

export interface ViewLimits {
  /** Wall-clock now, ms; views ending later than now + maxFutureMs are rejected. */
  nowMs: number;
  maxFutureMs: number;
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
  const viewId = idField(raw.view_id);
  if (!viewId.ok) return fail(`view_id ${viewId.reason}`);
  const propertyId = idField(raw.property_id);
  if (!propertyId.ok) return fail(`property_id ${propertyId.reason}`);

  const start = timestampMs(raw.view_start);
  if (!start.ok) return fail(`view_start ${start.reason}`);
  const end = timestampMs(raw.view_end);
  if (!end.ok) return fail(`view_end ${end.reason}`);
  if (end.value < start.value) return fail('view_end before view_start');
  if (end.value - start.value > MAX_VIEW_DURATION_MS) return fail('view duration longer than 72 h');
  if (end.value > limits.nowMs + limits.maxFutureMs) return fail('view_end too far in the future');

  const watch = optionalNumber(raw.watch_time, 'watch_time', 0, MAX_VIEW_DURATION_MS);
  if (!watch.ok) return watch;
  const rebufferMs = optionalNumber(raw.rebuffer_duration, 'rebuffer_duration', 0, MAX_VIEW_DURATION_MS);
  if (!rebufferMs.ok) return rebufferMs;
  const rebufferCount = optionalNumber(raw.rebuffer_count, 'rebuffer_count', 0, 1e7);
  if (!rebufferCount.ok) return rebufferCount;
  const startup = optionalNumber(raw.video_startup_time, 'video_startup_time', 0, MAX_STARTUP_MS);
  if (!startup.ok) return startup;
  const bitrate = optionalNumber(raw.weighted_average_bitrate, 'weighted_average_bitrate', 0, MAX_BITRATE_BPS);
  if (!bitrate.ok) return bitrate;
  const upscale = optionalNumber(raw.view_upscaling_percentage, 'view_upscaling_percentage', 0, 1);
  if (!upscale.ok) return upscale;
  const asn = optionalNumber(raw.asn, 'asn', 0, 4_294_967_295);
  if (!asn.ok) return asn;

  const ebvs = optionalBool(raw.exit_before_video_start, 'exit_before_video_start');
  if (!ebvs.ok) return ebvs;
  const startupFailure = optionalBool(raw.video_startup_failure, 'video_startup_failure');
  if (!startupFailure.ok) return startupFailure;
  const failed = optionalBool(raw.playback_failure, 'playback_failure');
  if (!failed.ok) return failed;
  const mux = muxErrorIds(raw);
  if (!mux.ok) return mux;
  // A startup failure is a playback failure that happened before the first frame. A Mux
  // export marks failures by its error fields instead of playback_failure (see muxErrorIds).
  const playbackFailure = failed.value || startupFailure.value || mux.value.failureTypeId !== null;
  const errorCode = label(raw.player_error_code);
  const errorType = !playbackFailure ? '' : errorCode !== UNKNOWN_VALUE ? errorCode : mux.value.failureTypeId !== null ? `error_type_${mux.value.failureTypeId}` : 'unknown';
  const started = !startupFailure.value && !ebvs.value && startup.value !== null && startup.value > 0;

  return {
    ok: true,
    value: {
      viewId: viewId.value,
      propertyId: propertyId.value,
      viewStartMs: start.value,
      viewEndMs: end.value,
      videoId: label(raw.video_id),
      videoTitle: label(raw.video_title),
      cdn: label(raw.cdn),
      country: label(raw.country),
      asn: asn.value === null || asn.value === 0 ? UNKNOWN_VALUE : String(Math.trunc(asn.value)),
      playerName: label(raw.player_name),
      deviceCategory: label(raw.viewer_device_category),
      streamType: label(raw.stream_type),
      startupMs: started ? startup.value : null,
      rebufferCount: Math.trunc(rebufferCount.value ?? 0),
      rebufferMs: rebufferMs.value ?? 0,
      watchMs: watch.value ?? 0,
      bitrateBps: bitrate.value ?? 0,
      upscaleRatio: upscale.value ?? 0,
      exitBeforeVideoStart: ebvs.value && !playbackFailure,
      startupFailure: startupFailure.value,
      playbackFailure,
      errorType,
    },
  };
}

/**
 * The error type id of a view's fatal failure in Mux's fields, or null when Mux's fields say
 * it did not fail: playback_failure_error_type_id (set only on failed views); in exports older
 * than that field, error_type when no business-exception id says the error was not a failure.
 */
function muxErrorIds(raw: RawView): Decoded<{ failureTypeId: number | null }> {
  const failureId = errorTypeId(raw, 'playback_failure_error_type_id');
  if (!failureId.ok) return failureId;
  const errorType = errorTypeId(raw, 'error_type');
  if (!errorType.ok) return errorType;
  const playbackException = errorTypeId(raw, 'playback_business_exception_error_type_id');
  if (!playbackException.ok) return playbackException;
  const startupException = errorTypeId(raw, 'video_startup_business_exception_error_type_id');
  if (!startupException.ok) return startupException;
  if (failureId.value !== null) return { ok: true, value: { failureTypeId: failureId.value } };
  const businessException = playbackException.value !== null || startupException.value !== null;
  // Present on the wire (or in the JSON), not a protobuf default from the message prototype.
  const present = (field: string) => Object.prototype.hasOwnProperty.call(raw, field) && raw[field] !== null && raw[field] !== undefined;
  // Views in the project's own shape say whether they failed with playback_failure.
  const legacyExport = !present('playback_failure_error_type_id') && !present('playback_failure');
  if (legacyExport && !businessException && errorType.value !== null) return { ok: true, value: { failureTypeId: errorType.value } };
  return { ok: true, value: { failureTypeId: null } };
}

function hasControlCharacter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return true;
  }
  return false;
}

/** An error type id field: null when absent or 0 (protobuf's default). */
function errorTypeId(raw: RawView, field: string): Decoded<number | null> {
  const n = optionalNumber(raw[field], field, 0, 2_147_483_647);
  if (!n.ok) return n;
  return { ok: true, value: n.value !== null && n.value > 0 ? Math.trunc(n.value) : null };
}

function fail(reason: string): { ok: false; reason: string } {
  return { ok: false, reason };
}

function idField(v: unknown): Decoded<string> {
  if (v === undefined || v === null || v === '') return fail('missing');
  if (typeof v !== 'string' && typeof v !== 'number') return fail('not a string');
  const s = String(v);
  if (s.length > MAX_ID_LENGTH) return fail(`longer than ${MAX_ID_LENGTH} characters`);
  if (hasControlCharacter(s)) return fail('contains control characters');
  return { ok: true, value: s };
}

/** Free-text breakdown label: trimmed, control characters removed, bounded length. */
function label(v: unknown): string {
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
  let ms: number;
  if (v === undefined || v === null || v === '') return fail('missing');
  if (typeof v === 'number') ms = v;
  else if (typeof v === 'string') {
    ms = parseRfc3339(v);
    if (Number.isNaN(ms)) {
      if (/^\d{1,16}$/.test(v)) ms = Number(v);
      else return fail('is not RFC 3339 or epoch milliseconds');
    }
  } else if (typeof v === 'object') {
    const t = v as TimestampMessage;
    const seconds = int64Number(t.seconds ?? 0);
    const nanos = Number(t.nanos ?? 0);
    if (!Number.isFinite(seconds) || !Number.isFinite(nanos)) return fail('is not a valid timestamp');
    ms = seconds * 1000 + Math.floor(nanos / 1e6);
  } else return fail('is not a timestamp');
  if (!Number.isFinite(ms)) return fail('is not a valid time');
  if (ms < MIN_EVENT_TIME_MS) return fail('is before 2000-01-01');
  return { ok: true, value: Math.trunc(ms) };
}

/**
 * An int64 as protobufjs decodes it (a Long {low, high} when long.js is loaded) or as JSON
 * has it (number or string), as a number. Long's own conversion goes through a decimal
 * string; seconds since the epoch are far inside the 53 bits a number holds exactly.
 */
function int64Number(v: unknown): number {
  if (typeof v === 'number') return v;
  if (v !== null && typeof v === 'object' && typeof (v as { low?: unknown }).low === 'number' && typeof (v as { high?: unknown }).high === 'number') {
    const { low, high } = v as { low: number; high: number };
    return high * 4_294_967_296 + (low >>> 0);
  }
  return Number(v);
}

function optionalNumber(v: unknown, name: string, min: number, max: number): Decoded<number | null> {
  if (v === undefined || v === null || v === '') return { ok: true, value: null };
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  if (!Number.isFinite(n)) return fail(`${name} is not a number`);
  if (n < min) return fail(`${name} is negative`);
  if (n > max) return fail(`${name} is absurdly large (${n})`);
  return { ok: true, value: n };
}

function optionalBool(v: unknown, name: string): Decoded<boolean> {
  if (v === undefined || v === null || v === '') return { ok: true, value: false };
  if (typeof v === 'boolean') return { ok: true, value: v };
  if (v === 'true' || v === 1 || v === '1') return { ok: true, value: true };
  if (v === 'false' || v === 0 || v === '0') return { ok: true, value: false };
  return fail(`${name} is not a boolean`);
}
