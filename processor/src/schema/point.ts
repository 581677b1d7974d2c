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
  for (const k of Object.keys(p.fields).sort()) {
    if (k === '') continue;
    const v = p.fields[k]!;
    let text: string;
    if (typeof v === 'string') text = quotedString(v);
    else if (typeof v === 'boolean') text = v ? 'T' : 'F';
    else if (spec?.fields[k]?.type === 'integer') text = `${integerField(p.measurement, k, Math.round(v))}i`;
    else text = String(finiteFloat(p.measurement, k, roundFloat(v)));
    fields += `${fields.length > 0 ? ',' : ''}${escapeKey(k)}=${text}`;
  }
  if (fields === '') throw new Error(`point of ${p.measurement} has no fields`);
  let tags = '';
  for (const k of Object.keys(p.tags).sort()) {
    const v = p.tags[k];
    const value = v ? escapeTagValue(v) : '';
    if (k !== '' && value) tags += `,${escapeKey(k)}=${value}`;
  }
  return `${escapeMeasurement(p.measurement)}${tags} ${fields} ${Math.trunc(p.timeMs)}`;
}

function finiteFloat(measurement: string, field: string, v: number): number {
  if (!Number.isFinite(v)) throw new Error(`invalid float value for field '${field}' of ${measurement}: ${v}`);
  return v;
}

function integerField(measurement: string, field: string, v: number): number {
  if (Number.isNaN(v) || v <= -9223372036854776e3 || v >= 9223372036854776e3) throw new Error(`invalid integer value for field '${field}' of ${measurement}: ${v}`);
  return Math.floor(v);
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
