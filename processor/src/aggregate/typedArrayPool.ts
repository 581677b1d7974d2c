/**
 * Typed arrays given back by accumulators of windows that were dropped, by length, used again
 * before new ones are made: every window makes new ones, and touching fresh memory costs about
 * 3 ms a MB on these machines (docs/performance.md) against reusing memory already touched.
 * Up to `maxBytes` are kept; a taken array holds whatever it held when given back.
 */
export class TypedArrayPool<T extends Float64Array | Uint32Array> {
  private readonly free = new Map<number, T[]>();
  private bytes = 0;

  constructor(
    private readonly maxBytes: number,
    private readonly make: (length: number) => T,
  ) {}

  take(length: number): T {
    const a = this.free.get(length)?.pop();
    if (a === undefined) return this.make(length);
    this.bytes -= a.byteLength;
    return a;
  }

  giveBack(a: T): void {
    if (this.bytes + a.byteLength > this.maxBytes) return;
    let list = this.free.get(a.length);
    if (list === undefined) this.free.set(a.length, (list = []));
    list.push(a);
    this.bytes += a.byteLength;
  }
}
