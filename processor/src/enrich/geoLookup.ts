import { isIP } from 'node:net';
import { Reader, type Response } from 'maxmind';
import { AsnRanges, type AsnSource } from './asnRanges';
import { bundledCountryDbPath, fileBytes } from './bundledGeoFiles';
import { Ipv4Cache, ipv4Number } from './ipv4';

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

const UNKNOWN: GeoInfo = { asn: 0, country: '' };

/** Opens an mmdb file; throws an error naming the file when it is missing or not an mmdb. */
export function openMmdb(file: string): Reader<Response> {
  let buf: Buffer;
  try {
    buf = fileBytes(file);
  } catch (err) {
    throw new Error(`cannot read mmdb file ${file}: ${(err as Error).message}`);
  }
  try {
    // Decoded records by their place in the file: a country database has a few hundred, and
    // every address of a country would otherwise decode its record again.
    return new Reader<Response>(buf, { cache: decodedRecords(10_000) });
  } catch (err) {
    throw new Error(`${file} is not a MaxMind DB (mmdb) file: ${(err as Error).message}`);
  }
}

function safeGet(reader: Reader<Response> | undefined, ip: string): MmdbRecord | null {
  if (!reader) return null;
  try {
    return reader.get(ip) as MmdbRecord | null;
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

/** ASNs from an mmdb file in the GeoLite2-ASN (or ip-location-db asn-mmdb) layout. */
export function mmdbAsn(reader: Reader<Response>): AsnSource {
  return {
    asn: (ip) => {
      const v = safeGet(reader, ip)?.autonomous_system_number;
      return typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : 0;
    },
  };
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

  constructor(
    private readonly countryDb: Reader<Response> | undefined,
    private readonly asnSource: AsnSource | undefined,
    private readonly cacheSize = 50_000,
  ) {
    this.v4 = new Ipv4Cache(cacheSize);
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
    const c = safeGet(this.countryDb, ip);
    const country = (c?.country?.iso_code ?? c?.country_code ?? c?.registered_country?.iso_code ?? '').toUpperCase().slice(0, 2);
    const asn = this.asnSource === undefined ? 0 : v4 !== undefined && this.asnSource.asnOfIpv4 ? this.asnSource.asnOfIpv4(v4) : this.asnSource.asn(ip);
    return { asn, country: /^[A-Z]{2}$/.test(country) ? country : '' };
  }
}

/**
 * The ASN source a setting names: 'bundled' (the @ip-location-db/asn range tables shipped
 * with the project), a path to an ASN mmdb (GeoLite2-ASN), or 'off' / '' for none.
 */
export function asnFromSetting(setting: string): AsnSource | undefined {
  if (setting === '' || setting === 'off') return undefined;
  return setting === 'bundled' ? AsnRanges.bundled() : mmdbAsn(openMmdb(setting));
}

/** Opens the mmdb a setting names: a path, 'bundled' (the shipped country database), or 'off' / '' for none. */
export function mmdbFromSetting(setting: string): Reader<Response> | undefined {
  if (setting === '' || setting === 'off') return undefined;
  return openMmdb(setting === 'bundled' ? bundledCountryDbPath() : setting);
}
