import * as fs from 'node:fs';
import * as path from 'node:path';

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

/** Problems with a shipped query: unknown names or an unbounded time range. */
export function checkQuery(q: string, known: { measurements: Map<string, { rp: string; tags: readonly string[]; fields: readonly string[] }> }): string[] {
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
