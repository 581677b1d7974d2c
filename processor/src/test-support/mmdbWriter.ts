/**
 * A minimal MaxMind DB (MMDB v2) writer for tests: IPv4 networks only (in an IPv4 tree, or
 * under ::/96 in an IPv6 one), records of 24, 28 or 32 bits, values made of maps, strings and
 * unsigned integers. Enough to build small GeoLite2-ASN or GeoLite2-Country shaped files that
 * the real reader (mmdb-lib, the reader of the maxmind package) opens.
 */
export type MmdbValue = string | number | { [key: string]: MmdbValue };

const TYPE_UTF8 = 2;
const TYPE_UINT16 = 5;
const TYPE_UINT32 = 6;
const TYPE_MAP = 7;

function control(type: number, size: number): Buffer {
  if (size < 29) return Buffer.from([(type << 5) | size]);
  if (size < 285) return Buffer.from([(type << 5) | 29, size - 29]);
  const s = size - 285;
  return Buffer.from([(type << 5) | 30, (s >> 8) & 0xff, s & 0xff]);
}

function uintBytes(n: number): Buffer {
  const bytes: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v % 256);
  return Buffer.from(bytes);
}

function encode(v: MmdbValue, uintType = TYPE_UINT32): Buffer {
  if (typeof v === 'string') {
    const b = Buffer.from(v, 'utf8');
    return Buffer.concat([control(TYPE_UTF8, b.length), b]);
  }
  if (typeof v === 'number') {
    const b = uintBytes(v);
    return Buffer.concat([control(uintType, b.length), b]);
  }
  const entries = Object.entries(v);
  return Buffer.concat([control(TYPE_MAP, entries.length), ...entries.flatMap(([k, x]) => [encode(k), encode(x)])]);
}

function ipv4ToInt(ip: string): number {
  return ip.split('.').reduce((n, o) => n * 256 + Number(o), 0);
}

export interface MmdbLayout {
  recordSize: 24 | 28 | 32;
  ipVersion: 4 | 6;
}

/** A node's two records as the layout writes them (MaxMind DB format 2.0, "Search Tree Section"). */
function nodeBytes(left: number, right: number, recordSize: MmdbLayout['recordSize']): Buffer {
  const b = Buffer.alloc(recordSize / 4);
  if (recordSize === 24) {
    b.writeUIntBE(left, 0, 3);
    b.writeUIntBE(right, 3, 3);
  } else if (recordSize === 28) {
    b.writeUIntBE(left & 0xffffff, 0, 3);
    b[3] = (((left >>> 24) & 0x0f) << 4) | ((right >>> 24) & 0x0f);
    b.writeUIntBE(right & 0xffffff, 4, 3);
  } else {
    b.writeUInt32BE(left, 0);
    b.writeUInt32BE(right, 4);
  }
  return b;
}

/** Builds an MMDB from IPv4 `network/prefix -> value` entries (more specific ones last). */
export function buildMmdb(databaseType: string, networks: Record<string, MmdbValue>, layout: MmdbLayout = { recordSize: 24, ipVersion: 4 }): Buffer {
  // IPv4 addresses in an IPv6 tree are those that start with 96 zero bits.
  const skip = layout.ipVersion === 6 ? 96 : 0;
  // Tree nodes: [left, right]; a number >= 0 is a child node, {data} a data index, -1 empty.
  type Rec = number | { data: number };
  const nodes: [Rec, Rec][] = [[-1, -1]];
  const dataParts: Buffer[] = [];
  const dataOffsets: number[] = [];
  let dataSize = 0;
  for (const [cidr, value] of Object.entries(networks)) {
    const [ip, bitsText] = cidr.split('/');
    const bits = Number(bitsText);
    const addr = ipv4ToInt(ip!);
    const encoded = encode(value);
    dataOffsets.push(dataSize);
    dataParts.push(encoded);
    dataSize += encoded.length;
    const dataIndex = dataOffsets.length - 1;
    let node = 0;
    for (let depth = 0; depth < skip + bits; depth++) {
      const bit = depth < skip ? 0 : (addr >>> (31 - (depth - skip))) & 1;
      if (depth === skip + bits - 1) {
        nodes[node]![bit] = { data: dataIndex };
        break;
      }
      const next = nodes[node]![bit];
      if (typeof next === 'number' && next >= 0) {
        node = next;
      } else {
        nodes.push([-1, -1]);
        nodes[node]![bit] = nodes.length - 1;
        node = nodes.length - 1;
      }
    }
  }
  const nodeCount = nodes.length;
  const recordValue = (r: Rec): number => (typeof r === 'number' ? (r < 0 ? nodeCount : r) : nodeCount + 16 + dataOffsets[r.data]!);
  const tree = Buffer.concat(nodes.map(([l, r]) => nodeBytes(recordValue(l), recordValue(r), layout.recordSize)));
  const metadata = Buffer.concat([
    control(TYPE_MAP, 9),
    encode('node_count'), encode(nodeCount),
    encode('record_size'), encode(layout.recordSize, TYPE_UINT16),
    encode('ip_version'), encode(layout.ipVersion, TYPE_UINT16),
    encode('database_type'), encode(databaseType),
    encode('languages'), Buffer.from([0x00 | 0, 11 - 7]), // empty array (extended type 11)
    encode('binary_format_major_version'), encode(2, TYPE_UINT16),
    encode('binary_format_minor_version'), encode(0, TYPE_UINT16),
    encode('build_epoch'), encode(Math.floor(Date.parse('2026-01-01T00:00:00Z') / 1000)),
    encode('description'), encode({ en: `${databaseType} test database` }),
  ]);
  return Buffer.concat([tree, Buffer.alloc(16), ...dataParts, Buffer.from([0xab, 0xcd, 0xef]), Buffer.from('MaxMind.com'), metadata]);
}
