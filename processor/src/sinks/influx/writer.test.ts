import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { InfluxWriter } from './writer';
import { writeApiForVersion } from './serverInfo';
import { gzipWrites } from './options';

/**
 * TEST DOUBLE: InfluxDB 1.8 (the first with /api/v2/write) has no package that installs on
 * this machine, so this HTTP server plays its /ping, /query and /api/v2/write to check
 * the requests the writer makes on the v2 path. The /write path runs against the real
 * InfluxDB 1.6 in test/integration.
 */
function fakeInflux18(): Promise<{ url: string; writes: { url: string; body: string; auth?: string; encoding?: string }[]; queries: string[]; close: () => Promise<void> }> {
  const writes: { url: string; body: string; auth?: string; encoding?: string }[] = [];
  const queries: string[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      if (req.url === '/ping') {
        res.writeHead(204, { 'X-Influxdb-Version': '1.8.10' }).end();
      } else if (req.url?.startsWith('/query')) {
        queries.push(new URLSearchParams(body).get('q') ?? '');
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ results: [{ statement_id: 0 }] }));
      } else if (req.url?.startsWith('/api/v2/write')) {
        writes.push({ url: req.url, body, ...(req.headers.authorization ? { auth: req.headers.authorization } : {}), ...(req.headers['content-encoding'] ? { encoding: req.headers['content-encoding'] } : {}) });
        res.writeHead(204).end();
      } else res.writeHead(404).end();
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as AddressInfo).port;
      resolve({ url: `http://127.0.0.1:${port}`, writes, queries, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}

describe('writeApiForVersion', () => {
  it.each([
    ['1.6.7~rc0', 'v1'],
    ['1.7.11', 'v1'],
    ['1.8.10', 'v2'],
    ['v2.7.1', 'v2'],
    ['garbage', 'v1'],
  ])('%s -> %s', (version, api) => {
    expect(writeApiForVersion(version)).toBe(api);
  });
});

describe('InfluxWriter on the v2-compatible API (1.8+)', () => {
  it('writes to /api/v2/write with bucket db/rp, ms precision and the token', async () => {
    const fake = await fakeInflux18();
    try {
      const writer = await InfluxWriter.connect({ url: fake.url, database: 'qoe', token: 'user:secret' });
      expect(writer.writeApi).toBe('v2');
      expect(fake.queries[0]).toBe('CREATE DATABASE "qoe"');
      await writer.write([
        { measurement: 'view_qoe', rp: 'per_minute', tags: { property_id: 'p 1' }, fields: { views: 3, rebuffer_pct: 1.23456 }, timeMs: 1_700_000_040_000 },
        { measurement: 'usage', rp: 'long', tags: { environment_id: 'e1' }, fields: { requests: 7 }, timeMs: 1_700_002_800_000 },
      ]);
      await writer.close();
      expect(fake.writes).toHaveLength(2);
      const first = new URL(fake.url + fake.writes[0]!.url);
      expect(first.pathname).toBe('/api/v2/write');
      expect(first.searchParams.get('bucket')).toBe('qoe/per_minute');
      expect(first.searchParams.get('precision')).toBe('ms');
      expect(fake.writes[0]!.auth).toBe('Token user:secret');
      expect(fake.writes[0]!.body).toBe('view_qoe,property_id=p\\ 1 rebuffer_pct=1.235,views=3i 1700000040000');
      expect(new URL(fake.url + fake.writes[1]!.url).searchParams.get('bucket')).toBe('qoe/long');
    } finally {
      await fake.close();
    }
  });
});

describe('gzip of write requests', () => {
  it.each([
    ['auto', undefined],
    ['on', 'gzip'],
  ] as const)('with gzip %s, a large body to a server on this host goes out with content-encoding %p', async (gzip, encoding) => {
    const fake = await fakeInflux18();
    try {
      const writer = await InfluxWriter.connect({ url: fake.url, database: 'qoe', gzip });
      const points = Array.from({ length: 3000 }, (_, i) => ({ measurement: 'view_qoe', rp: 'per_minute', tags: { property_id: `property-${i}` }, fields: { views: i }, timeMs: 1_700_000_040_000 }));
      await writer.write(points);
      await writer.close();
      expect(fake.writes.length).toBeGreaterThan(0);
      for (const w of fake.writes) expect(w.encoding).toBe(encoding);
    } finally {
      await fake.close();
    }
  });

  it('is off for a server on this host unless asked, on for a remote one', () => {
    for (const url of ['http://127.0.0.1:8086', 'http://localhost:8086', 'http://[::1]:8086', 'http://127.3.2.1']) {
      expect(gzipWrites({ url, gzip: 'auto' })).toBe(false);
      expect(gzipWrites({ url, gzip: 'on' })).toBe(true);
    }
    for (const url of ['http://influxdb:8086', 'https://10.0.0.5:8086', 'http://127.0.0.1.example.com']) {
      expect(gzipWrites({ url, gzip: 'auto' })).toBe(true);
      expect(gzipWrites({ url, gzip: 'off' })).toBe(false);
    }
  });
});
