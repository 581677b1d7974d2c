import { positionsOf, TabCells } from './columns';

describe('TabCells', () => {
  it('gives the cells line.split would give, for seeded lines of every shape, one instance reused', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
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
