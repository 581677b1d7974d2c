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
