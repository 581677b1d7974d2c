import { escape } from '@influxdata/influxdb-client';
import { escapeKey, escapeMeasurement, quotedString } from './lineProtocolEscape';

describe('line protocol escaping', () => {
  it('escapes as the official client does, over strings of every special character', () => {
    const alphabet = ['a', ',', ' ', '=', '"', '\\', '\n', '\r', '\t', 'é', '😀', '\u0000'];
    let seed = 5;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 2000; i++) {
      let s = '';
      const n = Math.floor(rnd() * 8);
      for (let k = 0; k < n; k++) s += alphabet[Math.floor(rnd() * alphabet.length)];
      expect(escapeMeasurement(s)).toBe(escape.measurement(s));
      expect(escapeKey(s)).toBe(escape.tag(s));
      expect(quotedString(s)).toBe(escape.quoted(s));
    }
    expect(escapeKey('a b,c=d')).toBe('a\\ b\\,c\\=d');
    expect(quotedString('say "hi" \\o/')).toBe('"say \\"hi\\" \\\\o/"');
  });
});
