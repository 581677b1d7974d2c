import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The statements of a batch TICKscript, enough of them to run its alerts without Kapacitor:
 * the query with its period, offset and groupBy, joins, evals and the alert or deadman
 * conditions. Used by the tests that run the shipped scripts' InfluxQL on a real InfluxDB
 * and evaluate their conditions on the rows (Kapacitor itself cannot run here).
 */
export interface TickBlock {
  task: string;
  /** `var NAME = ...`; undefined for an unnamed pipeline. */
  name: string | undefined;
  /** What the pipeline starts from: `batch`, or the variable it continues. */
  head: string;
  query?: { q: string; periodMs: number; offsetMs: number; groupBy: string[] };
  join?: { other: string; as: [string, string]; fill?: number };
  evals: { expr: string; as: string }[];
  warn?: string;
  crit?: string;
  deadman?: { threshold: number; intervalMs: number };
  topic?: string;
  id?: string;
}

const DURATION = /^(\d+)(s|m|h)$/;

function ms(d: string): number {
  const m = DURATION.exec(d.trim());
  if (!m) throw new Error(`not a duration: ${d}`);
  return Number(m[1]) * { s: 1000, m: 60_000, h: 3_600_000 }[m[2] as 's' | 'm' | 'h'];
}

/** The lambda of `.name(lambda: EXPR)` (to the end of the line). */
function lambdaOf(text: string, method: string): string | undefined {
  return new RegExp(`\\.${method}\\(lambda: (.*)\\)\\s*$`, 'm').exec(text)?.[1]?.trim();
}

/** Splits a TICKscript into its top-level statements and reads each. */
export function tickBlocks(file: string): TickBlock[] {
  const task = path.basename(file).replace(/\.tick$/, '');
  const text = fs.readFileSync(file, 'utf8');
  const statements: string[] = [];
  let current: string[] = [];
  for (const line of text.split('\n')) {
    const topLevel = /^\S/.test(line) && !line.startsWith('//') && !line.startsWith('dbrp');
    if (topLevel && current.length > 0) {
      statements.push(current.join('\n'));
      current = [];
    }
    if (topLevel || current.length > 0) current.push(line);
  }
  if (current.length > 0) statements.push(current.join('\n'));
  return statements.map((s) => {
    const first = s.split('\n')[0]!.trim();
    const named = /^var (\w+) = (\w+)$/.exec(first);
    const block: TickBlock = { task, name: named?.[1], head: named ? named[2]! : first, evals: [] };
    const q = /\|query\('''([\s\S]*?)'''\)/.exec(s);
    if (q) {
      const props = s.slice(q.index + q[0].length);
      block.query = {
        q: q[1]!.trim().replace(/\s*\n\s*/g, ' '),
        periodMs: ms(/\.period\(([^)]+)\)/.exec(props)?.[1] ?? '5m'),
        offsetMs: (() => {
          const o = /\.offset\(([^)]+)\)/.exec(props)?.[1];
          return o ? ms(o) : 0;
        })(),
        groupBy: [...(/\.groupBy\(([^)]*)\)/.exec(props)?.[1] ?? '').matchAll(/'([^']+)'/g)].map((g) => g[1]!),
      };
    }
    const join = /\|join\((\w+)\)\s*\n\s*\.as\('([^']+)', '([^']+)'\)([\s\S]*?)(?=\n\s*\||$)/.exec(s);
    if (join) {
      const fill = /\.fill\(([\d.]+)\)/.exec(join[4] ?? '')?.[1];
      block.join = { other: join[1]!, as: [join[2]!, join[3]!], ...(fill !== undefined ? { fill: Number(fill) } : {}) };
    }
    for (const e of s.matchAll(/\|eval\(lambda: (.*)\)\s*\n\s*\.as\('([^']+)'\)/g)) block.evals.push({ expr: e[1]!.trim(), as: e[2]! });
    const warn = lambdaOf(s, 'warn');
    const crit = lambdaOf(s, 'crit');
    if (warn) block.warn = warn;
    if (crit) block.crit = crit;
    const dead = /\|deadman\(([\d.]+), ([^)]+)\)/.exec(s);
    if (dead) block.deadman = { threshold: Number(dead[1]), intervalMs: ms(dead[2]!) };
    const topic = /\.topic\('([^']+)'\)/.exec(s)?.[1];
    if (topic) block.topic = topic;
    const id = /\.id\('([^']+)'\)/.exec(s)?.[1];
    if (id) block.id = id;
    return block;
  });
}

export type Fields = Record<string, number | string | null>;

/**
 * Evaluates a TICKscript lambda on one row's fields: field references in double quotes,
 * numbers, 'strings', arithmetic, comparisons, AND/OR/!, float(). Throws on what it does
 * not support (sigma() and other stateful functions need Kapacitor's history).
 */
export function evalLambda(expr: string, fields: Fields): number | boolean | string {
  if (/\b(sigma|count|spread|difference)\(/.test(expr)) throw new Error(`stateful function in ${expr}`);
  let js = '';
  const re = /\s+|"([^"]+)"|'([^']*)'|(\d+(?:\.\d+)?)|(AND|OR|!=|==|>=|<=|[><!()+\-*/])|(float|int)\(/y;
  for (let pos = 0; pos < expr.length; ) {
    re.lastIndex = pos;
    const m = re.exec(expr);
    if (!m) throw new Error(`cannot read lambda at "${expr.slice(pos)}"`);
    pos = re.lastIndex;
    if (m[1] !== undefined) {
      if (!(m[1] in fields)) throw new Error(`lambda names field "${m[1]}", which the rows do not have (${Object.keys(fields).join(', ')})`);
      js += ` f[${JSON.stringify(m[1])}]`;
    } else if (m[2] !== undefined) js += ` ${JSON.stringify(m[2])}`;
    else if (m[3] !== undefined) js += ` ${m[3]}`;
    else if (m[4] !== undefined) js += ` ${m[4] === 'AND' ? '&&' : m[4] === 'OR' ? '||' : m[4] === '==' ? '===' : m[4] === '!=' ? '!==' : m[4]}`;
    else if (m[5] !== undefined) js += ' Number(';
    else js += ' ';
  }
  return new Function('f', `return (${js});`)(fields) as number | boolean | string;
}
