import { parseRfc3339 } from './rfc3339';

describe('parseRfc3339', () => {
  it('gives what Date.parse gives for every accepted shape', () => {
    const cases = [
      '2026-11-20T12:00:00Z',
      '2026-11-20T12:00:00.123Z',
      '2026-11-20T12:00:00.1Z',
      '2026-11-20T12:00:00.123456789Z',
      '2026-11-20t12:00:00z',
      '2026-11-20 12:00:00+05:30',
      '2026-11-20T12:00:00.5-08:00',
      '2026-11-20T12:00:00-00:00',
      '2026-11-20T12:00:00+0530',
      '2026-02-30T00:00:00Z',
      '2024-02-29T23:59:59.999Z',
      '1999-12-31T23:59:59Z',
      '0000-01-01T00:00:00Z',
      '0099-06-01T00:00:00Z',
    ];
    for (const c of cases) expect([c, parseRfc3339(c)]).toEqual([c, Date.parse(c)]);
  });

  it('matches Date.parse over a sweep of generated times and offsets', () => {
    for (let i = 0; i < 2000; i++) {
      const ms = 946_684_800_000 + i * 7_919_999_999;
      const iso = new Date(ms).toISOString();
      expect(parseRfc3339(iso)).toBe(ms);
      const off = `${iso.slice(0, 19)}${i % 2 ? '+' : '-'}${String(i % 24).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}`;
      expect([off, parseRfc3339(off)]).toEqual([off, Date.parse(off)]);
    }
  });

  it('is NaN for what is not RFC 3339', () => {
    for (const c of ['', '2026-11-20', '2026-11-20T12:00Z', '2026-11-20T12:00:00', '2026-13-01T00:00:00Z', '2026-01-00T00:00:00Z', '2026-01-01T24:30:00Z', '2026-01-01T10:60:00Z', '2026-01-01T10:00:60Z', '2026-01-01T10:00:00.Z', '2026-01-01T10:00:00ZZ', '2026-01-01T10:00:00+5:30', '2026-01-01T10:00:00+05:30x', 'x026-01-01T10:00:00Z', '2026-01-01T10:00:00 Z']) {
      expect([c, parseRfc3339(c)]).toEqual([c, NaN]);
    }
  });

  it('reads runs of times within one minute, and the minute after a change, as Date.parse does', () => {
    const times: string[] = [];
    for (const minute of ['2026-11-20T12:00', '2026-11-20T12:00', '2026-11-20T12:01', '2026-11-21T12:01', '2026-11-20 12:01', '2027-01-01T00:00']) {
      for (const rest of [':00Z', ':59.999Z', ':07.5+01:00', ':30.12-09:30', ':60Z', ':5Z']) times.push(minute + rest);
    }
    for (const c of times) expect([c, parseRfc3339(c)]).toEqual([c, /:60Z$|:5Z$/.test(c) ? NaN : Date.parse(c)]);
  });

  it('counts days as Date.UTC does over the whole range of years, leap days and days past the end of a month', () => {
    for (let i = 0; i < 20_000; i++) {
      const year = 100 + ((i * 7919) % 9900);
      const month = 1 + ((i * 13) % 12);
      const day = 1 + ((i * 17) % 31);
      const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T${String(i % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}.${String(i % 1000).padStart(3, '0')}Z`;
      expect([text, parseRfc3339(text)]).toEqual([text, Date.UTC(year, month - 1, day, i % 24, i % 60, (i * 7) % 60, i % 1000)]);
    }
  });
});
