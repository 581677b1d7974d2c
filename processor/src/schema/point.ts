import { escapeKey, escapeMeasurement, escapeTagValue, quotedString } from './lineProtocolEscape';
import { measurementByName } from '.';

/**
 * A point to write: identity is measurement + tags + timeMs (a window start), so writing
 * the same point again overwrites it.
 */
export interface QoePoint {
  measurement: string;
  /** Retention policy name. */
  rp: string;
  tags: Record<string, string>;
  fields: Record<string, number | string | boolean>;
  /** Epoch milliseconds. */
  timeMs: number;
}

/** Floats are rounded to this many decimals so output is stable and compact. */
const FLOAT_DECIMALS = 3;

/**
 * Line protocol of a point (without the retention policy, which is a write parameter).
 * Field types follow the schema module: integer fields get the `i` suffix. The same text
 * the client library's Point class makes (tags and fields sorted by key, empty tag values
 * left out, its escaping), built as one string: the Point objects cost more than the rest
 * of the writer.
 */
export function toLineProtocol(p: QoePoint): string {
  const spec = measurementByName(p.measurement);
  let fields = '';
  for (const k of fieldKeys.of(p.fields)) {
    if (k === '') continue;
    const v = p.fields[k]!;
    let text: string;
    if (typeof v === 'string') text = quotedString(v);
    else if (typeof v === 'boolean') text = v ? 'T' : 'F';
    else if (spec?.fields[k]?.type === 'integer') text = `${integerField(p.measurement, k, Math.round(v))}i`;
    else text = floatText(finiteFloat(p.measurement, k, roundFloat(v)));
    fields += `${fields.length > 0 ? ',' : ''}${escapeKey(k)}=${text}`;
  }
  if (fields === '') throw new Error(`point of ${p.measurement} has no fields`);
  let tags = '';
  for (const k of tagKeys.of(p.tags)) {
    const v = p.tags[k];
    const value = v ? escapeTagValue(v) : '';
    if (k !== '' && value) tags += `,${escapeKey(k)}=${value}`;
  }
  return `${escapeMeasurement(p.measurement)}${tags} ${fields} ${Math.trunc(p.timeMs)}`;
}

/**
 * An object's keys, sorted. Points come in runs of one measurement whose fields (and tags)
 * were set in the same order, so the keys of the last object and their sorted order are
 * kept: sorting was a third of the time of encoding a point.
 */
class SortedKeys {
  private last: string[] = [];
  private sorted: string[] = [];

  of(o: object): readonly string[] {
    const keys = Object.keys(o);
    const last = this.last;
    if (keys.length === last.length) {
      let same = true;
      for (let i = 0; i < keys.length && same; i++) same = keys[i] === last[i];
      if (same) return this.sorted;
    }
    this.last = keys;
    this.sorted = [...keys].sort();
    return this.sorted;
  }
}

const fieldKeys = new SortedKeys();
const tagKeys = new SortedKeys();

function finiteFloat(measurement: string, field: string, v: number): number {
  if (!Number.isFinite(v)) throw new Error(`invalid float value for field '${field}' of ${measurement}: ${v}`);
  return v;
}

function integerField(measurement: string, field: string, v: number): number {
  if (Number.isNaN(v) || v <= -9223372036854776e3 || v >= 9223372036854776e3) throw new Error(`invalid integer value for field '${field}' of ${measurement}: ${v}`);
  return Math.floor(v);
}

/**
 * Thousandths up to this (values below about 1.1e12): v * 1000 is then within 0.13 of the
 * integer m it stands for, and the doubles there are less than 0.001 apart.
 */
const MAX_THOUSANDTHS = 2 ** 50;

/**
 * The text of a float already rounded to FLOAT_DECIMALS (roundFloat): String(v), made from
 * its integer number of thousandths m. JavaScript's text of a double (the shortest decimal
 * that reads back as it) took most of the time of encoding a point. The double v is the one
 * nearest to m / 1000, so the decimal of m / 1000 reads back as v; any other decimal of at
 * most three places is 0.001 or more away, further than the doubles are apart here, so it
 * reads back as another double: none shorter reads back as v, and the texts are the same
 * (held to String() by a test over a million values). Larger values are left to String().
 */
export function floatText(v: number): string {
  const m = Math.round(v * 1000);
  if (!(Math.abs(m) <= MAX_THOUSANDTHS) || FLOAT_DECIMALS !== 3) return String(v);
  const a = Math.abs(m);
  const whole = Math.floor(a / 1000);
  const frac = a - whole * 1000;
  const sign = m < 0 ? '-' : '';
  if (frac === 0) return m === 0 ? '0' : `${sign}${whole}`;
  // Thousandths without the zeros they end with: 500 -> 5, 050 -> 05, 005 -> 005, 120 -> 12.
  const digits = frac % 100 === 0 ? String(frac / 100) : frac % 10 === 0 ? (frac < 100 ? '0' : '') + String(frac / 10) : (frac < 10 ? '00' : frac < 100 ? '0' : '') + String(frac);
  return `${sign}${whole}.${digits}`;
}

export function roundFloat(v: number): number {
  const f = 10 ** FLOAT_DECIMALS;
  const r = Math.round(v * f) / f;
  return Object.is(r, -0) ? 0 : r;
}

/** The latest window end (start + width) among points of windowed measurements; undefined if none. */
export function newestWindowEndMs(points: readonly QoePoint[]): number | undefined {
  let newest: number | undefined;
  let name = '';
  let width = 0;
  for (const p of points) {
    if (p.measurement !== name) {
      name = p.measurement;
      width = measurementByName(name)?.windowMs ?? 0;
    }
    if (width > 0 && (newest === undefined || p.timeMs + width > newest)) newest = p.timeMs + width;
  }
  return newest;
}
