import { isIP } from 'node:net';
import { Random } from '../sources/simulator/random';
import { Ipv4Cache, ipv4Number } from './ipv4';

/** The plain reading: node:net says IPv4, then the four octets. */
function plainIpv4(ip: string): number | undefined {
  if (isIP(ip) !== 4) return undefined;
  return ip.split('.').reduce((n, octet) => n * 256 + Number(octet), 0);
}

describe('IPv4 addresses as numbers', () => {
  it('reads exactly what node:net takes for IPv4, as the number of its octets', () => {
    const cases = [
      '0.0.0.0', '255.255.255.255', '8.8.8.8', '203.0.113.7', '10.0.0.1', '1.2.3.04', '01.2.3.4', '1.2.3', '1.2.3.4.5', '256.1.1.1', '1.2.3.256', '1..2.3',
      '.1.2.3', '1.2.3.', '1.2.3.4 ', ' 1.2.3.4', '1.2.3.4:80', '::ffff:1.2.3.4', '2001:db8::1', '', '-', '1.2.3.4\n', '１.2.3.4', '+1.2.3.4', '1.2.3.-4', '999.999.999.999',
      '1.2.3.4/24', '0x7f.0.0.1', '1e2.0.0.1', '127.000.000.001', '100.64.0.0',
    ];
    for (const ip of cases) expect([ip, ipv4Number(ip)]).toEqual([ip, plainIpv4(ip)]);
    // Seeded strings over the characters that matter.
    const rng = new Random(17);
    const chars = '0123456789....:a ';
    for (let i = 0; i < 20_000; i++) {
      const len = 1 + rng.int(16);
      let ip = '';
      for (let k = 0; k < len; k++) ip += chars[rng.int(chars.length)];
      expect([ip, ipv4Number(ip)]).toEqual([ip, plainIpv4(ip)]);
    }
    for (let i = 0; i < 5_000; i++) {
      const ip = [rng.int(256), rng.int(256), rng.int(256), rng.int(256)].join('.');
      expect(ipv4Number(ip)).toBe(plainIpv4(ip));
    }
  });

  it('a cache of answers by address answers as a map does, and holds at most its bound', () => {
    const rng = new Random(23);
    const cache = new Ipv4Cache<string>(3_000);
    const model = new Map<number, string>();
    for (let i = 0; i < 50_000; i++) {
      // Addresses of a few networks (nearby numbers) and anywhere, some asked again and again.
      const ip = rng.chance(0.5) ? 0xcb007100 + rng.int(4096) : rng.chance(0.5) ? rng.int(2 ** 32) : 0xffffffff - rng.int(16);
      const hit = cache.get(ip);
      if (hit !== undefined) expect(hit).toBe(model.get(ip));
      else {
        const answer = `a${ip}`;
        cache.set(ip, answer);
        model.set(ip, answer);
        expect(cache.get(ip)).toBe(answer);
      }
    }
    expect(cache.get(0)).toBeUndefined();
    // Bounded: after the bound is reached it starts over, so an address asked once long ago is gone.
    const small = new Ipv4Cache<number>(10);
    for (let ip = 1; ip <= 10; ip++) small.set(ip, ip);
    for (let ip = 1; ip <= 10; ip++) expect(small.get(ip)).toBe(ip);
    small.set(11, 11);
    expect(small.get(11)).toBe(11);
    expect(small.get(1)).toBeUndefined();
  });
});
