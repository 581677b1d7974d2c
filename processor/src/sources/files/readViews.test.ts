import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { encodeDelimitedViews } from '../../decode/viewsProtobuf';
import { readViewFile } from './readViews';

const limits = () => ({ nowMs: Date.parse('2026-12-01T00:00:00Z'), maxFutureMs: 0 });

async function readAll(file: string): Promise<{ views: string[]; dead: number; consumed: number }> {
  const out = { views: [] as string[], dead: 0, consumed: 0 };
  for await (const b of readViewFile(file, 'protobuf', 1000, limits)) {
    for (const v of b.views) out.views.push(v.viewId);
    out.dead += b.dead.length;
    out.consumed = b.recordsConsumed;
  }
  return out;
}

describe('readViewFile, protobuf files larger than 16 MiB', () => {
  it('reads a large delimited file (plain: read as delimited from its first byte; gzip: framing told from the inflated content) to the same views', async () => {
    const t = (s: number) => ({ seconds: 1795518000 + s, nanos: 0 });
    // About 18.3 MiB of length-delimited views: past the size at which a plain file is surely delimited (16 MiB).
    const one = (i: number) => ({ view_id: `view-${i}`, property_id: 'p', view_start: t(i % 600), view_end: t((i % 600) + 30), video_title: 'x'.repeat(150) });
    const views = Array.from({ length: 96_000 }, (_, i) => one(i));
    const bytes = encodeDelimitedViews(views as never);
    expect(bytes.length).toBeGreaterThan(17 * 1024 * 1024 + 1);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qoe-read-views-'));
    const plain = path.join(dir, 'views.pb');
    const gzipped = path.join(dir, 'views.pb.gz');
    fs.writeFileSync(plain, bytes);
    fs.writeFileSync(gzipped, zlib.gzipSync(bytes));
    expect(fs.statSync(gzipped).size).toBeLessThan(16 * 1024 * 1024);
    const fromPlain = await readAll(plain);
    expect(fromPlain.dead).toBe(0);
    expect(fromPlain.consumed).toBe(views.length);
    expect(fromPlain.views).toEqual(views.map((v) => v.view_id));
    expect(await readAll(gzipped)).toEqual(fromPlain);
  });
});

describe('readViewFile, a delimited file with damaged framing', () => {
  const t = (s: number) => ({ seconds: 1795518000 + s, nanos: 0 });
  const views = Array.from({ length: 3_000 }, (_, i) => ({ view_id: `view-${i}`, property_id: 'p', view_start: t(i % 600), view_end: t((i % 600) + 30) }));
  const bytes = Buffer.from(encodeDelimitedViews(views as never));
  const startOf = (i: number) => encodeDelimitedViews(views.slice(0, i) as never).length;
  // Length prefixes: one of 4 GiB (message 700), one 40 bytes too long (message 2,000: it
  // swallows the next message's start), one 10 bytes short (message 2,500); and contents
  // flipped in ten places (seeded).
  bytes.set([0xff, 0xff, 0xff, 0xff, 0x0f], startOf(700));
  bytes[startOf(2_000)] += 40;
  bytes[startOf(2_500)] -= 10;
  let seed = 9;
  for (let k = 0; k < 10; k++) bytes[(seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % bytes.length] ^= 0xa5;
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'qoe-read-views-')), 'damaged.pb');
  fs.writeFileSync(file, bytes);

  async function read(skipRecords: number) {
    const out = { views: [] as string[], dead: [] as string[], consumed: 0 };
    for await (const b of readViewFile(file, 'protobuf', 100, limits, skipRecords)) {
      for (const v of b.views) out.views.push(v.viewId);
      for (const d of b.dead) out.dead.push(d.reason);
      out.consumed = b.recordsConsumed;
    }
    return out;
  }

  it('keeps the views around each damaged place, says how many bytes it skipped, and reads the same records when resumed part-way', async () => {
    const all = await read(0);
    // Before, the 4 GiB length stopped the reading at view 700.
    expect(all.views.length).toBeGreaterThan(views.length - 30);
    expect(all.dead.length).toBeGreaterThan(0);
    expect(all.dead.length).toBeLessThanOrEqual(20);
    for (const d of all.dead.filter((r) => r.startsWith('corrupt'))) expect(d).toMatch(/bytes skipped to the next view$/);
    // Resumed after record 1,500 (a replay's checkpoint), the rest is the same.
    const resumed = await read(1_500);
    expect(resumed.consumed).toBe(all.consumed);
    expect(resumed.views).toEqual(all.views.slice(all.views.length - resumed.views.length));
    expect(resumed.views.length + resumed.dead.length).toBe(all.consumed - 1_500);
  });
});
