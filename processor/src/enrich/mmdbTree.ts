/** What an mmdb file's metadata says of its search tree (mmdb-lib's Reader.metadata has these). */
export interface MmdbTreeShape {
  nodeCount: number;
  /** Bits of each of a node's two records: 24, 28 or 32. */
  recordSize: number;
  /** 4: a tree of IPv4 addresses; 6: of IPv6 addresses, IPv4 ones under ::/96. */
  ipVersion: number;
}

/**
 * Where an address's data is in an mmdb file, found by walking its binary search tree in
 * place (MaxMind DB format 2.0, "Search Tree Section") with the address as numbers (an IPv4
 * one as ipv4Number gives it, an IPv6 one as four words, ipv6Words): the reader's own lookup
 * parses the address text into bytes first, which cost several times the walk when each
 * client of a CDN log is new.
 *
 * A node is two records (left for a 0 bit, right for a 1 bit) of recordSize bits; a record
 * below nodeCount is the next node, nodeCount itself means no data, and one above it points
 * into the data section. In an IPv6 tree the IPv4 addresses are those that start with 96 zero
 * bits, so their walk starts at the node reached by 96 left turns.
 */
export class MmdbTree {
  private readonly nodeCount: number;
  private readonly nodeBytes: number;
  private readonly left: (offset: number) => number;
  private readonly right: (offset: number) => number;
  /** The node the walk of an IPv4 address starts at (or a record, when the whole IPv4 space is one). */
  private readonly ipv4Root: number;
  private readonly ipv6: boolean;

  constructor(db: Uint8Array, shape: MmdbTreeShape) {
    const { nodeCount, recordSize, ipVersion } = shape;
    this.nodeCount = nodeCount;
    this.nodeBytes = recordSize / 4;
    const b = db;
    const u24 = (at: number) => (b[at]! << 16) | (b[at + 1]! << 8) | b[at + 2]!;
    if (recordSize === 24) {
      this.left = u24;
      this.right = (o) => u24(o + 3);
    } else if (recordSize === 28) {
      // The middle byte holds the high four bits of both: the left record's in its high nibble.
      this.left = (o) => ((b[o + 3]! & 0xf0) << 20) | u24(o);
      this.right = (o) => ((b[o + 3]! & 0x0f) << 24) | u24(o + 4);
    } else if (recordSize === 32) {
      this.left = (o) => (b[o]! * 0x1000000 + u24(o + 1));
      this.right = (o) => (b[o + 4]! * 0x1000000 + u24(o + 5));
    } else throw new Error(`unsupported mmdb record size ${recordSize}`);
    if (nodeCount * this.nodeBytes > db.length) throw new Error(`mmdb search tree of ${nodeCount} nodes is larger than the file`);
    this.ipv6 = ipVersion === 6;
    let root = 0;
    if (ipVersion === 6) for (let i = 0; i < 96 && root < nodeCount; i++) root = this.left(root * this.nodeBytes);
    this.ipv4Root = root;
  }

  /**
   * The record that holds an IPv4 address's data (a number above nodeCount, the same for
   * every address of its network: what the data is decoded from), or undefined when the file
   * has none for it.
   */
  recordOfIpv4(ip: number): number | undefined {
    let node = this.ipv4Root;
    for (let bit = 31; bit >= 0 && node < this.nodeCount; bit--) {
      const offset = node * this.nodeBytes;
      node = (ip >>> bit) & 1 ? this.right(offset) : this.left(offset);
    }
    return node > this.nodeCount ? node : undefined;
  }

  /** The same for an IPv6 address given as four 32-bit words, most significant first; undefined in a tree of IPv4 addresses. */
  recordOfIpv6(words: Uint32Array | readonly number[]): number | undefined {
    if (!this.ipv6) return undefined;
    let node = 0;
    for (let bit = 0; bit < 128 && node < this.nodeCount; bit++) {
      const offset = node * this.nodeBytes;
      node = (words[bit >>> 5]! >>> (31 - (bit & 31))) & 1 ? this.right(offset) : this.left(offset);
    }
    return node > this.nodeCount ? node : undefined;
  }
}
