/**
 * The shipped TICKscripts' batch queries, run on the real InfluxDB as Kapacitor runs them
 * (the .period time range, .offset, groupBy), with their eval, alert and deadman conditions
 * evaluated on the rows: data that should alert does, data that should not does not.
 * (Kapacitor cannot run here; this exercises everything of a script but its scheduler.
 * Conditions built on sigma(), which needs Kapacitor's history of the group, are listed.)
 */
import * as path from 'node:path';
import { InfluxWriter } from '../../src/sinks/influx';
import { DEFAULT_DATABASE } from '../../src/schema';
import { evalLambda, tickBlocks, type Fields, type TickBlock } from '../../src/schema/tickBlocks';

const url = () => process.env.QOE_INFLUX_URL ?? 'http://127.0.0.1:18086';
const TASKS = path.resolve(__dirname, '../../../kapacitor/load/tasks');
const MIN = 60_000;

let dbCounter = 0;

async function freshDb(): Promise<string> {
  const db = `qoe_it_alerts_${process.pid}_${dbCounter++}`;
  const w = await InfluxWriter.connect({ url: url(), database: db });
  await w.close();
  return db;
}

async function write(db: string, rp: string, lines: string[]): Promise<void> {
  const res = await fetch(`${url()}/write?${new URLSearchParams({ db, rp, precision: 'ms' })}`, { method: 'POST', body: lines.join('\n') });
  if (res.status !== 204) throw new Error(`write ${res.status}: ${await res.text()}`);
}

type Rows = Map<string, { tags: Record<string, string>; fields: Fields }>;

/** The block's query over [now - offset - period, now - offset), one row per group. */
async function queryRows(db: string, b: TickBlock, nowMs: number): Promise<Rows> {
  const q = b.query!;
  const end = nowMs - q.offsetMs;
  const sql = `${q.q.replace(`FROM "${DEFAULT_DATABASE}".`, `FROM "${db}".`)} ${/\bWHERE\b/i.test(q.q) ? 'AND' : 'WHERE'} time >= ${end - q.periodMs}ms AND time < ${end}ms${q.groupBy.length ? ` GROUP BY ${q.groupBy.map((g) => `"${g}"`).join(', ')}` : ''}`;
  const res = await fetch(`${url()}/query?${new URLSearchParams({ db, q: sql, epoch: 'ms' })}`);
  const body = (await res.json()) as { results: { error?: string; series?: { tags?: Record<string, string>; columns: string[]; values: unknown[][] }[] }[] };
  if (body.results[0]?.error) throw new Error(`${sql}: ${body.results[0].error}`);
  const rows: Rows = new Map();
  for (const s of body.results[0]?.series ?? []) {
    const tags = s.tags ?? {};
    const fields: Fields = {};
    s.columns.forEach((c, i) => c !== 'time' && (fields[c] = s.values[0]![i] as number | string | null));
    rows.set(JSON.stringify(tags), { tags, fields });
  }
  return rows;
}

/** What each alerting group of a block would be: 'crit', 'warn' or 'ok'; deadman: 'dead' when nothing came. */
async function evaluate(db: string, blocks: TickBlock[], target: TickBlock, nowMs: number): Promise<Record<string, string>> {
  const byName = new Map(blocks.filter((b) => b.name).map((b) => [b.name!, b]));
  const rowsOf = async (b: TickBlock): Promise<Rows> => {
    if (b.query) return queryRows(db, b, nowMs);
    const left = byName.get(b.head);
    if (!left || !b.join) throw new Error(`block of ${b.task} reads neither a query nor a join`);
    const [l, r] = [await rowsOf(left), await rowsOf(byName.get(b.join.other)!)];
    const out: Rows = new Map();
    for (const key of new Set([...l.keys(), ...r.keys()])) {
      const fields: Fields = {};
      const side = (rows: Rows, other: Rows, prefix: string) => {
        const f = rows.get(key)?.fields ?? Object.fromEntries(Object.keys([...rows.values()][0]?.fields ?? [...other.values()][0]?.fields ?? {}).map((k) => [k, b.join!.fill ?? null]));
        for (const [k, v] of Object.entries(f)) fields[`${prefix}.${k}`] = v ?? b.join!.fill ?? null;
      };
      side(l, r, b.join.as[0]);
      side(r, l, b.join.as[1]);
      out.set(key, { tags: (l.get(key) ?? r.get(key))!.tags, fields });
    }
    return out;
  };
  const rows = await rowsOf(target);
  if (target.deadman) return { all: rows.size === 0 ? 'dead' : 'alive' };
  const levels: Record<string, string> = {};
  for (const [key, row] of rows) {
    for (const e of target.evals) row.fields[e.as] = evalLambda(e.expr, row.fields) as number;
    levels[key] = target.crit && evalLambda(target.crit, row.fields) ? 'crit' : target.warn && evalLambda(target.warn, row.fields) ? 'warn' : 'ok';
  }
  return levels;
}

const blocksOf = (task: string) => tickBlocks(path.join(TASKS, `${task}.tick`));
function block(task: string, pick: (b: TickBlock) => boolean): { blocks: TickBlock[]; target: TickBlock } {
  const blocks = blocksOf(task);
  const target = blocks.find((b) => (b.warn || b.crit || b.deadman) && pick(b));
  if (!target) throw new Error(`no alerting block of ${task} matches`);
  return { blocks, target };
}

describe('shipped Kapacitor alerts on the real InfluxDB', () => {
  const now = Math.floor(Date.now() / MIN) * MIN;
  const at = (minutesAgo: number) => now - minutesAgo * MIN;
  const t = (minutesAgo: number, offsetSec = 0) => at(minutesAgo) + offsetSec * 1000;

  const cases: { name: string; task: string; pick: (b: TickBlock) => boolean; rp: string; alerting: string[]; normal: string[]; expectAlert: string; expectNormal: string }[] = [
    {
      name: 'audience drop: views far below the same time yesterday, with volume',
      task: 'qoe_audience_drop',
      pick: () => true,
      rp: 'per_minute',
      alerting: [...Array.from({ length: 14 }, (_, i) => `view_qoe,property_id=p1 views=30i ${t(i + 1)}`), ...Array.from({ length: 14 }, (_, i) => `view_qoe,property_id=p1 views=200i ${t(i + 1 + 24 * 60)}`)],
      normal: [...Array.from({ length: 14 }, (_, i) => `view_qoe,property_id=p1 views=190i ${t(i + 1)}`), ...Array.from({ length: 14 }, (_, i) => `view_qoe,property_id=p1 views=200i ${t(i + 1 + 24 * 60)}`), ...Array.from({ length: 14 }, (_, i) => `view_qoe,property_id=quiet views=1i ${t(i + 1)}`), ...Array.from({ length: 14 }, (_, i) => `view_qoe,property_id=quiet views=9i ${t(i + 1 + 24 * 60)}`)],
      expectAlert: 'crit',
      expectNormal: 'ok',
    },
    {
      name: 'deadman: the views of a busy property stop',
      task: 'qoe_deadman',
      pick: (b) => b.name === 'views',
      rp: 'per_minute',
      alerting: [`view_qoe,property_id=p1 views=500i ${t(8)}`, `view_qoe,property_id=p1 views=20i ${t(0, -30)}`],
      normal: [`view_qoe,property_id=p1 views=500i ${t(0, -30)}`],
      expectAlert: 'dead',
      expectNormal: 'alive',
    },
    {
      name: 'deadman: the self-metrics stop',
      task: 'qoe_deadman',
      pick: (b) => b.name === 'selfMetrics',
      rp: 'self',
      alerting: [`qoe_heap_used_bytes,instance=a value=1e8 ${t(5)}`],
      normal: [`qoe_heap_used_bytes,instance=a value=1e8 ${t(0, -20)}`],
      expectAlert: 'dead',
      expectNormal: 'alive',
    },
    {
      name: 'CDN 5xx share with volume',
      task: 'qoe_cdn_errors',
      pick: () => true,
      rp: 'per_minute',
      alerting: [1, 2, 3].map((m) => `cdn_health,cdn=fastly,pop=FRA requests=1000i,status_5xx=150i ${t(m)}`),
      normal: [...[1, 2, 3].map((m) => `cdn_health,cdn=fastly,pop=FRA requests=1000i,status_5xx=5i ${t(m)}`), `cdn_health,cdn=tiny,pop=X requests=20i,status_5xx=15i ${t(1)}`],
      expectAlert: 'crit',
      expectNormal: 'ok',
    },
    {
      name: 'incident open',
      task: 'qoe_incidents',
      pick: () => true,
      rp: 'long',
      alerting: [`incidents,incident_id=i1,property_id=p1,scope=property,error_type=e,severity=critical status="open",message="m",error_rate_pct=30,views_impacted=40i ${t(2)}`],
      normal: [`incidents,incident_id=i1,property_id=p1,scope=property,error_type=e,severity=critical status="open",message="m",error_rate_pct=30,views_impacted=40i ${t(4)}`, `incidents,incident_id=i1,property_id=p1,scope=property,error_type=e,severity=critical status="closed",message="m",error_rate_pct=1,views_impacted=40i ${t(2)}`],
      expectAlert: 'crit',
      expectNormal: 'ok',
    },
    {
      name: 'pipeline lag behind real time',
      task: 'qoe_pipeline_health',
      pick: (b) => b.name === 'lag',
      rp: 'self',
      alerting: [`qoe_watermark_lag_ms,instance=a value=900000 ${t(1)}`],
      normal: [`qoe_watermark_lag_ms,instance=a value=15000 ${t(1)}`],
      expectAlert: 'crit',
      expectNormal: 'ok',
    },
    {
      name: 'pipeline lag growing for 10 minutes',
      task: 'qoe_pipeline_health',
      pick: (b) => b.name === 'growing',
      rp: 'self',
      alerting: Array.from({ length: 10 }, (_, i) => `qoe_watermark_lag_ms,instance=a value=${150000 + (9 - i) * 60000} ${t(i + 1)}`),
      normal: Array.from({ length: 10 }, (_, i) => `qoe_watermark_lag_ms,instance=a value=${20000 + (i % 2) * 5000} ${t(i + 1)}`),
      expectAlert: 'crit',
      expectNormal: 'ok',
    },
    {
      name: 'InfluxDB writes failing',
      task: 'qoe_pipeline_health',
      pick: (b) => b.name === 'influx',
      rp: 'self',
      alerting: [1, 2].map((m) => `qoe_influx_failing,instance=a value=1 ${t(m)}`),
      normal: [`qoe_influx_failing,instance=a value=1 ${t(2)}`, `qoe_influx_failing,instance=a value=0 ${t(1)}`],
      expectAlert: 'crit',
      expectNormal: 'ok',
    },
    {
      name: 'nothing written',
      task: 'qoe_pipeline_health',
      pick: (b) => b.name === 'written',
      rp: 'self',
      alerting: [`qoe_points_written,instance=a value=5000 ${t(6)}`],
      normal: [`qoe_points_written,instance=a value=5000 ${t(0, -10)}`],
      expectAlert: 'dead',
      expectNormal: 'alive',
    },
    {
      name: 'dead-letter share',
      task: 'qoe_pipeline_health',
      pick: (b) => b.id?.includes('dead-letters') ?? false,
      rp: 'self',
      alerting: [...[1, 2, 3].map((m) => `qoe_records_in,instance=a value=1000 ${t(m)}`), ...[1, 2, 3].map((m) => `qoe_dead_letters,instance=a value=400 ${t(m)}`)],
      normal: [...[1, 2, 3].map((m) => `qoe_records_in,instance=a value=1000 ${t(m)}`), `qoe_dead_letters,instance=a value=3 ${t(2)}`],
      expectAlert: 'crit',
      expectNormal: 'ok',
    },
    {
      name: 'Kafka messages lost to retention',
      task: 'qoe_pipeline_health',
      pick: (b) => b.name === 'lost',
      rp: 'self',
      alerting: [`qoe_kafka_messages_lost,instance=a value=12 ${t(4)}`],
      normal: [`qoe_kafka_messages_lost,instance=a value=0 ${t(4)}`],
      expectAlert: 'crit',
      expectNormal: 'ok',
    },
    {
      name: 'partition state rebuilt (checkpoints lost)',
      task: 'qoe_pipeline_health',
      pick: (b) => b.name === 'rebuilt',
      rp: 'self',
      alerting: [`qoe_kafka_state_rebuilds,instance=a value=2 ${t(4)}`],
      normal: [`qoe_kafka_state_rebuilds,instance=a value=0 ${t(4)}`],
      expectAlert: 'warn',
      expectNormal: 'ok',
    },
    {
      name: 'back-pressure pauses',
      task: 'qoe_pipeline_health',
      pick: (b) => b.name === 'pauses',
      rp: 'self',
      alerting: Array.from({ length: 8 }, (_, i) => `qoe_backpressure_pauses,instance=a value=10 ${t(i + 1)}`),
      normal: [`qoe_backpressure_pauses,instance=a value=2 ${t(3)}`],
      expectAlert: 'crit',
      expectNormal: 'ok',
    },
  ];

  it.each(cases.map((c) => [c.name, c]))('%s', async (_name, c) => {
    const { blocks, target } = block(c.task, c.pick);
    for (const [lines, want] of [
      [c.alerting, c.expectAlert],
      [c.normal, c.expectNormal],
    ] as const) {
      const db = await freshDb();
      await write(db, c.rp, [...lines]);
      const levels = await evaluate(db, blocks, target, now);
      const values = Object.values(levels);
      if (want === 'ok') expect([c.name, values.every((v) => v === 'ok'), values.length > 0]).toEqual([c.name, true, true]);
      else expect([c.name, values]).toEqual([c.name, expect.arrayContaining([want])]);
    }
  });

  it('covers every alerting block of every script, except those built on sigma() (they need Kapacitor history)', () => {
    const covered = new Set(cases.map((c) => `${c.task}:${block(c.task, c.pick).target.id}`));
    const all = ['qoe_audience_drop', 'qoe_deadman', 'qoe_cdn_errors', 'qoe_cdn_rtt', 'qoe_cdn_ttfb', 'qoe_incidents', 'qoe_pipeline_health'].flatMap((task) => blocksOf(task).filter((b) => b.warn || b.crit || b.deadman).map((b) => ({ task, b })));
    const uncovered = all.filter(({ task, b }) => !covered.has(`${task}:${b.id}`)).map(({ task, b }) => `${task}:${b.id}:${/sigma\(/.test(`${b.warn} ${b.crit}`) ? 'sigma' : 'MISSING'}`);
    expect(uncovered.filter((u) => u.endsWith('MISSING'))).toEqual([]);
    expect(uncovered.filter((u) => u.endsWith('sigma')).length).toBe(2);
  });
});
