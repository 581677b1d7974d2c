import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CdnRecord } from '../decode/cdn';
import { buildMmdb } from '../test-support/mmdbWriter';
import { loadConfig } from '../config/env';
import { openGeoFromConfig } from '../cli/enricherFromConfig';
import { applyGeo } from './enrichRecord';
import { asnFromSetting, bundledCountryDbPath, mmdbFromSetting, MmdbGeoLookup } from './geoLookup';
import { PathConventionLookup } from './assetLookup';
import { asnOf } from './asnRanges';
import { RecordEnricher } from './recordEnricher';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qoe-geo-'));
const asnFile = path.join(dir, 'GeoLite2-ASN-test.mmdb');
const countryFile = path.join(dir, 'GeoLite2-Country-test.mmdb');
fs.writeFileSync(
  asnFile,
  buildMmdb('GeoLite2-ASN', {
    '203.0.113.0/24': { autonomous_system_number: 64500, autonomous_system_organization: 'Example Transit' },
    '192.0.2.0/25': { autonomous_system_number: 64501, autonomous_system_organization: 'Example Access' },
    '192.0.2.128/25': { autonomous_system_number: 4_200_000_001, autonomous_system_organization: '32-bit ASN' },
  }),
);
fs.writeFileSync(countryFile, buildMmdb('GeoLite2-Country', { '203.0.113.0/24': { country: { iso_code: 'NL', geoname_id: 2750405 } }, '192.0.2.0/24': { registered_country: { iso_code: 'se' } } }));

const record = (over: Partial<CdnRecord>): CdnRecord => ({ record_id: 'r', cdn: 'fastly', request_time_ms: 1_795_168_800_000, status: 200, ...over }) as CdnRecord;

describe('geo lookup from mmdb files', () => {
  const geo = new MmdbGeoLookup(mmdbFromSetting(countryFile), asnFromSetting(asnFile));

  it('reads GeoLite2-ASN and GeoLite2-Country layouts', () => {
    expect(geo.lookup('203.0.113.77')).toEqual({ asn: 64500, country: 'NL' });
    expect(geo.lookup('192.0.2.5')).toEqual({ asn: 64501, country: 'SE' });
    expect(geo.lookup('192.0.2.200')).toEqual({ asn: 4_200_000_001, country: 'SE' });
    expect(geo.lookup('198.18.0.1')).toEqual({ asn: 0, country: '' });
  });

  it('gives the addresses of one network one answer object, which no caller can change', () => {
    const a = geo.lookup('192.0.2.5');
    expect(geo.lookup('192.0.2.77')).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(geo.lookup('192.0.2.200')).not.toBe(a);
    expect(geo.lookup('198.18.0.1')).toBe(geo.lookup('not-an-ip'));
  });

  it('answers unknown for hostile or unusable addresses instead of throwing', () => {
    for (const ip of ['', 'not-an-ip', '999.1.1.1', '2001:db8::1', '203.0.113.77\n', '-', 'x'.repeat(10_000)]) {
      expect(geo.lookup(ip)).toEqual({ asn: 0, country: '' });
    }
  });

  it('ships a country database that answers for IPv4 and IPv6', () => {
    const bundled = new MmdbGeoLookup(mmdbFromSetting('bundled'), undefined);
    expect(fs.existsSync(bundledCountryDbPath())).toBe(true);
    expect(bundled.lookup('8.8.8.8').country).toBe('US');
    expect(bundled.lookup('2001:4860:4860::8888').country).toBe('US');
    expect(bundled.lookup('10.0.0.1')).toEqual({ asn: 0, country: '' });
  });

  it('ships ASN range tables that answer for IPv4, IPv6 and IPv4-mapped addresses', () => {
    const bundled = openGeoFromConfig(loadConfig({ QOE_GEO_COUNTRY_MMDB: 'off' }))!; // QOE_GEO_ASN_MMDB defaults to bundled
    expect(bundled.lookup('8.8.8.8')).toEqual({ asn: 15169, country: '' });
    expect(bundled.lookup('1.1.1.1').asn).toBe(13335);
    expect(bundled.lookup('2606:4700:4700::1111').asn).toBe(13335);
    expect(bundled.lookup('::ffff:8.8.4.4').asn).toBe(15169);
    expect(bundled.lookup('192.168.0.1').asn).toBe(0);
  });

  it('answers IPv4 addresses (read as numbers, cached by number) as the databases do for their text', () => {
    const countryDb = mmdbFromSetting('bundled')!;
    const asn = asnFromSetting('bundled')!;
    const cached = new MmdbGeoLookup(countryDb, asn, 500);
    let seed = 5;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    let known = 0;
    for (let i = 0; i < 3_000; i++) {
      // Addresses anywhere, and again and again from a few networks (the cache's hits; 500 answers at most, so it starts over).
      const n = i % 3 === 0 ? next() : 0x08080800 + (next() % 64);
      const ip = [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
      const record = countryDb.reader.get(ip) as { country_code?: string } | null;
      const expected = { asn: asnOf(asn, ip), country: (record?.country_code ?? '').toUpperCase() };
      expect([ip, cached.lookup(ip)]).toEqual([ip, expected]);
      if (expected.country) known++;
    }
    expect(known).toBeGreaterThan(2_000);
  });

  it('fills only what the CDN did not log', () => {
    expect(applyGeo(record({ client_ip: '203.0.113.9' }), geo)).toMatchObject({ asn: 64500, country: 'NL' });
    expect(applyGeo(record({ client_ip: '203.0.113.9', asn: 3320, country: 'DE' }), geo)).toMatchObject({ asn: 3320, country: 'DE' });
    expect(applyGeo(record({ client_ip: '203.0.113.9', country: 'DE' }), geo)).toMatchObject({ asn: 64500, country: 'DE' });
    expect(applyGeo(record({}), geo)).toMatchObject({ record_id: 'r' });
  });

  it('enriches a batch with asset and geo together', async () => {
    const out = await new RecordEnricher(new PathConventionLookup(), geo).enrich([record({ client_ip: '192.0.2.9', path: '/env-a/asset-1/720p/seg_1.m4s' }), record({ client_ip: 'bogus', path: '/favicon.ico' })]);
    expect(out[0]).toMatchObject({ environment_id: 'env-a', asset_id: 'asset-1', asn: 64501, country: 'SE' });
    expect(out[1]!.environment_id ?? '').toBe('');
    expect(out[1]!.asn ?? 0).toBe(0);
  });

  it('a bad database file stops startup with an error naming the variable', () => {
    const notMmdb = path.join(dir, 'not.mmdb');
    fs.writeFileSync(notMmdb, 'hello');
    expect(() => openGeoFromConfig(loadConfig({ QOE_GEO_ASN_MMDB: notMmdb }))).toThrow(/QOE_GEO_ASN_MMDB.*not a MaxMind DB/);
    expect(() => openGeoFromConfig(loadConfig({ QOE_GEO_COUNTRY_MMDB: path.join(dir, 'missing.mmdb') }))).toThrow(/QOE_GEO_COUNTRY_MMDB.*cannot read/);
    expect(openGeoFromConfig(loadConfig({ QOE_GEO_COUNTRY_MMDB: 'off', QOE_GEO_ASN_MMDB: 'off' }))).toBeNull();
    expect(openGeoFromConfig(loadConfig({ QOE_GEO_ASN_MMDB: asnFile }))?.lookup('203.0.113.1').asn).toBe(64500);
  });
});
