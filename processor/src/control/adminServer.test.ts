import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { silentLogger } from '../log/logger';
import { normalizeView } from '../decode/normalizeView';
import { Detector } from '../detect/detector';
import type { IncidentEvent } from '../detect/incident';
import { parseScenario, simulateRange } from '../sources/simulator';
import { AdminServer, parseRoute } from './adminServer';
import { adminToken } from './adminToken';

const START = Date.parse('2026-11-20T12:00:00Z');

function detectorWithIncident(): Detector {
  const d = new Detector();
  const scenario = parseScenario({ seed: 9, viewsPerSecond: 10, incidents: [{ type: 'property_failure', property: 'prop-sport', startMin: 40, durationMin: 30, errorRatePct: 50, errorType: 'networkError' }] });
  for (const s of simulateRange(scenario, START, START + 45 * 60_000, { scenarioStartMs: START })) {
    for (const raw of s.views) {
      const r = normalizeView(raw, { nowMs: START + 1e10, maxFutureMs: 0 });
      if (r.ok) d.process(r.value);
    }
  }
  return d;
}

describe('admin API', () => {
  const detector = detectorWithIncident();
  const published: IncidentEvent[] = [];
  const dumpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qoe-dumps-'));
  const server = new AdminServer({ host: '127.0.0.1', port: 0, token: 'tok', dumpDir }, { detectors: () => [detector], publish: async (e) => void published.push(...e) }, silentLogger);
  let base = '';
  const auth = { authorization: 'Bearer tok' };
  beforeAll(async () => {
    const a = await server.listen();
    base = `http://127.0.0.1:${a.port}`;
  });
  afterAll(() => server.close());

  it('refuses requests without the token', async () => {
    expect((await fetch(`${base}/v1/incidents`)).status).toBe(401);
    expect((await fetch(`${base}/v1/incidents`, { headers: { authorization: 'Bearer nope' } })).status).toBe(401);
  });

  it('dumps baselines and open incidents, also to a file in the dump folder', async () => {
    const b = (await (await fetch(`${base}/v1/baselines`, { headers: auth })).json()) as { baselines: Record<string, { errorTypes: Record<string, number> }> };
    expect(Object.keys(b.baselines).sort()).toEqual(['prop-kids', 'prop-news', 'prop-sport']);
    expect(b.baselines['prop-kids']!.errorTypes.networkError).toBeGreaterThan(b.baselines['prop-news']!.errorTypes.networkError!);
    const res = await fetch(`${base}/v1/incidents?file=../../etc/open.json`, { headers: auth });
    const body = (await res.json()) as { incidents: { incidentId: string; propertyId: string }[]; writtenTo: string };
    expect(body.incidents.map((i) => i.propertyId)).toEqual(['prop-sport']);
    expect(body.writtenTo).toBe(path.join(dumpDir, 'open.json'));
    expect(JSON.parse(fs.readFileSync(body.writtenTo, 'utf8')).incidents).toHaveLength(1);
  });

  it('mutes, closes (publishing the close) and resets; unknown ids are 404', async () => {
    const [open] = detector.openIncidents();
    const id = open!.incidentId;
    expect((await fetch(`${base}/v1/incidents/${id}/mute`, { method: 'POST', headers: auth })).status).toBe(200);
    expect(detector.openIncidents()[0]!.muted).toBe(true);
    expect((await fetch(`${base}/v1/incidents/${id}/close`, { method: 'POST', headers: auth })).status).toBe(200);
    expect(published.map((e) => [e.kind, e.incident.incidentId])).toEqual([['close', id]]);
    expect(detector.openIncidents()).toEqual([]);
    expect((await fetch(`${base}/v1/incidents/${id}/close`, { method: 'POST', headers: auth })).status).toBe(404);
    expect((await fetch(`${base}/v1/properties/prop-news/reset-baseline`, { method: 'POST', headers: auth })).status).toBe(200);
    expect(detector.baselines()['prop-news']!.viewsSeen).toBe(0);
    expect((await fetch(`${base}/v1/properties/prop-news/mute`, { method: 'POST', headers: auth })).status).toBe(200);
    expect((await fetch(`${base}/v1/nothing`, { headers: auth })).status).toBe(404);
  });

  it('routes', () => {
    expect(parseRoute('POST', '/v1/incidents/abc/unmute')).toEqual({ action: 'unmute_incident', incidentId: 'abc' });
    expect(parseRoute('GET', '/v1/incidents/abc/close')).toBeUndefined();
  });

  it('generates a private token file when none is configured, and reuses it', () => {
    const file = path.join(dumpDir, 'sub', 'token');
    const a = adminToken('', file);
    expect(a.source).toBe('generated');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(adminToken('', file)).toEqual({ token: a.token, source: 'file' });
    expect(adminToken('given', file)).toEqual({ token: 'given', source: 'env' });
  });
});

describe('admin API probes', () => {
  const dumpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qoe-dumps-'));
  const target = { detectors: () => [], publish: async () => undefined };
  let influxUp: true | string = true;
  const server = new AdminServer(
    { host: '127.0.0.1', port: 0, token: 'tok', dumpDir, readiness: { influxdb: async () => influxUp, redis: async () => true, kafka: () => new Promise<true>(() => undefined) } },
    target,
    silentLogger,
  );
  const plain = new AdminServer({ host: '127.0.0.1', port: 0, token: 'tok', dumpDir }, target, silentLogger);
  let base = '';
  let plainBase = '';
  beforeAll(async () => {
    base = `http://127.0.0.1:${(await server.listen()).port}`;
    plainBase = `http://127.0.0.1:${(await plain.listen()).port}`;
  });
  afterAll(async () => {
    await server.close();
    await plain.close();
  });

  it('answers /healthz without a token, and nothing else without one', async () => {
    const r = await fetch(`${base}/healthz`);
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ status: 'ok' });
    expect((await fetch(`${base}/v1/baselines`)).status).toBe(401);
  });

  it('answers /readyz with each check, 503 with the reasons while one fails or hangs', async () => {
    const r = await fetch(`${base}/readyz`);
    expect(r.status).toBe(503);
    expect(await r.json()).toEqual({ checks: { influxdb: true, redis: true, kafka: 'no answer in 2000 ms' } });
    influxUp = 'connect ECONNREFUSED 127.0.0.1:8086';
    expect(await (await fetch(`${base}/readyz`)).json()).toEqual({ checks: { influxdb: 'connect ECONNREFUSED 127.0.0.1:8086', redis: true, kafka: 'no answer in 2000 ms' } });
    const ok = await fetch(`${plainBase}/readyz`);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ checks: {} });
  });
});

describe('admin API limits', () => {
  it('answers 429 beyond its request rate (never for /healthz) and 413 to large bodies', async () => {
    const dumpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qoe-dumps-'));
    const server = new AdminServer({ host: '127.0.0.1', port: 0, token: 'tok', dumpDir, maxRequestsPerSecond: 3 }, { detectors: () => [], publish: async () => undefined }, silentLogger);
    const { port } = await server.listen();
    const base = `http://127.0.0.1:${port}`;
    try {
      const statuses = await Promise.all(Array.from({ length: 8 }, () => fetch(`${base}/v1/incidents`, { headers: { authorization: 'Bearer tok' } }).then((r) => r.status)));
      expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(3);
      expect(statuses).toContain(429);
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      let status = 429;
      for (let i = 0; i < 100 && status === 429; i++) {
        status = (await fetch(`${base}/v1/incidents/x/close`, { method: 'POST', headers: { authorization: 'Bearer tok' }, body: 'x'.repeat(100 * 1024) })).status;
        if (status === 429) await new Promise((r) => setTimeout(r, 50));
      }
      expect(status).toBe(413);
    } finally {
      await server.close();
    }
  });
});
