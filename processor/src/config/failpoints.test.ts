import { FAILPOINTS, parseFailpoints } from './failpoints';

describe('QOE_FAILPOINTS', () => {
  it('parses point:N lists', () => {
    expect([...parseFailpoints(`${FAILPOINTS.flushed}:3, ${FAILPOINTS.rebalance}:1`)]).toEqual([
      ['kafka.flushed', 3],
      ['kafka.rebalance', 1],
    ]);
    expect(parseFailpoints('').size).toBe(0);
    expect([...parseFailpoints(`${FAILPOINTS.flushed}@cdn:1,${FAILPOINTS.flushed}:2`)]).toEqual([
      ['kafka.flushed@cdn', 1],
      ['kafka.flushed', 2],
    ]);
  });

  it('refuses unknown points and passes below 1', () => {
    expect(() => parseFailpoints('kafka.nowhere:1')).toThrow(/kafka.nowhere:1/);
    expect(() => parseFailpoints('kafka.flushed:0')).toThrow(/N >= 1/);
    expect(() => parseFailpoints('kafka.flushed')).toThrow(/point\[@job\]:N/);
    expect(() => parseFailpoints('kafka.flushed@CDN:1')).toThrow(/kafka.flushed@CDN:1/);
  });
});
