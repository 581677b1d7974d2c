import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const BIN = path.resolve(__dirname, '../../bin/qoe.js');

describe('qoe replay (CLI) with --out and --incidents', () => {
  it('writes line protocol and one JSON line per incident open and close', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qoe-replay-cli-'));
    const scenario = path.join(dir, 'scenario.json');
    fs.writeFileSync(scenario, JSON.stringify({ viewsPerSecond: 10, incidents: [{ type: 'bad_title', property: 'prop-sport', titleRank: 1, startMin: 40, durationMin: 15, errorRatePct: 85, errorType: 'networkError' }] }));
    const views = path.join(dir, 'views.ndjson');
    execFileSync(process.execPath, [BIN, 'simulate', '--scenario', scenario, '--start', '2026-11-20T12:00:00Z', '--minutes', '70', '--out', views]);
    const out = path.join(dir, 'points.lp');
    const incidents = path.join(dir, 'incidents.ndjson');
    const stderr = execFileSync(process.execPath, [BIN, 'replay', '--views', views, '--out', out, '--incidents', incidents, '--dead-letter', path.join(dir, 'dead.ndjson')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, QOE_LOG_LEVEL: 'warn' } });
    expect(stderr).toBe('');
    const lines = fs.readFileSync(incidents, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.status)).toEqual(['open', 'closed']);
    const [open, closed] = lines;
    expect(open).toMatchObject({ scope: 'title', property_id: 'prop-sport', video_title: expect.any(String), error_type: 'networkError', closed_at: null });
    expect(closed).toMatchObject({ incident_id: open!.incident_id, opened_at: open!.opened_at });
    expect(Date.parse(String(open!.opened_at))).toBeGreaterThanOrEqual(Date.parse('2026-11-20T12:40:00Z'));
    expect(Date.parse(String(closed!.closed_at))).toBeGreaterThan(Date.parse('2026-11-20T12:55:00Z'));
    expect(Number(closed!.views_impacted)).toBeGreaterThanOrEqual(50);
    for (const k of ['error_rate_pct', 'baseline_pct', 'views_impacted', 'message']) expect(open).toHaveProperty(k);
    const lp = fs.readFileSync(out, 'utf8');
    expect(lp).toMatch(/^incidents,error_type=networkError,incident_id=\w+,property_id=prop-sport,scope=title,severity=\w+ /m);
    expect(lp).toMatch(/^view_qoe,property_id=prop-sport /m);
  });
});

describe('qoe replay (CLI) accounts for every record', () => {
  it('prints records read = aggregated + dead letters, for views and per CDN job, matching the dead-letter file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qoe-replay-count-'));
    const t = (min: number) => `2026-11-20T10:${String(min).padStart(2, '0')}:00Z`;
    const view = (id: string, min: number) => ({ view_id: id, property_id: 'p', view_start: t(min - 1), view_end: t(min), watch_time: 60000 });
    // A good view, a view 10 minutes behind the next (too late), and a broken line.
    const views = path.join(dir, 'views.ndjson');
    fs.writeFileSync(views, [view('a', 15), view('b', 30), view('late', 5), '{"view_id":'].map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join('\n') + '\n');
    // Fastly lines published out of order: the later first, then one 10 minutes older (too late for CDN health), and garbage.
    const cdn = path.join(dir, 'cdn.log');
    const line = (id: string, min: number) => JSON.stringify({ timestamp: t(min), request_id: id, pop: 'FRA', status: 200, bytes: 1000, url: '/env-a/asset-b/720p/seg_1.ts', elapsed_us: 20000 });
    fs.writeFileSync(cdn, [line('r1', 15), line('r2', 30), line('r3', 5), 'not a log line'].join('\n') + '\n');
    const dead = path.join(dir, 'dead.ndjson');
    const r = spawnSync(process.execPath, [BIN, 'replay', '--views', views, '--cdn-logs', cdn, '--cdn-format', 'fastly', '--out', path.join(dir, 'out.lp'), '--dead-letter', dead], { encoding: 'utf8', env: { ...process.env, QOE_LOG_LEVEL: 'warn', QOE_PG_URL: '' } });
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('views: 4 records read = 2 aggregated + 1 rejected + 1 too late (dead letters)');
    expect(r.stderr).toContain('CDN health and client QoE: 2 aggregated + 1 too late (dead letters) = 3 of 3 records');
    expect(r.stderr).toContain('hourly usage: 3 aggregated + 0 too late (dead letters) + 0 without a usage environment = 3 of 3 records');
    const reasons = fs.readFileSync(dead, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { reason: string }).reason);
    expect(reasons).toHaveLength(4);
    expect(reasons.filter((x) => x.startsWith('late: view_end'))).toHaveLength(1);
    expect(reasons.filter((x) => x === 'late: CDN record beyond the allowed lateness of per-minute CDN health and client QoE')).toHaveLength(1);
  });
});


describe('qoe replay (CLI) of vendor output variants', () => {
  it('CloudFront standard logging (v2): a W3C file and JSON lines of the same requests give the same points, with the logged ASN and country', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qoe-replay-cf-v2-'));
    const fixtures = path.resolve(__dirname, '../fixtures/cdn');
    const replay = (file: string) => {
      const out = path.join(dir, `${path.basename(file)}.lp`);
      const r = spawnSync(process.execPath, [BIN, 'replay', '--cdn-logs', path.join(fixtures, file), '--cdn-format', 'cloudfront', '--out', out, '--dead-letter', path.join(dir, 'dead.ndjson')], { encoding: 'utf8', env: { ...process.env, QOE_LOG_LEVEL: 'warn', QOE_PG_URL: '' } });
      expect(r.status).toBe(0);
      expect(r.stderr).toContain('replayed 2 CDN records');
      expect(r.stderr).toContain('0 lines rejected');
      return fs.readFileSync(out, 'utf8');
    };
    const w3c = replay('cloudfront-standard-v2.log');
    expect(replay('cloudfront-standard-v2.ndjson')).toBe(w3c);
    expect(w3c).toMatch(/^cdn_health_by,cdn=cloudfront,dimension=asn,value=7922 bytes=1043856i,/m);
    expect(w3c).toMatch(/^cdn_health_by,cdn=cloudfront,dimension=country,value=US bytes=1043856i,/m);
    expect(w3c).toMatch(/^cdn_health,cdn=cloudfront,pop=IAD89 bytes=487i,.*status_5xx=1i/m);
    expect(fs.existsSync(path.join(dir, 'dead.ndjson'))).toBe(false);
  });

  it('Cloudflare Logpush CSV with a header line (output type csv, batch_prefix) gives the points its NDJSON gives', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qoe-replay-cf-csv-'));
    const ndjson = path.resolve(__dirname, '../fixtures/cdn/cloudflare.ndjson');
    const objects = fs.readFileSync(ndjson, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const fields = [...new Set(objects.flatMap((o) => Object.keys(o)))];
    const csv = path.join(dir, 'cloudflare.csv');
    const cell = (v: unknown) => (v === undefined ? '' : typeof v === 'string' ? `"${v}"` : String(v));
    fs.writeFileSync(csv, [fields.join(','), ...objects.map((o) => fields.map((f) => cell(o[f])).join(','))].join('\n') + '\n');
    const replay = (file: string) => {
      const out = path.join(dir, `${path.basename(file)}.lp`);
      const r = spawnSync(process.execPath, [BIN, 'replay', '--cdn-logs', file, '--cdn-format', 'cloudflare', '--out', out, '--dead-letter', path.join(dir, 'dead.ndjson')], { encoding: 'utf8', env: { ...process.env, QOE_LOG_LEVEL: 'warn', QOE_PG_URL: '' } });
      expect(r.status).toBe(0);
      expect(r.stderr).toContain(`replayed ${objects.length} CDN records`);
      return fs.readFileSync(out, 'utf8');
    };
    const fromJson = replay(ndjson);
    expect(fromJson).toMatch(/^cdn_health,cdn=cloudflare,pop=FRA /m);
    expect(replay(csv)).toBe(fromJson);
    expect(fs.existsSync(path.join(dir, 'dead.ndjson'))).toBe(false);
  });
});
