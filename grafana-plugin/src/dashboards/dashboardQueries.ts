import * as fs from 'node:fs';
import * as path from 'node:path';
import type { TimeRange } from '../data/influxql';

/**
 * The InfluxQL of the bundled dashboards, for the contract and real-InfluxDB tests (node
 * only; the app does not import it). Panel queries come with Grafana's macros expanded as its
 * backend does ($timeFilter, $__interval) and template variables set to sample values.
 */
export interface DashboardQuery {
  file: string;
  refId: string;
  query: string;
  datasourceUid?: string;
  /** "<file>: <panel title>" */
  panel: string;
}

interface Target {
  refId: string;
  query?: string;
  rawQuery?: boolean;
  datasource?: { uid?: string };
}

interface Dashboard {
  uid: string;
  panels: Array<{ title: string; targets?: Target[]; datasource?: { uid?: string } }>;
  templating: { list: Array<{ name: string; type: string; query: string; datasource?: { uid?: string } }> };
}

export const DASHBOARD_DIR = __dirname;

export function dashboards(): Array<{ file: string; json: Dashboard }> {
  return fs
    .readdirSync(DASHBOARD_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file, json: JSON.parse(fs.readFileSync(path.join(DASHBOARD_DIR, file), 'utf8')) as Dashboard }));
}

/** Sample values of the dashboards' template variables (as "All" or a pick would give). */
export const SAMPLE_VARIABLES: Record<string, string> = { property: 'prop-news', dimension: 'cdn', cdn: 'akamai', environment: '.*' };

export function expandMacros(query: string, range: TimeRange, vars: Record<string, string> = SAMPLE_VARIABLES): string {
  return query
    .replace(/\$timeFilter/g, `time >= ${Math.floor(range.fromMs)}ms and time <= ${Math.ceil(range.toMs)}ms`)
    .replace(/\$__interval_ms/g, '60000')
    .replace(/\$__interval/g, '1m')
    .replace(/\$(\w+)/g, (m, name: string) => vars[name] ?? m);
}

/** Every panel query of every bundled dashboard, expanded for a time range. */
export function dashboardQueries(range: TimeRange = { fromMs: Date.now() - 3 * 3_600_000, toMs: Date.now() }): DashboardQuery[] {
  return dashboards().flatMap(({ file, json }) =>
    json.panels.flatMap((p, i) =>
      (p.targets ?? []).map((t) => ({ file, refId: `${json.uid}-${i}-${t.refId}`, query: expandMacros(t.query ?? '', range), datasourceUid: t.datasource?.uid ?? p.datasource?.uid, panel: `${file}: ${p.title}` })),
    ),
  );
}

/** The dashboards' template variable queries (SHOW TAG VALUES: no time buckets). */
export function dashboardVariableQueries(): DashboardQuery[] {
  return dashboards().flatMap(({ file, json }) =>
    json.templating.list.filter((v) => v.type === 'query').map((v) => ({ file, refId: `${json.uid}-var-${v.name}`, query: v.query, datasourceUid: v.datasource?.uid, panel: `${file}: variable ${v.name}` })),
  );
}
