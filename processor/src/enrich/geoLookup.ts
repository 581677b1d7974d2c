import { Reader, type Response } from 'mmdb-lib';
import { ownCopy } from '../decode/ownCopy';
import { AsnRanges, type AsnSource } from './asnRanges';
import { bundledCountryDbPath, fileBytes } from './bundledGeoFiles';
import { Ipv4Cache, ipv4Number } from './ipv4';
import { ipv6Words } from './ipv6';
import { MmdbTree } from './mmdbTree';

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

/** An mmdb file in memory: mmdb-lib's reader (which decodes its records; the maxmind package's reader, without that package's file watching and caches, which took 25 ms to load), and its search tree walked in place with addresses as numbers. */
export interface MmdbFile {
  reader: Reader<Response>;
  tree: MmdbTree;
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
    // Records are decoded once each (RecordAnswers keeps their answers): the reader keeps none.
    const reader = new Reader<Response>(buf);
    return { reader, tree: new MmdbTree(buf, reader.metadata) };
  } catch (err) {
    throw new Error(`${file} is not a MaxMind DB (mmdb) file: ${(err as Error).message}`);
  }
}

function safeGet(db: MmdbFile, ip: string): MmdbRecord | null {
  try {
    return db.reader.get(ip) as MmdbRecord | null;
  } catch {
    return null; // e.g. an IPv6 address in an IPv4-only database
  }
}

/**
 * What an mmdb file answers for addresses found in its search tree (MmdbTree): each record is
 * decoded and answered once (by the reader, from the text of the first address met in it),
 * then kept by its place in the file, so a network's addresses share one answer. At most
 * `max` answers are kept (cleared when full): a database of millions of records costs a
 * decoding a new one, never unbounded memory.
 */
export class RecordAnswers<T> {
  private readonly byRecord = new Map<number, T>();

  constructor(
    private readonly db: MmdbFile,
    private readonly answer: (record: MmdbRecord | null) => T,
    private readonly none: T,
    private readonly max = 10_000,
  ) {}

  /** The answer for an IPv4 address: `v4` is its number (ipv4Number), `ip` its text. */
  ofIpv4(v4: number, ip: string): T {
    return this.of(this.db.tree.recordOfIpv4(v4), ip);
  }

  /** The answer for an IPv6 address: `words` are its bits (ipv6Words), `ip` its text. */
  ofIpv6(words: readonly number[], ip: string): T {
    return this.of(this.db.tree.recordOfIpv6(words), ip);
  }

  /** The answer of the record the tree found for an address (undefined: nothing); `ip` is the address's text. */
  private of(record: number | undefined, ip: string): T {
    if (record === undefined) return this.none;
    let a = this.byRecord.get(record);
    if (a === undefined) {
      if (this.byRecord.size >= this.max) this.byRecord.clear();
      this.byRecord.set(record, (a = this.answer(safeGet(this.db, ip))));
    }
    return a;
  }
}

/** An AS number is 32 bits (RFC 6793): anything else in a record is none. */
const asnOfRecord = (r: MmdbRecord | null): number => {
  const v = r?.autonomous_system_number;
  return typeof v === 'number' && Number.isInteger(v) && v > 0 && v <= 0xffffffff ? v : 0;
};

/** ASNs from an mmdb file in the GeoLite2-ASN (or ip-location-db asn-mmdb) layout. */
export function mmdbAsn(db: MmdbFile): AsnSource {
  const answers = new RecordAnswers(db, asnOfRecord, 0);
  return {
    asnOfIpv4: (v4, ip) => answers.ofIpv4(v4, ip),
    asnOfIpv6: (w, ip) => answers.ofIpv6(w, ip),
  };
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
  /** IPv4 answers by address as a number (ipv4Number); IPv6 ones by their text. */
  private readonly v4: Ipv4Cache<GeoInfo>;
  private readonly v6 = new Map<string, GeoInfo>();
  private readonly countries: RecordAnswers<string> | undefined;
  /**
   * One GeoInfo object for each (ASN, country) met (a few thousand networks; at most
   * MAX_INFOS kept): an answer for each new client address would be an object of its own
   * for the caches to keep.
   */
  private readonly infos = new Map<number, GeoInfo>();
  /** The IPv6 address being read, as words (ipv6Words). */
  private readonly words = [0, 0, 0, 0];

  constructor(
    countryDb: MmdbFile | undefined,
    private readonly asnSource: AsnSource | undefined,
    private readonly cacheSize = 50_000,
  ) {
    this.v4 = new Ipv4Cache(cacheSize);
    this.countries = countryDb && new RecordAnswers(countryDb, countryOf, '');
  }

  lookup(ip: string): GeoInfo {
    const v4 = ipv4Number(ip);
    if (v4 !== undefined) {
      let info = this.v4.get(v4);
      if (info === undefined) this.v4.set(v4, (info = this.readIpv4(ip, v4)));
      return info;
    }
    let info = this.v6.get(ip);
    if (info === undefined) {
      if (!ipv6Words(ip, this.words)) return UNKNOWN;
      // Cleared when full: deleting the oldest key of a Map leaves a hole that every later
      // "oldest key" walks past, and a log of new IPv6 clients met that at each address.
      if (this.v6.size >= this.cacheSize) this.v6.clear();
      // A key of its own: the address is often a slice of its log line, which it would keep alive (ownCopy).
      this.v6.set(ownCopy(ip), (info = this.readIpv6(ip, this.words)));
    }
    return info;
  }

  private readIpv4(ip: string, v4: number): GeoInfo {
    return this.info(this.asnSource?.asnOfIpv4(v4, ip) ?? 0, this.countries?.ofIpv4(v4, ip) ?? '');
  }

  private readIpv6(ip: string, words: readonly number[]): GeoInfo {
    return this.info(this.asnSource?.asnOfIpv6(words, ip) ?? 0, this.countries?.ofIpv6(words, ip) ?? '');
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
