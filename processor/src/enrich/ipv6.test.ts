import { isIP } from 'node:net';
import { isIpv4Mapped, ipv6Words } from './ipv6';

/** The reference: the eight groups of an address written in full, as a 128-bit number. */
const fromGroups = (groups: readonly number[]) => groups.reduce((n, g) => (n << 16n) | BigInt(g), 0n);
const fromWords = (w: readonly number[]) => w.reduce((n, x) => (n << 32n) | BigInt(x), 0n);

function parsed(ip: string): bigint | undefined {
  const w = [0, 0, 0, 0];
  return ipv6Words(ip, w) ? fromWords(w) : undefined;
}

/** Ways to write the same eight groups: in full, with leading zeros, "::" over a run of zeros, upper case, a dotted tail. */
function writings(groups: readonly number[], next: () => number): string[] {
  const hex = groups.map((g) => g.toString(16));
  const out = [hex.join(':'), groups.map((g) => g.toString(16).padStart(4, '0')).join(':'), hex.join(':').toUpperCase()];
  // "::" over each run of zero groups, longest or not (any run may be compressed).
  for (let from = 0; from < 8; from++) {
    if (groups[from] !== 0) continue;
    let to = from;
    while (to < 8 && groups[to] === 0) to++;
    out.push(`${hex.slice(0, from).join(':')}::${hex.slice(to).join(':')}`);
  }
  const v4 = `${groups[6]! >>> 8}.${groups[6]! & 255}.${groups[7]! >>> 8}.${groups[7]! & 255}`;
  out.push(`${hex.slice(0, 6).join(':')}:${v4}`);
  if (next() % 2 === 0) out.push(`${hex.join(':')}%eth${next() % 10}`);
  return out;
}

describe('ipv6Words: IPv6 text to four 32-bit words', () => {
  it('reads every way of writing an address as node:net tells them, to the same 128 bits', () => {
    let seed = 3;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    let checked = 0;
    for (let i = 0; i < 2_000; i++) {
      // Groups with runs of zeros in different places, and the IPv4-mapped prefix.
      const groups = Array.from({ length: 8 }, () => (next() % 3 === 0 ? 0 : next() % 0x10000));
      if (i % 10 === 0) groups.splice(0, 6, 0, 0, 0, 0, 0, 0xffff);
      for (const ip of writings(groups, next)) {
        expect([ip, isIP(ip)]).toEqual([ip, 6]);
        expect([ip, parsed(ip)]).toEqual([ip, fromGroups(groups)]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10_000);
  });

  it.each(['::', '::1', '1::', '::ffff:1.2.3.4', '::1.2.3.4', '1:2:3:4:5:6:7::', '::2:3:4:5:6:7:8', 'fe80::1%eth0', '2001:DB8::A'])('reads %s', (ip) => {
    expect(isIP(ip)).toBe(6);
    expect(parsed(ip)).toBeDefined();
  });

  it.each([
    '', ':', ':::', '1', '1.2.3.4', '1::2::3', '12345::', 'g::1', '1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7', ':1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8:',
    '1::2:3:4:5:6:7:8', '::ffff:1.2.3', '::1.2.3.4.5', '::1.2.3.256', '1:2:3:4:5:6:7:1.2.3.4', '::ffff:01.2.3.4', 'fe80::1%', 'fe80::1%eth 0', ' ::1', '::1 ', '[::1]',
    '1:2:3:4:5:6:7:8'.repeat(4), 'x'.repeat(10_000),
  ])('refuses %j as isIP does', (ip) => {
    expect(isIP(ip)).not.toBe(6);
    expect(parsed(ip)).toBeUndefined();
  });

  it('tells IPv4-mapped addresses', () => {
    const w = [0, 0, 0, 0];
    expect(ipv6Words('::ffff:8.8.4.4', w) && isIpv4Mapped(w)).toBe(true);
    expect(w[3]).toBe(0x08080404);
    expect(ipv6Words('::8.8.4.4', w) && isIpv4Mapped(w)).toBe(false);
    expect(ipv6Words('2001:db8::ffff:0:1', w) && isIpv4Mapped(w)).toBe(false);
  });
});
