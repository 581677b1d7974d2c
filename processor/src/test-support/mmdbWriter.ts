/**
 * A minimal MaxMind DB (MMDB v2) writer for tests: IPv4 networks only, 24-bit records,
 * values made of maps, strings and unsigned integers. Enough to build small GeoLite2-ASN
 * or GeoLite2-Country shaped files that the real reader (maxmind) opens.
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

/** Builds an IPv4 MMDB from `network/prefix -> value` entries (more specific ones last). */
export function buildMmdb(databaseType: string, networks: Record<string, MmdbValue>): Buffer {
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
    for (let depth = 0; depth < bits; depth++) {
      const bit = (addr >>> (31 - depth)) & 1;
      if (depth === bits - 1) {
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
  const tree = Buffer.alloc(nodeCount * 6);
  const recordValue = (r: Rec): number => (typeof r === 'number' ? (r < 0 ? nodeCount : r) : nodeCount + 16 + dataOffsets[r.data]!);
  nodes.forEach(([l, r], i) => {
    tree.writeUIntBE(recordValue(l), i * 6, 3);
    tree.writeUIntBE(recordValue(r), i * 6 + 3, 3);
  });
  const metadata = Buffer.concat([
    control(TYPE_MAP, 9),
    encode('node_count'), encode(nodeCount),
    encode('record_size'), encode(24, TYPE_UINT16),
    encode('ip_version'), encode(4, TYPE_UINT16),
    encode('database_type'), encode(databaseType),
    encode('languages'), Buffer.from([0x00 | 0, 11 - 7]), // empty array (extended type 11)
    encode('binary_format_major_version'), encode(2, TYPE_UINT16),
    encode('binary_format_minor_version'), encode(0, TYPE_UINT16),
    encode('build_epoch'), encode(Math.floor(Date.parse('2026-01-01T00:00:00Z') / 1000)),
    encode('description'), encode({ en: `${databaseType} test database` }),
  ]);
  return Buffer.concat([tree, Buffer.alloc(16), ...dataParts, Buffer.from([0xab, 0xcd, 0xef]), Buffer.from('MaxMind.com'), metadata]);
}
