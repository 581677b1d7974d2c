import { bearerToken, tokenMatches } from './bearerToken';

describe('bearer tokens', () => {
  it('reads the token of a Bearer header, any case of the scheme, and nothing else', () => {
    expect(bearerToken('Bearer abc ')).toBe('abc');
    expect(bearerToken('bearer  x.y-z')).toBe('x.y-z');
    expect(bearerToken('Basic dXNlcjpwYXNz')).toBeUndefined();
    expect(bearerToken('Bearer')).toBeUndefined();
    expect(bearerToken(undefined)).toBeUndefined();
  });

  it('matches a token among several, and no prefix, extension or other length of one', () => {
    const tokens = ['first-token', 'second-token-longer'];
    expect(tokenMatches('first-token', tokens)).toBe(true);
    expect(tokenMatches('second-token-longer', tokens)).toBe(true);
    for (const wrong of ['first-toke', 'first-tokenX', 'second-token', '', 'FIRST-TOKEN']) expect([wrong, tokenMatches(wrong, tokens)]).toEqual([wrong, false]);
    expect(tokenMatches('anything', [])).toBe(false);
  });
});
