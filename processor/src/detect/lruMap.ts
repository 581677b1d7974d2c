interface Entry<K, V> {
  key: K;
  value: V;
  older: Entry<K, V> | undefined;
  newer: Entry<K, V> | undefined;
}

/**
 * A map that keeps its entries in least-recently-used order: iteration runs from the oldest
 * to the newest, and `touch` makes an entry the newest in O(1) by relinking it in a list.
 * (Deleting and re-inserting into a plain Map to move a key to the end leaves a hole in
 * V8's hash table every time and rehashes it over and over; on the per-view path that cost
 * more than the work it served.) Deleting the entry being visited during iteration is safe.
 */
export class LruMap<K, V> {
  private readonly index = new Map<K, Entry<K, V>>();
  private oldest: Entry<K, V> | undefined;
  private newest: Entry<K, V> | undefined;

  get size(): number {
    return this.index.size;
  }

  get(key: K): V | undefined {
    return this.index.get(key)?.value;
  }

  has(key: K): boolean {
    return this.index.has(key);
  }

  /** Sets the value and makes the key the newest. */
  set(key: K, value: V): this {
    const e = this.index.get(key);
    if (e) {
      e.value = value;
      this.moveToNewest(e);
    } else {
      const added: Entry<K, V> = { key, value, older: this.newest, newer: undefined };
      if (this.newest) this.newest.newer = added;
      else this.oldest = added;
      this.newest = added;
      this.index.set(key, added);
    }
    return this;
  }

  /** Makes the key the newest; returns its value (undefined when absent). */
  touch(key: K): V | undefined {
    const e = this.index.get(key);
    if (e) this.moveToNewest(e);
    return e?.value;
  }

  delete(key: K): boolean {
    const e = this.index.get(key);
    if (!e) return false;
    this.unlink(e);
    this.index.delete(key);
    return true;
  }

  /** The least recently used entry. */
  first(): [K, V] | undefined {
    return this.oldest ? [this.oldest.key, this.oldest.value] : undefined;
  }

  *entries(): IterableIterator<[K, V]> {
    for (let e = this.oldest; e; ) {
      const next = e.newer;
      yield [e.key, e.value];
      e = next;
    }
  }

  *values(): IterableIterator<V> {
    for (const [, v] of this.entries()) yield v;
  }

  [Symbol.iterator](): IterableIterator<[K, V]> {
    return this.entries();
  }

  private moveToNewest(e: Entry<K, V>): void {
    if (this.newest === e) return;
    this.unlink(e);
    e.older = this.newest;
    e.newer = undefined;
    if (this.newest) this.newest.newer = e;
    else this.oldest = e;
    this.newest = e;
  }

  private unlink(e: Entry<K, V>): void {
    if (e.older) e.older.newer = e.newer;
    else this.oldest = e.newer;
    if (e.newer) e.newer.older = e.older;
    else this.newest = e.older;
    e.older = e.newer = undefined;
  }
}
