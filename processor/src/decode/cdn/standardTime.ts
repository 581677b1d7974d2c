import { parseRfc3339 } from '../rfc3339';

/**
 * The epoch ms of a standard log's date and time columns (NaN when invalid). The date is read
 * once for the run of lines logged on the same day; the time of day ("hh:mm:ss") is read by
 * position. A log's lines are not in time order (half of them change second from the line
 * before), so reading each distinct second in full cost a regular expression, a string and a
 * parse for every other line. A time of day out of the common range is read in full.
 */
export class StandardTime {
  private date = '';
  private dayMs = NaN;

  read(date: string, clock: string): number {
    if (date !== this.date) {
      this.date = date;
      this.dayMs = DATE.test(date) ? parseRfc3339(`${date}T00:00:00Z`) : NaN;
    }
    const seconds = secondOfDay(clock);
    if (seconds >= 0) return this.dayMs + seconds * 1000;
    return DATE.test(date) && CLOCK.test(clock) ? parseRfc3339(`${date}T${clock}Z`) : NaN;
  }
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const CLOCK = /^\d{2}:\d{2}:\d{2}$/;

/** Seconds since midnight of "hh:mm:ss" (hours to 23, minutes and seconds to 59), else -1. */
export function secondOfDay(clock: string): number {
  if (clock.length !== 8 || clock.charCodeAt(2) !== 0x3a || clock.charCodeAt(5) !== 0x3a) return -1;
  const h = twoDigits(clock, 0);
  const m = twoDigits(clock, 3);
  const s = twoDigits(clock, 6);
  return h <= 23 && m <= 59 && s <= 59 ? (h * 60 + m) * 60 + s : -1;
}

/** The two decimal digits at i as a number; 100 when either is not a digit (out of every range above). */
function twoDigits(s: string, i: number): number {
  const a = s.charCodeAt(i) - 0x30;
  const b = s.charCodeAt(i + 1) - 0x30;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : 100;
}
