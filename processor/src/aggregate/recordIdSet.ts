/**
 * A set of record-id hashes (non-negative integers below 2^53) in one open-addressing
 * table of float64 slots: about 11 bytes an id at its fullest (load factor 0.7), against
 * some 50 for a JavaScript Set of numbers this large (each one a heap number). Usage keeps
 * every id of its open hours (3 h of lateness), so this is most of its memory.
 */
export class RecordIdSet {
  private slots: Float64Array;
  private mask: number;
  private count = 0;

  constructor(expected = 0) {
    let cap = 16;
    while (cap * 0.7 < expected) cap *= 2;
    this.slots = new Float64Array(cap).fill(EMPTY);
    this.mask = cap - 1;
  }

  get size(): number {
    return this.count;
  }

  has(id: number): boolean {
    for (let i = slotOf(id) & this.mask; ; i = (i + 1) & this.mask) {
      const v = this.slots[i]!;
      if (v === id) return true;
      if (v === EMPTY) return false;
    }
  }

  /** Adds the id; false when it was there already. */
  add(id: number): boolean {
    if (!(id >= 0 && id <= Number.MAX_SAFE_INTEGER && Number.isInteger(id))) throw new RangeError(`record-id hash out of range: ${id}`);
    for (let i = slotOf(id) & this.mask; ; i = (i + 1) & this.mask) {
      const v = this.slots[i]!;
      if (v === id) return false;
      if (v === EMPTY) {
        this.slots[i] = id;
        if (++this.count > (this.mask + 1) * 0.7) this.grow();
        return true;
      }
    }
  }

  /** The ids, in slot order, in an array of their own (a snapshot's: no iterator step an id). */
  values(): Float64Array {
    const out = new Float64Array(this.count);
    let n = 0;
    const slots = this.slots;
    for (let i = 0; i < slots.length; i++) if (slots[i] !== EMPTY) out[n++] = slots[i]!;
    return out;
  }

  *[Symbol.iterator](): IterableIterator<number> {
    for (const v of this.slots) if (v !== EMPTY) yield v;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Float64Array(old.length * 2).fill(EMPTY);
    this.mask = this.slots.length - 1;
    for (const v of old) {
      if (v === EMPTY) continue;
      let i = slotOf(v) & this.mask;
      while (this.slots[i] !== EMPTY) i = (i + 1) & this.mask;
      this.slots[i] = v;
    }
  }
}

const EMPTY = -1;

/** Mixes both halves of the 53-bit id into a 32-bit slot number. */
function slotOf(id: number): number {
  const lo = id >>> 0;
  const hi = Math.floor(id / 4_294_967_296);
  return Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b) ^ (lo >>> 15);
}
