import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { inputBytes, inputFiles, isDirectory } from './inputFiles';

describe('inputFiles', () => {
  it('is a file itself, and a directory the files in it and its folders by path, hidden ones left out', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qoe-input-files-'));
    const write = (p: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
      fs.writeFileSync(path.join(dir, p), text);
    };
    write('2026-11-21/b.log', 'bb');
    write('2026-11-20/z.log.gz', 'z');
    write('a.log', 'aaa');
    write('.hidden.log', 'x');
    write('.cache/c.log', 'x');
    fs.mkdirSync(path.join(dir, 'empty'));
    expect(inputFiles(dir)).toEqual(['2026-11-20/z.log.gz', '2026-11-21/b.log', 'a.log'].map((p) => path.join(dir, p)));
    expect(inputFiles(path.join(dir, 'a.log'))).toEqual([path.join(dir, 'a.log')]);
    expect(inputFiles('-')).toEqual(['-']);
    expect(inputFiles(path.join(dir, 'empty'))).toEqual([]);
    expect(inputBytes(dir)).toBe(6);
    expect(isDirectory(dir)).toBe(true);
    expect(isDirectory(path.join(dir, 'missing'))).toBe(false);
  });
});
