/**
 * A compact way to hand records from a worker thread to the main thread: numbers in one
 * Float64Array and strings as indexes into a table of the chunk's strings (typed arrays
 * are transferred, not copied). Values that repeat (titles, CDNs, countries, players) are in
 * the table once, so the main thread makes each string once instead of once a record. A
 * structured clone of the records themselves costs about as much as parsing them again (an
 * object and a property at a time), which would leave the main thread no time saved.
 *
 * Writer and reader are streams: a record is written field by field and read back in the
 * same order (numbers and strings each have their own cursor).
 */
export interface PackedColumns {
  numbers: Float64Array<ArrayBuffer>;
  /** Indexes into `strings`, in the order the strings were written. */
  refs: Uint32Array<ArrayBuffer>;
  strings: (string | undefined)[];
}

/** A growable typed array. */
class Growable<T extends Float64Array<ArrayBuffer> | Uint32Array<ArrayBuffer>> {
  length = 0;
  constructor(
    public values: T,
    private readonly make: (size: number) => T,
  ) {}

  push(v: number): void {
    if (this.length === this.values.length) {
      const larger = this.make(this.values.length * 2);
      larger.set(this.values);
      this.values = larger;
    }
    this.values[this.length++] = v;
  }

  /** The values pushed, in an array of their own; this one starts empty. */
  take(): T {
    const taken = this.values.subarray(0, this.length) as T;
    this.values = this.make(Math.max(INITIAL_SIZE, this.length));
    this.length = 0;
    return taken;
  }
}

const INITIAL_SIZE = 16 * 1024;

/** An adaptiveStr field whose first DISTINCT_PROBE lookups of a chunk found a new string DISTINCT_SHARE of the time or more is written without lookups for the rest of the chunk. */
const DISTINCT_PROBE = 256;
const DISTINCT_SHARE = 0.75;

export class ColumnWriter {
  private numbers = new Growable(new Float64Array(INITIAL_SIZE), (n) => new Float64Array(n));
  private refs = new Growable(new Uint32Array(INITIAL_SIZE), (n) => new Uint32Array(n));
  private strings: (string | undefined)[] = [];
  private index = new Map<string | undefined, number>();
  /** The string fields of the previous record and their references, by position in the record. */
  private previous: (string | undefined)[] = [];
  private previousRef: number[] = [];
  private field = 0;
  /** Per field position, this chunk: table lookups made, and how many met a new string. */
  private lookups: number[] = [];
  private misses: number[] = [];
  /** Field positions of adaptiveStr whose values this chunk turned out to be nearly all different. */
  private distinct: boolean[] = [];

  /**
   * A record begins: its strings are compared with the previous record's strings at the same
   * position first (a CDN, a host, a player or a country often repeats from one record to
   * the next, and comparing is cheaper than looking the string up).
   */
  startRecord(): void {
    this.field = 0;
  }

  num(v: number): void {
    this.numbers.push(v);
  }

  /**
   * A number that may be absent (undefined or null), written as NaN: one value, no presence
   * flag. NaN itself, which no validated record holds, reads back as absent.
   */
  optionalNum(v: number | null | undefined): void {
    this.numbers.push(v ?? NaN);
  }

  optionalBool(v: boolean | null | undefined): void {
    this.numbers.push(v === undefined || v === null ? 0 : v ? 2 : 1);
  }

  /** A string (or an absent one: undefined or null) that may repeat in other records: put in the table once. */
  str(s: string | null | undefined): void {
    this.tableStr(s, false);
  }

  /**
   * A string that repeats with some inputs and hardly ever with others (a video id or title:
   * a few thousand titles, or a catalog of tens of thousands): put in the table once, until
   * the chunk shows it is nearly always new (see DISTINCT_PROBE); then written without the
   * table's lookup and insert, which would cost two map operations a value and share nothing.
   * Only for such fields: where repeats are rarer but matter to the reader (a CDN record's
   * path, whose repeats hit the main thread's caches as the same string), the table pays.
   */
  adaptiveStr(s: string | null | undefined): void {
    this.tableStr(s, true);
  }

  private tableStr(s: string | null | undefined, adaptive: boolean): void {
    if (s === null) s = undefined;
    const field = this.field++;
    const previousRef = this.previousRef[field];
    if (previousRef !== undefined && s === this.previous[field]) {
      this.refs.push(previousRef);
      return;
    }
    let i: number | undefined;
    if (adaptive && this.distinct[field] === true) {
      i = this.strings.length;
      this.strings.push(s);
    } else {
      i = this.index.get(s);
      if (i === undefined) {
        i = this.strings.length;
        this.strings.push(s);
        this.index.set(s, i);
        if (adaptive) this.misses[field] = (this.misses[field] ?? 0) + 1;
      }
      if (adaptive) {
        const lookups = (this.lookups[field] = (this.lookups[field] ?? 0) + 1);
        if (lookups === DISTINCT_PROBE && (this.misses[field] ?? 0) >= DISTINCT_SHARE * DISTINCT_PROBE) this.distinct[field] = true;
      }
    }
    this.previous[field] = s;
    this.previousRef[field] = i;
    this.refs.push(i);
  }

  /** A string that is different in nearly every record (an id): looking it up would only cost. */
  uniqueStr(s: string | null | undefined): void {
    this.field++;
    this.refs.push(this.strings.length);
    this.strings.push(s ?? undefined);
  }

  /** Values written so far (a measure of the chunk's size). */
  get size(): number {
    return this.numbers.length + this.refs.length;
  }

  /** What was written, ready to transfer; the writer starts empty again. */
  take(): PackedColumns {
    const packed = { numbers: this.numbers.take(), refs: this.refs.take(), strings: this.strings };
    this.strings = [];
    this.index = new Map();
    this.previous = [];
    this.previousRef = [];
    this.lookups = [];
    this.misses = [];
    this.distinct = [];
    return packed;
  }
}

export class ColumnReader {
  private n = 0;
  private s = 0;
  private readonly cleaned: (string | undefined)[] = [];

  constructor(private readonly packed: PackedColumns) {}

  num(): number {
    return this.packed.numbers[this.n++]!;
  }

  optionalNum(): number | undefined {
    const v = this.packed.numbers[this.n++]!;
    return Number.isNaN(v) ? undefined : v;
  }

  optionalBool(): boolean | undefined {
    const v = this.packed.numbers[this.n++];
    return v === 0 ? undefined : v === 2;
  }

  /** The next string, of a record that always has it. */
  str(): string {
    return this.packed.strings[this.packed.refs[this.s++]!]!;
  }

  /**
   * The next string through `clean`, which is called once for each distinct string of the
   * chunk (the same `clean` for every call on a reader).
   */
  strAs(clean: (s: string) => string): string {
    const ref = this.packed.refs[this.s++]!;
    let v = this.cleaned[ref];
    if (v === undefined) v = this.cleaned[ref] = clean(this.packed.strings[ref] ?? '');
    return v;
  }

  /** The next string, undefined when an absent one was written. */
  optionalStr(): string | undefined {
    return this.packed.strings[this.packed.refs[this.s++]!];
  }

  /** True when every number and string written has been read. */
  get done(): boolean {
    return this.n === this.packed.numbers.length && this.s === this.packed.refs.length;
  }
}
