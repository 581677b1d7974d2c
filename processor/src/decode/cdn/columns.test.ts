import { positionsOf, TabCells } from './columns';
import { num } from './record';
import { seeded } from '../../test-support/seeded';

describe('TabCells', () => {
  it('gives the cells line.split would give, for seeded lines of every shape, one instance reused', () => {
    const { rnd } = seeded(7);
    const parts = ['', '-', 'a', ' ', 'FRA56-P1', '2026-12-04', 'é\u00a0x', '\r', 'a b'];
    const cells = new TabCells();
    for (let i = 0; i < 3000; i++) {
      // Up to 300 cells: past the 64 positions the instance starts with.
      const n = i % 10 === 0 ? Math.floor(rnd() * 300) : Math.floor(rnd() * 50);
      const line = Array.from({ length: n + 1 }, () => parts[Math.floor(rnd() * parts.length)]).join('\t');
      const split = line.split('\t');
      cells.read(line);
      expect(cells.count).toBe(split.length);
      const read = Array.from({ length: split.length + 2 }, (_, k) => cells.get(k));
      expect([line, read]).toEqual([line, [...split, undefined, undefined]]);
      expect(cells.get(-1)).toBeUndefined();
    }
  });

  it('reads a cell as a number exactly as num(cell) does: plain decimals in place, anything else cut out', () => {
    const next = seeded(11).rnd;
    const rnd = (n: number) => Math.floor(next() * n);
    const shapes = ['200', '000', '0.161', '1795168806.123', '1.', '.5', '-', '', '-5', '1e3', '0x10', ' 7', '7 ', '1.2.3', 'NaN', 'Infinity', '12a', '1234567890123456', '123456789012345', '0.000000000000001', '9007199254740993'];
    const digits = () => String(rnd(10 ** (1 + rnd(8))));
    const cells = new TabCells();
    for (let i = 0; i < 20000; i++) {
      const v = i % 2 === 0 ? shapes[rnd(shapes.length)]! : `${digits()}${rnd(3) === 0 ? '' : `.${digits().padStart(rnd(7), '0')}`}`;
      cells.read(`x\t${v}\ty`);
      expect([v, cells.number(1)]).toEqual([v, num(v)]);
    }
    expect(cells.number(3)).toBeUndefined();
    expect(cells.number(-1)).toBeUndefined();
    expect(cells.read('0.161').number(0)).toBe(0.161);
  });

  it('leaves out blank cells only past the expected count', () => {
    const cells = new TabCells();
    expect(cells.read('a\tb\t \t\t').dropTrailingBlank(2).count).toBe(2);
    expect(cells.get(2)).toBeUndefined();
    expect(cells.read('a\tb\t \t\t').dropTrailingBlank(3).count).toBe(3);
    expect(cells.read('a\tb\tc\t').dropTrailingBlank(2).count).toBe(3); // c is not blank: it stays
    expect(cells.read('\t\t').dropTrailingBlank(0).count).toBe(0);
  });

  it('finds fields by name (the last column of a name listed twice; -1 for a missing one)', () => {
    expect(positionsOf(['a', 'b', 'a'], { first: 'a', second: 'b', none: 'z' })).toEqual({ first: 2, second: 1, none: -1 });
  });
});
