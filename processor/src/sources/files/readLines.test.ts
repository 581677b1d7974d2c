import { readLines } from './readLines';

async function linesOf(chunks: Buffer[], blocks = false): Promise<{ lines: string[]; bytes: number[] }> {
  const lines: string[] = [];
  const bytes: number[] = [];
  async function* source() {
    yield* chunks;
  }
  for await (const c of readLines(source(), { blocks })) {
    for (let i = 0; i < c.count; i++) {
      lines.push(c.text(i));
      bytes.push(c.bytes(i));
    }
  }
  return { lines, bytes };
}

/** The same bytes cut into chunks at every position pair (and whole). */
function cuts(bytes: Buffer): Buffer[][] {
  const out: Buffer[][] = [[bytes]];
  for (let i = 0; i <= bytes.length; i++) for (let j = i; j <= bytes.length; j++) out.push([bytes.subarray(0, i), bytes.subarray(i, j), bytes.subarray(j)]);
  return out;
}

/**
 * A source that hands out one buffer again and again (as openChunkedInput hands out its two):
 * the bytes of a chunk already read are overwritten with '#' once the next is asked for.
 */
async function* reusingSource(input: Buffer, chunkBytes: number): AsyncGenerator<Buffer> {
  const buf = Buffer.alloc(chunkBytes);
  for (let at = 0; at < input.length; at += chunkBytes) {
    const n = input.copy(buf, 0, at, at + chunkBytes);
    yield buf.subarray(0, n);
    buf.fill('#');
  }
}

describe('readLines', () => {
  it('finds the same lines and byte counts however the input is cut into chunks', async () => {
    const text = 'a\r\nbé€\n\n{"x":"😀"}\r\nlast';
    const bytes = Buffer.from(text);
    for (const chunks of cuts(bytes)) {
      const { lines, bytes: counts } = await linesOf(chunks);
      expect(await linesOf(chunks, true)).toEqual({ lines, bytes: counts });
      expect(lines).toEqual(['a', 'bé€', '', '{"x":"😀"}', 'last']);
      expect(counts).toEqual([3, 1 + 2 + 3 + 1, 1, Buffer.byteLength('{"x":"😀"}') + 2, 4]);
      expect(counts.reduce((a, b) => a + b, 0)).toBe(bytes.length);
    }
  });

  it('ends without an extra empty line when the input ends with a newline, and yields nothing for empty input', async () => {
    expect((await linesOf([Buffer.from('x\ny\n')])).lines).toEqual(['x', 'y']);
    expect((await linesOf([])).lines).toEqual([]);
    expect((await linesOf([Buffer.alloc(0)])).lines).toEqual([]);
  });

  it('turns invalid UTF-8 into replacement characters and counts its real bytes', async () => {
    const { lines, bytes } = await linesOf([Buffer.from([0x61, 0xff, 0xfe, 0x62, 0x0a])]);
    expect(lines).toEqual(['a\ufffd\ufffdb']);
    expect(bytes).toEqual([5]);
  });

  it('gathers a line longer than many chunks once, whole', async () => {
    const long = 'z'.repeat(300_000);
    const input = Buffer.from(`${long}\nshort\n`);
    const chunks: Buffer[] = [];
    for (let i = 0; i < input.length; i += 1000) chunks.push(input.subarray(i, i + 1000));
    const { lines, bytes } = await linesOf(chunks);
    expect(lines).toEqual([long, 'short']);
    expect(bytes).toEqual([300_001, 6]);
  });

  it('keeps what it needs of a chunk when its source uses the buffer again for the next one', async () => {
    const text = ['first line', 'é€ spans chunks', '', 'x'.repeat(50), '{"y":"😀"}', 'end'].join('\n');
    const input = Buffer.from(text);
    for (const chunkBytes of [1, 2, 3, 7, 16, 64, input.length]) {
      const lines: string[] = [];
      for await (const c of readLines(reusingSource(input, chunkBytes))) for (let i = 0; i < c.count; i++) lines.push(c.text(i));
      expect(lines).toEqual(text.split('\n'));
    }
  });

  it('in blocks gives the lines a line at a time gives, for seeded bytes of every kind, read in order or not, in chunks reused', async () => {
    let seed = 17;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pieces = [Buffer.from('{"a":1}'), Buffer.from('\n'), Buffer.from('\r\n'), Buffer.from('\r'), Buffer.from('é€😀'), Buffer.from([0xff]), Buffer.from([0xe2, 0x82]), Buffer.from([0xc3]), Buffer.from('x'.repeat(5000)), Buffer.from('')];
    for (let round = 0; round < 40; round++) {
      const input = Buffer.concat(Array.from({ length: 50 + Math.floor(rnd() * 400) }, () => pieces[Math.floor(rnd() * pieces.length)]!));
      const chunkBytes = 1 + Math.floor(rnd() * 70_000);
      const read = async (blocks: boolean, shuffled: boolean) => {
        const lines: string[] = [];
        for await (const c of readLines(reusingSource(input, chunkBytes), { blocks })) {
          const order = Array.from({ length: c.count }, (_, i) => i);
          if (shuffled) order.sort(() => rnd() - 0.5);
          const got: string[] = [];
          for (const i of order) got[i] = `${c.text(i)}|${c.bytes(i)}`;
          lines.push(...got);
        }
        return lines;
      };
      const plain = await read(false, false);
      expect(await read(true, false)).toEqual(plain);
      expect(await read(true, true)).toEqual(plain);
    }
  });
});
