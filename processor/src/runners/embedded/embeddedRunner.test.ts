import type { CdnRecord } from '../../decode/cdn';
import { silentLogger } from '../../log/logger';
import { MemoryDeadLetterSink } from '../../sinks/deadLetterSink';
import type { QoePoint } from '../../schema/point';
import type { PointSink } from '../../sinks/pointSink';
import { EmbeddedPipeline, QUIET_FLUSH_MS } from './embeddedRunner';

/** Keeps the last value of every point identity, as InfluxDB does. */
class LastValueSink implements PointSink {
  readonly points = new Map<string, QoePoint>();
  async write(points: readonly QoePoint[]): Promise<void> {
    for (const p of points) this.points.set(`${p.measurement}|${JSON.stringify(p.tags)}|${p.timeMs}`, p);
  }
  async flush(): Promise<void> {}
  async close(): Promise<void> {}
  requests(measurement: string, timeMs: number): number {
    let n = 0;
    for (const p of this.points.values()) if (p.measurement === measurement && p.timeMs === timeMs) n += Number(p.fields.requests);
    return n;
  }
}

const T0 = Date.parse('2026-11-20T10:00:00Z');
let seq = 0;
const rec = (t: number): CdnRecord => ({ record_id: `r${seq++}`, cdn: 'fastly', pop: 'FRA', request_time_ms: t, status: 200, bytes_sent: 1000, ttfb_ms: 10, total_ms: 50, path: '/env-a/asset-1/720p/seg_1.m4s' }) as CdnRecord;

describe('embedded pipeline, live', () => {
  it('writes late updates of a written minute once the input goes quiet, without waiting for event time', async () => {
    let now = T0 + 5 * 60_000;
    const sink = new LastValueSink();
    const p = new EmbeddedPipeline({}, sink, new MemoryDeadLetterSink(), silentLogger, () => now, { outOfOrdernessMs: 0, healthLatenessMs: 5 * 60_000 });
    await p.ingestCdn([rec(T0 + 1_000), rec(T0 + 2_000), rec(T0 + 61_000)], 'http');
    expect(sink.requests('cdn_health', T0)).toBe(2);
    // Three late records for minute 0, then nothing more arrives.
    await p.ingestCdn([rec(T0 + 3_000), rec(T0 + 4_000), rec(T0 + 5_000)], 'http');
    await p.tick();
    expect(sink.requests('cdn_health', T0)).toBe(2); // not quiet yet: waits for the beat
    now += QUIET_FLUSH_MS;
    await p.tick();
    expect(sink.requests('cdn_health', T0)).toBe(5);
    expect(sink.requests('cdn_health', T0 + 60_000)).toBe(0); // minute 1 is not complete
  });

  it('a record stamped 50 minutes ahead of the wall clock (a wrong clock) makes no record after it late, and a quiet spell delays nothing', async () => {
    let now = T0 + 2 * 60_000;
    const sink = new LastValueSink();
    const dead = new MemoryDeadLetterSink();
    const p = new EmbeddedPipeline({}, sink, dead, silentLogger, () => now, { outOfOrdernessMs: 0, healthLatenessMs: 60_000 });
    await p.ingestCdn([rec(T0 + 1_000), rec(T0 + 50 * 60_000), rec(T0 + 2_000), rec(T0 + 61_000), rec(T0 + 62_000)], 'http');
    expect(dead.count()).toBe(0);
    expect(sink.requests('cdn_health', T0)).toBe(2);
    // Ten quiet minutes, then a record of the present closes minute 1 at once.
    now = T0 + 12 * 60_000;
    await p.ingestCdn([rec(now - 1_000)], 'http');
    expect(sink.requests('cdn_health', T0 + 60_000)).toBe(2);
    expect(dead.count()).toBe(0);
  });

  it('writes the late updates still waiting for a quiet spell when it closes, and no open window', async () => {
    const now = T0 + 5 * 60_000;
    const sink = new LastValueSink();
    const p = new EmbeddedPipeline({}, sink, new MemoryDeadLetterSink(), silentLogger, () => now, { outOfOrdernessMs: 0, healthLatenessMs: 5 * 60_000 });
    await p.ingestCdn([rec(T0 + 1_000), rec(T0 + 61_000)], 'http');
    await p.ingestCdn([rec(T0 + 2_000)], 'http'); // late for minute 0, not quiet yet
    expect(sink.requests('cdn_health', T0)).toBe(1);
    await p.close();
    expect(sink.requests('cdn_health', T0)).toBe(2);
    expect(sink.requests('cdn_health', T0 + 60_000)).toBe(0);
  });
});
