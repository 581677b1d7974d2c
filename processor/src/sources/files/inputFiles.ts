import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The files an input path names: a file (or "-", stdin) is itself; a directory is the
 * regular files in it and in its folders, by path (hidden ones left out), as a log delivery
 * or an S3 sync leaves them (CloudFront: DISTRIBUTION.YYYY-MM-DD-HH.ID.gz, many an hour;
 * Logpush and DataStream: a folder a day).
 */
export function inputFiles(input: string): string[] {
  if (!isDirectory(input)) return [input];
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (e.name.startsWith('.')) continue;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) files.push(p);
    }
  };
  walk(input);
  return files.sort();
}

export function isDirectory(input: string): boolean {
  if (input === '-') return false;
  try {
    return fs.statSync(input).isDirectory();
  } catch {
    return false; // its reader reports why it cannot be read
  }
}

/** Bytes on disk of an input path's files (0 for stdin): what progress is measured against. */
export function inputBytes(input: string): number {
  if (input === '-') return 0;
  let total = 0;
  for (const f of inputFiles(input)) total += fs.statSync(f).size;
  return total;
}
