import { AsnRanges, asnOf } from './asnRanges';
import { ipv6Words } from './ipv6';

const v4 = (a: number, b: number, c: number, d: number) => ((a << 24) >>> 0) + (b << 16) + (c << 8) + d;
const v6 = (ip: string) => {
  const w = [0, 0, 0, 0];
  if (!ipv6Words(ip, w)) throw new Error(`not an IPv6 address: ${ip}`);
  return w.reduce((n, x) => (n << 32n) | BigInt(x), 0n).toString();
};

describe('ASN range tables', () => {
  const table = AsnRanges.fromCsv(
    [
      `${v4(1, 0, 0, 0)},${v4(1, 0, 0, 255)},13335,"Cloudflare, Inc."`,
      `${v4(8, 8, 8, 0)},${v4(8, 8, 8, 255)},15169,Google LLC`,
      // Overlapping ranges as published: the later one wins from its start.
      `${v4(10, 0, 0, 0)},${v4(10, 0, 255, 255)},64500,Wide`,
      `${v4(10, 0, 128, 0)},${v4(10, 0, 128, 255)},64501,Narrow`,
      `${v4(255, 255, 255, 0)},${v4(255, 255, 255, 255)},64502,Top`,
    ].join('\n'),
    [`${v6('2001:db8::')},${v6('2001:db8:0:ffff:ffff:ffff:ffff:ffff')},64510,Doc`, `${v6('2606:4700::')},${v6('2606:4700:ffff:ffff:ffff:ffff:ffff:ffff')},13335,CF`].join('\n') + '\n',
  );

  it.each<[string, number]>([
    ['1.0.0.0', 13335],
    ['1.0.0.255', 13335], // inclusive at both ends
    ['1.0.1.0', 0],
    ['8.8.8.8', 15169],
    ['0.0.0.0', 0],
    ['255.255.255.255', 64502],
    ['10.0.127.255', 64500],
    ['10.0.128.7', 64501],
    ['10.0.200.1', 0], // the wide range was cut where the narrow one starts
    ['2001:db8::1', 64510],
    ['2001:0db8:0000:ffff:ffff:ffff:ffff:ffff', 64510],
    ['2001:db8:1::', 0],
    ['2606:4700:4700::1111', 13335],
    ['fe80::1%eth0', 0],
    ['::ffff:8.8.8.4', 15169], // IPv4-mapped: looked up as IPv4
    ['::', 0],
  ])('%s is in AS %d', (ip, asn) => {
    expect(asnOf(table, ip)).toBe(asn);
  });

  it('finds an IPv4 address in ranges that start in its /16, before it, or span many /16s', () => {
    let seed = 9;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    // Sorted, disjoint ranges: long ones across /16 boundaries, and runs of short ones in one /16.
    const rows: [number, number, number][] = [];
    for (let at = 256; at < 0xffff0000 && rows.length < 3_000; ) {
      const long = next() % 4 === 0;
      const start = at + (next() % (long ? 0x30000 : 512));
      const end = Math.min(0xffffffff, start + (long ? next() % 0x50000 : next() % 300));
      rows.push([start, end, rows.length + 1]);
      at = end + 1 + (next() % (long ? 0x200000 : 64));
    }
    const table = AsnRanges.fromCsv(rows.map((r) => r.join(',')).join('\n'), '');
    const expected = (n: number) => {
      let found = 0;
      for (const [start, end, asn] of rows) if (start <= n && n <= end) found = asn;
      return found;
    };
    const probes = [0, 0xffffffff, ...rows.flatMap(([s, e]) => [s, e, s - 1, e + 1, (s + e) >>> 1]), ...Array.from({ length: 3_000 }, next)];
    let inRange = 0;
    for (const n of probes) {
      const want = expected(n >>> 0);
      expect([n >>> 0, table.asnOfIpv4(n >>> 0)]).toEqual([n >>> 0, want]);
      if (want) inRange++;
    }
    expect(inRange).toBeGreaterThanOrEqual(3 * rows.length);
  });

  it('answers 0 for anything that is not an address', () => {
    for (const ip of ['', 'x', '1.2.3', '300.1.1.1', '1.1.1.1 ', 'g::1', '-']) expect(asnOf(table, ip)).toBe(0);
  });

  it('refuses tables it cannot trust, naming the line', () => {
    expect(() => AsnRanges.fromCsv('1,2,3\n0,1,4', '')).toThrow(/IPv4 ASN table, line 2: .*sorted/);
    expect(() => AsnRanges.fromCsv('1,2,x', '')).toThrow(/IPv4 ASN table, line 1: expected start,end,asn/);
    expect(() => AsnRanges.fromCsv('', '5,4,1')).toThrow(/IPv6 ASN table, line 1/);
  });
});

describe('ASN range tables: the bundled data', () => {
  it('reads the shipped tables and finds well-known networks', () => {
    const t = AsnRanges.bundled();
    expect(asnOf(t, '8.8.8.8')).toBe(15169);
    expect(asnOf(t, '1.1.1.1')).toBe(13335);
    expect(asnOf(t, '2001:4860:4860::8888')).toBe(15169);
    expect(asnOf(t, '2606:4700:4700::1111')).toBe(13335);
  });

  it('reads numbers up to 2^128 - 1 exactly and refuses wider ones', () => {
    const max = (1n << 128n) - 1n;
    const t = AsnRanges.fromCsv('', `${max - 5n},${max},64999\n`);
    expect(asnOf(t, 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffa')).toBe(64999);
    expect(asnOf(t, 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:fff9')).toBe(0);
    expect(() => AsnRanges.fromCsv('', `${max},${max + 1n},1\n`)).toThrow(/IPv6 ASN table, line 1: expected/);
    expect(() => AsnRanges.fromCsv('4294967296,4294967297,1', '')).toThrow(/IPv4 ASN table, line 1: expected/);
  });

  it('cuts an overlapped IPv6 range at the start of the next one, across a word boundary', () => {
    const a = (1n << 64n) + 0n;
    const t = AsnRanges.fromCsv('', `${a - 10n},${a + 10n},1\n${a},${a + 5n},2\n`);
    expect(asnOf(t, '0:0:0:0:ffff:ffff:ffff:ffff')).toBe(1); // a - 1: still the first range
    expect(asnOf(t, '0:0:0:1::')).toBe(2); // a
    expect(asnOf(t, '0:0:0:1::6')).toBe(0); // a + 6: the first range no longer reaches it
  });
});

describe('ASN range tables: the binary cache', () => {
  const os = require('node:os') as typeof import('node:os');
  const fs = require('node:fs') as typeof import('node:fs');
  const path = require('node:path') as typeof import('node:path');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'asn-cache-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('gives the same answers from the cache as from the CSV, and refuses files that are not one', () => {
    const a = (1n << 64n) + 7n;
    const t = AsnRanges.fromCsv('16777216,16777471,13335\n134744064,134744319,15169\n', `${a},${a + 100n},64510\n`);
    const file = path.join(dir, 'c.bin');
    t.writeCache(file);
    const back = AsnRanges.fromCache(file)!;
    for (const ip of ['1.0.0.1', '8.8.8.8', '8.8.9.1', '0:0:0:1::7', '0:0:0:1::6b', '0:0:0:1::6c']) expect([ip, asnOf(back, ip)]).toEqual([ip, asnOf(t, ip)]);
    expect(asnOf(back, '0:0:0:1::7')).toBe(64510);
    fs.writeFileSync(path.join(dir, 'bad.bin'), 'not a cache file at all!');
    expect(AsnRanges.fromCache(path.join(dir, 'bad.bin'))).toBeUndefined();
    fs.writeFileSync(path.join(dir, 'short.bin'), fs.readFileSync(file).subarray(0, 40));
    expect(AsnRanges.fromCache(path.join(dir, 'short.bin'))).toBeUndefined();
    expect(AsnRanges.fromCache(path.join(dir, 'missing.bin'))).toBeUndefined();
  });
});
