import Long from 'long';
import { normalizeView, timestampMs, type RawView } from './normalizeView';

const now = Date.parse('2026-11-24T12:00:00Z');
const limits = { nowMs: now, maxFutureMs: 3_600_000 };
const good: RawView = {
  view_id: 'v1',
  property_id: 'p1',
  view_start: '2026-11-24T11:00:00Z',
  view_end: '2026-11-24T11:10:00.250Z',
  watch_time: 600_000,
  video_startup_time: 900,
  playback_failure: true,
  player_error_code: 'networkError',
  asn: 3320,
};

describe('normalizeView', () => {
  it('accepts a good view and normalizes units and labels', () => {
    const r = normalizeView(good, limits);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({ viewId: 'v1', propertyId: 'p1', viewEndMs: Date.parse('2026-11-24T11:10:00.250Z'), startupMs: 900, playbackFailure: true, errorType: 'networkError', asn: '3320', cdn: 'unknown' });
  });

  it('treats a startup failure as a playback failure before the first frame', () => {
    const r = normalizeView({ ...good, playback_failure: false, video_startup_failure: true, video_startup_time: 4000 }, limits);
    expect(r.ok && r.value.playbackFailure && r.value.startupFailure && r.value.startupMs === null).toBe(true);
  });

  it('labels a failure without an error code as unknown', () => {
    const r = normalizeView({ ...good, player_error_code: undefined }, limits);
    expect(r.ok && r.value.errorType).toBe('unknown');
  });

  it.each<[string, RawView]>([
    ['view_id missing', { ...good, view_id: undefined }],
    ['property_id missing', { ...good, property_id: '' }],
    ['property_id longer than 256 characters', { ...good, property_id: 'x'.repeat(300) }],
    ['view_id contains control characters', { ...good, view_id: 'a\nb' }],
    ['view_end before view_start', { ...good, view_end: '2026-11-24T10:00:00Z' }],
    ['view_end too far in the future', { ...good, view_start: '2026-11-24T14:00:00Z', view_end: '2026-11-24T14:10:00Z' }],
    ['view duration longer than 72 h', { ...good, view_start: '2026-11-01T00:00:00Z' }],
    ['view_start is not RFC 3339 or epoch milliseconds', { ...good, view_start: 'yesterday' }],
    ['view_start is before 2000-01-01', { ...good, view_start: 0 }],
    ['watch_time is negative', { ...good, watch_time: -5 }],
    ['watch_time is not a number', { ...good, watch_time: 'long' as never }],
    ['video_startup_time is absurdly large', { ...good, video_startup_time: 1e12 }],
    ['view_upscaling_percentage is absurdly large', { ...good, view_upscaling_percentage: 3 }],
    ['playback_failure is not a boolean', { ...good, playback_failure: 'maybe' as never }],
    ['not an object', [] as never],
  ])('rejects: %s', (reason, raw) => {
    const r = normalizeView(raw, limits);
    expect(r).toEqual({ ok: false, reason: expect.stringContaining(reason) });
  });
});

describe('timestampMs', () => {
  it.each([
    ['2026-11-24T11:10:00Z', 1795518600000],
    ['2026-11-24T12:10:00.5+01:00', 1795518600500],
    [1795518600000, 1795518600000],
    ['1795518600000', 1795518600000],
    [{ seconds: 1795518600, nanos: 999_999_999 }, 1795518600999],
  ])('%p -> %p', (input, ms) => {
    expect(timestampMs(input)).toEqual({ ok: true, value: ms });
  });
});

describe('timestampMs of protobuf int64 seconds', () => {
  it('reads Long seconds (as protobufjs decodes int64) exactly, and as strings', () => {
    expect(timestampMs({ seconds: Long.fromNumber(1795518600), nanos: 250_000_000 })).toEqual({ ok: true, value: 1795518600250 });
    expect(timestampMs({ seconds: Long.fromString('1795518600'), nanos: 0 })).toEqual({ ok: true, value: 1795518600000 });
    expect(timestampMs({ seconds: '1795518600', nanos: 0 })).toEqual({ ok: true, value: 1795518600000 });
    expect(timestampMs({ seconds: Long.fromNumber(-5), nanos: 0 }).ok).toBe(false);
  });
});
