import * as fs from 'node:fs';
import * as path from 'node:path';
import { ALERT_TOPICS, DEFAULT_DATABASE, RETENTION_POLICIES } from './index';
import { checkQuery, knownNames } from './shippedQueries';
import { tickBlocks } from './tickBlocks';

const LOAD_DIR = path.resolve(__dirname, '../../../kapacitor/load');

export interface TickQuery {
  task: string;
  /** The InfluxQL as written in the TICKscript (Kapacitor adds the time range). */
  q: string;
  groupBy: string[];
  /** The query as Kapacitor runs it: with its time range and GROUP BY. */
  bounded: string;
}

export interface TickTask {
  name: string;
  dbrp: { db: string; rp: string } | undefined;
  queries: TickQuery[];
  topics: string[];
}

/** The batch tasks of kapacitor/load/tasks: dbrp, queries with their groupBy, alert topics (read by tickBlocks). */
export function tickTasks(dir = path.join(LOAD_DIR, 'tasks')): TickTask[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.tick'))
    .sort()
    .map((file) => {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      const name = file.replace(/\.tick$/, '');
      const dbrp = /^dbrp\s+"([^"]+)"\."([^"]+)"/m.exec(text);
      const blocks = tickBlocks(path.join(dir, file));
      const queries: TickQuery[] = blocks.flatMap(({ query }) => {
        if (!query) return [];
        const { q, groupBy, periodMs } = query;
        const period = periodMs % 60_000 === 0 ? `${periodMs / 60_000}m` : `${periodMs / 1000}s`;
        const bounded = `${q} ${/\bWHERE\b/i.test(q) ? 'AND' : 'WHERE'} time >= now() - ${period} AND time < now()${groupBy.length ? ` GROUP BY ${groupBy.map((g) => `"${g}"`).join(', ')}` : ''}`;
        return [{ task: name, q, groupBy, bounded }];
      });
      const topics = blocks.flatMap((b) => (b.topic ? [b.topic] : []));
      return { name, dbrp: dbrp ? { db: dbrp[1]!, rp: dbrp[2]! } : undefined, queries, topics };
    });
}

export interface TopicHandler {
  file: string;
  topic: string;
  id: string;
  kind: string;
}

/** The topic handlers of kapacitor/load/handlers (flat YAML: topic, id, kind, options). */
export function topicHandlers(dir = path.join(LOAD_DIR, 'handlers')): TopicHandler[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort()
    .map((file) => {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      const field = (k: string) => new RegExp(`^${k}:\\s*(\\S+)`, 'm').exec(text)?.[1] ?? '';
      return { file, topic: field('topic'), id: field('id'), kind: field('kind') };
    });
}

/** Handler kinds the project's kapacitor.conf configures. */
export const HANDLER_KINDS = ['opsgenie2', 'pagerduty2', 'slack', 'log'] as const;

/** Every way the Kapacitor load directory disagrees with the schema. */
export function kapacitorProblems(tasks = tickTasks(), handlers = topicHandlers()): string[] {
  const problems: string[] = [];
  const known = knownNames();
  const topics = new Set<string>(Object.values(ALERT_TOPICS));
  const rps = new Set<string>(Object.values(RETENTION_POLICIES).map((r) => r.name));
  for (const t of tasks) {
    if (!t.dbrp) problems.push(`${t.name}: no dbrp line`);
    else if (t.dbrp.db !== DEFAULT_DATABASE || !rps.has(t.dbrp.rp)) problems.push(`${t.name}: dbrp "${t.dbrp.db}"."${t.dbrp.rp}" is not a database and retention policy of the schema`);
    if (t.queries.length === 0) problems.push(`${t.name}: no batch query`);
    for (const q of t.queries) {
      const from = /FROM\s+"([^"]+)"\."([^"]+)"\."([^"]+)"/i.exec(q.q);
      if (!from) {
        problems.push(`${t.name}: FROM must name "db"."rp"."measurement"`);
        continue;
      }
      const [, db, , measurement] = from;
      if (db !== DEFAULT_DATABASE) problems.push(`${t.name}: database ${db}`);
      if (/\bWHERE\b[^']*\btime\b/i.test(q.q)) problems.push(`${t.name}: the time range is Kapacitor's (.period), not the query's`);
      // Names as checkQuery sees them: the query as Kapacitor runs it, without the database.
      const unqualified = q.bounded.replace(`FROM "${db}".`, 'FROM ');
      for (const p of checkQuery(unqualified, known)) problems.push(`${t.name}: ${p}`);
      const m = known.measurements.get(measurement!);
      if (!m) continue;
      for (const g of q.groupBy) if (!m.tags.includes(g)) problems.push(`${t.name}: groupBy '${g}' is not a tag of ${measurement}`);
    }
    if (t.topics.length === 0) problems.push(`${t.name}: alerts go to no topic`);
    for (const topic of t.topics) if (!topics.has(topic)) problems.push(`${t.name}: topic ${topic} is not in ALERT_TOPICS`);
  }
  for (const h of handlers) {
    if (!topics.has(h.topic)) problems.push(`${h.file}: topic ${h.topic} is not in ALERT_TOPICS`);
    if (!(HANDLER_KINDS as readonly string[]).includes(h.kind)) problems.push(`${h.file}: kind ${h.kind} is not configured`);
    if (!h.id) problems.push(`${h.file}: no id`);
  }
  for (const topic of topics) if (!handlers.some((h) => h.topic === topic)) problems.push(`topic ${topic} has no handler`);
  return problems;
}
