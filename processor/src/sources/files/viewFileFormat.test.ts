import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { formatOfFile, formatOfInput } from './viewFileFormat';

describe('the encoding of a views input', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qoe-formats-'));
  const folder = (name: string, files: readonly string[]) => {
    const d = path.join(dir, name);
    for (const f of files) {
      fs.mkdirSync(path.dirname(path.join(d, f)), { recursive: true });
      fs.writeFileSync(path.join(d, f), '');
    }
    return d;
  };

  it('is a file\'s by its name', () => {
    expect(formatOfFile('views.ndjson.gz')).toBe('ndjson');
    expect(formatOfFile('views.PB.gz')).toBe('protobuf');
    expect(formatOfInput('export/2026-11-20.delimited')).toBe('protobuf');
    expect(formatOfInput('-')).toBe('ndjson');
  });

  it('is a directory\'s by the names its files share, in its folders too', () => {
    expect(formatOfInput(folder('pb', ['a.pb', 'day/b.bin.gz']))).toBe('protobuf');
    expect(formatOfInput(folder('json', ['a.ndjson', 'day/b.json.gz']))).toBe('ndjson');
  });

  it('refuses a directory that mixes protobuf and NDJSON names, saying what to do', () => {
    expect(() => formatOfInput(folder('mixed', ['a.pb', 'b.ndjson']))).toThrow(/holds both protobuf .* and NDJSON files by their names: give --views-format/);
  });
});
