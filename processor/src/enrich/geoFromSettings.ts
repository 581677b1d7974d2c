import { ConfigError } from '../config/env';
import { asnFromSetting, mmdbFromSetting, MmdbGeoLookup, type GeoLookup } from './geoLookup';

/** The geo databases' settings: QOE_GEO_COUNTRY_MMDB and QOE_GEO_ASN_MMDB ('bundled', 'off' or a path). */
export interface GeoSettings {
  country: string;
  asn: string;
}

/**
 * The geo lookup the settings name (null when both are off); a file that cannot be used is a
 * ConfigError naming its variable. Opened where the lookups run: the main thread, or a
 * replay's reader worker (which reports the error to the main thread with its variable).
 */
export function openGeo(s: GeoSettings): GeoLookup | null {
  const named = <T>(variable: 'QOE_GEO_COUNTRY_MMDB' | 'QOE_GEO_ASN_MMDB', open: () => T): T => {
    try {
      return open();
    } catch (err) {
      throw new ConfigError(variable, (err as Error).message);
    }
  };
  const country = named('QOE_GEO_COUNTRY_MMDB', () => mmdbFromSetting(s.country));
  const asn = named('QOE_GEO_ASN_MMDB', () => asnFromSetting(s.asn));
  return country || asn ? new MmdbGeoLookup(country, asn) : null;
}
