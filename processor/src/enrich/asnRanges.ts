import * as fs from 'node:fs';
import * as path from 'node:path';
import { bundledAsnCacheFileOf, bundledAsnCsvFiles, fileWords } from './bundledGeoFiles';
import { ipv4Number } from './ipv4';
import { ipv6Words, isIpv4Mapped } from './ipv6';

/** Client IP -> autonomous system number; 0 = unknown. The address comes read (asnOf reads a text). */
export interface AsnSource {
  /** An IPv4 address given as its number (ipv4Number) and its text. */
  asnOfIpv4(ip: number, text: string): number;
  /** An IPv6 address given as four 32-bit words (ipv6Words) and its text. */
  asnOfIpv6(words: readonly number[], text: string): number;
}

/** The ASN of an address in text (IPv4 or IPv6; 0 for anything else) from a source. */
export function asnOf(source: AsnSource, ip: string): number {
  const v4 = ipv4Number(ip);
  if (v4 !== undefined) return source.asnOfIpv4(v4, ip);
  const words = [0, 0, 0, 0];
  return ipv6Words(ip, words) ? source.asnOfIpv6(words, ip) : 0;
}

/**
 * ASNs from tables of inclusive IP ranges in numeric form, one `start,end,asn[,org]` line
 * each, sorted by start: the CSV layout of the @ip-location-db/asn npm package (RouteViews,
 * DB-IP and NRO data, CC BY 4.0). IPv4 ranges sit in Uint32Arrays; IPv6 addresses as four
 * 32-bit words, most significant first, in Uint32Arrays of four words a row. A lookup is a
 * binary search. The tables are read byte by byte with the decimal numbers accumulated in
 * 32-bit words (no BigInt, no regular expression a line): the bundled tables hold half a
 * million rows and are read at every start.
 */
export class AsnRanges implements AsnSource {
  /**
   * The IPv4 rows by /16: for p from 0 to 65,536, the first row (of rows sorted by start) that
   * starts at or above p * 2^16 (at 65,536 the number of rows), so the rows starting in p's
   * /16 are [p] .. [p + 1] - 1 and a lookup searches those only (half a million rows take a
   * binary search of 19 steps, each a read far from the last; a /16 holds a few dozen at
   * most). Each is found when a lookup first needs it (UNKNOWN_ROW until then): a replay's
   * clients are in a few hundred /16s, and finding all 65,537 took 8-10 ms of every CDN
   * replay's start.
   */
  private readonly v4ByPrefix = new Uint32Array(65_537).fill(UNKNOWN_ROW);

  private constructor(
    private readonly v4: { start: Uint32Array; end: Uint32Array; asn: Uint32Array },
    private readonly v6: { start: Uint32Array; end: Uint32Array; asn: Uint32Array },
  ) {}

  /** Reads the tables; throws an error naming the line when one is not `start,end,asn`. */
  static fromCsv(ipv4Csv: string | Buffer, ipv6Csv: string | Buffer): AsnRanges {
    const v4 = readRows(toBytes(ipv4Csv), 'IPv4', 1);
    const v6 = readRows(toBytes(ipv6Csv), 'IPv6', 4);
    return new AsnRanges(v4, v6);
  }

  /**
   * The tables shipped in the @ip-location-db/asn package. Reading their 45 MB of CSV takes
   * about half a second, so the parsed tables are kept in a binary cache file beside them
   * (node_modules/.cache/qoe-observability, keyed by the CSV files' sizes and times) and
   * read from there, in milliseconds, on later starts. Without a writable cache the CSV is
   * read every time.
   */
  static bundled(): AsnRanges {
    const csv = bundledAsnCsvFiles();
    const cacheFile = bundledAsnCacheFileOf(csv);
    const cached = cacheFile ? AsnRanges.fromCache(cacheFile) : undefined;
    if (cached) return cached;
    const tables = AsnRanges.fromCsv(fs.readFileSync(csv[0]!), fs.readFileSync(csv[1]!));
    if (cacheFile) tables.writeCache(cacheFile);
    return tables;
  }

  /** The tables as one binary file (written to a temporary name, then renamed). Best effort. */
  writeCache(file: string): void {
    const parts = [this.v4.start, this.v4.end, this.v4.asn, this.v6.start, this.v6.end, this.v6.asn];
    const header = new Uint32Array([CACHE_MAGIC, CACHE_VERSION, this.v4.asn.length, this.v6.asn.length]);
    const tmp = `${file}.${process.pid}.tmp`;
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(tmp, Buffer.concat([header, ...parts].map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength))));
      fs.renameSync(tmp, file);
    } catch {
      fs.rmSync(tmp, { force: true });
    }
  }

  /** The tables of a cache file written by writeCache, or undefined when it is not one. */
  static fromCache(file: string): AsnRanges | undefined {
    // In this machine's byte order: the magic word checks that.
    const words = fileWords(file);
    if (!words || words.length < 4) return undefined;
    const [magic, version, n4, n6] = words as unknown as [number, number, number, number];
    if (magic !== CACHE_MAGIC || version !== CACHE_VERSION || words.length !== 4 + 3 * n4 + 9 * n6) return undefined;
    let at = 4;
    const take = (n: number) => words.subarray(at, (at += n));
    const v4 = { start: take(n4), end: take(n4), asn: take(n4) };
    const v6 = { start: take(4 * n6), end: take(4 * n6), asn: take(n6) };
    return new AsnRanges(v4, v6);
  }

  asnOfIpv4(n: number): number {
    return this.lookup4(n);
  }

  /** IPv4-mapped addresses (::ffff:a.b.c.d) are looked up as IPv4. */
  asnOfIpv6(words: readonly number[]): number {
    return isIpv4Mapped(words) ? this.lookup4(words[3]!) : this.lookup6(words);
  }

  private lookup4(n: number): number {
    const { start, end, asn } = this.v4;
    // The last row starting at or below n is one of its /16's rows, or else the row before them.
    const p = n >>> 16;
    const i = lastAtOrBelow(this.firstRowOfPrefix(p), this.firstRowOfPrefix(p + 1) - 1, (k) => start[k]! <= n);
    return i >= 0 && n <= end[i]! ? asn[i]! : 0;
  }

  /** v4ByPrefix[p], found now if not yet. */
  private firstRowOfPrefix(p: number): number {
    let row = this.v4ByPrefix[p]!;
    if (row === UNKNOWN_ROW) {
      const { start } = this.v4;
      const from = p * 65_536;
      this.v4ByPrefix[p] = row = lastAtOrBelow(0, start.length - 1, (k) => start[k]! < from) + 1;
    }
    return row;
  }

  private lookup6(key: readonly number[]): number {
    const { start, end, asn } = this.v6;
    const i = lastAtOrBelow(0, asn.length - 1, (k) => compareWords(start, k * 4, key) <= 0);
    return i >= 0 && compareWords(end, i * 4, key) >= 0 ? asn[i]! : 0;
  }
}

/** A v4ByPrefix entry not found yet (a row index is below the 2^32 - 1 rows a Uint32Array could hold). */
const UNKNOWN_ROW = 0xffff_ffff;

const CACHE_MAGIC = 0x4e534151; // "QASN" read as a little-endian word
const CACHE_VERSION = 1;

function toBytes(csv: string | Buffer): Buffer {
  return typeof csv === 'string' ? Buffer.from(csv, 'latin1') : csv;
}

/** Compares the 4-word number at words[at..at+3] with key: negative, 0 or positive. */
function compareWords(words: Uint32Array, at: number, key: readonly number[]): number {
  for (let w = 0; w < 4; w++) {
    const d = words[at + w]! - key[w]!;
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * Binary search over the sorted rows from..to: the last row whose start is at or below the
 * key (startAtOrBelow), else from - 1 (-1 when from is 0): the caller knows the rows before
 * `from` start at or below it.
 */
function lastAtOrBelow(from: number, to: number, startAtOrBelow: (row: number) => boolean): number {
  let lo = from;
  let hi = to;
  let found = from - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (startAtOrBelow(mid)) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

const COMMA = 0x2c;
const NEWLINE = 0x0a;

/** Growable rows of `words` 32-bit words a number (1 for IPv4, 4 for IPv6). */
class RowBuilder {
  start: Uint32Array;
  end: Uint32Array;
  asn: Uint32Array;
  n = 0;
  constructor(
    readonly words: number,
    capacity: number,
  ) {
    this.start = new Uint32Array(Math.max(1, capacity) * words);
    this.end = new Uint32Array(Math.max(1, capacity) * words);
    this.asn = new Uint32Array(Math.max(1, capacity));
  }
  grow(): void {
    const more = (a: Uint32Array) => {
      const b = new Uint32Array(a.length * 2);
      b.set(a);
      return b;
    };
    this.start = more(this.start);
    this.end = more(this.end);
    this.asn = more(this.asn);
  }
  done(): { start: Uint32Array; end: Uint32Array; asn: Uint32Array } {
    return { start: this.start.slice(0, this.n * this.words), end: this.end.slice(0, this.n * this.words), asn: this.asn.slice(0, this.n) };
  }
}

const WORD = 0x1_0000_0000;
const POW10 = [1, 10, 100, 1_000, 10_000];

/**
 * Reads a decimal number from bytes[from..to) into `words` 32-bit words at out[at..], most
 * significant first. False when it is empty, not all digits, or does not fit. Digits are
 * taken four at a time (word * 10^4 + carry stays below 2^53, exact in a double).
 */
function readDecimal(bytes: Buffer, from: number, to: number, out: Uint32Array, at: number, words: number): boolean {
  if (to <= from) return false;
  for (let w = 0; w < words; w++) out[at + w] = 0;
  for (let i = from; i < to; ) {
    const chunkEnd = Math.min(i + 4, to);
    const scale = POW10[chunkEnd - i]!;
    let carry = 0;
    for (; i < chunkEnd; i++) {
      const d = bytes[i]! - 48;
      if (d < 0 || d > 9) return false;
      carry = carry * 10 + d;
    }
    for (let w = words - 1; w >= 0; w--) {
      const v = out[at + w]! * scale + carry;
      carry = Math.floor(v / WORD);
      out[at + w] = v - carry * WORD;
    }
    if (carry !== 0) return false;
  }
  return true;
}

/** Reads `start,end,asn[,org]` lines; throws an error naming the first bad line. */
function readRows(bytes: Buffer, family: 'IPv4' | 'IPv6', words: number): { start: Uint32Array; end: Uint32Array; asn: Uint32Array } {
  // Rows are at least 6 bytes ("1,2,3\n"); the published ones 25-90: start with room for most.
  const rows = new RowBuilder(words, Math.ceil(bytes.length / 24));
  const asnWord = new Uint32Array(1);
  let lineNo = 0;
  for (let pos = 0; pos < bytes.length; ) {
    const nl = find(bytes, NEWLINE, pos, bytes.length);
    let from = pos;
    let to = nl;
    pos = nl + 1;
    lineNo++;
    while (from < to && bytes[from]! <= 0x20) from++;
    while (to > from && bytes[to - 1]! <= 0x20) to--;
    if (from === to) continue;
    if (rows.n * words + words > rows.start.length) rows.grow();
    const n = rows.n;
    const c1 = find(bytes, COMMA, from, to);
    const c2 = find(bytes, COMMA, c1 + 1, to);
    const c3 = find(bytes, COMMA, c2 + 1, to);
    const ok = c2 < to && readDecimal(bytes, from, c1, rows.start, n * words, words) && readDecimal(bytes, c1 + 1, c2, rows.end, n * words, words) && readDecimal(bytes, c2 + 1, c3, asnWord, 0, 1);
    if (!ok) throw new Error(`${family} ASN table, line ${lineNo}: expected start,end,asn in numeric form, got ${JSON.stringify(bytes.subarray(from, Math.min(to, from + 80)).toString('latin1'))}`);
    const startVsEnd = compareRows(rows.start, n, rows.end, n, words);
    const startVsPrev = n > 0 ? compareRows(rows.start, n, rows.start, n - 1, words) : 1;
    if (startVsEnd > 0 || startVsPrev <= 0) throw new Error(`${family} ASN table, line ${lineNo}: ranges must be sorted by their start`);
    // An overlap (the published data has a few): the later, narrower range wins from its start.
    if (n > 0 && compareRows(rows.end, n - 1, rows.start, n, words) >= 0) setToPredecessor(rows.end, n - 1, rows.start, n, words);
    rows.asn[n] = asnWord[0]!;
    rows.n++;
  }
  return rows.done();
}

/** Index of the first `byte` in bytes[from..to), or `to`. (A loop: Buffer.indexOf crosses into C++ per call.) */
function find(bytes: Buffer, byte: number, from: number, to: number): number {
  let i = from;
  while (i < to && bytes[i] !== byte) i++;
  return i;
}

function compareRows(a: Uint32Array, i: number, b: Uint32Array, j: number, words: number): number {
  for (let w = 0; w < words; w++) {
    const d = a[i * words + w]! - b[j * words + w]!;
    if (d !== 0) return d;
  }
  return 0;
}

/** dst row i = src row j - 1 (src row j is above 0: rows are strictly increasing). */
function setToPredecessor(dst: Uint32Array, i: number, src: Uint32Array, j: number, words: number): void {
  let borrow = 1;
  for (let w = words - 1; w >= 0; w--) {
    const v = src[j * words + w]! - borrow;
    borrow = v < 0 ? 1 : 0;
    dst[i * words + w] = v < 0 ? v + 0x1_0000_0000 : v;
  }
}
