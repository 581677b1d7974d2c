import { execFileSync } from 'node:child_process';
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
