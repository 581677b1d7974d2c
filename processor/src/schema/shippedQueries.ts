import * as fs from 'node:fs';
import * as path from 'node:path';
import { MEASUREMENTS, RETENTION_POLICIES, SELF_METRICS, SELF_METRIC_METRIC_TAGS, SELF_METRIC_TAGS } from './index';

const ROOT = path.resolve(__dirname, '../../..');

/** The InfluxQL of the ```sql blocks of a markdown document. */
export function sqlBlocks(markdown: string): string[] {
  const out: string[] = [];
  const re = /```sql\n([\s\S]*?)```/g;
  for (let m = re.exec(markdown); m; m = re.exec(markdown)) out.push(m[1]!.trim().replace(/\s*\n\s*/g, ' '));
  return out;
}

/** Every InfluxQL query the repository ships in its docs. */
export function docQueries(): { file: string; q: string }[] {
  const file = path.join(ROOT, 'docs/influxql-recipes.md');
  return sqlBlocks(fs.readFileSync(file, 'utf8')).map((q) => ({ file: 'docs/influxql-recipes.md', q }));
}

export interface KnownNames {
  measurements: Map<string, { rp: string; tags: readonly string[]; fields: readonly string[] }>;
}

/** Every measurement a query may read: the schema's, and the self-metrics as Telegraf stores them. */
export function knownNames(): KnownNames {
  const measurements: KnownNames['measurements'] = new Map(Object.values(MEASUREMENTS).map((m) => [m.name, { rp: m.rp.name, tags: m.tags as readonly string[], fields: Object.keys(m.fields) }]));
  for (const name of [...Object.values(SELF_METRICS.counters), ...Object.values(SELF_METRICS.gauges)]) {
    measurements.set(`${SELF_METRICS.prefix}_${name}`, { rp: RETENTION_POLICIES.self.name, tags: [...SELF_METRIC_TAGS, ...(SELF_METRIC_METRIC_TAGS[name] ?? [])], fields: ['value'] });
  }
  // Timings: Telegraf stores their statistics as fields (percentiles configured in telegraf.conf).
  for (const name of Object.values(SELF_METRICS.timings)) {
    measurements.set(`${SELF_METRICS.prefix}_${name}`, { rp: RETENTION_POLICIES.self.name, tags: [...SELF_METRIC_TAGS, ...(SELF_METRIC_METRIC_TAGS[name] ?? [])], fields: ['mean', 'upper', 'lower', 'count', 'stddev', 'sum', '50_percentile', '95_percentile', '99_percentile'] });
  }
  return { measurements };
}

/** Problems with a shipped query: unknown names or an unbounded time range. */
export function checkQuery(q: string, known: KnownNames = knownNames()): string[] {
  const problems: string[] = [];
  if (!/\btime\s*>=?/.test(q)) problems.push('no lower time bound');
  if (!/\btime\s*<=?/.test(q) && !/\$timeFilter/.test(q)) problems.push('no upper time bound');
  const from = /FROM\s+"([^"]+)"\."([^"]+)"/i.exec(q);
  if (!from) return [...problems, 'FROM must name "rp"."measurement"'];
  const [, rp, measurement] = from;
  const m = known.measurements.get(measurement!);
  if (!m) return [...problems, `unknown measurement ${measurement}`];
  if (m.rp !== rp) problems.push(`${measurement} lives in ${m.rp}, not ${rp}`);
  const names = new Set([...m.tags, ...m.fields, 'time']);
  const aliases = new Set([...q.matchAll(/\bAS\s+"([^"]+)"/gi)].map((x) => x[1]!));
  for (const [, name] of q.matchAll(/"([^"]+)"/g)) {
    if (name === rp || name === measurement || aliases.has(name!)) continue;
    if (!names.has(name!)) problems.push(`unknown tag or field "${name}" of ${measurement}`);
  }
  return problems;
}
