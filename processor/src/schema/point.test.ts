import { Point } from '@influxdata/influxdb-client';
import { MEASUREMENTS } from '.';
import { floatText, roundFloat, toLineProtocol, type QoePoint } from './point';
import { seeded } from '../test-support/seeded';

/** What the client library's Point class makes of a point: the reference for toLineProtocol. */
function viaPoint(p: QoePoint, integerFields: ReadonlySet<string>): string | undefined {
  const point = new Point(p.measurement);
  for (const [k, v] of Object.entries(p.tags)) point.tag(k, v);
  for (const [k, v] of Object.entries(p.fields)) {
    if (typeof v === 'string') point.stringField(k, v);
    else if (typeof v === 'boolean') point.booleanField(k, v);
    else if (integerFields.has(k)) point.intField(k, Math.round(v));
    else point.floatField(k, roundFloat(v));
  }
  point.timestamp(String(Math.trunc(p.timeMs)));
  return point.toLineProtocol();
}

describe('toLineProtocol', () => {
  const nasty = ['plain', 'with space', 'comma,here', 'equals=here', 'quote"here', 'back\\slash', 'new\nline', 'tab\there', '', 'ünïcödé', 'x\\y'];

  it('makes the same text as the client library Point, over schema measurements and hostile values', () => {
    const { rnd, pick } = seeded(11);
    let checked = 0;
    for (const m of Object.values(MEASUREMENTS)) {
      const ints = new Set(Object.entries(m.fields).filter(([, f]) => f.type === 'integer').map(([k]) => k));
      for (let i = 0; i < 40; i++) {
        const tags: Record<string, string> = {};
        for (const t of m.tags) tags[t] = pick(nasty);
        if (rnd() < 0.3) tags['extra tag'] = pick(nasty);
        const fields: Record<string, number | string | boolean> = {};
        for (const k of Object.keys(m.fields)) {
          if (rnd() < 0.2) continue;
          fields[k] = pick([0, -0, 1, -1.23456, 1e21, 1e-7, 123456.7891, 2 ** 40 + 0.5, rnd() * 1e6]);
        }
        if (rnd() < 0.3) fields['a note'] = pick(nasty);
        if (rnd() < 0.3) fields['flag'] = rnd() < 0.5;
        const p: QoePoint = { measurement: m.name, rp: m.rp.name, tags, fields, timeMs: 1_795_000_000_000 + i * 60_000 + 0.7 };
        let want: string | undefined;
        try {
          want = viaPoint(p, ints);
        } catch {
          expect(() => toLineProtocol(p)).toThrow(/invalid/);
          continue;
        }
        if (want === undefined) expect(() => toLineProtocol(p)).toThrow(/no fields/);
        else expect(toLineProtocol(p)).toBe(want);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(200);
  });

  it('leaves out the backslashes InfluxDB would read as escaping a separator (and then refuse the point)', () => {
    const lp = (property_id: string) => toLineProtocol({ measurement: MEASUREMENTS.viewQoe.name, rp: 'x', tags: { property_id }, fields: { views: 1 }, timeMs: 0 });
    expect(lp('ends\\')).toBe('view_qoe,property_id=ends views=1i 0');
    expect(lp('a\\ b\\\\,c\\=d')).toBe('view_qoe,property_id=a\\ b\\,c\\=d views=1i 0');
    expect(lp('mid\\dle')).toBe('view_qoe,property_id=mid\\dle views=1i 0');
    expect(lp('\\\\')).toBe('view_qoe views=1i 0');
  });

  it('refuses values line protocol cannot carry', () => {
    const p = (fields: QoePoint['fields']): QoePoint => ({ measurement: MEASUREMENTS.viewQoe.name, rp: 'x', tags: {}, fields, timeMs: 0 });
    expect(() => toLineProtocol(p({ startup_p50_ms: Number.NaN }))).toThrow(/invalid float/);
    expect(() => toLineProtocol(p({ startup_p50_ms: Number.POSITIVE_INFINITY }))).toThrow(/invalid float/);
    expect(() => toLineProtocol(p({}))).toThrow(/no fields/);
  });
});

describe('floatText', () => {
  it('is String() of the rounded float, over a million values of every size and sign', () => {
    const { rnd } = seeded(7);
    const edges = [0, -0, 0.0004, 0.0005, -0.0005, 0.001, -0.001, 0.5, -0.5, 1.0005, 2.675, 1e-7, 123.456, 1e15, 9.007199254740991e12, 9.007199254740993e12, 1e16, 1e21, -1e21, 2 ** 53, Number.MAX_VALUE / 1e4];
    const values: number[] = [...edges];
    for (let i = 0; i < 1_000_000; i++) {
      const sign = rnd() < 0.2 ? -1 : 1;
      const kind = i % 5;
      // Any magnitude from 1e-6 to 1e18; whole numbers; whole thousandths; values near a thousandth's half; large ones.
      if (kind === 0) values.push(sign * 10 ** (rnd() * 24 - 6));
      else if (kind === 1) values.push(sign * Math.floor(rnd() * 1e9));
      else if (kind === 2) values.push((sign * Math.floor(rnd() * 1e12)) / 1000);
      else if (kind === 3) values.push(sign * (Math.floor(rnd() * 1e7) + 0.5) / 1000);
      // Around where the text is left to String() (about 1.1e12) and beyond.
      else values.push(sign * 10 ** (10 + rnd() * 6) + Math.floor(rnd() * 1000) / 1000);
    }
    let different = 0;
    let example = '';
    for (const v of values) {
      const r = roundFloat(v);
      if (floatText(r) !== String(r)) {
        different++;
        example ||= `${v}: ${floatText(r)} vs ${String(r)}`;
      }
    }
    expect(example).toBe('');
    expect(different).toBe(0);
  });
});
