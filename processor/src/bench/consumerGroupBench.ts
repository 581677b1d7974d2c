import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Admin } from 'kafkajs';
import { silentLogger } from '../log/logger';
import { TOPICS } from '../schema';
import { ViewsProducer } from '../sinks/kafka/viewsProducer';
import { createKafka } from '../sources/kafka/kafkaClient';
import { parseScenario, simulateRange } from '../sources/simulator';
import type { RawView } from '../decode/normalizeView';
import { QOE_BIN } from './childRun';
import { startTestKafka } from './mockKafka';
import { ratioRow, type BenchRow } from './table';

/** Partitions the mock cluster gives an auto-created topic. */
const MOCK_PARTITIONS = 4;

// kafkajs' murmur2 (the Java client's), to pick property ids that spread over the partitions.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const murmur2 = require('kafkajs/src/producer/partitioners/default/murmur2') as (key: string) => number;
const partitionOf = (key: string, partitions: number) => (murmur2(key) & 0x7fffffff) % partitions;

/** `perPartition` property ids for each partition: the load splits evenly between members. */
function evenProperties(perPartition: number): string[] {
  const byPartition: string[][] = Array.from({ length: MOCK_PARTITIONS }, () => []);
  for (let i = 0; byPartition.some((p) => p.length < perPartition); i++) {
    const id = `prop-${i}`;
    const p = byPartition[partitionOf(id, MOCK_PARTITIONS)]!;
    if (p.length < perPartition) p.push(id);
  }
  return byPartition.flat();
}

function benchViews(count: number, fromMs: number): RawView[] {
  const scenario = parseScenario({
    seed: 17,
    viewsPerSecond: 500,
    diurnal: { amplitude: 0, peakHourUtc: 20 },
    properties: evenProperties(2).map((id) => ({ id, weight: 1, titles: 500 })),
  });
  const out: RawView[] = [];
  for (let t = fromMs; out.length < count; t += 60_000) {
    for (const s of simulateRange(scenario, t, t + 60_000, { views: true })) out.push(...(s.views as unknown as RawView[]));
  }
  return out.slice(0, count);
}

async function committed(admin: Admin, groupId: string): Promise<number> {
  const [topic] = await admin.fetchOffsets({ groupId, topics: [TOPICS.views] });
  return (topic?.partitions ?? []).reduce((n, p) => n + Math.max(0, Number(p.offset)), 0);
}

interface GroupRun {
  perSecond: number;
  measured: number;
  seconds: number;
}

/**
 * `members` processes of `qoe start` (views job only) in a fresh consumer group over the
 * produced topic. Timed from the moment the group is stable with every member (their logged (stderr)
 * assignments split the partitions; the mock cluster does not answer DescribeGroups) to the
 * moment every offset is committed (committed only after the points are in InfluxDB),
 * over the records committed in between.
 */
async function runGroup(members: number, brokers: string[], admin: Admin, total: number, env: Record<string, string>, dir: string): Promise<GroupRun> {
  const groupId = `qoe-bench-${members}-${Date.now()}`;
  const children: ChildProcess[] = [];
  const stderr: string[] = [];
  /** Each member's latest assignment of the views topic (from its 'assigned partitions' log line). */
  const assigned: number[][] = [];
  for (let i = 0; i < members; i++) {
    const child = spawn(process.execPath, [QOE_BIN, 'start', '--dead-letter', path.join(dir, `dead-${members}-${i}.ndjson`)], {
      env: { ...process.env, ...env, QOE_KAFKA_BROKERS: brokers.join(','), QOE_KAFKA_VIEWS_GROUP: groupId, QOE_JOBS: 'views', QOE_SIM_ENABLED: 'false', QOE_START_SERVICES: 'false', QOE_ADMIN_PORT: '0', QOE_ADMIN_TOKEN: 'bench', QOE_LOG_LEVEL: 'info', QOE_PG_URL: '' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    stderr[i] = '';
    assigned[i] = [];
    let pending = '';
    child.stderr!.on('data', (d: Buffer) => {
      stderr[i] = (stderr[i]! + d.toString()).slice(-4000);
      pending += d.toString();
      for (let nl = pending.indexOf('\n'); nl >= 0; nl = pending.indexOf('\n')) {
        const line = pending.slice(0, nl);
        pending = pending.slice(nl + 1);
        if (!line.includes('assigned partitions')) continue;
        const log = JSON.parse(line) as { topic?: string; group?: string; partitions?: number[] };
        if (log.topic === TOPICS.views && log.group === groupId) assigned[i] = log.partitions ?? [];
      }
    });
    children.push(child);
  }
  // Stable: the members' latest assignments split every partition between all of them.
  const stable = () => {
    const all = assigned.flat();
    return assigned.every((a) => a.length > 0) && all.length === MOCK_PARTITIONS && new Set(all).size === MOCK_PARTITIONS;
  };
  const deadline = Date.now() + 180_000;
  const check = () => {
    const dead = children.findIndex((c) => c.exitCode !== null);
    if (dead >= 0) throw new Error(`qoe start ${dead} exited: ${stderr[dead]}`);
    if (Date.now() > deadline) throw new Error(`group of ${members} did not finish in 180 s`);
  };
  try {
    let t0 = 0;
    let base = 0;
    for (;;) {
      check();
      if (stable()) {
        t0 = performance.now();
        base = await committed(admin, groupId);
        break;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    let done = base;
    while (done < total) {
      check();
      await new Promise((r) => setTimeout(r, 50));
      done = await committed(admin, groupId);
    }
    const seconds = (performance.now() - t0) / 1000;
    return { perSecond: (total - base) / seconds, measured: total - base, seconds };
  } finally {
    for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
    await Promise.all(children.map((c) => (c.exitCode !== null ? undefined : new Promise((r) => c.once('exit', r)))));
  }
}

/**
 * Throughput of one against two `qoe start` processes sharing a consumer group over the mock
 * cluster (views job, writing into the local InfluxDB). The topic's partitions carry equal
 * load, so two members can split it evenly; both runs read the same produced records.
 */
export async function consumerGroupScaling(env: Record<string, string>, views: number): Promise<BenchRow[]> {
  const kafka = await startTestKafka();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qoe-bench-group-'));
  const client = createKafka(kafka.brokers, 'qoe-bench', silentLogger);
  const admin = client.admin();
  const databases = [`bench_group_${Date.now()}_1`, `bench_group_${Date.now()}_2`];
  try {
    const input = benchViews(views, Date.parse('2026-11-20T12:00:00Z'));
    const producer = new ViewsProducer(client);
    await producer.connect();
    for (let i = 0; i < input.length; i += 2_000) await producer.send(input.slice(i, i + 2_000));
    await producer.disconnect();
    await admin.connect();
    const total = (await admin.fetchTopicOffsets(TOPICS.views)).reduce((n, p) => n + Number(p.high), 0);
    const one = await runGroup(1, kafka.brokers, admin, total, { ...env, QOE_INFLUX_DB: databases[0]! }, dir);
    const two = await runGroup(2, kafka.brokers, admin, total, { ...env, QOE_INFLUX_DB: databases[1]! }, dir);
    const detail = (r: GroupRun) => `${Math.round(r.perSecond).toLocaleString('en-US')}/s (${r.measured.toLocaleString('en-US')} views in ${r.seconds.toFixed(1)} s)`;
    return [
      ratioRow('scale', `throughput of two \`qoe start\` processes in one consumer group / one (views job, mock cluster, ${MOCK_PARTITIONS} partitions, ${os.cpus().length} cores shared with InfluxDB and the broker)`, two.perSecond / one.perSecond, `two: ${detail(two)}; one: ${detail(one)}`, { min: 1.7 }),
    ];
  } finally {
    await admin.disconnect().catch(() => undefined);
    await kafka.stop();
    for (const db of databases) await fetch(`${env.QOE_INFLUX_URL}/query?${new URLSearchParams({ q: `DROP DATABASE "${db}"` })}`, { method: 'POST' }).catch(() => undefined);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
