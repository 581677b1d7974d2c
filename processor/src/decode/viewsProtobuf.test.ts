import { Writer } from 'protobufjs/minimal';
import { decodeViewMessage } from './viewsProtobuf';

const limits = { nowMs: Date.parse('2026-11-24T12:00:00Z'), maxFutureMs: 0 };

/**
 * Bytes laid out by hand with Mux's VideoView field numbers and wire types
 * (muxinc/mux-protobuf video_view/v1), including its repeated `events` (5) which this
 * schema does not model: the view must decode as Mux exports it.
 */
function muxEncodedView(): Uint8Array {
  const ts = (seconds: number) => Writer.create().uint32((1 << 3) | 0).int64(seconds).finish();
  const w = Writer.create();
  w.uint32((1 << 3) | 2).string('mux-view-1'); // view_id
  w.uint32((2 << 3) | 2).string('mux-prop'); // property_id
  w.uint32((3 << 3) | 2).bytes(ts(1795518000)); // view_start
  w.uint32((4 << 3) | 2).bytes(ts(1795518600)); // view_end
  w.uint32((5 << 3) | 2).bytes(Writer.create().uint32((4 << 3) | 2).string('playing').finish()); // events (unknown here)
  w.uint32((6 << 3) | 0).int32(7922); // asn
  w.uint32((9 << 3) | 2).string('fastly'); // cdn
  w.uint32((12 << 3) | 2).string('US'); // country
  w.uint32((20 << 3) | 0).bool(false); // exit_before_video_start
  w.uint32((36 << 3) | 2).string('networkError'); // player_error_code
  w.uint32((43 << 3) | 2).string('hls.js'); // player_name
  w.uint32((58 << 3) | 0).int32(3); // rebuffer_count
  w.uint32((59 << 3) | 0).int32(4500); // rebuffer_duration
  w.uint32((73 << 3) | 2).string('vid-9'); // video_id
  w.uint32((78 << 3) | 0).int32(1234); // video_startup_time
  w.uint32((79 << 3) | 2).string('The Title'); // video_title
  w.uint32((91 << 3) | 5).float(0.25); // view_upscaling_percentage
  w.uint32((94 << 3) | 2).string('tv'); // viewer_device_category
  w.uint32((101 << 3) | 0).int32(600000); // watch_time
  w.uint32((103 << 3) | 1).double(3.5e6); // weighted_average_bitrate
  w.uint32((114 << 3) | 2).string('live'); // stream_type
  w.uint32((120 << 3) | 2).string('env-1'); // environment_id
  w.uint32((301 << 3) | 0).bool(true); // playback_failure (ours, above Mux's reserved range)
  return w.finish();
}

describe('VideoView protobuf', () => {
  it('decodes a view laid out with Mux field numbers', () => {
    const r = decodeViewMessage(muxEncodedView(), limits, 'test');
    expect('view' in r).toBe(true);
    if (!('view' in r)) return;
    expect(r.view).toMatchObject({
      viewId: 'mux-view-1',
      propertyId: 'mux-prop',
      viewStartMs: 1795518000000,
      viewEndMs: 1795518600000,
      asn: '7922',
      cdn: 'fastly',
      country: 'US',
      playerName: 'hls.js',
      rebufferCount: 3,
      rebufferMs: 4500,
      videoId: 'vid-9',
      startupMs: 1234,
      videoTitle: 'The Title',
      upscaleRatio: 0.25,
      deviceCategory: 'tv',
      watchMs: 600000,
      bitrateBps: 3.5e6,
      streamType: 'live',
      playbackFailure: true,
      errorType: 'networkError',
    });
  });

  it('sends undecodable bytes to the dead letters with a reason', () => {
    const r = decodeViewMessage(Uint8Array.from([0x0a, 0xff, 0xff, 0xff]), limits, 'test', 7);
    expect(r).toEqual({ dead: expect.objectContaining({ reason: expect.stringMatching(/^undecodable VideoView/), position: 7 }) });
  });
});
