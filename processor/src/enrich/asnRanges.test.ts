import { AsnRanges, ipv6ToBigInt } from './asnRanges';

const v4 = (a: number, b: number, c: number, d: number) => ((a << 24) >>> 0) + (b << 16) + (c << 8) + d;
const v6 = (ip: string) => ipv6ToBigInt(ip)!.toString();

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
    expect(table.asn(ip)).toBe(asn);
  });

  it('turns IPv6 notations into 128-bit numbers', () => {
    expect(ipv6ToBigInt('::ffff:1.2.3.4')).toBe((0xffffn << 32n) | 0x01020304n);
    expect(ipv6ToBigInt('1:2:3:4:5:6:7:8')).toBe(0x00010002000300040005000600070008n);
  });

  it('answers 0 for anything that is not an address', () => {
    for (const ip of ['', 'x', '1.2.3', '300.1.1.1', '1.1.1.1 ', 'g::1', '-']) expect(table.asn(ip)).toBe(0);
  });

  it('refuses tables it cannot trust, naming the line', () => {
    expect(() => AsnRanges.fromCsv('1,2,3\n0,1,4', '')).toThrow(/IPv4 ASN table, line 2: .*sorted/);
    expect(() => AsnRanges.fromCsv('1,2,x', '')).toThrow(/IPv4 ASN table, line 1: expected start,end,asn/);
    expect(() => AsnRanges.fromCsv('', '5,4,1')).toThrow(/IPv6 ASN table, line 1/);
  });
});
