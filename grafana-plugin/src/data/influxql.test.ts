import { ident, intervalFor, literal, tagEquals, timeBetween } from './influxql';

describe('InfluxQL escaping', () => {
  it('quotes identifiers and escapes quotes and backslashes inside them', () => {
    expect(ident('cdn')).toBe('"cdn"');
    expect(ident('a"b')).toBe('"a\\"b"');
    expect(ident('a\\"; DROP DATABASE qoe; --')).toBe('"a\\\\\\"; DROP DATABASE qoe; --"');
  });

  it.each([
    ["prop'; DROP DATABASE qoe; --", "'prop\\'; DROP DATABASE qoe; --'"],
    ["x' OR '1'='1", "'x\\' OR \\'1\\'=\\'1'"],
    ['back\\slash\\', "'back\\\\slash\\\\'"],
    ['line\nbreak', "'line\\nbreak'"],
  ])('keeps %j inside one string literal', (value, quoted) => {
    expect(literal(value)).toBe(quoted);
    // Unescaped, the literal reads back as the value: no quote ends it early.
    const inner = quoted.slice(1, -1);
    expect(inner.replace(/\\(.)/g, (_m, c: string) => (c === 'n' ? '\n' : c))).toBe(value);
    expect(/(^|[^\\])'/.test(inner.replace(/\\\\/g, ''))).toBe(false);
  });

  it('builds tag conditions from escaped parts', () => {
    expect(tagEquals('property_id', "a'b")).toBe(`"property_id" = 'a\\'b'`);
  });
});

describe('time bounds', () => {
  it('bounds both ends in epoch milliseconds', () => {
    expect(timeBetween({ fromMs: 1000, toMs: 2000 })).toBe('time >= 1000ms AND time <= 2000ms');
  });
  it('refuses a reversed or open range', () => {
    expect(() => timeBetween({ fromMs: 2000, toMs: 1000 })).toThrow(/invalid time range/);
    expect(() => timeBetween({ fromMs: NaN, toMs: 1000 })).toThrow(/invalid time range/);
  });
  it('keeps GROUP BY time() under the bucket budget', () => {
    expect(intervalFor({ fromMs: 0, toMs: 3_600_000 })).toBe('1m');
    expect(intervalFor({ fromMs: 0, toMs: 7 * 86_400_000 }, 500)).toBe('21m');
  });
});
