import { escape } from '@influxdata/influxdb-client';
import { escapeKey, escapeMeasurement, quotedString } from './lineProtocolEscape';
import { seeded } from '../test-support/seeded';

describe('line protocol escaping', () => {
  it('escapes as the official client does, over strings of every special character', () => {
    const alphabet = ['a', ',', ' ', '=', '"', '\\', '\n', '\r', '\t', 'é', '😀', '\u0000'];
    const { rnd } = seeded(5);
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
