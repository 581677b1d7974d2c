/**
 * The Grafana app in real headless Chromium against real data: the real pipeline (`qoe
 * start`, embedded) writes a simulated scenario with incidents and a CDN degradation into
 * the real InfluxDB and serves its admin API; a stand-in for Grafana (no Grafana server can
 * run here, see grafanaStandIn.ts) serves the built dist/ as Grafana loads it. The walk:
 * incident list -> detail -> close (the processor closes it) -> mute -> wall -> cell -> config,
 * failing on a page error, a failed request, or the admin token in any response or the DOM.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { everyPageQuery } from '../../src/data/queries';
import { checkQuery } from '../../../processor/src/schema/shippedQueries';
import { testIds } from '../../src/components/testIds';
import { buildHost, sharedPackageVersion } from './host/buildHost';
import { startGrafanaStandIn, type StandIn } from './host/grafanaStandIn';
import { chromiumPath, influxQuery, REPO, startProcessor, startServices, waitFor, type RunningProcessor } from './pipelineData';
import { dashboardQueries, dashboardVariableQueries } from '../../src/dashboards/dashboardQueries';
import { expect } from './pwExpect';
import { startTelegrafStandIn } from './telegrafStandIn';

const PLUGIN_DIR = path.resolve(__dirname, '../..');
const OUT = path.join(__dirname, '.out');
const SCREENSHOTS = path.join(REPO, 'docs/screenshots');
const BACKFILL_MIN = 120;
const tid = (id: string) => `[data-testid="${id}"]`;

/**
 * Which @grafana/* + React pair the host page is built from: the project's own (React 18,
 * @grafana/* 12.4, as Grafana 12.x-13.1 run plugins) or pairs/react19 (React 19, @grafana/* 13.2,
 * as Grafana 13.2+ does). The same dist/ runs on both.
 */
const PAIR = process.env.QOE_BROWSER_PAIR ?? 'react18';
const pairDir = PAIR === 'react18' ? undefined : path.join(__dirname, 'pairs', PAIR);

describe(`Grafana app in Chromium (${PAIR})`, () => {
  const token = `qoe-admin-${randomBytes(12).toString('hex')}`;
  const db = `qoe_browser_${PAIR}_${process.pid}`;
  const staleDb = `qoe_browser_stale_${PAIR}_${process.pid}`;
  let influxUrl: string;
  let processor: RunningProcessor | undefined;
  let telegraf: Awaited<ReturnType<typeof startTelegrafStandIn>> | undefined;
  let standIn: StandIn | undefined;
  let browser: Browser | undefined;
  let page: Page;
  const problems: string[] = [];
  const bodies: string[] = [];
  const consoleErrors: string[] = [];
  let openIds: string[] = [];
  /** Where the backfilled history starts (a minute's start). */
  let historyStartMs = 0;

  beforeAll(async () => {
    fs.mkdirSync(OUT, { recursive: true });
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    const services = startServices();
    influxUrl = services.influxUrl;
    const chromiumBin = chromiumPath();
    const hostBundle = path.join(OUT, `host-${PAIR}.js`);
    await buildHost(hostBundle, pairDir);
    expect(sharedPackageVersion('react', pairDir)).toMatch(PAIR === 'react19' ? /^19\./ : /^18\./);

    // Scenario anchored at the start of the backfilled history, so its incidents are in it.
    const scenario = JSON.parse(fs.readFileSync(path.join(__dirname, 'fixtures/scenario.json'), 'utf8')) as Record<string, unknown>;
    const startMs = Math.floor((Date.now() - BACKFILL_MIN * 60_000) / 60_000) * 60_000;
    historyStartMs = startMs;
    scenario.start = new Date(startMs).toISOString();
    const scenarioFile = path.join(OUT, 'scenario.json');
    fs.writeFileSync(scenarioFile, JSON.stringify(scenario));
    telegraf = await startTelegrafStandIn(influxUrl, db);
    processor = await startProcessor({ ...services, db, token, statsdPort: telegraf.port, scenario: scenarioFile, backfillMin: BACKFILL_MIN, deadLetter: path.join(OUT, 'dead-letters.ndjson') });

    // Older data only, for the wall's stale state: CDN logs of three hours ago through `qoe replay`.
    const cdnLog = path.join(OUT, 'old-cdn.log');
    const qoe = path.join(REPO, 'processor/bin/qoe.js');
    execFileSync(process.execPath, [qoe, 'simulate', '--minutes', '10', '--start', String(startMs - 60 * 60_000), '--out', '/dev/null', '--cdn-out', cdnLog, '--cdn-format', 'cloudfront'], { stdio: 'ignore' });
    execFileSync(process.execPath, [qoe, 'replay', '--cdn-logs', cdnLog, '--cdn-format', 'cloudfront'], { env: { ...process.env, QOE_INFLUX_URL: influxUrl, QOE_INFLUX_DB: staleDb, QOE_PG_URL: '', QOE_LOG_LEVEL: 'warn' }, stdio: 'ignore' });

    // Ready when the history is in: a closed title incident, two open property incidents,
    // CDN health of every POP, and the admin API answering.
    openIds = await waitFor(
      'the scenario incidents in InfluxDB',
      async () => {
        const rows = await influxQuery(influxUrl, db, `SELECT last("status") AS "status" FROM "long"."incidents" WHERE time >= ${startMs}ms AND time <= now() GROUP BY "incident_id", "scope"`);
        const open = rows.filter((s) => s.values[0]![1] === 'open' && s.tags?.scope === 'property').map((s) => s.tags!.incident_id!);
        const closed = rows.filter((s) => s.values[0]![1] === 'closed');
        return open.length >= 2 && closed.length >= 1 ? open : undefined;
      },
      300_000,
    ).catch((e: Error) => {
      throw new Error(`${e.message}\nqoe start said: ${processor?.stderr().slice(-3000)}`);
    });
    await waitFor('CDN health points', async () => ((await influxQuery(influxUrl, db, `SELECT count("requests") FROM "per_minute"."cdn_health" WHERE time >= ${startMs}ms AND time <= now() GROUP BY "cdn", "pop"`)).length >= 12 ? true : undefined));
    // A bad view through the real collector: dead-lettered with its reason, counted in the self-metrics.
    await waitFor('the collector', async () => ((await fetch(`${processor!.collectorUrl}/v1/views`, { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body: '{"view_id": 12}\n' }).catch(() => undefined))?.status ? true : undefined));
    await waitFor('self-metrics through the Telegraf stand-in', async () => ((await influxQuery(influxUrl, db, `SELECT count("value") FROM "self"."qoe_dead_letters" WHERE time >= ${startMs}ms AND time <= now()`)).length > 0 ? true : undefined), 120_000);
    await waitFor('the admin API', async () => ((await fetch(`${processor!.adminUrl}/v1/incidents`, { headers: { authorization: `Bearer ${token}` } })).ok ? true : undefined));

    standIn = await startGrafanaStandIn({
      distDir: path.join(PLUGIN_DIR, 'dist'),
      hostBundle,
      iconsDir: path.join(path.dirname(pairDir ? path.join(pairDir, 'node_modules/@grafana/ui/package.json') : require.resolve('@grafana/ui/package.json')), 'dist/public/img/icons'),
      datasources: { 'qoe-influxdb': { url: influxUrl, database: db }, 'qoe-stale': { url: influxUrl, database: staleDb }, 'qoe-down': { url: 'http://127.0.0.1:1', database: db } },
      settings: { jsonData: { datasourceUid: 'qoe-influxdb', adminUrl: processor.adminUrl, refreshSec: 5, staleAfterMin: 5 }, secureJsonData: { adminToken: token } },
    });
    browser = await chromium.launch({
      executablePath: chromiumBin,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    // Grafana-core fonts and the unicons spinner are not on npm: their 404s are expected here.
    const notOnNpm = /\/public\/fonts\/|unicons\/spinner|favicon/;
    page.on('requestfailed', (r) => {
      // ERR_ABORTED: the page navigated away while a refresh was in flight (the browser cancels it).
      if (!notOnNpm.test(r.url()) && r.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${r.method()} ${r.url()} ${r.failure()?.errorText}`);
    });
    page.on('response', async (r) => {
      const url = r.url();
      if (r.status() >= 400 && !notOnNpm.test(url)) problems.push(`HTTP ${r.status()} for ${r.request().method()} ${url}`);
      const type = r.headers()['content-type'] ?? '';
      if (/json|text|javascript/.test(type)) bodies.push(await r.text().catch(() => ''));
    });
  }, 600_000);

  afterAll(async () => {
    if (consoleErrors.length > 0) console.log(`console errors (${PAIR}):\n${consoleErrors.join('\n')}`);
    await browser?.close();
    await standIn?.close();
    await processor?.stop();
    await telegraf?.close();
  });

  afterEach(async () => {
    const dom = await page.content();
    expect(dom).not.toContain(token);
    expect(problems).toEqual([]);
  });

  const goto = async (route: string) => {
    await page.goto(`${standIn!.url}${route}`);
  };
  // Screenshots of the React 18 run go to docs/screenshots; other pairs' beside the test output.
  const shot = (name: string) => page.screenshot({ path: path.join(PAIR === 'react18' ? SCREENSHOTS : OUT, `${name}${PAIR === 'react18' ? '' : `-${PAIR}`}.png`), fullPage: false });

  it('every page query names schema fields and returns rows from the pipeline data, through /api/ds/query', async () => {
    // From the start of the hour the history starts in: an hourly usage point is stamped at its
    // hour's start, and the last hour's comes out only once the watermark has passed its end, so
    // a range from two hours ago to now held no usage point in the first minutes of an hour.
    const range = { fromMs: Math.floor(historyStartMs / 3_600_000) * 3_600_000, toMs: Date.now() };
    const sample = { incidentId: openIds[0]!, propertyId: 'prop-news', errorType: 'networkError', cdn: 'akamai', pop: 'FRA' };
    // Each page query, and each dashboard panel, returns rows: one panel may plot a counter that
    // stays zero in an undisturbed run (rejected points, Kafka messages lost) beside one that moves.
    const queries: Array<{ refId: string; query: string; datasourceUid?: string; panel?: string }> = [...everyPageQuery(range, sample), ...dashboardQueries(range), ...dashboardVariableQueries()];
    const rowsByPanel = new Map<string, number>();
    for (const q of queries) {
      // Names against the processor's schema module (SHOW TAG VALUES has no time range to bound).
      if (!q.query.startsWith('SHOW ')) expect({ q: q.query, problems: checkQuery(q.query) }).toEqual({ q: q.query, problems: [] });
      const r = await fetch(`${standIn!.url}/api/ds/query`, {
        method: 'POST',
        body: JSON.stringify({ from: String(range.fromMs), to: String(range.toMs), queries: [{ refId: q.refId, datasource: { uid: q.datasourceUid ?? 'qoe-influxdb' }, query: q.query, rawQuery: true, resultFormat: 'table', intervalMs: 60_000 }] }),
      });
      const json = (await r.json()) as { results: Record<string, { error?: string; frames?: Array<{ data: { values: unknown[][] } }> }> };
      const res = json.results[q.refId]!;
      expect({ q: q.query, error: res.error }).toEqual({ q: q.query, error: undefined });
      const rows = (res.frames ?? []).reduce((n, f) => n + (f.data.values[0]?.length ?? 0), 0);
      const panel = q.panel ?? q.refId;
      rowsByPanel.set(panel, (rowsByPanel.get(panel) ?? 0) + rows);
    }
    expect([...rowsByPanel].filter(([, n]) => n === 0).map(([panel]) => panel)).toEqual([]);
    expect(rowsByPanel.size).toBeGreaterThan(40);
  });

  it('lists incidents open first, filters them, and opens one', async () => {
    await goto(`/a/${standIn!.pluginId}/incidents`);
    const rows = page.locator(tid(testIds.incidents.row));
    await rows.first().waitFor({ timeout: 60_000 });
    // The host really runs the pair's React: the plugin's externals are what it was handed.
    expect(await page.evaluate(() => (window as unknown as { __qoeHost: { reactVersion: string } }).__qoeHost.reactVersion)).toMatch(PAIR === 'react19' ? /^19\./ : /^18\./);
    await waitFor('three incidents listed', async () => ((await rows.count()) >= 3 ? true : undefined), 60_000);
    const statuses = await rows.evaluateAll((els) => els.map((e) => e.textContent ?? ''));
    const firstClosed = statuses.findIndex((t) => t.includes('closed'));
    expect(statuses.slice(firstClosed).every((t) => t.includes('closed'))).toBe(true);
    await expect(page.locator(tid(testIds.incidents.table))).toContainText('Property prop-news is failing');
    await shot('incidents');

    await page.locator(tid(testIds.incidents.filterScope)).getByText('Title', { exact: true }).click({ force: true });
    await waitFor('only title incidents', async () => {
      const texts = await rows.evaluateAll((els) => els.map((e) => e.textContent ?? ''));
      return texts.length >= 1 && texts.every((t) => t.includes('Video Title')) ? true : undefined;
    }, 30_000);
    await page.locator(tid(testIds.incidents.filterScope)).getByText('All', { exact: true }).click({ force: true });

    await page.locator(`${tid(testIds.incidents.row)}[data-incident-id="${openIds.find(Boolean)}"]`).first().waitFor();
  });

  it('shows an incident with its breakdown and implicated CDN, closes it through the processor, and mutes its property', async () => {
    const news = (await influxQuery(influxUrl, db, `SELECT last("status") FROM "long"."incidents" WHERE "property_id" = 'prop-news' AND "scope" = 'property' AND time >= now() - 1d AND time <= now() GROUP BY "incident_id"`))[0]!.tags!.incident_id!;
    await goto(`/a/${standIn!.pluginId}/incidents`);
    await page.locator(`${tid(testIds.incidents.row)}[data-incident-id="${news}"]`).click();
    await page.locator(tid(testIds.detail.page)).waitFor();
    await expect(page.locator(tid(testIds.detail.breakdown))).toContainText('fastly', { timeout: 60_000 });
    await expect(page.locator(tid(testIds.detail.cdnHealth))).toContainText('CDN fastly in the same window');
    await page.locator(`${tid(testIds.detail.errorChart)} path`).first().waitFor();
    expect(await page.locator(tid(testIds.detail.dashboardLink)).getAttribute('href')).toMatch(/^\/d\/qoe-property\?var-property=prop-news&from=\d+&to=\d+$/);
    await shot('incident-detail');

    await page.locator(tid(testIds.detail.close)).click();
    await page.getByRole('button', { name: 'Close incident' }).last().click();
    await expect(page.locator(tid(testIds.detail.actionResult))).toContainText('closed', { timeout: 30_000 });
    // The processor really closed it: its admin API no longer lists it, and the close is in InfluxDB and on the page.
    const open = (await (await fetch(`${processor!.adminUrl}/v1/incidents`, { headers: { authorization: `Bearer ${token}` } })).json()) as { incidents: Array<{ incidentId: string; muted: boolean; propertyId: string }> };
    expect(open.incidents.map((i) => i.incidentId)).not.toContain(news);
    await expect(page.locator(tid(testIds.detail.status))).toContainText('closed', { timeout: 60_000 });

    const kids = open.incidents.find((i) => i.propertyId === 'prop-kids')!;
    expect(kids.muted).toBe(false);
    await goto(`/a/${standIn!.pluginId}/incidents/${kids.incidentId}`);
    const mutedNow = async () => ((await (await fetch(`${processor!.adminUrl}/v1/incidents`, { headers: { authorization: `Bearer ${token}` } })).json()) as { incidents: Array<{ incidentId: string; muted: boolean }> }).incidents.find((i) => i.incidentId === kids.incidentId)!.muted;
    const act = async (testId: string, says: string) => {
      await page.locator(tid(testId)).click();
      await expect(page.locator(tid(testIds.detail.actionResult))).toContainText(says, { timeout: 30_000 });
    };
    // The incident alone, muted and unmuted; then its whole property.
    await act(testIds.detail.muteIncident, `Incident ${kids.incidentId} muted`);
    expect(await mutedNow()).toBe(true);
    await act(testIds.detail.unmuteIncident, `Incident ${kids.incidentId} unmuted`);
    expect(await mutedNow()).toBe(false);
    await act(testIds.detail.mute, 'Property prop-kids muted');
    expect(await mutedNow()).toBe(true);
  });

  it('shows the CDN wall: the degraded POP red, open incidents on the edge; a cell opens its series', async () => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await goto(`/a/${standIn!.pluginId}/wall?kiosk`);
    const cells = page.locator(tid(testIds.wall.cell));
    await waitFor('twelve wall cells', async () => ((await cells.count()) >= 12 ? true : undefined), 60_000);
    await expect(page.locator(`${tid(testIds.wall.cell)}[data-cdn="akamai"][data-pop="FRA"]`)).toHaveAttribute('data-health', 'bad');
    // fastly fails prop-news views with 5xx (the scenario's cdn_failure): red too. cloudfront is
    // healthy: under every threshold (a chance fluctuation may still mark it unusual, orange).
    await expect(page.locator(`${tid(testIds.wall.cell)}[data-cdn="fastly"][data-pop="LHR"]`)).toHaveAttribute('data-health', 'bad');
    await expect(page.locator(`${tid(testIds.wall.cell)}[data-cdn="cloudfront"][data-pop="FRA50"]`)).toHaveAttribute('data-health', /^(ok|unusual)$/);
    await expect(page.locator(tid(testIds.wall.incidents))).toContainText('prop-kids');
    await expect(page.locator(tid(testIds.wall.stale))).toHaveCount(0);
    await expect(page.locator(tid(testIds.wall.lastPoint))).toContainText(/last data \d\d:\d\d/);
    await shot('wall');
    await page.locator(`${tid(testIds.wall.cell)}[data-cdn="akamai"][data-pop="FRA"]`).click();
    await page.locator(tid(testIds.cdnPop.page)).waitFor();
    await expect(page.locator(tid(testIds.cdnPop.page))).toContainText('akamai FRA');
    await page.locator(`${tid(testIds.cdnPop.page)} path`).first().waitFor();
    await shot('cdn-pop');
  });

  it('says when the wall is stale, when InfluxDB is unreachable and when no datasource is set', async () => {
    const set = (jsonData: Record<string, unknown>) => Object.assign(standIn!.settings.jsonData, jsonData);
    set({ datasourceUid: 'qoe-stale' });
    await goto(`/a/${standIn!.pluginId}/wall?kiosk`);
    await expect(page.locator(tid(testIds.wall.stale))).toContainText('STALE', { timeout: 60_000 });
    await expect(page.locator(tid(testIds.wall.cell)).first()).toHaveAttribute('data-health', 'stale');
    await shot('wall-stale');

    set({ datasourceUid: 'qoe-down' });
    await goto(`/a/${standIn!.pluginId}/incidents`);
    await expect(page.locator(tid(testIds.state.error))).toContainText('InfluxDB unreachable', { timeout: 60_000 });
    problems.splice(0); // the 500 of /api/ds/query is this case's point

    set({ datasourceUid: '' });
    await goto(`/a/${standIn!.pluginId}/incidents`);
    await expect(page.locator(tid(testIds.state.error))).toContainText('No datasource configured', { timeout: 60_000 });
    set({ datasourceUid: 'qoe-influxdb' });
  });

  it('saves the configuration without ever showing the admin token', async () => {
    await page.setViewportSize({ width: 1280, height: 1000 });
    await goto(`/plugins/${standIn!.pluginId}`);
    const uid = page.locator(tid(testIds.appConfig.datasourceUid));
    await expect(uid).toHaveValue('qoe-influxdb', { timeout: 60_000 });
    await expect(page.locator(tid(testIds.appConfig.adminToken))).toHaveValue('configured');
    await page.locator(tid(testIds.appConfig.rttP95Ms)).fill('650');
    await shot('config');
    await page.locator(tid(testIds.appConfig.submit)).click();
    await expect(page.locator(tid(testIds.appConfig.saved))).toContainText('Settings saved');
    expect(standIn!.settings.jsonData).toMatchObject({ datasourceUid: 'qoe-influxdb', thresholds: { rttP95Ms: 650 } });
    expect(standIn!.settings.secureJsonData.adminToken).toBe(token);
  });

  it('never sent the admin token to the browser', () => {
    expect(bodies.length).toBeGreaterThan(20);
    for (const b of [...bodies, ...standIn!.responses]) expect(b.includes(token)).toBe(false);
  });
});
