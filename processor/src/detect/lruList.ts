/** The links an object needs to sit in an LruList (kept on the object itself). */
export interface LruLinks<T> {
  older?: T | undefined;
  newer?: T | undefined;
}

/**
 * Objects in least-recently-used order, linked through their own `older`/`newer` fields:
 * iteration runs from the oldest to the newest and `touch` makes one the newest in O(1).
 * Intrusive, so it costs two fields an object and no entry objects or index of its own (the
 * detector finds its titles through another map). Deleting and re-inserting keys in a plain
 * Map to keep this order left a hole in V8's hash table every time and kept rehashing it.
 * Removing the object being visited during iteration is safe.
 */
export class LruList<T extends LruLinks<T>> {
  private oldestNode: T | undefined;
  private newestNode: T | undefined;
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Adds an object (not in the list) as the newest. */
  push(node: T): void {
    node.older = this.newestNode;
    node.newer = undefined;
    if (this.newestNode) this.newestNode.newer = node;
    else this.oldestNode = node;
    this.newestNode = node;
    this.count++;
  }

  /** Makes an object already in the list the newest. */
  touch(node: T): void {
    if (this.newestNode === node) return;
    this.remove(node);
    this.push(node);
  }

  /** Takes an object out of the list. */
  remove(node: T): void {
    if (node.older) node.older.newer = node.newer;
    else this.oldestNode = node.newer;
    if (node.newer) node.newer.older = node.older;
    else this.newestNode = node.older;
    node.older = node.newer = undefined;
    this.count--;
  }

  oldest(): T | undefined {
    return this.oldestNode;
  }

  *[Symbol.iterator](): IterableIterator<T> {
    for (let n = this.oldestNode; n; ) {
      const next = n.newer;
      yield n;
      n = next;
    }
  }
}
