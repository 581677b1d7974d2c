import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileBytes, fileWords, readAhead, readsAheadDone, takeBytesReadAhead, takeWordsReadAhead } from './bundledGeoFiles';

describe('geo tables read ahead', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qoe-read-ahead-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('gives the bytes or words of a file read ahead, once, and nothing for a read that failed', async () => {
    const bytes = path.join(dir, 'a.bin');
    const words = path.join(dir, 'b.bin');
    const odd = path.join(dir, 'c.bin');
    const content = Buffer.alloc(3 * 1024 * 1024 + 8);
    for (let i = 0; i < content.length; i++) content[i] = (i * 7919) & 0xff;
    fs.writeFileSync(bytes, content);
    fs.writeFileSync(words, content);
    fs.writeFileSync(odd, content.subarray(0, 13));
    readAhead(bytes, 'bytes');
    readAhead(words, 'words');
    readAhead(odd, 'words');
    readAhead(path.join(dir, 'missing.bin'), 'bytes');
    await readsAheadDone();
    expect(takeBytesReadAhead(bytes)?.equals(content)).toBe(true);
    expect(takeBytesReadAhead(bytes)).toBeUndefined(); // given once
    const w = takeWordsReadAhead(words)!;
    expect(Buffer.from(w.buffer, w.byteOffset, w.byteLength).equals(content)).toBe(true);
    expect(takeWordsReadAhead(odd)).toBeUndefined(); // not a whole number of words: the reader reads it itself
    expect(takeBytesReadAhead(path.join(dir, 'missing.bin'))).toBeUndefined();
    expect(takeBytesReadAhead(path.join(dir, 'never-started.bin'))).toBeUndefined();
  });

  it('gives a file read now when it was not read ahead: the same bytes and words', () => {
    const file = path.join(dir, 'now.bin');
    const odd = path.join(dir, 'now-odd.bin');
    const content = Buffer.alloc(4096 + 8);
    for (let i = 0; i < content.length; i++) content[i] = (i * 31) & 0xff;
    fs.writeFileSync(file, content);
    fs.writeFileSync(odd, content.subarray(0, 7));
    expect(fileBytes(file).equals(content)).toBe(true);
    const w = fileWords(file)!;
    expect(Buffer.from(w.buffer, w.byteOffset, w.byteLength).equals(content)).toBe(true);
    expect(fileWords(odd)).toBeUndefined();
    expect(fileWords(path.join(dir, 'missing.bin'))).toBeUndefined();
    expect(() => fileBytes(path.join(dir, 'missing.bin'))).toThrow(/ENOENT/);
  });
});
