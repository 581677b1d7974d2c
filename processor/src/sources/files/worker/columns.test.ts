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
    expect([r.optionalNum(), r.optionalNum(), r.optionalNum(), r.optionalNum()]).toEqual([undefined, undefined, 0, undefined]); // NaN: absent
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

  it('stops looking up a field whose values turn out nearly all different in a chunk, and looks again in the next chunk', () => {
    const w = new ColumnWriter();
    // Field 0 repeats (five values); field 1 is new in 4 records of 5, and repeats 'again' in the fifth.
    const records = Array.from({ length: 2000 }, (_, i) => [`title-${i % 5}`, i % 5 === 4 ? 'again' : `video-${i}`]);
    for (const r of records) {
      w.startRecord();
      w.adaptiveStr(r[0]);
      w.adaptiveStr(r[1]);
      w.str(r[1]);
    }
    const packed = w.take();
    expect(packed.strings.filter((v) => v === 'title-0')).toHaveLength(1);
    // Looked up for the chunk's first 256 records (once in the table), then written each time;
    // through str() the same values are looked up all along.
    expect(packed.strings.filter((v) => v === 'again').length).toBe(1 + records.slice(256).filter((r) => r[1] === 'again').length);
    const reader = new ColumnReader(packed);
    expect(records.map(() => [reader.str(), reader.str(), reader.str()])).toEqual(records.map((r) => [...r, r[1]]));
    expect(reader.done).toBe(true);
    // The next chunk, where field 1 repeats, shares its values again.
    for (let i = 0; i < 1000; i++) {
      w.startRecord();
      w.adaptiveStr('title-0');
      w.adaptiveStr(`video-${i % 2}`);
    }
    expect(w.take().strings).toEqual(['title-0', 'video-0', 'video-1']);
  });

  it('reads back strings that repeat from one record to the next, and ones that change, across chunks', () => {
    const w = new ColumnWriter();
    const records = Array.from({ length: 50 }, (_, i) => [i % 7 === 0 ? 'b' : 'a', `t${Math.floor(i / 3)}`, i % 2 ? undefined : 'x']);
    const back: (string | undefined)[][] = [];
    for (const chunk of [records.slice(0, 20), records.slice(20)]) {
      for (const r of chunk) {
        w.startRecord();
        for (const s of r) w.str(s);
      }
      const reader = new ColumnReader(w.take());
      for (let i = 0; i < chunk.length; i++) back.push([reader.optionalStr(), reader.optionalStr(), reader.optionalStr()]);
      expect(reader.done).toBe(true);
    }
    expect(back).toEqual(records);
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
