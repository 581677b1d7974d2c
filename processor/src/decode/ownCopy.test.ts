import { ownCopy } from './ownCopy';

describe('ownCopy', () => {
  it('is equal to the string, code unit for code unit (lone surrogates, NUL, astral characters)', () => {
    for (const s of ['', 'a', '/env-news/prop-news-v126/480p', 'x\u0000y', '\ud800', 'a\udc00b', '😀 é', 'Mozilla/5.0%20(simulated)']) {
      const c = ownCopy(s);
      expect(c).toBe(s);
      expect([...c].map((ch) => ch.codePointAt(0))).toEqual([...s].map((ch) => ch.codePointAt(0)));
    }
  });
});
