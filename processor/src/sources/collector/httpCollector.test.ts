import * as zlib from 'node:zlib';
import { silentLogger } from '../../log/logger';
import { pb } from '../../proto';
import type { DeadLetter, ViewRecord } from '../../decode/viewRecord';
import { encodeDelimitedViews } from '../../decode/viewsProtobuf';
import { HttpCollector, RETRY_AFTER_S, type HttpCollectorOptions } from './httpCollector';
import type { CdnRecord } from '../../decode/cdn';
import * as fs from 'node:fs';
import * as path from 'node:path';

const now = Date.now();
const view = (id: string, endOffsetMs = 0) => ({
  view_id: id,
  property_id: 'p1',
  view_start: new Date(now - 60_000).toISOString(),
  view_end: new Date(now - 1_000 + endOffsetMs).toISOString(),
  watch_time: 59_000,
});

async function withCollector(opts: Partial<HttpCollectorOptions>, fn: (url: string, got: { views: ViewRecord[]; dead: DeadLetter[]; cdn: CdnRecord[] }, c: HttpCollector) => Promise<void>, failViews = false, admit?: () => string | undefined) {
  const got = { views: [] as ViewRecord[], dead: [] as DeadLetter[], cdn: [] as CdnRecord[] };
  const c = new HttpCollector(
    { host: '127.0.0.1', port: 0, tokens: [], maxBodyBytes: 64 * 1024, maxFutureMs: 3_600_000, ...opts },
    {
      views: async (v) => {
        if (failViews) throw new Error('downstream unavailable');
        got.views.push(...v);
      },
      cdnRecords: async (r) => void got.cdn.push(...r),
      deadLetters: (d) => got.dead.push(...d),
      ...(admit ? { admit } : {}),
    },
    silentLogger,
  );
  const { port } = await c.listen();
  try {
    await fn(`http://127.0.0.1:${port}`, got, c);
  } finally {
    await c.close();
  }
}

const post = (url: string, body: string | Uint8Array, headers: Record<string, string> = {}) => fetch(`${url}/v1/views`, { method: 'POST', body, headers });

describe('HTTP collector: views', () => {
  it('accepts NDJSON, dead-letters the bad lines with reasons and answers with counts', async () => {
    await withCollector({}, async (url, got) => {
      const body = [JSON.stringify(view('a')), '{broken', JSON.stringify({ ...view('b'), view_end: '1999-01-01T00:00:00Z' }), '', JSON.stringify(view('c'))].join('\n');
      const res = await post(url, body, { 'content-type': 'application/x-ndjson' });
      expect(res.status).toBe(200);
      const json = (await res.json()) as { accepted: number; rejected: number; errors: { position: number; reason: string }[] };
      expect(json.accepted).toBe(2);
      expect(json.rejected).toBe(2);
      expect(json.errors.map((e) => e.position)).toEqual([2, 3]);
      expect(json.errors[0]!.reason).toMatch(/^invalid JSON/);
      expect(got.views.map((v) => v.viewId)).toEqual(['a', 'c']);
      expect(got.dead).toHaveLength(2);
    });
  });

  it('accepts gzip bodies and JSON arrays', async () => {
    await withCollector({}, async (url, got) => {
      const res = await post(url, zlib.gzipSync(JSON.stringify([view('g1'), view('g2')])), { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      expect(res.status).toBe(200);
      expect(got.views.map((v) => v.viewId)).toEqual(['g1', 'g2']);
      // What `curl --data-binary @file` sends.
      const curl = await post(url, JSON.stringify(view('c1')), { 'content-type': 'application/x-www-form-urlencoded' });
      expect(await curl.json()).toMatchObject({ accepted: 1, rejected: 0 });
      expect(got.views.map((v) => v.viewId)).toEqual(['g1', 'g2', 'c1']);
    });
  });

  it('accepts a VideoViewBatch and length-delimited protobuf, rejecting a bad view alone', async () => {
    await withCollector({}, async (url, got) => {
      const ts = (iso: string) => ({ seconds: Math.floor(Date.parse(iso) / 1000), nanos: 0 });
      const asProto = (v: ReturnType<typeof view>) => ({ ...v, view_start: ts(v.view_start), view_end: ts(v.view_end) });
      const bad = { ...asProto(view('bad')), view_start: ts(new Date(now).toISOString()), view_end: ts(new Date(now - 3_600_000).toISOString()) };
      const batch = pb.VideoViewBatch.encode({ views: [asProto(view('p1')), bad, asProto(view('p2'))] }).finish();
      let res = await post(url, Buffer.from(batch), { 'content-type': 'application/x-protobuf' });
      expect(await res.json()).toMatchObject({ accepted: 2, rejected: 1, errors: [{ reason: 'view_end before view_start' }] });
      res = await post(url, Buffer.from(encodeDelimitedViews([asProto(view('d1'))])), { 'content-type': 'application/x-protobuf; delimited=true' });
      expect(await res.json()).toMatchObject({ accepted: 1, rejected: 0 });
      expect(got.views.map((v) => v.viewId)).toEqual(['p1', 'p2', 'd1']);
    });
  });

  it('reads a length-delimited body with a damaged length prefix as files are read: the damaged view is one dead letter, the views after it are kept', async () => {
    await withCollector({}, async (url, got) => {
      const ts = (iso: string) => ({ seconds: Math.floor(Date.parse(iso) / 1000), nanos: 0 });
      const ids = Array.from({ length: 8 }, (_, i) => `z${i}`);
      const messages = ids.map((id) => Buffer.from(encodeDelimitedViews([{ ...view(id), view_start: ts(view(id).view_start), view_end: ts(view(id).view_end) }])));
      // The fourth view's one-byte length becomes far more than the body holds.
      messages[3]![0] = 0x7f;
      // Told delimited, and not told (the content is then no clean batch nor cleanly delimited).
      for (const type of ['application/x-protobuf; delimited=true', 'application/x-protobuf']) {
        const res = await post(url, Buffer.concat(messages), { 'content-type': type });
        expect(await res.json()).toMatchObject({ accepted: 7, rejected: 1, errors: [{ reason: expect.stringMatching(/^corrupt length-delimited stream: .*bytes skipped to the next view/) }] });
      }
      const kept = ids.filter((id) => id !== 'z3');
      expect(got.views.map((v) => v.viewId)).toEqual([...kept, ...kept]);
      // Bytes that are neither: refused whole.
      const noise = await post(url, Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01, 0x02]), { 'content-type': 'application/x-protobuf' });
      expect(noise.status).toBe(400);
      expect(await noise.json()).toEqual({ error: expect.stringMatching(/^body is not a VideoViewBatch \(nor length-delimited VideoViews\)/) });
    });
  });

  it('requires a valid bearer token when tokens are configured', async () => {
    await withCollector({ tokens: ['s3cret', 'other'] }, async (url) => {
      const body = JSON.stringify(view('t'));
      expect((await post(url, body)).status).toBe(401);
      const wrong = await post(url, body, { authorization: 'Bearer nope' });
      expect(wrong.status).toBe(401);
      expect(wrong.headers.get('www-authenticate')).toBe('Bearer');
      expect(await wrong.json()).toEqual({ error: 'invalid bearer token' });
      expect((await post(url, body, { authorization: 'Bearer s3cret' })).status).toBe(200);
    });
  });

  it('refuses oversized bodies and gzip bombs with 413, unknown types with 415, wrong routes with 404/405', async () => {
    await withCollector({ maxBodyBytes: 4096 }, async (url, got) => {
      expect((await post(url, 'x'.repeat(10_000))).status).toBe(413);
      const bomb = zlib.gzipSync(Buffer.alloc(2_000_000, 0x20), { level: 9 });
      expect(bomb.length).toBeLessThan(4096);
      const res = await post(url, bomb, { 'content-encoding': 'gzip' });
      expect(res.status).toBe(413);
      expect(await res.json()).toEqual({ error: expect.stringMatching(/decompressed body exceeds/) });
      expect((await post(url, 'a', { 'content-type': 'image/png' })).status).toBe(415);
      expect((await post(url, 'a', { 'content-encoding': 'br' })).status).toBe(415);
      expect((await fetch(`${url}/nope`, { method: 'POST', body: 'x' })).status).toBe(404);
      expect((await fetch(`${url}/v1/views`)).status).toBe(405);
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      expect(got.views).toHaveLength(0);
    });
  });

  it('answers 503 (so the client retries) when the pipeline cannot take the views', async () => {
    await withCollector(
      {},
      async (url) => {
        const res = await post(url, JSON.stringify(view('x')));
        expect(res.status).toBe(503);
      },
      true,
    );
  });

  it('refuses whole requests with 503 and Retry-After while downstream is behind, keeping nothing of them, and takes them again after', async () => {
    let behind: string | undefined = 'InfluxDB writes are behind';
    await withCollector(
      {},
      async (url, got, c) => {
        const body = [JSON.stringify(view('a')), '{broken'].join('\n');
        const refused = await post(url, body);
        expect(refused.status).toBe(503);
        expect(refused.headers.get('retry-after')).toBe(String(RETRY_AFTER_S));
        expect(((await refused.json()) as { error: string }).error).toMatch(/InfluxDB writes are behind; retry after/);
        const cdn = await fetch(`${url}/v1/cdn-logs?format=fastly`, { method: 'POST', body: 'x' });
        expect(cdn.status).toBe(503);
        // Nothing of a refused request is kept: not its good views, not its dead letters.
        expect([got.views.length, got.dead.length, got.cdn.length]).toEqual([0, 0, 0]);
        expect(c.stats()).toMatchObject({ deferred: 2, accepted: 0, rejected: 0 });
        behind = undefined;
        const again = await post(url, body);
        expect(again.status).toBe(200);
        expect(got.views.map((v) => v.viewId)).toEqual(['a']);
        expect(got.dead).toHaveLength(1);
        expect((await fetch(`${url}/healthz`)).status).toBe(200);
      },
      false,
      () => behind,
    );
  });

  it('survives random bytes', async () => {
    await withCollector({}, async (url) => {
      let seed = 3;
      const bytes = Buffer.alloc(30_000);
      for (let i = 0; i < bytes.length; i++) bytes[i] = (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
      for (const type of ['application/x-ndjson', 'application/x-protobuf', 'application/x-protobuf; delimited=true']) {
        const res = await post(url, bytes, { 'content-type': type });
        expect([200, 400]).toContain(res.status);
      }
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
    });
  });

});

describe('HTTP collector: CDN logs', () => {
  const fixtures = path.resolve(__dirname, '../../../test/fixtures/cdn');
  it('accepts vendor log lines by format, plain or gzip, and dead-letters bad lines', async () => {
    await withCollector({}, async (url, got) => {
      const cf = fs.readFileSync(path.join(fixtures, 'cloudflare.ndjson'), 'utf8') + '{"broken\n';
      let res = await fetch(`${url}/v1/cdn-logs?format=cloudflare`, { method: 'POST', body: cf });
      expect(await res.json()).toMatchObject({ accepted: 3, rejected: 1, errors: [{ position: 4, reason: expect.stringMatching(/^invalid JSON/) }] });
      res = await fetch(`${url}/v1/cdn-logs?format=cloudfront`, { method: 'POST', body: zlib.gzipSync(fs.readFileSync(path.join(fixtures, 'cloudfront-standard.log'))), headers: { 'content-encoding': 'gzip' } });
      expect(await res.json()).toMatchObject({ accepted: 2, rejected: 0 });
      // A gzip file posted as is (curl --data-binary @file.gz), without Content-Encoding.
      res = await fetch(`${url}/v1/cdn-logs?format=akamai-ds2`, { method: 'POST', body: zlib.gzipSync(fs.readFileSync(path.join(fixtures, 'akamai-ds2.ndjson'))) });
      expect(await res.json()).toMatchObject({ accepted: 2, rejected: 0 });
      expect(got.cdn.map((r) => r.cdn)).toEqual(['cloudflare', 'cloudflare', 'cloudflare', 'cloudfront', 'cloudfront', 'akamai', 'akamai']);
      res = await fetch(`${url}/v1/cdn-logs?format=limelight`, { method: 'POST', body: 'x' });
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({ error: expect.stringMatching(/^format must be one of cloudfront, cloudfront-realtime, fastly, akamai-ds2, cloudflare/) });
    });
  });
});

describe('HTTP collector request rate limit', () => {
  it('answers 429 with Retry-After beyond its requests per second, and takes requests again later', async () => {
    await withCollector({ maxRequestsPerSecond: 5 }, async (url, got) => {
      const post = () => fetch(`${url}/v1/views`, { method: 'POST', body: JSON.stringify(view('rl')) });
      const statuses = await Promise.all(Array.from({ length: 12 }, post).map(async (r) => (await r).status));
      expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(5);
      expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(1);
      const limited = await post();
      if (limited.status === 429) expect(limited.headers.get('retry-after')).toBe('1');
      // Health probes are never throttled.
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      // A token comes back every 200 ms: wait for the state (a 200), not for a fixed time.
      let ok = false;
      for (let i = 0; i < 100 && !ok; i++) {
        ok = (await post()).status === 200;
        if (!ok) await new Promise((r) => setTimeout(r, 50));
      }
      expect(ok).toBe(true);
      expect(got.views.length).toBe(statuses.filter((s) => s === 200).length + 1);
    });
  });
});
