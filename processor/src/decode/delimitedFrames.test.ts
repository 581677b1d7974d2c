import { DelimitedFrames, splitExactly, type Frame } from './delimitedFrames';
import { decodesAsVideoView, encodeDelimitedViews, isVideoView } from './viewsProtobuf';

const t = (s: number) => ({ seconds: 1795518000 + s, nanos: 0 });
const views = Array.from({ length: 200 }, (_, i) => ({ view_id: `view-${i}`, property_id: 'p', view_start: t(i), view_end: t(i + 30), video_title: `title ${i % 7}` }));
const clean = Buffer.from(encodeDelimitedViews(views as never));

/** Every frame of the bytes, pushed in chunks of the given sizes (cycled). */
function framesOf(bytes: Buffer, chunkSizes: readonly number[] = [bytes.length], readable?: (bytes: Uint8Array) => boolean): Frame[] {
  const frames = new DelimitedFrames(isVideoView);
  const out: Frame[] = [];
  const take = (atEnd: boolean) => {
    for (let f = frames.next(atEnd); f; f = frames.next(atEnd)) {
      // As a reader does: a message it cannot read sends the framing back to searching.
      if (f.kind === 'message' && readable && !readable(f.bytes)) frames.resync(f, 'unreadable');
      else out.push(f);
    }
  };
  let k = 0;
  for (let at = 0; at < bytes.length; k++) {
    const size = Math.max(1, chunkSizes[k % chunkSizes.length]!);
    frames.push(bytes.subarray(at, at + size));
    at += size;
    take(false);
  }
  take(true);
  return out;
}

const summary = (frames: readonly Frame[]) => frames.map((f) => (f.kind === 'message' ? `m@${f.offset}:${f.bytes.length}` : `skip@${f.offset}+${f.length}`));

/** Where each message of the clean stream starts (its length prefix). */
function starts(bytes: Buffer): number[] {
  return framesOf(bytes).map((f) => f.offset);
}

describe('DelimitedFrames', () => {
  it('gives every message of a clean stream, however the stream is cut into chunks', () => {
    const whole = framesOf(clean);
    expect(whole).toHaveLength(views.length);
    expect(whole.every((f) => f.kind === 'message')).toBe(true);
    for (const sizes of [[1], [7], [3, 50, 1, 999], [4096]]) expect(summary(framesOf(clean, sizes))).toEqual(summary(whole));
  });

  it('skips a length prefix that is too large to the next message: one skipped frame, every other message kept, however the stream is cut', () => {
    const at = starts(clean);
    const bytes = Buffer.from(clean);
    // Message 50's one-byte prefix and its first four bytes become a 5-byte length of 4 GiB.
    bytes.set([0xff, 0xff, 0xff, 0xff, 0x0f], at[50]!);
    for (const sizes of [[bytes.length], [13], [1, 200], [4096]]) {
      const frames = framesOf(bytes, sizes);
      expect(frames.filter((f) => f.kind === 'skipped').map((f) => f.offset)).toEqual([at[50]]);
      expect(frames.filter((f) => f.kind === 'message').map((f) => f.offset)).toEqual(at.filter((_, i) => i !== 50));
    }
  });

  it('skips a message whose length runs past the end of the input (the bytes it claims never come)', () => {
    const at = starts(clean);
    const bytes = Buffer.from(clean);
    bytes[at[199]!] = 0x7f; // longer than the last message's bytes
    for (const sizes of [[bytes.length], [1], [64]]) {
      const frames = framesOf(bytes, sizes);
      const last = frames[frames.length - 1]!;
      expect(last).toMatchObject({ kind: 'skipped', offset: at[199], length: bytes.length - at[199]! });
      expect(frames.filter((f) => f.kind === 'message').map((f) => f.offset)).toEqual(at.slice(0, 199));
    }
  });

  it('searches again from a message its reader could not read (a length too short: its tail reads as the next frame), and goes on at the next message', () => {
    const at = starts(clean);
    const bytes = Buffer.from(clean);
    bytes[at[80]!] = bytes[at[80]!]! - 10;
    const reader = new DelimitedFrames(isVideoView);
    reader.push(bytes);
    const kept: number[] = [];
    let skipped = 0;
    for (let f = reader.next(true); f; f = reader.next(true)) {
      if (f.kind === 'skipped') skipped++;
      else if (!isVideoView(f.bytes)) reader.resync(f, 'not a view');
      else kept.push(f.offset);
    }
    expect(skipped).toBe(1);
    // Message 80 (read short, its tail skipped) and every other message.
    expect(kept).toEqual(at);
  });

  it('skips a long damaged stretch between messages (read in small chunks), keeping every message on both sides', () => {
    let seed = 3;
    const garbage = Buffer.from(Array.from({ length: 300_000 }, () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 24) & 0xff));
    const bytes = Buffer.concat([clean, garbage, clean]);
    const frames = framesOf(bytes, [4096], decodesAsVideoView);
    const messages = frames.filter((f) => f.kind === 'message');
    const skipped = frames.filter((f): f is Extract<Frame, { kind: 'skipped' }> => f.kind === 'skipped');
    expect(messages.filter((f) => f.offset < clean.length)).toHaveLength(views.length);
    expect(messages.filter((f) => f.offset >= clean.length + garbage.length).map((f) => f.offset - clean.length - garbage.length)).toEqual(starts(clean));
    // The stretch is skipped (a few chance views inside it aside), its first bytes kept for the dead letter.
    expect(skipped.reduce((n, f) => n + f.length, 0)).toBeGreaterThan(garbage.length * 0.99);
    expect(skipped[0]!.offset).toBe(clean.length);
    expect([...skipped[0]!.bytes]).toEqual([...garbage.subarray(0, skipped[0]!.bytes.length)]);
  });

  it('never throws on random bytes, and accounts for every byte as messages or skipped frames', () => {
    let seed = 5;
    const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let run = 0; run < 20; run++) {
      const bytes = Buffer.from(Array.from({ length: 2_000 }, () => Math.floor(rnd() * 256)));
      // Each frame starts where the one before it ended, the last at the end of the input.
      let at = 0;
      for (const f of framesOf(bytes, [97])) {
        expect(f.offset).toBe(at);
        at = f.kind === 'skipped' ? f.offset + f.length : f.end;
      }
      expect(at).toBe(bytes.length);
    }
  });

  it('gives where the next frame starts with each message (its length prefix and bytes)', () => {
    const frames = framesOf(clean, [5]);
    frames.forEach((f, i) => expect(f).toMatchObject({ kind: 'message', end: frames[i + 1]?.offset ?? clean.length }));
  });
});

describe('splitExactly', () => {
  it('splits content that length prefixes divide exactly into its messages', () => {
    expect(splitExactly(clean)?.map((m) => m.length)).toEqual(framesOf(clean).map((f) => f.bytes.length));
    expect(splitExactly(Buffer.alloc(0))).toEqual([]);
  });

  it('is undefined for a truncated last message, a cut length prefix and a length over the limit', () => {
    expect(splitExactly(clean.subarray(0, clean.length - 1))).toBeUndefined();
    expect(splitExactly(Buffer.concat([clean, Buffer.from([0x80])]))).toBeUndefined();
    expect(splitExactly(Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f]), 1024)).toBeUndefined();
    expect(splitExactly(Buffer.from([0x05, 1, 2, 3, 4, 5]), 4)).toBeUndefined();
    expect(splitExactly(Buffer.from([0x04, 1, 2, 3, 4]), 4)).toHaveLength(1);
  });
});
