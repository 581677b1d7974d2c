import { Point } from '@influxdata/influxdb-client';
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
 * Field types follow the schema module: integer fields get the `i` suffix.
 */
export function toLineProtocol(p: QoePoint): string {
  const spec = measurementByName(p.measurement);
  const point = new Point(p.measurement);
  for (const [k, v] of Object.entries(p.tags)) point.tag(k, v);
  for (const [k, v] of Object.entries(p.fields)) {
    const type = spec?.fields[k]?.type;
    if (typeof v === 'string') point.stringField(k, v);
    else if (typeof v === 'boolean') point.booleanField(k, v);
    else if (type === 'integer') point.intField(k, Math.round(v));
    else point.floatField(k, roundFloat(v));
  }
  point.timestamp(String(Math.trunc(p.timeMs)));
  const line = point.toLineProtocol();
  if (!line) throw new Error(`point of ${p.measurement} has no fields`);
  return line;
}

export function roundFloat(v: number): number {
  const f = 10 ** FLOAT_DECIMALS;
  const r = Math.round(v * f) / f;
  return Object.is(r, -0) ? 0 : r;
}
