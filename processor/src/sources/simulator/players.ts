import { hashOfNumbers } from './random';

/**
 * What a player looks like in CDN logs: its user agent and its client address, the same for
 * every request of its session.
 */

/**
 * Players' user agents as real logs show them: browsers, phones, tablets and TVs, with
 * version numbers that differ from device to device, so a day's log holds thousands of
 * distinct agents (a parser's caches meet what they meet in production), each as long as a
 * real one. `{v}` is a major version, `{b}` a build, `{p}` a patch.
 */
const TEMPLATES = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.{b}.{p} Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.{p} Safari/605.1.15',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:{v}.0) Gecko/20100101 Firefox/{v}.0',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_{p} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.{p} Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.{b}.{p} Mobile Safari/537.36',
  'Mozilla/5.0 (SMART-TV; Linux; Tizen 7.0) AppleWebKit/537.36 (KHTML, like Gecko) {v}.0.{b}.{p}/7.0 TV Safari/537.36',
  'Mozilla/5.0 (Web0S; Linux/SmartTV) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.{b}.{p} Safari/537.36 WebAppManager',
  'AppleCoreMedia/1.0.0.21E{b} (iPad; U; CPU OS 17_{p} like Mac OS X; en_us)',
  'ExoPlayerLib/2.19.{p} (Linux; Android 13) Roku/{b}',
];

/** The user agent of a player, the same for every request of its session (the numbers that make the session id). */
export function userAgentOf(...session: number[]): string {
  const h = hashOfNumbers(...session);
  const template = TEMPLATES[h % TEMPLATES.length]!;
  const major = 100 + ((h >>> 4) % 32);
  const build = (h >>> 9) % 6400;
  const patch = (h >>> 22) % 200;
  return template.replace(/\{v\}/g, String(major)).replace('{b}', String(build)).replace(/\{p\}/g, String(patch));
}

/** First octets of publicly routed IPv4 space: not 0, 10 (private), 100 (shared), 127, 169, 172, 192, 198, 203 (private, link-local, documentation and test ranges among them), nor 224 and up. */
const PUBLIC_FIRST_OCTETS = Array.from({ length: 223 }, (_, i) => i + 1).filter((o) => ![10, 100, 127, 169, 172, 192, 198, 203].includes(o));

/** Clients of the audience (households, phones): sessions share them, as several views share a home's address. */
const CLIENTS = 4096;
/** Networks (/16s of public space) the clients are in, from large to small: a few access providers carry most of an audience. */
const NETWORKS = 128;

/**
 * IPv6 networks (/32s) of access providers in several countries, as the shipped geo tables
 * know them (each has a country and most an ASN there): Deutsche Telekom, Vodafone DE, Orange
 * FR, AT&T, Comcast, BT, China Telecom, Jio, Sky UK, China Mobile, NTT, KPN, Charter,
 * T-Mobile US, Telecom Argentina, a Brazilian provider.
 */
export const IPV6_NETWORKS = ['2003:e2', '2a02:8108', '2a01:cb00', '2600:1700', '2601:40', '2a00:23c5', '240e:3b0', '2405:201', '2a02:c7c', '2409:8a00', '2400:4050', '2a02:a400', '2606:6000', '2607:fb90', '2800:810', '2804:14c'];
/** One client in IPV6_EVERY has an IPv6 address (a quarter: about what large CDNs serve over IPv6, more on mobile networks). */
const IPV6_EVERY = 4;

/**
 * The client address of a player: one of CLIENTS addresses in networks of skewed sizes (a
 * quarter of them IPv6, in IPV6_NETWORKS; the others in NETWORKS /16s of public IPv4 space),
 * so a log holds thousands of distinct clients in a few dozen networks, and geo enrichment
 * (client IP -> country, ASN) meets the databases' real networks as it does with production logs.
 */
export function clientIpOf(...session: number[]): string {
  const client = hashOfNumbers(...session, CLIENT_STREAM) % CLIENTS;
  const h = hashOfNumbers(client, CLIENT_STREAM);
  // The square of a uniform draw: network k of n takes a share that shrinks with k.
  const u = (h >>> 8) / 2 ** 24;
  if (client % IPV6_EVERY === 0) {
    // A household's /64 in its provider's /32, and an interface of its own in it.
    const prefix = IPV6_NETWORKS[Math.floor(u * u * IPV6_NETWORKS.length)]!;
    const g = hashOfNumbers(client, IPV6_STREAM);
    const groups = [g >>> 16, g & 0xffff, h >>> 16, h & 0xffff, (g ^ h) >>> 16, (g * 31 + h) & 0xffff].map((x) => (x >>> 0).toString(16));
    return `${prefix}:${groups.join(':')}`;
  }
  const network = Math.floor(u * u * NETWORKS);
  const n = hashOfNumbers(network, NETWORK_STREAM);
  const first = PUBLIC_FIRST_OCTETS[n % PUBLIC_FIRST_OCTETS.length]!;
  return `${first}.${(n >>> 8) & 255}.${h & 255}.${1 + ((h >>> 16) % 254)}`;
}

/** Mixed into the numbers hashed, so a client and a network do not follow from the user agent's hash. */
const CLIENT_STREAM = 0x1b873593;
const NETWORK_STREAM = 0x2f6b4c1d;
const IPV6_STREAM = 0x5bd1e995;
