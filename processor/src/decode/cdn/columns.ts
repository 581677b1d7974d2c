import { num } from './record';

/**
 * Where the fields a parser reads sit in a field list, found once per list: each line is
 * then read by position instead of by name (looking 20-odd names up on every line cost
 * more than the rest of reading its columns).
 */
export type Positions<K extends string> = Readonly<Record<K, number>>;

/**
 * The column of each named field (-1 when the list lacks it; a name listed twice: its last
 * column). The fields in `unread` are given -1 too, as if the list lacked them: a parser
 * that need not read them (see ParserOptions.jobFieldsOnly) then never cuts them out.
 */
export function positionsOf<K extends string>(fields: readonly string[], names: Readonly<Record<K, string>>, unread: readonly K[] = []): Positions<K> {
  const out = {} as Record<K, number>;
  for (const key of Object.keys(names) as K[]) out[key] = unread.includes(key) ? -1 : fields.lastIndexOf(names[key]);
  return out;
}

/** 10^0 to 10^15: each exact in a double. */
const POWERS_OF_TEN = Array.from({ length: 16 }, (_, k) => Number(`1e${k}`));

/**
 * One line's tab-separated cells, found by their tabs and cut out only when read: a parser
 * reads about half of a CloudFront line's 33 to 46 fields, and splitting the line made a
 * string of every one (a third of the parser's time). One instance is reused line after line.
 */
export class TabCells {
  private line = '';
  /** Where each cell starts; starts[count] is one past the end of the line. */
  private starts = new Int32Array(64);
  private n = 0;

  /**
   * Finds the cells of `line`; a later call replaces them. Cells are separated by tabs, or by
   * another one-character delimiter where a delivery was configured so (CloudFront standard
   * logging v2).
   */
  read(line: string, delimiter = '\t'): this {
    this.line = line;
    let n = 0;
    this.starts[0] = 0;
    for (let from = 0; ; ) {
      const end = line.indexOf(delimiter, from);
      if (++n === this.starts.length) this.grow();
      this.starts[n] = end < 0 ? line.length + 1 : end + 1;
      if (end < 0) break;
      from = end + 1;
    }
    this.n = n;
    return this;
  }

  /** How many cells the line has (as many as line.split('\t') would make). */
  get count(): number {
    return this.n;
  }

  /** The cell at a position: undefined when the field is not in the list (-1) or the line is shorter. */
  get(at: number): string | undefined {
    return at < 0 || at >= this.n ? undefined : this.line.slice(this.starts[at]!, this.starts[at + 1]! - 1);
  }

  /**
   * The cell at a position as a log number: what num(get(at)) gives (undefined when absent,
   * '', '-' or not a finite number). Plain decimals ("200", "0.161", "1795168806.123") are
   * read in place without cutting the cell out: their digits (15 at most) as an integer
   * divided by a power of ten, one correctly rounded division, so exactly what Number gives.
   * Anything else is cut out and read by num.
   */
  number(at: number): number | undefined {
    if (at < 0 || at >= this.n) return undefined;
    const line = this.line;
    const from = this.starts[at]!;
    const to = this.starts[at + 1]! - 1;
    let mantissa = 0;
    let digits = 0;
    let point = -1;
    for (let i = from; i < to; i++) {
      const c = line.charCodeAt(i);
      if (c >= 0x30 && c <= 0x39) {
        mantissa = mantissa * 10 + (c - 0x30);
        digits++;
      } else if (c === 0x2e && point < 0 && i > from) point = i;
      else return num(line.slice(from, to));
    }
    if (digits === 0 || digits > 15) return num(line.slice(from, to));
    return point < 0 ? mantissa : mantissa / POWERS_OF_TEN[to - point - 1]!;
  }

  /** Leaves out the blank cells past `expected` (a stray trailing tab, as in AWS's own examples). */
  dropTrailingBlank(expected: number): this {
    while (this.n > expected && this.get(this.n - 1)!.trim() === '') this.n--;
    return this;
  }

  private grow(): void {
    const larger = new Int32Array(this.starts.length * 2);
    larger.set(this.starts);
    this.starts = larger;
  }
}

/** What a parser reads a line's fields through: TabCells, or ValueCells for lines whose fields come already cut (JSON). */
export interface Cells {
  readonly count: number;
  get(at: number): string | undefined;
  number(at: number): number | undefined;
}

/** A line's fields already cut out (the values of a JSON line, in the order of its keys), read by position like TabCells. */
export class ValueCells implements Cells {
  private values: readonly (string | undefined)[] = [];

  /** The fields of the next line (undefined where a value is absent); a later call replaces them. */
  set(values: readonly (string | undefined)[]): this {
    this.values = values;
    return this;
  }

  get count(): number {
    return this.values.length;
  }

  get(at: number): string | undefined {
    return at < 0 ? undefined : this.values[at];
  }

  number(at: number): number | undefined {
    return num(this.get(at));
  }
}
