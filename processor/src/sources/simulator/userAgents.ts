import { hashOfNumbers } from './random';

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
