import { ColumnReader, ColumnWriter } from './columns';

describe('ColumnWriter / ColumnReader', () => {
  it('reads back numbers, optional numbers and booleans, strings and absent strings in the order written', () => {
    const w = new ColumnWriter();
    w.num(-0);
    w.num(1.5e300);
    w.optionalNum(undefined);
    w.optionalNum(null);
    w.optionalNum(0);
    w.optionalNum(NaN);
    w.optionalBool(undefined);
    w.optionalBool(false);
    w.optionalBool(true);
    w.str('a');
    w.str(undefined);
    w.str(null);
    w.uniqueStr('id-1');
    w.uniqueStr(undefined);
    w.str('a');
    const r = new ColumnReader(w.take());
    expect(Object.is(r.num(), -0)).toBe(true);
    expect(r.num()).toBe(1.5e300);
    expect([r.optionalNum(), r.optionalNum(), r.optionalNum(), r.optionalNum()]).toEqual([undefined, undefined, 0, NaN]);
    expect([r.optionalBool(), r.optionalBool(), r.optionalBool()]).toEqual([undefined, false, true]);
    expect([r.str(), r.optionalStr(), r.optionalStr(), r.str(), r.optionalStr(), r.str()]).toEqual(['a', undefined, undefined, 'id-1', undefined, 'a']);
    expect(r.done).toBe(true);
  });

  it('keeps a repeated string once in the table, and an id string every time', () => {
    const w = new ColumnWriter();
    for (let i = 0; i < 1000; i++) {
      w.str(`title-${i % 3}`);
      w.uniqueStr(`view-${i}`);
    }
    const packed = w.take();
    expect(packed.strings).toHaveLength(3 + 1000);
    expect(packed.refs).toHaveLength(2000);
  });

  it('grows past its first arrays, and starts empty after take()', () => {
    const w = new ColumnWriter();
    for (let i = 0; i < 100_000; i++) w.num(i);
    expect(w.size).toBe(100_000);
    const first = w.take();
    expect(first.numbers).toHaveLength(100_000);
    expect(first.numbers[99_999]).toBe(99_999);
    expect(w.size).toBe(0);
    w.str('x');
    const second = new ColumnReader(w.take());
    expect(second.str()).toBe('x');
    expect(second.done).toBe(true);
  });

  it('says when a chunk was not read to its end', () => {
    const w = new ColumnWriter();
    w.num(1);
    w.num(2);
    const r = new ColumnReader(w.take());
    r.num();
    expect(r.done).toBe(false);
  });
});
