import { cmcdParser, parseCmcd, parseCmcdQueryValue, type CmcdValues } from './cmcd';
import { cmcdOf, cmcdPayloads } from './record';
import { safeDecode } from './safeDecode';
import { seeded } from '../../test-support/seeded';

/** CMCD from the `CMCD` query argument and/or CMCD-* header values (header keys win). */
const cmcdFrom = (query: string, headers?: readonly (string | undefined)[]) => cmcdOf(cmcdPayloads(query, headers));

/**
 * The reading rules of parseCmcd written the plain way (each pair cut out, trimmed, looked up
 * by name, its value read with Number): parseCmcd reads common shapes in place and must give
 * exactly what these rules give, for any payload.
 */
function reference(payload: string): CmcdValues {
  const keys: Record<string, [keyof CmcdValues, string]> = {
    br: ['encoded_bitrate_kbps', 'integer'], bl: ['buffer_length_ms', 'integer'], mtp: ['measured_throughput_kbps', 'integer'], d: ['object_duration_ms', 'integer'],
    dl: ['deadline_ms', 'integer'], tb: ['top_bitrate_kbps', 'integer'], rtp: ['requested_max_throughput_kbps', 'integer'], v: ['version', 'integer'],
    sid: ['session_id', 'string'], cid: ['content_id', 'string'], nor: ['next_object_request', 'string'], nrr: ['next_range_request', 'string'],
    ot: ['object_type', 'token'], st: ['stream_type', 'token'], sf: ['streaming_format', 'token'], bs: ['buffer_starvation', 'boolean'], su: ['startup', 'boolean'], pr: ['playback_rate', 'rate'],
  };
  const out: Record<string, unknown> = {};
  const s = payload.includes('@') ? payload.replace(/^\s*\/\/[\w.]+@\w+\//, '') : payload;
  const pairs: string[] = [];
  let quoted = false;
  let cur = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '"' && s[i - 1] !== '\\') quoted = !quoted;
    if (c === ',' && !quoted) {
      pairs.push(cur);
      cur = '';
    } else cur += c;
  }
  pairs.push(cur);
  for (const pair of pairs) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const key = (eq >= 0 ? pair.slice(0, eq) : pair).trim();
    const spec = Object.prototype.hasOwnProperty.call(keys, key) ? keys[key] : undefined;
    if (!spec) continue;
    const [field, kind] = spec;
    const raw = eq >= 0 ? pair.slice(eq + 1).trim() : undefined;
    if (kind === 'boolean') out[field] = raw === undefined || raw === 'true';
    else if (raw === undefined) continue;
    else if (kind === 'integer') {
      const n = Number(raw);
      if (Number.isFinite(n) && n >= 0 && n < 2 ** 31) out[field] = Math.round(n);
    } else if (kind === 'rate') {
      const n = Number(raw);
      if (Number.isFinite(n)) out[field] = n;
    } else if (kind === 'string') {
      const inner = raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"') ? raw.slice(1, -1).replace(/\\"/g, '"') : raw;
      out[field] = inner.slice(0, 256);
    } else out[field] = raw.replace(/"/g, '').slice(0, 16);
  }
  return out as CmcdValues;
}

describe('CMCD reading', () => {
  it('gives what the plain reading rules give, for 20,000 seeded payloads of common and odd shapes; a parser of some values gives those of them', () => {
    const some = ['session_id', 'buffer_length_ms', 'startup', 'playback_rate'] as const;
    const parseSome = cmcdParser(some);
    const only = (v: CmcdValues) => Object.fromEntries(Object.entries(v).filter(([k]) => (some as readonly string[]).includes(k)));
    let readSome = 0;
    const { rnd, pick } = seeded(20261204);
    const keys = ['br', 'bl', 'mtp', 'd', 'dl', 'tb', 'rtp', 'v', 'sid', 'cid', 'nor', 'nrr', 'ot', 'st', 'sf', 'bs', 'su', 'pr', 'BR', 'Bl', 'x', 'abcd', 'zz', 'com.example-k', 'constructor', '__proto__', ''];
    const values = ['1', '0', '007', '21300', '123456789', '1234567890', '2147483647', '2147483648', '-5', '+5', '1.5', '1e3', '0x10', ' 42 ', '42 ', '', 'true', 'false', ' true', 'TRUE', 'abc', '"s-1"', '"a,b"', '"x\\"y"', '"', 'v', 'av', '"v"', '١٢', 'NaN', 'Infinity'];
    const space = ['', '', '', ' ', '\t', '\u00a0'];
    for (let i = 0; i < 20_000; i++) {
      const pairs: string[] = [];
      const n = 1 + Math.floor(rnd() * 8);
      for (let j = 0; j < n; j++) {
        const key = `${pick(space)}${pick(keys)}${pick(space)}`;
        pairs.push(rnd() < 0.15 ? key : `${key}=${pick(values)}`);
      }
      const payload = (rnd() < 0.05 ? '//1.0@V/' : '') + pairs.join(rnd() < 0.05 ? ',,' : ',');
      const expected = reference(payload);
      expect([payload, parseCmcd(payload)]).toEqual([payload, expected]);
      expect([payload, parseSome.parse(payload)]).toEqual([payload, only(expected)]);
      if (Object.keys(only(expected)).length > 0 && Object.keys(only(expected)).length < Object.keys(expected).length) readSome++;
    }
    expect(readSome).toBeGreaterThan(1000); // payloads with values of both kinds
  });
});

describe('CMCD query arguments read without decoding them', () => {
  it('give what the decoded argument gives, for 20,000 seeded payloads each escaped in several ways', () => {
    const some = cmcdParser(['session_id', 'buffer_length_ms', 'startup', 'object_type'] as const);
    const { rnd, pick } = seeded(20261207);
    const keys = ['br', 'bl', 'mtp', 'd', 'sid', 'cid', 'nor', 'ot', 'st', 'bs', 'su', 'pr', 'BR', 'x', 'com.example-k', ''];
    const values = ['1', '007', '21300', '1234567890', '-5', '1.5', ' 42 ', '', 'true', 'false', 'abc', '"s-1"', '"a,b"', '"a=b"', '"x\\"y"', '"', '"', 'av', '"v"', '"..%2Fseg.m4s"', 'a b', 'a+b', '"é"', '//1.0@V/'];
    /** How a player or a CDN may have written the argument. */
    const escapes: ((payload: string) => string)[] = [
      encodeURIComponent,
      // Only the characters that structure a payload escaped, in either case of hex digits.
      (p) => p.replace(/[,="]/g, (c) => { const hex = c.charCodeAt(0).toString(16); return `%${rnd() < 0.5 ? hex.toUpperCase() : hex}`; }),
      // Some escaped, some left as they are.
      (p) => p.replace(/[,="]/g, (c) => (rnd() < 0.5 ? c : `%${c.charCodeAt(0).toString(16).toUpperCase()}`)),
      // Escapes that only decoding reads right: others, a space as '+', malformed ones.
      (p) => p.replace(/[,="]/g, (c) => `%${c.charCodeAt(0).toString(16)}`).replace(/b/g, () => pick(['b', '%62', '+', '%2', '%zz', '%25'])),
      (p) => p,
    ];
    let inPlace = 0;
    for (let i = 0; i < 20_000; i++) {
      const pairs: string[] = [];
      const n = 1 + Math.floor(rnd() * 6);
      for (let j = 0; j < n; j++) pairs.push(rnd() < 0.15 ? pick(keys) : `${pick(keys)}=${pick(values)}`);
      const raw = pick(escapes)(pairs.join(','));
      const decoded = safeDecode(raw);
      expect([raw, parseCmcdQueryValue(raw)]).toEqual([raw, parseCmcd(decoded)]);
      expect([raw, some.parseQueryValue(raw)]).toEqual([raw, some.parse(decoded)]);
      if (raw !== decoded && !/[+@\\]|%(?!2[cC]|3[dD]|22)/.test(raw)) inPlace++;
    }
    expect(inPlace).toBeGreaterThan(5000); // escaped arguments read in place
  });
});

describe('cmcdFrom (the CMCD query argument)', () => {
  it('finds the argument by its name in any case, and no other argument', () => {
    for (const name of ['CMCD', 'cmcd', 'CmCd', 'cMcD']) {
      expect([name, cmcdFrom(`a=1&${name}=bl%3D100%2Csid%3D%22s1%22&b=2`)]).toEqual([name, { buffer_length_ms: 100, session_id: 's1' }]);
    }
    // Names that only look like it: other letters, a longer name, the characters next to the letters' codes.
    for (const name of ['CMCX', 'CMCD2', 'CMC', 'XCMCD', 'CMC@', 'cmc$', 'KMCD']) expect([name, cmcdFrom(`${name}=bl%3D100`)]).toEqual([name, undefined]);
    // Every other printable character in each of the four places.
    for (let at = 0; at < 4; at++) {
      for (let c = 0x21; c < 0x7f; c++) {
        const ch = String.fromCharCode(c);
        if (ch.toUpperCase() === 'CMCD'[at] || ch === '&' || ch === '=') continue;
        const name = 'CMCD'.slice(0, at) + ch + 'CMCD'.slice(at + 1);
        expect([name, cmcdFrom(`${name}=bl%3D100`)]).toEqual([name, undefined]);
      }
    }
    expect(cmcdFrom('CMCD')).toBeUndefined();
    expect(cmcdFrom('CMCD=')).toBeUndefined();
    expect(cmcdFrom('x=1&CMCD=su')).toEqual({ startup: true });
  });
});
