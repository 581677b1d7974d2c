/**
 * An IPv4 address in its usual dotted-quad form ("203.0.113.7") as a number from 0 to
 * 2^32 - 1, read in place; undefined for anything else (IPv6, leading zeros, a port, text),
 * which is left to the general path (node:net's isIP accepts exactly these four decimal
 * octets, without leading zeros, as IPv4).
 */
export function ipv4Number(ip: string): number | undefined {
  const len = ip.length;
  if (len < 7 || len > 15) return undefined;
  let value = 0;
  let octet = 0;
  let digits = 0;
  let dots = 0;
  for (let i = 0; i < len; i++) {
    const c = ip.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) {
      // A leading zero only as the octet's one digit.
      if (digits === 1 && octet === 0) return undefined;
      octet = octet * 10 + (c - 0x30);
      if (++digits > 3 || octet > 255) return undefined;
    } else if (c === 0x2e && digits > 0 && dots < 3) {
      value = value * 256 + octet;
      octet = 0;
      digits = 0;
      dots++;
    } else return undefined;
  }
  return dots === 3 && digits > 0 ? value * 256 + octet : undefined;
}

/**
 * Answers by IPv4 address (ipv4Number), in typed arrays: a lookup hashes a number and reads
 * one or two slots, instead of hashing a client address string and comparing it with a
 * stored one spread elsewhere on the heap. Holds at most `max` answers and starts over when
 * full (so a flood of distinct addresses costs a lookup each, never unbounded memory).
 */
export class Ipv4Cache<V> {
  private keys: Uint32Array;
  private values: (V | undefined)[];
  private size = 0;

  constructor(private readonly max: number) {
    this.keys = new Uint32Array(INITIAL_SLOTS);
    this.values = new Array<V | undefined>(INITIAL_SLOTS).fill(undefined);
  }

  get(ip: number): V | undefined {
    const mask = this.keys.length - 1;
    for (let slot = slotOf(ip, mask); ; slot = (slot + 1) & mask) {
      const v = this.values[slot];
      if (v === undefined || this.keys[slot] === ip) return v;
    }
  }

  set(ip: number, value: V): void {
    if (this.size >= this.max) this.empty();
    // At most half the slots in use, so probes stay short.
    else if (2 * (this.size + 1) > this.keys.length) this.grow();
    this.put(ip, value);
  }

  private put(ip: number, value: V): void {
    const mask = this.keys.length - 1;
    let slot = slotOf(ip, mask);
    while (this.values[slot] !== undefined && this.keys[slot] !== ip) slot = (slot + 1) & mask;
    if (this.values[slot] === undefined) this.size++;
    this.keys[slot] = ip;
    this.values[slot] = value;
  }

  private grow(): void {
    const keys = this.keys;
    const values = this.values;
    this.clear(keys.length * 2);
    for (let slot = 0; slot < keys.length; slot++) if (values[slot] !== undefined) this.put(keys[slot]!, values[slot]!);
  }

  /**
   * Every slot emptied in place (a slot is empty when its value is undefined; its stale key
   * is never read): a cache kept full by new addresses starts over without new arrays, whose
   * fresh memory costs more here than the filling (page faults; see docs/performance.md).
   */
  private empty(): void {
    this.values.fill(undefined);
    this.size = 0;
  }

  private clear(slots: number): void {
    this.keys = new Uint32Array(slots);
    this.values = new Array<V | undefined>(slots).fill(undefined);
    this.size = 0;
  }
}

const INITIAL_SLOTS = 1024;

/** A slot for an address: its bits mixed, so nearby addresses (one network's clients) spread over the table. */
function slotOf(ip: number, mask: number): number {
  let h = Math.imul(ip ^ (ip >>> 16), 0x45d9f3b);
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  return (h ^ (h >>> 16)) & mask;
}
