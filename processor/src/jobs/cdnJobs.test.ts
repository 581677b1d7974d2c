import type { CdnRecord } from '../decode/cdn';
import { applyAsset } from '../enrich/enrichRecord';
import { PathConventionLookup } from '../enrich/assetLookup';
import { parseScenario } from '../sources/simulator';
import { CdnLogGenerator } from '../sources/simulator/generateCdnLogs';
import { Random } from '../sources/simulator/random';
import type { QoePoint } from '../schema/point';
import { CdnJobs, cdnLateDeadLetter, type CdnJobsSnapshot } from './cdnJobs';

const START = Date.parse('2026-11-20T06:00:00Z');
const HOURS = 8;

function records(): CdnRecord[] {
  const scenario = parseScenario({ seed: 21, cdnRequestsPerSecond: 4, incidents: [{ type: 'cdn_failure', cdn: 'fastly', startMin: 100, durationMin: 20, errorRatePct: 40 }] });
  const gen = new CdnLogGenerator(scenario, { scenarioStartMs: START });
  const lookup = new PathConventionLookup();
  const out: CdnRecord[] = [];
  for (let s = START; s < START + HOURS * 3_600_000; s += 1000) for (const r of gen.recordsInSecond(s)) out.push(applyAsset(r as CdnRecord, lookup.lookupSync(r.path!)));
  return out;
}

/** The last write of each point identity, as InfluxDB keeps it. */
function finalPoints(points: QoePoint[]): Map<string, QoePoint> {
  const m = new Map<string, QoePoint>();
  for (const p of points) m.set(`${p.measurement}|${JSON.stringify(p.tags)}|${p.timeMs}`, p);
  return m;
}

/** Runs records through the jobs; `late` counts records too late for hourly usage, `lateForHealth` for CDN health. */
function run(input: CdnRecord[]): { points: Map<string, QoePoint>; late: number; lateForHealth: number } {
  const job = new CdnJobs();
  const pts: QoePoint[] = [];
  let late = 0;
  let lateForHealth = 0;
  for (const r of input) {
    const out = job.process(r);
    pts.push(...out.points);
    late += out.late.filter((l) => l.job === 'usage').length;
    lateForHealth += out.late.filter((l) => l.job === 'health').length;
  }
  pts.push(...job.flush());
  return { points: finalPoints(pts), late, lateForHealth };
}

describe('CDN jobs', () => {
  const input = records();

  it('counts hourly usage exactly once, records shuffled up to 3 hours out of order and batches resent', () => {
    // Ground truth straight from the records.
    const truth = new Map<string, { delivered: number; bytes: number; requests: number }>();
    for (const r of input) {
      const key = `${r.environment_id}|${Math.floor(Number(r.request_time_ms) / 3_600_000) * 3_600_000}`;
      const t = truth.get(key) ?? { delivered: 0, bytes: 0, requests: 0 };
      t.requests++;
      t.bytes += Number(r.bytes_sent);
      if (r.status! >= 200 && r.status! < 300) t.delivered += r.segment_duration_ms ?? 0;
      truth.set(key, t);
    }
    // Arrival order: each record delayed by up to 3 hours (minus a minute), and 10% resent.
    const rng = new Random(5);
    const arrivals = input.map((r) => ({ r, at: Number(r.request_time_ms) + rng.next() * (3 * 3_600_000 - 60_000) }));
    for (const a of arrivals.slice()) if (rng.chance(0.1)) arrivals.push({ r: { ...a.r }, at: a.at + rng.next() * 60_000 });
    arrivals.sort((a, b) => a.at - b.at);
    const { points, late } = run(arrivals.map((a) => a.r));
    expect(late).toBe(0);
    const usage = [...points.values()].filter((p) => p.measurement === 'usage');
    expect(usage).toHaveLength(truth.size);
    for (const p of usage) {
      const t = truth.get(`${p.tags.environment_id}|${p.timeMs}`)!;
      expect(p.fields).toEqual({ delivered_s: t.delivered / 1000, bytes: t.bytes, requests: t.requests });
    }
    // Per-asset usage adds up to the environment's.
    const assets = [...points.values()].filter((p) => p.measurement === 'usage_asset');
    for (const p of usage) {
      const sum = assets.filter((a) => a.tags.environment_id === p.tags.environment_id && a.timeMs === p.timeMs).reduce((n, a) => n + (a.fields.requests as number), 0);
      expect(sum).toBe(p.fields.requests);
    }
  });

  it('continues from a JSON snapshot (a restart) with the same points as an uninterrupted run', () => {
    const rng = new Random(8);
    const arrivals = input.map((r) => ({ r, at: Number(r.request_time_ms) + rng.next() * 3_000_000 })).sort((a, b) => a.at - b.at).map((a) => a.r);
    const whole = run(arrivals).points;
    const cuts = [Math.floor(arrivals.length / 3), Math.floor((arrivals.length * 2) / 3)];
    let job = new CdnJobs();
    const pts: QoePoint[] = [];
    arrivals.forEach((r, i) => {
      if (cuts.includes(i)) {
        const json = JSON.stringify(job.snapshot());
        job = new CdnJobs();
        job.restore(JSON.parse(json) as CdnJobsSnapshot);
      }
      pts.push(...job.process(r).points);
    });
    pts.push(...job.flush());
    const restarted = finalPoints(pts);
    expect(restarted.size).toBe(whole.size);
    for (const [k, p] of whole) expect({ k, fields: restarted.get(k)?.fields }).toEqual({ k, fields: p.fields });

    // A collector resending its last batch across the restart: usage still counts it once.
    const first = new CdnJobs();
    const usagePts: QoePoint[] = [];
    for (const r of arrivals.slice(0, cuts[0])) usagePts.push(...first.process(r).points);
    const resumed = new CdnJobs();
    resumed.restore(JSON.parse(JSON.stringify(first.snapshot())) as CdnJobsSnapshot);
    for (const r of [...arrivals.slice(cuts[0]! - 200, cuts[0]), ...arrivals.slice(cuts[0])]) usagePts.push(...resumed.process(r).points);
    usagePts.push(...resumed.flush());
    const usage = [...finalPoints(usagePts)].filter(([, p]) => p.measurement === 'usage' || p.measurement === 'usage_asset');
    expect(usage.length).toBeGreaterThan(0);
    for (const [k, p] of usage) expect({ k, fields: p.fields }).toEqual({ k, fields: whole.get(k)!.fields });
  });

  it('sends records later than 3 hours to the late output, counted', () => {
    const late = { ...input[0]!, record_id: 'too-late' };
    const { late: n, lateForHealth } = run([...input, late]);
    expect(n).toBe(1);
    expect(lateForHealth).toBe(1);
  });

  it('writes per-minute CDN health with status counts, cache ratio and RTT percentiles, bounded POPs', () => {
    const { points } = run(input);
    const health = [...points.values()].filter((p) => p.measurement === 'cdn_health');
    const minute = START + 110 * 60_000; // inside the fastly failure
    const fastly = health.filter((p) => p.tags.cdn === 'fastly' && p.timeMs === minute);
    const akamai = health.filter((p) => p.tags.cdn === 'akamai' && p.timeMs === minute);
    const rate = (ps: QoePoint[]) => ps.reduce((n, p) => n + (p.fields.status_5xx as number), 0) / ps.reduce((n, p) => n + (p.fields.requests as number), 0);
    expect(rate(fastly)).toBeGreaterThan(0.25);
    expect(rate(akamai)).toBeLessThan(0.05);
    const expectedRequests = input.filter((r) => r.cdn === 'fastly' && Math.floor(Number(r.request_time_ms) / 60_000) * 60_000 === minute).length;
    expect(fastly.reduce((n, p) => n + (p.fields.requests as number), 0)).toBe(expectedRequests);
    for (const p of health) {
      expect(p.fields.rtt_ms_p50).toBeLessThanOrEqual(p.fields.rtt_ms_p95 as number);
      expect(p.fields.rtt_ms_p95).toBeLessThanOrEqual(p.fields.rtt_ms_p99 as number);
      expect(p.fields.cache_hit_pct).toBeGreaterThanOrEqual(0);
    }
    const byCountry = [...points.values()].filter((p) => p.measurement === 'cdn_health_by' && p.tags.dimension === 'country' && p.timeMs === minute && p.tags.cdn === 'akamai');
    expect(byCountry.length).toBeGreaterThan(3);
    expect(byCountry.length).toBeLessThanOrEqual(11);
    const cmcd = [...points.values()].filter((p) => p.measurement === 'cdn_client_qoe' && p.timeMs === minute);
    expect(cmcd.length).toBeGreaterThan(0);
    expect(cmcd[0]!.fields.sessions).toBeGreaterThan(0);
  });
});

describe('no CDN record vanishes', () => {
  const rec = (id: string, t: number, env = ''): CdnRecord => ({ record_id: id, source_format: 'fastly', cdn: 'fastly', pop: 'FRA', request_time_ms: t, status: 200, bytes_sent: 1000, total_ms: 20, ttfb_ms: 5, path: '/a.ts', environment_id: env }) as CdnRecord;

  it('a record too late for CDN health, with no usage environment, is dead-lettered for health, not lost', () => {
    // Two lines out of publication order: the later first, then one 10 minutes older.
    const jobs = new CdnJobs({ idleTimeoutMs: 0 });
    const first = jobs.process(rec('later', START + 15 * 60_000));
    const second = jobs.process(rec('earlier', START + 5 * 60_000));
    expect(first.late).toEqual([]);
    expect(second.late.map((l) => [l.job, l.record.record_id])).toEqual([['health', 'earlier']]);
    expect(cdnLateDeadLetter(second.late[0]!, 'file.log').reason).toBe('late: CDN record beyond the allowed lateness of per-minute CDN health and client QoE');
    expect(jobs.jobStats()).toEqual({ records: 2, health: { aggregated: 1, late: 1 }, usage: { aggregated: 0, late: 0, noEnvironment: 2 } });
  });

  it('records in = aggregated + late per job, over hours of shuffled records', () => {
    const input = records();
    // Move every 50th record 20 minutes (late for health) and every 500th 4 hours (late for both) into the future's past.
    const shuffled = input.map((r, i) => (i % 500 === 0 ? { ...r, request_time_ms: Number(r.request_time_ms) - 4 * 3_600_000 } : i % 50 === 0 ? { ...r, request_time_ms: Number(r.request_time_ms) - 20 * 60_000 } : r));
    const jobs = new CdnJobs();
    const late = { health: 0, usage: 0 };
    for (const r of shuffled) for (const l of jobs.process(r).late) late[l.job]++;
    const s = jobs.jobStats();
    expect(late.health).toBeGreaterThan(100);
    expect(late.usage).toBeGreaterThan(10);
    expect(s.health).toEqual({ aggregated: input.length - late.health, late: late.health });
    expect(s.usage.aggregated + s.usage.late + s.usage.noEnvironment).toBe(input.length);
    expect(s.usage.late).toBe(late.usage);
  });
});
