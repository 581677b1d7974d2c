import * as dgram from 'node:dgram';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { silentLogger } from '../../log/logger';
import type { CdnRecord } from '../../decode/cdn';
import type { DeadLetter } from '../../decode/viewRecord';
import { SyslogCollector } from './syslogCollector';
import { SyslogFramer, syslogMessage } from './syslogFraming';

const FASTLY = fs.readFileSync(path.resolve(__dirname, '../../../test/fixtures/cdn/fastly.log'), 'utf8').trim().split('\n');
const JSON_LINE = FASTLY[1]!;

describe('syslog framing', () => {
  it('reads RFC 5424 and RFC 3164 messages', () => {
    expect(syslogMessage(`<134>1 2026-11-20T10:00:08.512Z cache-fra19120 qoe - - - ${JSON_LINE}`)).toBe(JSON_LINE);
    expect(syslogMessage(`<134>1 2026-11-20T10:00:08Z host app 12 ID47 [exampleSDID@32473 iut="3" eventSource="Ap\\]p"][x@1 a="b"] \uFEFF${JSON_LINE}`)).toBe(JSON_LINE);
    expect(syslogMessage(`<134>Nov 20 10:00:08 cache-fra19120 qoe-logs[421]: ${JSON_LINE}`)).toBe(JSON_LINE);
    expect(syslogMessage(JSON_LINE)).toBe(JSON_LINE);
  });

  it('splits octet-counted and newline-framed TCP streams and keeps partial frames for the next chunk', () => {
    const a = '<134>1 - h a - - - one';
    const framer = new SyslogFramer();
    expect(framer.push(Buffer.from(`${a.length} ${a}<134>Nov 20 10:00:08 h t: two\n${a.length} ${a.slice(0, 5)}`))).toEqual({ frames: [a, '<134>Nov 20 10:00:08 h t: two'], oversized: [] });
    expect(framer.push(Buffer.from(`${a.slice(5)}<134>Nov 20 10:00:09 h t: three\n`))).toEqual({ frames: [a, '<134>Nov 20 10:00:09 h t: three'], oversized: [] });
  });

  it('counts octets, not characters: multi-byte and invalid UTF-8 in one frame leave the next frames whole', () => {
    const accented = Buffer.from('<134>1 - h a - - - café ☕ 日本');
    const invalid = Buffer.concat([Buffer.from('<134>1 - h a - - - bad '), Buffer.from([0xff, 0xc3, 0x28])]);
    const next = Buffer.from('<134>1 - h a - - - next');
    const frame = (b: Buffer) => Buffer.concat([Buffer.from(`${b.length} `), b]);
    const r = new SyslogFramer().push(Buffer.concat([frame(accented), frame(invalid), frame(next), Buffer.from('<134>1 - h a - - - lf\r\n')]));
    expect(r.frames).toEqual(['<134>1 - h a - - - café ☕ 日本', '<134>1 - h a - - - bad \ufffd\ufffd(', '<134>1 - h a - - - next', '<134>1 - h a - - - lf']);
  });

  it('skips an oversized frame or line whole, in any number of chunks, and reads the frames after it', () => {
    const framer = new SyslogFramer();
    const big = 200_000;
    const out = [framer.push(Buffer.from(`${big} ${'x'.repeat(70_000)}`)), framer.push(Buffer.from('x'.repeat(big - 70_000) + '5 after'))];
    out.push(framer.push(Buffer.from('y'.repeat(100_000))), framer.push(Buffer.from('y'.repeat(10) + '\nline after\n')));
    out.push(framer.push(Buffer.from(`${'z'.repeat(70_000)}\nlast\n`)));
    expect(out.flatMap((o) => o.frames)).toEqual(['after', 'line after', 'last']);
    expect(out.flatMap((o) => o.oversized)).toEqual(['frame of 200000 bytes, more than 65536: skipped', 'line longer than 65536 bytes: skipped', 'line longer than 65536 bytes: skipped']);
  });
});

describe('SyslogCollector', () => {
  it('takes Fastly lines over TCP (both framings) and UDP, and dead-letters bad ones', async () => {
    const got: CdnRecord[] = [];
    const dead: DeadLetter[] = [];
    const c = new SyslogCollector({ host: '127.0.0.1', tcpPort: 0, udpPort: 0, format: 'fastly', batchSize: 2, flushMs: 50 }, { cdnRecords: async (r) => void got.push(...r), deadLetters: (d) => dead.push(...d) }, silentLogger);
    const { tcpPort, udpPort } = await c.listen();
    const m1 = `<134>1 2026-11-20T10:00:08Z cache-fra qoe - - - ${JSON_LINE}`;
    const m2 = `<134>Nov 20 10:00:09 cache-lcy qoe[1]: ${JSON_LINE.replace('fst-8a7c', 'fst-8a7d')}`;
    await new Promise<void>((resolve) => {
      const sock = net.connect(tcpPort!, '127.0.0.1', () => {
        sock.write(`${Buffer.byteLength(m1)} ${m1}`);
        sock.write(`${m2}\n<134>Nov 20 10:00:10 h qoe: not json\n`);
        sock.end(() => resolve());
      });
    });
    const udp = dgram.createSocket('udp4');
    await new Promise<void>((resolve) => udp.send(`<134>1 - h qoe - - - ${JSON_LINE.replace('fst-8a7c', 'fst-udp')}`, udpPort!, '127.0.0.1', () => resolve()));
    udp.close();
    for (let i = 0; i < 250 && (got.length < 3 || dead.length < 1); i++) await new Promise((r) => setTimeout(r, 20));
    await c.close();
    expect(got.map((r) => r.record_id).sort()).toEqual(['fst-8a7c', 'fst-8a7d', 'fst-udp']);
    expect(dead.map((d) => d.reason)).toEqual(['neither a JSON object nor a common/combined log line (nor one with an RFC 1123 time)']);
  });

  it('dead-letters a batch it cannot hand on (with the reason) instead of dropping it, and keeps serving', async () => {
    const dead: DeadLetter[] = [];
    let calls = 0;
    const got: CdnRecord[] = [];
    const cdnRecords = async (r: CdnRecord[]) => {
      if (calls++ === 0) throw new Error('topic unavailable');
      got.push(...r);
    };
    const c = new SyslogCollector({ host: '127.0.0.1', tcpPort: null, udpPort: 0, format: 'fastly', batchSize: 1, flushMs: 50 }, { cdnRecords, deadLetters: (d) => dead.push(...d) }, silentLogger);
    const { udpPort } = await c.listen();
    const udp = dgram.createSocket('udp4');
    const send = (id: string) => new Promise<void>((resolve) => udp.send(`<134>1 - h qoe - - - ${JSON_LINE.replace('fst-8a7c', id)}`, udpPort!, '127.0.0.1', () => resolve()));
    await send('fst-lost');
    for (let i = 0; i < 250 && dead.length < 1; i++) await new Promise((r) => setTimeout(r, 20));
    await send('fst-kept');
    for (let i = 0; i < 250 && got.length < 1; i++) await new Promise((r) => setTimeout(r, 20));
    udp.close();
    await c.close();
    expect(dead.map((d) => [d.reason, (JSON.parse(d.payload) as CdnRecord).record_id])).toEqual([['not handed on: topic unavailable', 'fst-lost']]);
    expect(got.map((r) => r.record_id)).toEqual(['fst-kept']);
    expect(c.counters.undelivered).toBe(1);
  });

  it('closes TCP connections beyond QOE_SYSLOG_MAX_CONNECTIONS at once (counted) and keeps serving the open ones', async () => {
    const got: CdnRecord[] = [];
    const c = new SyslogCollector({ host: '127.0.0.1', tcpPort: 0, udpPort: null, format: 'fastly', batchSize: 1, flushMs: 20, maxConnections: 2 }, { cdnRecords: async (r) => void got.push(...r), deadLetters: () => {} }, silentLogger);
    const { tcpPort } = await c.listen();
    const open = () => new Promise<net.Socket>((resolve) => {
      const sock = net.connect(tcpPort!, '127.0.0.1', () => resolve(sock));
      sock.on('error', () => {});
    });
    const [a, b] = [await open(), await open()];
    // Both are accepted once each has delivered a record.
    a.write(`${JSON_LINE.replace('fst-8a7c', 'fst-a')}\n`);
    b.write(`${JSON_LINE.replace('fst-8a7c', 'fst-b')}\n`);
    for (let i = 0; i < 500 && got.length < 2; i++) await new Promise((r) => setTimeout(r, 20));
    const third = await open();
    await new Promise<void>((resolve) => third.once('close', () => resolve()));
    expect(c.counters.connectionsRefused).toBe(1);
    a.write(`${JSON_LINE.replace('fst-8a7c', 'fst-a2')}\n`);
    for (let i = 0; i < 500 && got.length < 3; i++) await new Promise((r) => setTimeout(r, 20));
    for (const sock of [a, b]) sock.destroy();
    await c.close();
    expect(got.map((r) => r.record_id).sort()).toEqual(['fst-a', 'fst-a2', 'fst-b']);
  });

  it('dead-letters UDP datagrams while more records than it may hold wait to be handed on (UDP cannot be slowed down), and takes them again after', async () => {
    const got: CdnRecord[] = [];
    const dead: DeadLetter[] = [];
    let release: () => void = () => {};
    const held = new Promise<void>((r) => (release = r));
    const cdnRecords = async (r: CdnRecord[]) => {
      await held; // the output is stuck until released
      got.push(...r);
    };
    const c = new SyslogCollector({ host: '127.0.0.1', tcpPort: null, udpPort: 0, format: 'fastly', batchSize: 2, flushMs: 20, maxWaitingRecords: 4 }, { cdnRecords, deadLetters: (d) => dead.push(...d) }, silentLogger);
    const { udpPort } = await c.listen();
    const udp = dgram.createSocket('udp4');
    const send = (id: string) => new Promise<void>((resolve) => udp.send(`<134>1 - h qoe - - - ${JSON_LINE.replace('fst-8a7c', id)}`, udpPort!, '127.0.0.1', () => resolve()));
    for (let i = 0; i < 10; i++) {
      await send(`fst-${i}`);
      for (let k = 0; k < 500 && c.counters.messages < i + 1; k++) await new Promise((r) => setTimeout(r, 10));
    }
    // Two batches of two handed on and stuck: the other six refused.
    expect(c.counters.datagramsShed).toBe(6);
    expect(dead.map((d) => d.reason)).toEqual(Array(6).fill('syslog UDP overload: 4 records already waiting to be handed on; datagram not taken'));
    release();
    for (let k = 0; k < 500 && got.length < 4; k++) await new Promise((r) => setTimeout(r, 10));
    await send('fst-after');
    for (let k = 0; k < 500 && got.length < 5; k++) await new Promise((r) => setTimeout(r, 10));
    udp.close();
    await c.close();
    expect(got.map((r) => r.record_id)).toEqual(['fst-0', 'fst-1', 'fst-2', 'fst-3', 'fst-after']);
    expect(c.counters.messages).toBe(11);
  });
});
