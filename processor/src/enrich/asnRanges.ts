import * as fs from 'node:fs';
import { isIP } from 'node:net';

/** Client IP -> autonomous system number; 0 = unknown. */
export interface AsnSource {
  asn(ip: string): number;
}

/**
 * ASNs from tables of inclusive IP ranges in numeric form, one `start,end,asn[,org]` line
 * each, sorted by start: the CSV layout of the @ip-location-db/asn npm package (RouteViews,
 * DB-IP and NRO data, CC BY 4.0). IPv4 ranges sit in Uint32Arrays, IPv6 ranges in
 * BigUint64Arrays (high and low halves); a lookup is a binary search.
 */
export class AsnRanges implements AsnSource {
  private constructor(
    private readonly v4: { start: Uint32Array; end: Uint32Array; asn: Uint32Array },
    private readonly v6: { startHi: BigUint64Array; startLo: BigUint64Array; endHi: BigUint64Array; endLo: BigUint64Array; asn: Uint32Array },
  ) {}

  /** Reads the tables; throws an error naming the line when one is not `start,end,asn`. */
  static fromCsv(ipv4Csv: string, ipv6Csv: string): AsnRanges {
    const v4 = readRows(ipv4Csv, 'IPv4', Number);
    const v6 = readRows(ipv6Csv, 'IPv6', BigInt);
    const six = {
      startHi: BigUint64Array.from(v6.starts, (x) => x >> 64n),
      startLo: BigUint64Array.from(v6.starts, (x) => BigInt.asUintN(64, x)),
      endHi: BigUint64Array.from(v6.ends, (x) => x >> 64n),
      endLo: BigUint64Array.from(v6.ends, (x) => BigInt.asUintN(64, x)),
      asn: Uint32Array.from(v6.asns),
    };
    return new AsnRanges({ start: Uint32Array.from(v4.starts), end: Uint32Array.from(v4.ends), asn: Uint32Array.from(v4.asns) }, six);
  }

  /** The tables shipped in the @ip-location-db/asn package. */
  static bundled(): AsnRanges {
    const file = (name: string) => fs.readFileSync(require.resolve(`@ip-location-db/asn/${name}`), 'utf8');
    return AsnRanges.fromCsv(file('asn-ipv4-num.csv'), file('asn-ipv6-num.csv'));
  }

  asn(ip: string): number {
    const family = isIP(ip);
    if (family === 4) return this.lookup4(ipv4ToNumber(ip));
    if (family !== 6) return 0;
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
    if (mapped) return this.lookup4(ipv4ToNumber(mapped[1]!));
    const n = ipv6ToBigInt(ip);
    return n === undefined ? 0 : this.lookup6(n >> 64n, BigInt.asUintN(64, n));
  }

  private lookup4(n: number): number {
    const { start, end, asn } = this.v4;
    const i = lastAtOrBelow(asn.length, (k) => start[k]! <= n);
    return i >= 0 && n <= end[i]! ? asn[i]! : 0;
  }

  private lookup6(h: bigint, l: bigint): number {
    const { startHi, startLo, endHi, endLo, asn } = this.v6;
    const le = (ah: bigint, al: bigint, bh: bigint, bl: bigint) => ah < bh || (ah === bh && al <= bl);
    const i = lastAtOrBelow(asn.length, (k) => le(startHi[k]!, startLo[k]!, h, l));
    return i >= 0 && le(h, l, endHi[i]!, endLo[i]!) ? asn[i]! : 0;
  }
}

/** Binary search over n sorted rows: the last row whose start is at or below the key (startAtOrBelow), or -1. */
function lastAtOrBelow(n: number, startAtOrBelow: (row: number) => boolean): number {
  let lo = 0;
  let hi = n - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (startAtOrBelow(mid)) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Reads `start,end,asn[,org]` lines; throws an error naming the first bad line. */
function readRows<N extends number | bigint>(csv: string, family: 'IPv4' | 'IPv6', parse: (digits: string) => N): { starts: N[]; ends: N[]; asns: number[] } {
  const starts: N[] = [];
  const ends: N[] = [];
  const asns: number[] = [];
  let lineNo = 0;
  for (let pos = 0; pos < csv.length; ) {
    let nl = csv.indexOf('\n', pos);
    if (nl < 0) nl = csv.length;
    const line = csv.slice(pos, nl).trim();
    pos = nl + 1;
    lineNo++;
    if (line === '') continue;
    const c1 = line.indexOf(',');
    const c2 = line.indexOf(',', c1 + 1);
    const c3 = line.indexOf(',', c2 + 1);
    const [s, e, a] = [line.slice(0, c1), line.slice(c1 + 1, c2), line.slice(c2 + 1, c3 < 0 ? undefined : c3)];
    if (c1 < 0 || c2 < 0 || !/^\d+$/.test(s) || !/^\d+$/.test(e) || !/^\d+$/.test(a)) throw new Error(`${family} ASN table, line ${lineNo}: expected start,end,asn in numeric form, got ${JSON.stringify(line.slice(0, 80))}`);
    const start = parse(s);
    const end = parse(e);
    const n = starts.length;
    if (end < start || (n > 0 && start <= starts[n - 1]!)) throw new Error(`${family} ASN table, line ${lineNo}: ranges must be sorted by their start`);
    // An overlap (the published data has a few): the later, narrower range wins from its start.
    if (n > 0 && ends[n - 1]! >= start) ends[n - 1] = (typeof start === 'bigint' ? start - 1n : (start as number) - 1) as N;
    starts.push(start);
    ends.push(end);
    asns.push(Number(a));
  }
  return { starts, ends, asns };
}

function ipv4ToNumber(ip: string): number {
  const p = ip.split('.');
  return ((Number(p[0]) << 24) >>> 0) + (Number(p[1]) << 16) + (Number(p[2]) << 8) + Number(p[3]);
}

/** An IPv6 address (validated by isIP) as a 128-bit integer. */
export function ipv6ToBigInt(ip: string): bigint | undefined {
  let addr = ip.replace(/%.*$/, ''); // zone id
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(addr);
  if (v4) {
    const n = ipv4ToNumber(v4[1]!);
    addr = `${addr.slice(0, -v4[1]!.length)}${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const halves = addr.split('::');
  if (halves.length > 2) return undefined;
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  const fill = halves.length === 2 ? 8 - head.length - tail.length : 0;
  const groups = [...head, ...Array<string>(Math.max(0, fill)).fill('0'), ...tail];
  if (groups.length !== 8) return undefined;
  let n = 0n;
  for (const g of groups) {
    if (!/^[0-9a-f]{1,4}$/i.test(g)) return undefined;
    n = (n << 16n) | BigInt(parseInt(g, 16));
  }
  return n;
}
