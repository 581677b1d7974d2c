import * as fs from 'node:fs';
import { Reader, type Response } from 'mmdb-lib';
import { buildMmdb, type MmdbLayout, type MmdbValue } from '../test-support/mmdbWriter';
import { bundledCountryDbPath } from './bundledGeoFiles';
import { ipv6Words } from './ipv6';
import { MmdbTree } from './mmdbTree';

const text = (n: number) => `${n >>> 24}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;

function addresses(count: number, seed: number, near: readonly number[] = []): number[] {
  let s = seed;
  const next = () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0);
  // Anywhere, and close to the given networks (inside them, at their edges and just outside).
  return Array.from({ length: count }, (_, i) => (i % 2 === 0 || near.length === 0 ? next() : (near[next() % near.length]! + (next() % 600) - 100) >>> 0));
}

/** Networks nested and side by side, each with a value of its own; more specific ones last. */
function networks(): { cidrs: Record<string, MmdbValue>; starts: number[] } {
  const cidrs: Record<string, MmdbValue> = {};
  const starts: number[] = [];
  const add = (a: number, bits: number) => {
    cidrs[`${text(a)}/${bits}`] = { id: Object.keys(cidrs).length + 1 };
    starts.push(a);
  };
  add(0x0a000000, 8);
  add(0x0a0a0000, 16);
  add(0x0a0a0a00, 24);
  add(0x0a0a0a80, 25);
  add(0xc0000200, 24);
  add(0xcb007100, 24);
  add(0xfffffff0, 28);
  add(0x00000000, 30);
  for (let i = 0; i < 40; i++) add((0x50000000 + i * 0x00011300) >>> 0, 20 + (i % 9));
  return { cidrs, starts };
}

describe('MmdbTree: an address (as numbers) to the record holding its data', () => {
  const layouts: MmdbLayout[] = [24, 28, 32].flatMap((recordSize) => [4, 6].map((ipVersion) => ({ recordSize, ipVersion }) as MmdbLayout));

  it.each(layouts)('finds what the reader finds, record size $recordSize, IPv$ipVersion tree', (layout) => {
    const { cidrs, starts } = networks();
    const db = buildMmdb('QOE-Test', cidrs, layout);
    const reader = new Reader<Response>(db);
    expect(reader.metadata).toMatchObject({ recordSize: layout.recordSize, ipVersion: layout.ipVersion });
    const tree = new MmdbTree(db, reader.metadata);
    const idOfRecord = new Map<number, unknown>();
    let found = 0;
    for (const n of addresses(20_000, 11, starts)) {
      const data = reader.get(text(n)) as { id: number } | null;
      const record = tree.recordOfIpv4(n);
      expect([text(n), record === undefined]).toEqual([text(n), data === null]);
      // The same address in IPv6 form (::a.b.c.d), where an IPv6 tree keeps IPv4 addresses; none in an IPv4 tree.
      expect([text(n), tree.recordOfIpv6([0, 0, 0, n])]).toEqual([text(n), layout.ipVersion === 6 ? record : undefined]);
      if (record === undefined) continue;
      found++;
      // One record, one network: the same data for every address the walk ends at it.
      if (!idOfRecord.has(record)) idOfRecord.set(record, data!.id);
      expect([text(n), idOfRecord.get(record)]).toEqual([text(n), data!.id]);
    }
    expect(found).toBeGreaterThan(4_000);
    expect(idOfRecord.size).toBeGreaterThan(40);
  });

  it('finds what the reader finds in the shipped country database', () => {
    const bytes = fs.readFileSync(bundledCountryDbPath());
    const reader = new Reader<Response>(bytes);
    const tree = new MmdbTree(bytes, reader.metadata);
    const countryOfRecord = new Map<number, string>();
    let found = 0;
    for (const n of [...addresses(20_000, 5), 0x08080808, 0x01010101, 0x0a000001, 0, 0xffffffff]) {
      const data = reader.get(text(n)) as { country_code: string } | null;
      const record = tree.recordOfIpv4(n);
      expect([text(n), record === undefined]).toEqual([text(n), data === null]);
      if (record === undefined) continue;
      found++;
      if (!countryOfRecord.has(record)) countryOfRecord.set(record, data!.country_code);
      expect([text(n), countryOfRecord.get(record)]).toEqual([text(n), data!.country_code]);
    }
    expect(found).toBeGreaterThan(15_000);
  });

  it('finds what the reader finds for IPv6 addresses in the shipped country database', () => {
    const bytes = fs.readFileSync(bundledCountryDbPath());
    const reader = new Reader<Response>(bytes);
    const tree = new MmdbTree(bytes, reader.metadata);
    let s = 21;
    const next = () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0);
    const prefixes = [0x20010000, 0x2a020000, 0x2a010000, 0x26000000, 0x24050000, 0x28040000, 0x2c0f0000, 0x20030000, 0xfe800000, 0];
    const words = [0, 0, 0, 0];
    const countryOfRecord = new Map<number, string>();
    let found = 0;
    for (let i = 0; i < 10_000; i++) {
      const groups = [prefixes[i % prefixes.length]! | (next() & 0xffff), next(), next(), next()].map((w) => w >>> 0);
      if (i % 50 === 0) groups.splice(0, 3, 0, 0, 0xffff); // IPv4-mapped
      const ip = groups.flatMap((w) => [(w >>> 16).toString(16), (w & 0xffff).toString(16)]).join(':');
      expect(ipv6Words(ip, words)).toBe(true);
      const data = reader.get(ip) as { country_code: string } | null;
      const record = tree.recordOfIpv6(words);
      expect([ip, record === undefined]).toEqual([ip, data === null]);
      if (record === undefined) continue;
      found++;
      if (!countryOfRecord.has(record)) countryOfRecord.set(record, data!.country_code);
      expect([ip, countryOfRecord.get(record)]).toEqual([ip, data!.country_code]);
    }
    expect(found).toBeGreaterThan(500);
  });

  it('reads every bit of the records, as the format lays them out', () => {
    // Small databases have small record values: here a two-node tree (node 0: left data, right
    // node 1; node 1: left data, right nothing) with the top bits of each record size set.
    const cases: { recordSize: number; bytes: number[]; left: number; nextLeft: number }[] = [
      { recordSize: 24, bytes: [0xfe, 0xdc, 0xba, 0x00, 0x00, 0x01, 0xf0, 0x00, 0x05, 0x00, 0x00, 0x02], left: 0xfedcba, nextLeft: 0xf00005 },
      // 28 bits: the middle byte's high nibble belongs to the left record, its low one to the right.
      { recordSize: 28, bytes: [0xbc, 0xde, 0xf1, 0xa0, 0x00, 0x00, 0x01, 0x00, 0x00, 0x05, 0xf0, 0x00, 0x00, 0x02], left: 0x0abcdef1, nextLeft: 0x0f000005 },
      { recordSize: 32, bytes: [0xfe, 0xdc, 0xba, 0x98, 0x00, 0x00, 0x00, 0x01, 0x80, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x02], left: 0xfedcba98, nextLeft: 0x80000005 },
    ];
    for (const c of cases) {
      const tree = new MmdbTree(Uint8Array.from(c.bytes), { nodeCount: 2, recordSize: c.recordSize, ipVersion: 4 });
      expect([c.recordSize, tree.recordOfIpv4(0x12345678)]).toEqual([c.recordSize, c.left]);
      expect([c.recordSize, tree.recordOfIpv4(0x80000000)]).toEqual([c.recordSize, c.nextLeft]);
      expect([c.recordSize, tree.recordOfIpv4(0xc0000001)]).toEqual([c.recordSize, undefined]);
    }
  });

  it('refuses a tree it cannot read', () => {
    const db = buildMmdb('QOE-Test', networks().cidrs);
    expect(() => new MmdbTree(db, { nodeCount: 10, recordSize: 20, ipVersion: 4 })).toThrow(/record size 20/);
    expect(() => new MmdbTree(db, { nodeCount: db.length, recordSize: 24, ipVersion: 4 })).toThrow(/larger than the file/);
  });
});
