import * as fs from 'node:fs';
import * as path from 'node:path';
import * as protobuf from 'protobufjs';
import { silentLogger } from '../log/logger';
import { replayViews } from '../runners/replay/replayViews';
import { pb } from '../proto';
import { MemoryDeadLetterSink } from '../sinks/deadLetterSink';
import { LineProtocolFileSink } from '../sinks/pointSink';
import { parseLineProtocol } from '../test-support/lineProtocol';
import { simulatedViews, tempFile, toNdjson } from '../test-support/viewFiles';
import { normalizeView, type RawView } from './normalizeView';
import { decodeViewsBody } from '../sources/collector/viewsEndpoint';
import { readViewFile } from '../sources/files/readViews';
import { decodeViewMessage, detectViewFraming } from './viewsProtobuf';

// Views encoded with Mux's own published schema (vendored unchanged as test data, see
// test/fixtures/mux/README.md), decoded by the project's VideoView as a Mux export would be.
const MUX_PROTO = path.resolve(__dirname, '../../test/fixtures/mux/video_view.proto');
const MuxView = new protobuf.Root().loadSync(MUX_PROTO, { keepCase: true }).lookupType('video_view.v1.VideoView');
const limits = { nowMs: Date.parse('2026-12-01T00:00:00Z'), maxFutureMs: 3_600_000 };
const ts = (ms: number) => ({ seconds: Math.floor(ms / 1000), nanos: (ms % 1000) * 1e6 });
const T0 = Date.parse('2026-11-20T18:00:00Z');

function muxEncode(view: Record<string, unknown>): Uint8Array {
  const err = MuxView.verify(view);
  if (err) throw new Error(err);
  return MuxView.encode(MuxView.fromObject(view)).finish();
}

const base = (id: string) => ({ view_id: id, property_id: 'prop-mux', view_start: ts(T0), view_end: ts(T0 + 45_000), video_title: 'Title', cdn: 'fastly', watch_time: 45_000 });

describe('a Mux VideoView export', () => {
  it('decodes every field the two schemas share to the same value', () => {
    const ourNames = new Set(Object.keys(pb.VideoView.toObject(pb.VideoView.create(), { defaults: true })));
    // Every scalar field of Mux's VideoView that ours has too, set to a value of its type.
    const view: Record<string, unknown> = { ...base('all-fields'), events: [{ sequence_number: 1, server_time: ts(T0), viewer_time: ts(T0), playhead_time: { seconds: 0 }, type: 'playing' }] };
    let shared = 0;
    for (const f of MuxView.fieldsArray) {
      if (!ourNames.has(f.name) || f.repeated || f.map || f.resolvedType || view[f.name] !== undefined) continue;
      shared++;
      view[f.name] = f.type === 'string' ? `${f.name}-value` : f.type === 'bool' ? true : f.type === 'float' || f.type === 'double' ? 0.25 : f.id + 7;
    }
    expect(shared).toBeGreaterThan(95);
    const bytes = muxEncode(view);
    const theirs = MuxView.toObject(MuxView.decode(bytes), { longs: Number });
    const decoded = pb.VideoView.toObject(pb.VideoView.decode(bytes), { longs: Number }) as Record<string, unknown>;
    for (const f of MuxView.fieldsArray) {
      if (!ourNames.has(f.name) || f.repeated || f.map) continue;
      expect({ field: f.name, value: decoded[f.name] }).toEqual({ field: f.name, value: theirs[f.name] });
    }
  });

  it.each([
    ['no error', {}, { playbackFailure: false, startupFailure: false, exitBeforeVideoStart: false, errorType: '' }],
    ['a video startup failure', { video_startup_failure: true, playback_failure_error_type_id: 1001, player_error_code: 'MEDIA_ERR_NETWORK' }, { playbackFailure: true, startupFailure: true, errorType: 'MEDIA_ERR_NETWORK' }],
    ['a playback failure after the first frame, no player code', { playback_failure_error_type_id: 2002, error_type: 2002, video_startup_time: 900 }, { playbackFailure: true, startupFailure: false, errorType: 'error_type_2002' }],
    ['an older export with only error_type', { error_type: 3003, player_error_code: 'networkError' }, { playbackFailure: true, errorType: 'networkError' }],
    ['a business exception', { error_type: 4004, playback_business_exception_error_type_id: 4004, player_error_code: 'geoBlocked' }, { playbackFailure: false, errorType: '' }],
    ['an exit before video start', { exit_before_video_start: true }, { playbackFailure: false, exitBeforeVideoStart: true }],
  ])('counts %s as Mux does', (_name, extra, want) => {
    const r = decodeViewMessage(muxEncode({ ...base('v'), ...extra }), limits, 'mux');
    expect('view' in r && r.view).toMatchObject(want);
  });

  it('gives the same per-minute values as the same views in NDJSON', async () => {
    // Simulated views in the project's NDJSON shape, and the same views as Mux would export them.
    // Mux's view_upscaling_percentage is a float (32 bits): the NDJSON views carry the same value.
    const views = simulatedViews(T0, 6, { rate: 15 }).map((v) => ({ ...v, view_upscaling_percentage: Math.fround(Number(v.view_upscaling_percentage ?? 0)) }));
    expect(views.filter((v) => v.playback_failure).length).toBeGreaterThan(20);
    expect(views.filter((v) => v.video_startup_failure).length).toBeGreaterThan(5);
    expect(views.filter((v) => v.exit_before_video_start).length).toBeGreaterThan(5);
    const codes = new Map<string, number>();
    const asMux = views.map((v) => {
      const { playback_failure, ...rest } = v as unknown as Record<string, unknown>;
      const code = String(v.player_error_code ?? '');
      if (!codes.has(code)) codes.set(code, 1000 + codes.size);
      const mux: Record<string, unknown> = { ...rest, view_start: ts(Date.parse(v.view_start)), view_end: ts(Date.parse(v.view_end)) };
      if (playback_failure) mux.playback_failure_error_type_id = codes.get(code);
      return MuxView.encodeDelimited(MuxView.fromObject(mux)).finish();
    });
    const [ndjson, mux] = await Promise.all([
      replay(tempFile('views.ndjson', toNdjson(views)), 'ndjson'),
      replay(tempFile('views.pb', Buffer.concat(asMux)), 'protobuf'),
    ]);
    expect(mux.dead).toBe(0);
    expect(mux.points.length).toBeGreaterThan(50);
    expect(mux.points).toEqual(ndjson.points);
  });

  it('is not taken for a failure when a view in the project\'s shape says it did not fail', () => {
    const r = normalizeView({ ...base('own'), view_start: T0, view_end: T0 + 1000, error_type: 5, playback_failure: false } as unknown as RawView, limits);
    expect(r.ok && r.value.playbackFailure).toBe(false);
  });
});

async function replay(file: string, format: 'ndjson' | 'protobuf') {
  const out = tempFile('out.lp', '');
  const dead = new MemoryDeadLetterSink();
  const sink = new LineProtocolFileSink(out, 'qoe');
  await replayViews({ viewsFile: file, viewsFormat: format, batchSize: 500, speed: 0, job: { outOfOrdernessMs: 10_000, allowedLatenessMs: 60_000 }, maxFutureMs: 3_600_000 }, sink, dead, silentLogger);
  await sink.close();
  const byId = new Map<string, ReturnType<typeof parseLineProtocol>[number]>();
  for (const p of parseLineProtocol(fs.readFileSync(out, 'utf8'))) byId.set(`${p.measurement}|${JSON.stringify(p.tags)}|${p.time}`, p);
  return { dead: dead.count(), points: [...byId.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, p]) => p) };
}

describe('framing of protobuf views', () => {
  const views = [1, 2, 3].map((i) => ({ ...base(`f${i}`), view_end: ts(T0 + i * 1000), playback_failure_error_type_id: i === 2 ? 7 : undefined }));
  const single = muxEncode(views[0]!);
  const delimited = Buffer.concat(views.map((v) => MuxView.encodeDelimited(MuxView.fromObject(v)).finish()));
  const batch = pb.VideoViewBatch.encode({ views: views.map((v) => pb.VideoView.decode(muxEncode(v))) } as never).finish();

  it.each([
    ['one unframed Mux record', single, 'single', 1],
    ['length-delimited records', delimited, 'delimited', 3],
    ['a VideoViewBatch', batch, 'batch', 3],
  ] as const)('tells %s apart', (_name, bytes, framing, count) => {
    expect(detectViewFraming(bytes)).toBe(framing);
    expect(count).toBeGreaterThan(0);
  });

  it.each([
    ['views.pb', single, 1],
    ['views.delimited', delimited, 3],
    ['batch.pb', batch, 3],
  ] as const)('qoe replay reads %s', async (name, bytes, count) => {
    const got: string[] = [];
    let failures = 0;
    for await (const b of readViewFile(tempFile(name, Buffer.from(bytes)), 'protobuf', 2, () => limits)) {
      expect(b.dead).toEqual([]);
      got.push(...b.views.map((v) => v.viewId));
      failures += b.views.filter((v) => v.playbackFailure).length;
    }
    expect(got).toEqual(views.slice(0, count).map((v) => v.view_id));
    expect(failures).toBe(count > 1 ? 1 : 0);
  });

  it.each([
    ['one unframed Mux record', single, 'application/x-protobuf', 1],
    ['a VideoViewBatch', batch, 'application/x-protobuf', 3],
    ['length-delimited records', delimited, 'application/x-protobuf; delimited=true', 3],
  ] as const)('the collector reads a body of %s', (_name, bytes, contentType, count) => {
    const out = decodeViewsBody(Buffer.from(bytes), contentType, limits, 'http');
    expect(out.dead).toEqual([]);
    expect(out.views.map((v) => v.viewId)).toEqual(views.slice(0, count).map((v) => v.view_id));
  });

  it('dead-letters noise with its reason instead of guessing', async () => {
    const noise = Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0x01, 0x02]);
    expect(detectViewFraming(noise)).toBe('delimited');
    const dead: string[] = [];
    for await (const b of readViewFile(tempFile('noise.pb', noise), 'protobuf', 10, () => limits)) dead.push(...b.dead.map((d) => d.reason));
    expect(dead.length).toBeGreaterThan(0);
  });
});
