import { TypedArrayPool } from './typedArrayPool';

/**
 * The numbers of a window that are kept for exact percentiles (the startup times of its
 * views). A few are kept in an array; past SMALL, in a Float64Array grown by doubling. An
 * array of numbers is on the JavaScript heap: a minute's values live for the minute and its
 * lateness, so every young-generation collection copied the large ones and then moved them
 * to the old generation (the largest share of a views replay's promoted bytes); a typed
 * array's values are outside the heap. Most groups of a window (an ASN, a player) see a few
 * views, and a typed array costs more to make than the few numbers it would hold.
 */
export class Samples {
  private small: number[] = [];
  private big: Float64Array | undefined;
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
    if (this.big === undefined) {
      if (this.n < SMALL) {
        this.small.push(v);
        this.n++;
        return;
      }
      this.grow(this.n + 1);
    } else if (this.n === this.big.length) this.grow(this.n + 1);
    this.big![this.n++] = v;
  }

  pushAll(from: ArrayLike<number> | Samples): void {
    const add = from instanceof Samples ? from.view() : from;
    for (let i = 0; i < add.length; i++) this.push(add[i]!);
  }

  /** The values, in the order they were added (valid until the next push). */
  view(): ArrayLike<number> {
    return this.big === undefined ? this.small : this.big.subarray(0, this.n);
  }

  /**
   * Gives the typed array back to be used again by the Samples made next, and empties this
   * one: for a window that is dropped, once its points are made (nothing may hold a view()).
   */
  release(): void {
    if (this.big !== undefined) pool.giveBack(this.big);
    this.big = undefined;
    this.small = [];
    this.n = 0;
  }

  /** The values as a plain array of their own (checkpoints). */
  toArray(): number[] {
    return Array.from(this.view());
  }

  private grow(atLeast: number): void {
    let size = Math.max(2 * SMALL, 2 * (this.big?.length ?? 0));
    while (size < atLeast) size *= 2;
    const bigger = pool.take(size);
    if (this.big === undefined) {
      bigger.set(this.small);
      this.small = [];
    } else {
      bigger.set(this.big.subarray(0, this.n));
      pool.giveBack(this.big);
    }
    this.big = bigger;
  }
}

/** Values kept in an array before they move to a typed array. */
const SMALL = 64;

/** Typed arrays of released Samples (their old values are not read: only the first n). */
const pool = new TypedArrayPool<Float64Array>(32 * 1024 * 1024, (n) => new Float64Array(n));
