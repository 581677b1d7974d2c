import { InfluxDB } from '@influxdata/influxdb-client';
import { InfluxWriter, influxQL } from '../../src/sinks/influx';
import type { QoePoint } from '../../src/schema/point';
import { MEASUREMENTS, RETENTION_POLICIES } from '../../src/schema';
import { PrivateInfluxd } from '../../src/test-support/influxd';
import { FaultProxy } from '../../src/test-support/faultProxy';
import { waitFor } from '../../src/test-support/waitFor';

const url = () => process.env.QOE_INFLUX_URL ?? 'http://127.0.0.1:18086';
const M = MEASUREMENTS.viewQoe;
/** Two days ago on a minute boundary: inside the per-minute retention policy. */
const BASE_MS = Math.floor(Date.now() / 86_400_000) * 86_400_000 - 2 * 86_400_000;
const RANGE = `time >= ${BASE_MS}ms AND time < ${BASE_MS + 2 * 86_400_000}ms`;

function points(n: number, from = 0, property = 'p1'): QoePoint[] {
  const base = BASE_MS;
  return Array.from({ length: n }, (_, i) => ({
    measurement: M.name,
    rp: M.rp.name,
    tags: { property_id: property },
    fields: { views: from + i + 1, failures: 0, rebuffer_pct: 1.5 },
    timeMs: base + (from + i) * 60_000,
  }));
}

async function countViews(u: string, db: string): Promise<{ count: number; sum: number }> {
  const client = new InfluxDB({ url: u });
  const [r] = await influxQL(
    client,
    `SELECT count("views"), sum("views") FROM "${db}"."${M.rp.name}"."${M.name}" WHERE ${RANGE}`,
  );
  const row = r?.series[0]?.values[0];
  return { count: Number(row?.[1] ?? 0), sum: Number(row?.[2] ?? 0) };
}

describe('InfluxWriter against the real InfluxDB', () => {
  const db = `qoe_it_writer_${process.pid}`;

  it('detects the server, creates the database and retention policies, and writes every point', async () => {
    const writer = await InfluxWriter.connect({ url: url(), database: db, batchSize: 100 });
    expect(writer.server.version).toMatch(/^v?1\./);
    expect(writer.writeApi).toBe(/^v?1\.[0-7]\./.test(writer.server.version) ? 'v1' : 'v2');
    await writer.write(points(1000));
    await writer.flush();
    const client = new InfluxDB({ url: url() });
    const [rps] = await influxQL(client, `SHOW RETENTION POLICIES ON "${db}"`);
    const names = rps!.series[0]!.values.map((v) => v[0]);
    for (const rp of Object.values(RETENTION_POLICIES)) expect(names).toContain(rp.name);
    expect(await countViews(url(), db)).toEqual({ count: 1000, sum: (1000 * 1001) / 2 });
    expect(writer.getStats()).toMatchObject({ written: 1000, rejected: 0, buffered: 0 });
    await writer.close();
  });

  it('writes tag values with backslashes, separators and control characters that InfluxDB would otherwise refuse', async () => {
    const hostile = ['ends\\', 'ends\\\\', 'back\\ space', 'back\\,comma', 'back\\=equals', 'mid\\dle', 'new\nline', 'tab\there', 'a, b=c', '\\'];
    const writer = await InfluxWriter.connect({ url: url(), database: `${db}_tags` });
    await writer.write(hostile.map((property, i) => ({ ...points(1, i, property)[0]! })));
    await writer.close();
    expect(writer.getStats()).toMatchObject({ written: hostile.length, rejected: 0 });
    expect(await countViews(url(), `${db}_tags`)).toEqual({ count: hostile.length, sum: (hostile.length * (hostile.length + 1)) / 2 });
  });

  it('overwrites a point written twice (same measurement, tags and time)', async () => {
    const writer = await InfluxWriter.connect({ url: url(), database: `${db}_twice` });
    await writer.write(points(50));
    await writer.write(points(50));
    await writer.close();
    expect(await countViews(url(), `${db}_twice`)).toEqual({ count: 50, sum: (50 * 51) / 2 });
  });

  it('counts the points InfluxDB drops as older than the retention policy keeps, and the rest as written', async () => {
    const writer = await InfluxWriter.connect({ url: url(), database: `${db}_rp`, batchSize: 100 });
    const dropped: number[] = [];
    writer.on('dropped', (n: number) => dropped.push(n));
    const old = points(3).map((p, i) => ({ ...p, tags: { property_id: 'old' }, timeMs: Date.now() - 40 * 86_400_000 + i * 60_000 }));
    await writer.write([...points(5), ...old]);
    await writer.flush();
    expect(writer.getStats()).toMatchObject({ written: 5, dropped: 3, rejected: 0 });
    expect(dropped).toEqual([3]);
    expect(await countViews(url(), `${db}_rp`)).toEqual({ count: 5, sum: 15 });
    await writer.close();
  });

  it('reports lines the server refuses as invalid and keeps going', async () => {
    const writer = await InfluxWriter.connect({ url: url(), database: `${db}_bad`, batchSize: 10 });
    const rejected: string[] = [];
    writer.on('rejected', (_lines: string[], reason: string) => {
      rejected.push(reason);
    });
    await writer.write(points(10));
    await writer.flush();
    // Same field as a string: a type conflict, which InfluxDB answers with HTTP 400.
    await writer.write([{ ...points(1)[0]!, fields: { views: 'many' } }]);
    await writer.write(points(10, 10));
    await writer.close();
    expect(rejected).toHaveLength(1);
    expect(rejected[0]).toMatch(/HTTP 400/);
    expect((await countViews(url(), `${db}_bad`)).count).toBe(20);
  });
});

describe('InfluxWriter against a server that stops answering', () => {
  it('closes each timed-out request instead of leaving its socket open, and writes everything once the server answers', async () => {
    const db = `qoe_it_writer_hang_${process.pid}`;
    const proxy = await FaultProxy.start(url());
    const writer = await InfluxWriter.connect({ url: proxy.url, database: db, batchSize: 100, timeoutMs: 300, retryDelayMs: 50, retryMaxDelayMs: 100 });
    try {
      proxy.mode = 'hang';
      await writer.write(points(100));
      const flushed = writer.flush();
      await waitFor(() => writer.getStats().retries >= 8, 30_000, 'eight timed-out writes');
      // Eight requests timed out; their sockets are gone (at most the one in flight is open).
      expect(await proxy.openConnections()).toBeLessThanOrEqual(2);
      proxy.mode = 'pass';
      await flushed;
      expect(await countViews(url(), db)).toEqual({ count: 100, sum: (100 * 101) / 2 });
    } finally {
      await writer.close();
      await proxy.close();
    }
  });
});

describe('InfluxWriter across an InfluxDB restart', () => {
  let influxd: PrivateInfluxd;
  beforeAll(async () => {
    influxd = await PrivateInfluxd.create();
    await influxd.start();
  });
  afterAll(async () => {
    await influxd.destroy();
  });

  it('keeps every point written while the server is down, and applies back-pressure', async () => {
    const writer = await InfluxWriter.connect({
      url: influxd.url,
      database: 'qoe_restart',
      batchSize: 50,
      maxBufferLines: 500,
      flushIntervalMs: 20,
      retryDelayMs: 50,
      retryMaxDelayMs: 200,
      timeoutMs: 2_000,
    });
    let retries = 0;
    writer.on('retry', () => retries++);
    await writer.write(points(300, 0));
    await writer.flush();
    expect(writer.behind()).toBe(false);

    await influxd.stop();
    // 300 fit in the buffer while the server is down; the next 700 must wait for room.
    await writer.write(points(300, 300));
    expect(writer.behind()).toBe(true); // half the buffer or more: callers that can refuse work should
    let blockedWriteDone = false;
    const blocked = writer.write(points(700, 600)).then(() => {
      blockedWriteDone = true;
    });
    await new Promise((r) => setTimeout(r, 1_000));
    expect(blockedWriteDone).toBe(false);
    expect(writer.getStats().buffered).toBeGreaterThanOrEqual(500);
    expect(writer.getStats().failing).toBe(true);

    await influxd.start();
    await blocked;
    await writer.close();
    expect(writer.behind()).toBe(false);
    expect(retries).toBeGreaterThan(0);
    expect(await countViews(influxd.url, 'qoe_restart')).toEqual({ count: 1300, sum: (1300 * 1301) / 2 });
    expect(writer.getStats().written).toBe(1300);
  });
});
