/**
 * The numbers of a window that are kept for exact percentiles (the startup times of its
 * views), in a Float64Array grown by doubling. An array of numbers would be on the
 * JavaScript heap: a minute's values live for the minute and its lateness, so every
 * young-generation collection copied them and then moved them to the old generation (the
 * largest share of a views replay's promoted bytes); a typed array's values are outside the
 * heap once it has more than a few.
 */
export class Samples {
  /** Made at the first value (many groups of a window see few views, some none). */
  private values = NONE;
  private n = 0;

  static of(values: ArrayLike<number>): Samples {
    const s = new Samples();
    s.pushAll(values);
    return s;
  }

  get length(): number {
    return this.n;
  }

  push(v: number): void {
    if (this.n === this.values.length) this.grow(this.n + 1);
    this.values[this.n++] = v;
  }

  pushAll(from: ArrayLike<number> | Samples): void {
    const add = from instanceof Samples ? from.view() : from;
    if (this.n + add.length > this.values.length) this.grow(this.n + add.length);
    for (let i = 0; i < add.length; i++) this.values[this.n + i] = add[i]!;
    this.n += add.length;
  }

  /** The values, in the order they were added (a view: valid until the next push). */
  view(): Float64Array {
    return this.values.subarray(0, this.n);
  }

  /** The values as a plain array (checkpoints). */
  toArray(): number[] {
    return Array.from(this.view());
  }

  private grow(atLeast: number): void {
    let size = Math.max(INITIAL_CAPACITY, this.values.length * 2);
    while (size < atLeast) size *= 2;
    const bigger = new Float64Array(size);
    bigger.set(this.values.subarray(0, this.n));
    this.values = bigger;
  }
}

const INITIAL_CAPACITY = 16;
const NONE = new Float64Array(0);
