import { parseRfc3339 } from '../rfc3339';
import { secondOfDay, StandardTime } from './standardTime';

/** The plain reading: both columns checked by pattern, then the joined text parsed. */
function reference(date: string, clock: string): number {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && /^\d{2}:\d{2}:\d{2}$/.test(clock) ? parseRfc3339(`${date}T${clock}Z`) : NaN;
}

describe('StandardTime (a CloudFront standard log line\'s date and time)', () => {
  it('gives what the plain reading gives, for dates and times in any order, in and out of range', () => {
    const dates = ['2026-11-20', '2026-11-21', '2024-02-29', '2026-02-30', '2026-13-01', '0099-01-01', '1970-01-01', '2026-1-20', '', 'date', '２０２６-11-20'];
    const clocks = ['00:00:00', '12:00:01', '23:59:59', '24:00:00', '23:59:60', '12:60:00', '1:00:00', '12:00:0', '12:00:00.5', 'ab:cd:ef', '12-00-00', '', '99:99:99', '-1:00:00'];
    // Seeded pseudo-random order, so the day changes between lines as well as within runs.
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) % n);
    const t = new StandardTime();
    let valid = 0;
    for (let i = 0; i < 5000; i++) {
      const date = dates[next(dates.length)]!;
      const clock = i % 3 === 0 ? `${String(next(24)).padStart(2, '0')}:${String(next(60)).padStart(2, '0')}:${String(next(60)).padStart(2, '0')}` : clocks[next(clocks.length)]!;
      const want = reference(date, clock);
      if (!Number.isNaN(want)) valid++;
      expect([date, clock, t.read(date, clock)]).toEqual([date, clock, want]);
    }
    expect(valid).toBeGreaterThan(1000);
  });

  it('reads hh:mm:ss by position and refuses anything else', () => {
    expect(secondOfDay('00:00:00')).toBe(0);
    expect(secondOfDay('12:34:56')).toBe(45_296);
    expect(secondOfDay('23:59:59')).toBe(86_399);
    for (const bad of ['24:00:00', '23:60:00', '23:59:60', '2:00:00', '12:00:000', '12 00 00', 'aa:bb:cc', '1a:00:00']) expect([bad, secondOfDay(bad)]).toEqual([bad, -1]);
  });
});
