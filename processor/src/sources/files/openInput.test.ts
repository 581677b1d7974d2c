import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { isGzip, openChunkedInput, openInput } from './openInput';
import { readCdnLogFile } from './readCdnLogs';
import { InputReadError } from './inputReadError';

const FIX = path.resolve(__dirname, '../../../test/fixtures/cdn');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qoe-open-input-'));
const write = (name: string, data: Buffer | string) => {
  const f = path.join(dir, name);
  fs.writeFileSync(f, data);
  return f;
};
const readAll = async (file: string) => {
  const chunks: Buffer[] = [];
  for await (const c of openInput(file)) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

describe('openInput', () => {
  it('passes plain bytes through and inflates gzip content whatever the file is called', async () => {
    const text = 'line one\nline two\n'.repeat(1000);
    expect(await readAll(write('plain.log', text))).toBe(text);
    expect(await readAll(write('renamed.log', zlib.gzipSync(text)))).toBe(text);
    expect(await readAll(write('named.gz', zlib.gzipSync(text)))).toBe(text);
  });

  it('reads concatenated gzip members (rotated logs joined with cat) as one stream', async () => {
    const f = write('members.gz', Buffer.concat([zlib.gzipSync('a\n'), zlib.gzipSync('b\n')]));
    expect(await readAll(f)).toBe('a\nb\n');
  });

  it('handles empty and one-byte files', async () => {
    expect(await readAll(write('empty.log', ''))).toBe('');
    expect(await readAll(write('one.log', 'x'))).toBe('x');
    expect(isGzip(Buffer.from([0x1f]))).toBe(false);
  });

  it('fails with zlib\'s error on corrupt gzip instead of hanging', async () => {
    const good = zlib.gzipSync('some text that is long enough to be compressed\n'.repeat(50));
    const bad = Buffer.concat([good.subarray(0, 20), Buffer.alloc(40, 0xff)]);
    await expect(readAll(write('corrupt.gz', bad))).rejects.toThrow(/incorrect|invalid|unexpected end/i);
  });

  it('a gzipped CloudFront log parses to the same records as the plain one', async () => {
    const plain = fs.readFileSync(path.join(FIX, 'cloudfront-standard.log'));
    const collect = async (file: string) => {
      const out = [];
      for await (const b of readCdnLogFile(file, 'cloudfront', 100, { nowMs: Date.parse('2026-11-21T00:00:00Z') })) out.push(...b.records);
      return out;
    };
    const fromPlain = await collect(path.join(FIX, 'cloudfront-standard.log'));
    expect(fromPlain.length).toBeGreaterThan(0);
    expect(await collect(write('E2ABCDEF.2026-11-20-10.abcd1234', zlib.gzipSync(plain)))).toEqual(fromPlain);
  });
});

describe('openChunkedInput', () => {
  const readChunked = async (file: string, chunkBytes?: number) => {
    const chunks: Buffer[] = [];
    // Copied: a chunk's buffer is used again for the one after the next.
    for await (const c of openChunkedInput(file, chunkBytes)) chunks.push(Buffer.from(c));
    return chunks;
  };

  it('gives the bytes openInput gives, for plain, gzip, empty and one-byte files', async () => {
    const text = 'line one\nline two\n'.repeat(1000);
    for (const f of [write('c-plain.log', text), write('c-renamed.log', zlib.gzipSync(text)), write('c-empty.log', ''), write('c-one.log', 'x')]) {
      expect(Buffer.concat(await readChunked(f)).toString('utf8')).toBe(await readAll(f));
    }
  });

  it('reads a plain file into two buffers in turn, in chunks of the size asked for', async () => {
    const bytes = Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 251));
    const f = write('c-bytes.bin', bytes);
    const seen: Buffer[] = [];
    const copies: Buffer[] = [];
    for await (const c of openChunkedInput(f, 64)) {
      seen.push(c);
      copies.push(Buffer.from(c));
    }
    expect(copies.map((c) => c.length)).toEqual([...Array.from({ length: 15 }, () => 64), 1000 - 15 * 64]);
    expect(Buffer.concat(copies)).toEqual(bytes);
    // Two places in memory, used in turn (two buffers may share one pooled ArrayBuffer).
    expect(new Set(seen.map((c) => c.buffer)).size).toBeLessThanOrEqual(2);
    expect(new Set(seen.map((c, i) => `${i % 2}:${c.buffer.byteLength}:${c.byteOffset}`)).size).toBe(2);
  });

  it('reads a named pipe as a stream, without opening it first for a look (its writer is not cut off)', async () => {
    const fifo = path.join(dir, 'c-fifo');
    execFileSync('mkfifo', [fifo]);
    const writer = spawn('sh', ['-c', `printf 'a\\nb\\n' > '${fifo}'`]);
    const exited = new Promise<number | null>((resolve) => writer.on('exit', resolve));
    expect(Buffer.concat(await readChunked(fifo)).toString('utf8')).toBe('a\nb\n');
    expect(await exited).toBe(0);
  });

  it('fails with the file system\'s error for a missing file', async () => {
    await expect(readChunked(path.join(dir, 'missing.log'))).rejects.toThrow(/ENOENT/);
  });

  it('closes the file when the reader stops early, with a read ahead in flight', async () => {
    const f = write('c-early.log', 'x'.repeat(10_000));
    const before = fs.readdirSync('/proc/self/fd').length;
    for (let i = 0; i < 20; i++) {
      for await (const c of openChunkedInput(f, 100)) {
        expect(c.length).toBe(100);
        break;
      }
    }
    expect(fs.readdirSync('/proc/self/fd').length).toBeLessThanOrEqual(before);
  });
});

it('a corrupt gzip log ends the CDN log reader with an error naming the file', async () => {
  const good = zlib.gzipSync('2026-11-20\t10:00:01\tFRA56\n'.repeat(500));
  const f = write('corrupt-cdn.gz', Buffer.concat([good.subarray(0, 30), Buffer.alloc(60, 0xff)]));
  const run = async () => {
    for await (const _ of readCdnLogFile(f, 'cloudfront', 100)) void _;
  };
  await expect(run()).rejects.toThrow(InputReadError);
  await expect(run()).rejects.toThrow(new RegExp(`^${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: the gzip content (ends early|is damaged)`));
});
