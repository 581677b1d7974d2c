// The app's names against the processor's schema module (the one place that defines them):
// every page and dashboard query, the provisioning and plugin.json.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkQuery, knownNames } from '../../processor/src/schema/shippedQueries';
import { MEASUREMENTS, RETENTION_POLICIES } from '../../processor/src/schema';
import { DASHBOARD_UIDS, PROVISIONED_DATASOURCE_UID } from './constants';
import { dashboardQueries, dashboards, dashboardVariableQueries } from './dashboards/dashboardQueries';
import { everyPageQuery, propertyViewsQuery } from './data/queries';
import { FIELD, M, RP, TAG } from './data/schema';
import pluginJson from './plugin.json';

const range = { fromMs: 1_700_000_000_000, toMs: 1_700_003_600_000 };
const known = knownNames();

describe('the app names only what the processor schema defines', () => {
  it('measurements, retention policies, tags and fields of data/schema.ts', () => {
    const rps = Object.values(RETENTION_POLICIES).map((r) => r.name);
    for (const rp of Object.values(RP)) expect(rps).toContain(rp);
    const measurements = Object.values(MEASUREMENTS);
    for (const m of Object.values(M)) expect(measurements.map((x) => x.name)).toContain(m);
    const tags = new Set(measurements.flatMap((m) => [...m.tags]));
    const fields = new Set(measurements.flatMap((m) => Object.keys(m.fields)));
    for (const t of Object.values(TAG)) expect({ tag: t, known: tags.has(t) }).toEqual({ tag: t, known: true });
    for (const f of Object.values(FIELD)) expect({ field: f, known: fields.has(f) }).toEqual({ field: f, known: true });
  });

  it.each(everyPageQuery(range).map((q) => [q.refId, q.query]))('page query %s names schema fields and bounds time: %s', (_ref, q) => {
    expect(checkQuery(q, known)).toEqual([]);
  });

  it.each(dashboardQueries(range).map((q) => [q.file, q.query, q.datasourceUid]))('dashboard %s: %s', (_file, q, uid) => {
    expect(checkQuery(q, known)).toEqual([]);
    expect(uid).toBe(PROVISIONED_DATASOURCE_UID);
  });

  it('dashboard variables read known tags without time buckets', () => {
    const vars = dashboardVariableQueries();
    expect(vars.length).toBeGreaterThanOrEqual(3);
    for (const v of vars) {
      const m = /^SHOW TAG VALUES FROM "([^"]+)"\."([^"]+)" WITH KEY = "([^"]+)"$/.exec(v.query);
      expect(m).not.toBeNull();
      const spec = known.measurements.get(m![2]!);
      expect({ q: v.query, rp: spec?.rp, hasTag: spec?.tags.includes(m![3]!) }).toEqual({ q: v.query, rp: m![1], hasTag: true });
    }
  });

  it('the checker would catch a page query naming a field the schema lacks', () => {
    const bad = propertyViewsQuery('p', range).query.replace('"failures"', '"failurez"');
    expect(checkQuery(bad, known)).toEqual(['unknown tag or field "failurez" of view_qoe']);
  });
});

describe('plugin.json, dashboards and provisioning fit together', () => {
  const root = path.resolve(__dirname, '..');

  it('bundles every dashboard with a fixed uid, no id, and the provisioned datasource', () => {
    const files = dashboards();
    expect(files.map((d) => d.json.uid).sort()).toEqual(Object.values(DASHBOARD_UIDS).sort());
    const included = pluginJson.includes.filter((i) => i.type === 'dashboard').map((i) => (i as { path: string }).path);
    expect(included.sort()).toEqual(files.map((d) => `dashboards/${d.file}`).sort());
    for (const { json } of files) expect((json as unknown as { id: unknown }).id).toBeNull();
  });

  it('has the pages, the config page and admin proxy routes whose token comes from secureJsonData', () => {
    const pages = pluginJson.includes.filter((i) => i.type === 'page').map((i) => (i as { path: string }).path);
    expect(pages).toEqual(expect.arrayContaining(['/a/%PLUGIN_ID%/incidents', '/a/%PLUGIN_ID%/wall', '/plugins/%PLUGIN_ID%']));
    expect(pluginJson.routes.map((r) => r.method).sort()).toEqual(['GET', 'POST']);
    for (const r of pluginJson.routes) {
      expect(r.headers).toEqual([{ name: 'Authorization', content: 'Bearer {{ .SecureJsonData.adminToken }}' }]);
      expect(r.url).toBe('{{ .JsonData.adminUrl }}');
    }
    expect(pluginJson.dependencies.grafanaDependency).toBe('>=12.3.0');
  });

  it('provisions the datasource uid and the app the pages and dashboards use', () => {
    const ds = fs.readFileSync(path.join(root, 'provisioning/datasources/influxdb.yaml'), 'utf8');
    expect(ds).toContain(`uid: ${PROVISIONED_DATASOURCE_UID}`);
    expect(ds).toContain('dbName: qoe');
    const app = fs.readFileSync(path.join(root, 'provisioning/plugins/apps.yaml'), 'utf8');
    expect(app).toContain(`type: ${pluginJson.id}`);
    expect(app).toContain(`datasourceUid: ${PROVISIONED_DATASOURCE_UID}`);
    expect(app).toMatch(/secureJsonData:\s*\n\s*adminToken: \$\{QOE_ADMIN_TOKEN\}/);
  });
});
