import { isIP } from 'node:net';
import { Reader, type Response } from 'maxmind';
import { AsnRanges, type AsnSource } from './asnRanges';
import { bundledCountryDbPath, fileBytes } from './bundledGeoFiles';
import { Ipv4Cache, ipv4Number } from './ipv4';
import { MmdbIpv4Tree } from './mmdbIpv4Tree';

/** What an IP address tells about a client. */
export interface GeoInfo {
  /** Autonomous system number; 0 = unknown. */
  asn: number;
  /** ISO 3166-1 alpha-2 country code, upper case; '' = unknown. */
  country: string;
}

/** Client IP -> ASN and country (mmdb files, read in memory). */
export interface GeoLookup {
  lookup(ip: string): GeoInfo;
}

/**
 * The country database shipped with the project: @ip-location-db/geo-whois-asn-country-mmdb
 * (IPv4 and IPv6, CC BY 4.0 by NRO; records are `{ country_code }`).
 */
export { bundledCountryDbPath };

export interface MmdbRecord {
  /** GeoLite2-ASN, ip-location-db asn-mmdb. */
  autonomous_system_number?: number;
  /** ip-location-db country-mmdb. */
  country_code?: string;
  /** GeoLite2-Country / GeoLite2-City / GeoIP2. */
  country?: { iso_code?: string };
  registered_country?: { iso_code?: string };
}

const UNKNOWN: GeoInfo = Object.freeze({ asn: 0, country: '' });

/** An mmdb file in memory: maxmind's reader, and its search tree read in place for IPv4 addresses given as numbers. */
export interface MmdbFile {
  reader: Reader<Response>;
  ipv4: MmdbIpv4Tree;
}

/** Opens an mmdb file; throws an error naming the file when it is missing or not an mmdb. */
export function openMmdb(file: string): MmdbFile {
  let buf: Buffer;
  try {
    buf = fileBytes(file);
  } catch (err) {
    throw new Error(`cannot read mmdb file ${file}: ${(err as Error).message}`);
  }
  try {
    // Decoded records by their place in the file: a country database has a few hundred, and
    // every address of a country would otherwise decode its record again.
    const reader = new Reader<Response>(buf, { cache: decodedRecords(10_000) });
    return { reader, ipv4: new MmdbIpv4Tree(buf, reader.metadata) };
  } catch (err) {
    throw new Error(`${file} is not a MaxMind DB (mmdb) file: ${(err as Error).message}`);
  }
}

function safeGet(db: MmdbFile | undefined, ip: string): MmdbRecord | null {
  if (!db) return null;
  try {
    return db.reader.get(ip) as MmdbRecord | null;
  } catch {
    return null; // e.g. an IPv6 address in an IPv4-only database
  }
}

/** A cache of at most `max` decoded mmdb records, cleared when full. */
function decodedRecords(max: number): { get(key: number): unknown; set(key: number, value: unknown): void } {
  const records = new Map<number, unknown>();
  return {
    get: (key) => records.get(key),
    set: (key, value) => {
      if (records.size >= max) records.clear();
      records.set(key, value);
    },
  };
}

/**
 * What an mmdb file answers for IPv4 addresses given as numbers: the address's record is
 * found in the search tree (MmdbIpv4Tree), and each record is decoded and answered once (by
 * the reader, from the text of the first address met in it), then kept by its place in the
 * file: a network's addresses share one answer. At most `max` answers are kept (cleared when
 * full), so a database of millions of records costs a decoding a new one, never unbounded memory.
 */
export class Ipv4Answers<T> {
  private readonly byRecord = new Map<number, T>();

  constructor(
    private readonly db: MmdbFile,
    private readonly answer: (record: MmdbRecord | null) => T,
    private readonly none: T,
    private readonly max = 10_000,
  ) {}

  /** The answer for an address: `ip` is its text, `v4` its number (ipv4Number(ip)). */
  of(ip: string, v4: number): T {
    const record = this.db.ipv4.recordOf(v4);
    if (record === undefined) return this.none;
    let a = this.byRecord.get(record);
    if (a === undefined) {
      if (this.byRecord.size >= this.max) this.byRecord.clear();
      this.byRecord.set(record, (a = this.answer(safeGet(this.db, ip))));
    }
    return a;
  }
}

const asnOf = (r: MmdbRecord | null): number => {
  const v = r?.autonomous_system_number;
  return typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : 0;
};

/** ASNs from an mmdb file in the GeoLite2-ASN (or ip-location-db asn-mmdb) layout. */
export function mmdbAsn(db: MmdbFile): AsnSource {
  const ipv4 = new Ipv4Answers(db, asnOf, 0);
  return {
    asn: (ip) => {
      const v4 = ipv4Number(ip);
      return v4 === undefined ? asnOf(safeGet(db, ip)) : ipv4.of(ip, v4);
    },
    asnOfIpv4: (v4) => ipv4.of(ipv4Text(v4), v4),
  };
}

/** The dotted-quad text of an IPv4 address given as a number (what the reader decodes a record from). */
function ipv4Text(v4: number): string {
  return `${v4 >>> 24}.${(v4 >>> 16) & 255}.${(v4 >>> 8) & 255}.${v4 & 255}`;
}

/** A country code as the project writes it (two upper-case letters), from any of the layouts' fields; '' when none. */
function countryOf(c: MmdbRecord | null): string {
  const country = (c?.country?.iso_code ?? c?.country_code ?? c?.registered_country?.iso_code ?? '').toUpperCase().slice(0, 2);
  return /^[A-Z]{2}$/.test(country) ? country : '';
}

/**
 * Country from an mmdb database (GeoLite2-Country/City or ip-location-db layouts), ASN
 * from an AsnSource (the bundled range tables or a GeoLite2-ASN mmdb). Lookups are in
 * memory (microseconds); the last results are cached because CDN logs repeat the same
 * clients many times a minute.
 */
export class MmdbGeoLookup implements GeoLookup {
  /** IPv4 answers by address as a number (ipv4Number); IPv6 and other text by the string. */
  private readonly v4: Ipv4Cache<GeoInfo>;
  private readonly cache = new Map<string, GeoInfo>();
  private readonly countryOfIpv4: Ipv4Answers<string> | undefined;
  /**
   * One GeoInfo object for each (ASN, country) met (a few thousand networks; at most
   * MAX_INFOS kept): an answer for each new client address would be an object of its own
   * for the caches to keep.
   */
  private readonly infos = new Map<number, GeoInfo>();

  constructor(
    private readonly countryDb: MmdbFile | undefined,
    private readonly asnSource: AsnSource | undefined,
    private readonly cacheSize = 50_000,
  ) {
    this.v4 = new Ipv4Cache(cacheSize);
    this.countryOfIpv4 = countryDb && new Ipv4Answers(countryDb, countryOf, '');
  }

  lookup(ip: string): GeoInfo {
    const v4 = ipv4Number(ip);
    if (v4 !== undefined) {
      let info = this.v4.get(v4);
      if (info === undefined) this.v4.set(v4, (info = this.read(ip, v4)));
      return info;
    }
    const hit = this.cache.get(ip);
    if (hit) return hit;
    if (!ip || isIP(ip) === 0) return UNKNOWN;
    const info = this.read(ip, undefined);
    if (this.cache.size >= this.cacheSize) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(ip, info);
    return info;
  }

  /** The answer of a valid address from the databases. */
  private read(ip: string, v4: number | undefined): GeoInfo {
    const country = v4 !== undefined && this.countryOfIpv4 ? this.countryOfIpv4.of(ip, v4) : countryOf(safeGet(this.countryDb, ip));
    const asn = this.asnSource === undefined ? 0 : v4 !== undefined && this.asnSource.asnOfIpv4 ? this.asnSource.asnOfIpv4(v4) : this.asnSource.asn(ip);
    return this.info(asn, country);
  }

  /** The one GeoInfo of an ASN and a country code (two letters A-Z, or ''). */
  private info(asn: number, country: string): GeoInfo {
    if (asn === 0 && country === '') return UNKNOWN;
    // ASNs are below 2^32 and the codes 677 (none, AA ... ZZ): the key stays an exact integer.
    const code = country === '' ? 0 : 1 + (country.charCodeAt(0) - 65) * 26 + (country.charCodeAt(1) - 65);
    const key = asn * 677 + code;
    let info = this.infos.get(key);
    if (info === undefined) {
      if (this.infos.size >= MAX_INFOS) this.infos.clear();
      this.infos.set(key, (info = Object.freeze({ asn, country })));
    }
    return info;
  }
}

const MAX_INFOS = 100_000;

/**
 * The ASN source a setting names: 'bundled' (the @ip-location-db/asn range tables shipped
 * with the project), a path to an ASN mmdb (GeoLite2-ASN), or 'off' / '' for none.
 */
export function asnFromSetting(setting: string): AsnSource | undefined {
  if (setting === '' || setting === 'off') return undefined;
  return setting === 'bundled' ? AsnRanges.bundled() : mmdbAsn(openMmdb(setting));
}

/** Opens the mmdb a setting names: a path, 'bundled' (the shipped country database), or 'off' / '' for none. */
export function mmdbFromSetting(setting: string): MmdbFile | undefined {
  if (setting === '' || setting === 'off') return undefined;
  return openMmdb(setting === 'bundled' ? bundledCountryDbPath() : setting);
}
