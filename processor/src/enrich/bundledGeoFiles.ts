import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The geo tables shipped with the project, and their reads started ahead.
 *
 * In a new process most of the time of reading these tables (about 17 MB) goes to touching
 * fresh memory (about 3 ms a MB here), so `qoe replay --cdn-logs` starts their reads on
 * libuv's thread pool from bin/qoe.js, while the CLI's modules load on the main thread. The
 * readers ask for a file's bytes or words (fileBytes, fileWords), which are those read ahead,
 * or read then when there are none (not started, failed, or another file), so a read
 * ahead changes when the bytes are read, never what is read. This module is kept free of
 * imports beyond Node's so that loading it early costs nothing.
 */
export function bundledCountryDbPath(): string {
  return require.resolve('@ip-location-db/geo-whois-asn-country-mmdb/geo-whois-asn-country.mmdb');
}

/** The @ip-location-db/asn range tables (CSV). */
export function bundledAsnCsvFiles(): string[] {
  return ['asn-ipv4-num.csv', 'asn-ipv6-num.csv'].map((name) => require.resolve(`@ip-location-db/asn/${name}`));
}

/**
 * Where AsnRanges keeps its parse of the bundled tables: beside them, in
 * node_modules/.cache/qoe-observability, named by the CSV files' sizes and times (so a new
 * version of the package gets a new cache). Undefined when the files cannot be found.
 */
export function bundledAsnCacheFileOf(csvFiles: readonly string[]): string | undefined {
  try {
    const key = csvFiles.map((f) => {
      const st = fs.statSync(f);
      return `${st.size.toString(36)}-${Math.trunc(st.mtimeMs).toString(36)}`;
    });
    // <root>/node_modules/@ip-location-db/asn/x.csv -> <root>/node_modules/.cache/qoe-observability
    const nodeModules = path.resolve(path.dirname(csvFiles[0]!), '..', '..');
    return path.join(nodeModules, '.cache', 'qoe-observability', `asn-ranges-${key.join('-')}.bin`);
  } catch {
    return undefined;
  }
}

interface OpenWhole<T> {
  fd: number;
  size: number;
  data: T;
}

/**
 * `file` opened, its size, and where its whole content is read to: bytes, or 32-bit words in
 * this machine's byte order. Read straight into its target: a Buffer read and then copied
 * would touch twice the fresh memory. Undefined, with nothing left open, when the file cannot
 * be opened or sized or is not a whole number of words (its reader reports what is wrong).
 */
function openWhole(file: string, into: 'words'): OpenWhole<Uint32Array> | undefined;
function openWhole(file: string, into: 'bytes' | 'words'): OpenWhole<Buffer | Uint32Array> | undefined;
function openWhole(file: string, into: 'bytes' | 'words'): OpenWhole<Buffer | Uint32Array> | undefined {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const size = fs.fstatSync(fd).size;
    const data = into === 'bytes' ? Buffer.allocUnsafe(size) : size % 4 === 0 ? new Uint32Array(size / 4) : undefined;
    if (data) return { fd, size, data };
  } catch {
    // undefined, below
  }
  if (fd !== undefined) fs.closeSync(fd);
  return undefined;
}

/** The 32-bit words of `file`: those read ahead, else read now; undefined when unreadable or not whole words. */
export function fileWords(file: string): Uint32Array | undefined {
  const ahead = takeWordsReadAhead(file);
  if (ahead) return ahead;
  const f = openWhole(file, 'words');
  if (!f) return undefined;
  try {
    for (let at = 0; at < f.size; ) {
      const n = fs.readSync(f.fd, f.data, at, f.size - at, at);
      if (n === 0) return undefined;
      at += n;
    }
    return f.data;
  } catch {
    return undefined;
  } finally {
    fs.closeSync(f.fd);
  }
}

/** The bytes of `file`: those read ahead, else read now (throws what fs.readFileSync throws). */
export function fileBytes(file: string): Buffer {
  return takeBytesReadAhead(file) ?? fs.readFileSync(file);
}

interface ReadAhead {
  done: Promise<void>;
  data?: Buffer | Uint32Array;
}

const reads = new Map<string, ReadAhead>();

/**
 * Starts reading `file` (into bytes, or into 32-bit words in this machine's byte order). It
 * is opened here and read by one request on libuv's thread pool, which runs to its end
 * while this thread is busy: a chain of requests (open, stat, read, close) would move a step
 * only when this thread gets back to its event loop, which loading modules (synchronous)
 * does not do, so the read would start only when the tables are wanted.
 */
export function readAhead(file: string, into: 'bytes' | 'words'): void {
  if (reads.has(file)) return;
  const entry: ReadAhead = { done: Promise.resolve() };
  reads.set(file, entry);
  const f = openWhole(file, into);
  if (!f) return; // The reader reads the file itself.
  const { fd, size, data } = f;
  entry.done = new Promise((resolve) => {
    const end = (whole: boolean) => {
      fs.closeSync(fd);
      if (whole) entry.data = data;
      resolve();
    };
    const readFrom = (at: number) => {
      if (at === size) return end(true);
      fs.read(fd, data, at, size - at, at, (err, bytesRead) => (err || bytesRead === 0 ? end(false) : readFrom(at + bytesRead)));
    };
    readFrom(0);
  });
}

/**
 * Starts reading the bundled tables that the configuration (QOE_GEO_COUNTRY_MMDB,
 * QOE_GEO_ASN_MMDB: `bundled` by default) will open; a hint only, the configuration is
 * validated later.
 */
export function readBundledGeoAhead(env: NodeJS.ProcessEnv = process.env): void {
  try {
    if ((env.QOE_GEO_COUNTRY_MMDB ?? 'bundled') === 'bundled') readAhead(bundledCountryDbPath(), 'bytes');
    const asnCache = (env.QOE_GEO_ASN_MMDB ?? 'bundled') === 'bundled' ? bundledAsnCacheFileOf(bundledAsnCsvFiles()) : undefined;
    if (asnCache) readAhead(asnCache, 'words');
  } catch {
    // A package missing: the readers report it.
  }
}

/** Waits until every read started ahead has ended (call before opening the tables). */
export async function readsAheadDone(): Promise<void> {
  await Promise.all([...reads.values()].map((r) => r.done));
}

/** The bytes of `file` read ahead, if its read ended well (given once). */
export function takeBytesReadAhead(file: string): Buffer | undefined {
  const data = take(file);
  return Buffer.isBuffer(data) ? data : undefined;
}

/** The 32-bit words of `file` read ahead, if its read ended well (given once). */
export function takeWordsReadAhead(file: string): Uint32Array | undefined {
  const data = take(file);
  return data instanceof Uint32Array ? data : undefined;
}

function take(file: string): Buffer | Uint32Array | undefined {
  const r = reads.get(file);
  if (!r?.data) return undefined;
  reads.delete(file);
  return r.data;
}
