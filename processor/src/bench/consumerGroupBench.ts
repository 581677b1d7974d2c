import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CompressionTypes } from 'kafkajs';
import { silentLogger } from '../log/logger';
import { TOPICS } from '../schema';
import { ViewsProducer } from '../sinks/kafka/viewsProducer';
import { createKafka } from '../sources/kafka/kafkaClient';
import { parseScenario, simulateRange } from '../sources/simulator';
import type { RawView } from '../decode/normalizeView';
import { COMMITTED_LOG } from '../runners/kafka/checkpointedConsumer';
import { QOE_BIN } from './childRun';
import { startTestKafka } from './mockKafka';
import { steadyCommitRate, type CommitRate, type GroupCommit } from './commitRate';
import { machineCpuSeconds, processCpuSeconds, processRssBytes, type MachineCpu } from './processCpu';
import { mib, ratioRow, type BenchRow } from './table';

/**
 * Partitions the mock cluster gives an auto-created topic (its CreateTopics cannot be reached:
 * it names no controller). librdkafka's mock cluster also keeps at most 5 MiB of message sets
 * a partition (older ones are dropped on append, like a retention), so the bench's views are
 * produced gzip-compressed, and the start of every partition is checked after producing. Until
 * round 11 the bench produced 600,000 uncompressed views, the mock kept the last ~100,000,
 * and the figure counted offsets, not views.
 */
const PARTITIONS = 4;

// kafkajs' murmur2 (the Java client's), to pick property ids that spread over the partitions.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const murmur2 = require('kafkajs/src/producer/partitioners/default/murmur2') as (key: string) => number;
const partitionOf = (key: string, partitions: number) => (murmur2(key) & 0x7fffffff) % partitions;

/** `perPartition` property ids for each partition: the load splits evenly between members. */
function evenProperties(perPartition: number): string[] {
  const byPartition: string[][] = Array.from({ length: PARTITIONS }, () => []);
  for (let i = 0; byPartition.some((p) => p.length < perPartition); i++) {
    const id = `prop-${i}`;
    const p = byPartition[partitionOf(id, PARTITIONS)]!;
    if (p.length < perPartition) p.push(id);
  }
  return byPartition.flat();
}

/** `count` views, a simulated minute at a time (the group bench produces them as they come). */
function* benchViews(count: number, fromMs: number): Generator<RawView[]> {
  const scenario = parseScenario({
    seed: 17,
    viewsPerSecond: 500,
    diurnal: { amplitude: 0, peakHourUtc: 20 },
    properties: evenProperties(2).map((id) => ({ id, weight: 1, titles: 500 })),
  });
  let left = count;
  for (let t = fromMs; left > 0; t += 60_000) {
    const minute: RawView[] = [];
    for (const s of simulateRange(scenario, t, t + 60_000, { views: true })) for (const v of s.views) minute.push(v as unknown as RawView);
    const taken = minute.slice(0, left);
    left -= taken.length;
    yield taken;
  }
}

/** Produces the views with a few sends in flight (the producer's encoding sets the pace); returns the event-time minutes they cover. */
async function produceViews(producer: ViewsProducer, count: number, fromMs: number): Promise<number> {
  const inFlight = new Set<Promise<void>>();
  let minutes = 0;
  for (const minute of benchViews(count, fromMs)) {
    minutes++;
    for (let i = 0; i < minute.length; i += 2_000) {
      const sent: Promise<void> = producer.send(minute.slice(i, i + 2_000)).finally(() => inFlight.delete(sent));
      inFlight.add(sent);
      if (inFlight.size >= 4) await Promise.race(inFlight);
    }
  }
  await Promise.all(inFlight);
  return minutes;
}

/**
 * `members` processes of `qoe start` (views job only, the default checkpoint interval) in a
 * fresh consumer group over the produced topic. The members log each commit of the group's
 * offsets (debug level); the throughput is their steady rate (steadyCommitRate) from the moment the group
 * is stable with every member (their logged (stderr) assignments split the partitions; the
 * mock cluster does not answer DescribeGroups) until each partition's last commit before its
 * end. A member alone consumes before a second one's join settles, and with a checkpoint
 * interval the end is committed up to an interval after it was consumed: neither is the
 * group's throughput. The run ends when every offset is committed; each member's CPU time is
 * read then (from its start: what the two cores had to give it).
 */
async function runGroup(members: number, brokers: string[], ends: Map<number, number>, env: Record<string, string>, dir: string): Promise<GroupRun> {
  const groupId = `qoe-bench-${members}-${Date.now()}`;
  const children: ChildProcess[] = [];
  const stderr: string[] = [];
  let crashed = false;
  /** Each member's latest assignment of the views topic (from its 'assigned partitions' log line). */
  const assigned: number[][] = [];
  // Stable: the members' latest assignments split every partition between all of them.
  const stable = () => {
    const all = assigned.flat();
    return assigned.every((a) => a.length > 0) && all.length === PARTITIONS && new Set(all).size === PARTITIONS;
  };
  /** When the group settled: the time of the member's log line that made it stable. */
  let settledAtMs: number | undefined;
  /**
   * Every commit of the group's views offsets, at the time its member logged it: the members'
   * own log is the record of their progress, exact to the millisecond, where polling the
   * group's offsets took 15% of a core from the members being measured.
   */
  const commits = new Map<number, GroupCommit[]>([...ends.keys()].map((p) => [p, []]));
  const assignments: { atMs: number; member: number; partitions: number[] }[] = [];
  const onLogLine = (i: number, line: string) => {
    if (line.includes(MEMBER_CRASHED)) crashed = true;
    const assignment = line.includes('assigned partitions');
    if (!assignment && !line.includes(COMMITTED_LOG)) return;
    let log: { time?: string; topic?: string; group?: string; partitions?: number[]; partition?: number; offset?: string };
    try {
      log = JSON.parse(line) as typeof log;
    } catch {
      return; // not a log line of ours (a stack trace naming them): the member's stderr is reported if it exits
    }
    if (log.topic !== TOPICS.views || log.group !== groupId) return;
    const atMs = Date.parse(log.time ?? '');
    if (assignment) {
      assigned[i] = log.partitions ?? [];
      assignments.push({ atMs, member: i, partitions: assigned[i]! });
      if (settledAtMs === undefined && stable()) settledAtMs = atMs;
    } else commits.get(log.partition ?? -1)?.push({ atMs, offset: Number(log.offset) });
  };
  for (let i = 0; i < members; i++) {
    const child = spawn(process.execPath, [QOE_BIN, 'start', '--dead-letter', path.join(dir, `dead-${members}-${i}.ndjson`)], {
      env: { ...process.env, ...env, QOE_KAFKA_BROKERS: brokers.join(','), QOE_KAFKA_VIEWS_GROUP: groupId, QOE_JOBS: 'views', QOE_SIM_ENABLED: 'false', QOE_START_SERVICES: 'false', QOE_ADMIN_PORT: '0', QOE_ADMIN_TOKEN: 'bench', QOE_LOG_LEVEL: 'debug', QOE_PG_URL: '' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    stderr[i] = '';
    assigned[i] = [];
    let pending = '';
    child.stderr!.on('data', (d: Buffer) => {
      stderr[i] = (stderr[i]! + d.toString()).slice(-4000);
      pending += d.toString();
      for (let nl = pending.indexOf('\n'); nl >= 0; nl = pending.indexOf('\n')) {
        onLogLine(i, pending.slice(0, nl));
        pending = pending.slice(nl + 1);
      }
    });
    children.push(child);
  }
  const deadline = Date.now() + 180_000;
  const check = () => {
    const dead = children.findIndex((c) => c.exitCode !== null);
    if (dead >= 0) throw new Error(`qoe start ${dead} exited: ${stderr[dead]}`);
    if (crashed) throw new MemberCrashed(members);
    if (Date.now() > deadline) throw new Error(`group of ${members} did not finish in 180 s`);
  };
  const committed = (p: number) => Math.max(0, ...(commits.get(p) ?? []).map((c) => c.offset));
  const rss: MemberRss[] = children.map(() => ({ peakBytes: 0 }));
  /** The machine's and each member's CPU time so far, at each turn of the loop below: what the steady window had of the cores. */
  const cpu: CpuSample[] = [];
  const sampleCpu = () => {
    const machine = machineCpuSeconds();
    const members = children.map((c) => (c.pid === undefined ? undefined : processCpuSeconds(c.pid)));
    if (machine && members.every((m) => m !== undefined)) cpu.push({ atMs: Date.now(), machine, members: members as number[] });
  };
  const sampleRss = () =>
    children.forEach((c, i) => {
      const bytes = c.pid === undefined ? undefined : processRssBytes(c.pid);
      if (bytes === undefined) return;
      const r = rss[i]!;
      if (settledAtMs !== undefined) r.settledBytes ??= bytes;
      r.peakBytes = Math.max(r.peakBytes, bytes);
      r.lastBytes = bytes;
    });
  try {
    for (;;) {
      check();
      sampleRss();
      sampleCpu();
      if ([...ends].every(([p, end]) => end === 0 || committed(p) >= end)) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    if (settledAtMs === undefined) throw new Error(`group of ${members} consumed the topic before its assignments settled`);
    // BENCH_GROUP_COMMITS=FILE: each run's commits and when it settled, appended as a JSON line, to see what a rate was taken over.
    if (process.env.BENCH_GROUP_COMMITS) fs.appendFileSync(process.env.BENCH_GROUP_COMMITS, JSON.stringify({ members, settledAtMs, assignments, commits: Object.fromEntries(commits) }) + '\n');
    const rate = steadyCommitRate(commits, ends, settledAtMs);
    if (!rate) throw new Error(`group of ${members}: too few commits after the group settled to take a rate (more views: BENCH_GROUP_VIEWS)`);
    return { ...rate, cpuSeconds: children.map((c) => (c.pid === undefined ? undefined : processCpuSeconds(c.pid))), rss, window: coresIn(cpu, rate.fromMs, rate.toMs) };
  } finally {
    for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
    await Promise.all(children.map((c) => (c.exitCode !== null ? undefined : new Promise((r) => c.once('exit', r)))));
  }
}

interface CpuSample {
  atMs: number;
  machine: MachineCpu;
  members: number[];
}

/** Cores used over a window: the machine's (busy, and busy + idle: its cores as /proc counts them), each member's. */
interface WindowCores {
  busy: number;
  cores: number;
  members: number[];
}

/** WindowCores between the samples nearest `fromMs` and `toMs` (undefined without two distinct ones: no /proc). */
function coresIn(samples: readonly CpuSample[], fromMs: number, toMs: number): WindowCores | undefined {
  const nearest = (t: number) => samples.reduce<CpuSample | undefined>((best, s) => (best === undefined || Math.abs(s.atMs - t) < Math.abs(best.atMs - t) ? s : best), undefined);
  const a = nearest(fromMs);
  const b = nearest(toMs);
  if (!a || !b || b.atMs <= a.atMs) return undefined;
  const s = (b.atMs - a.atMs) / 1000;
  return {
    busy: (b.machine.busy - a.machine.busy) / s,
    cores: (b.machine.busy - a.machine.busy + b.machine.idle - a.machine.idle) / s,
    members: b.members.map((m, i) => (m - a.members[i]!) / s),
  };
}

/** A group's steady rate, and each member's CPU time (s) from its start to the group's last commit (undefined where /proc cannot tell). */
interface GroupRun extends CommitRate {
  cpuSeconds: (number | undefined)[];
  /** Each member's resident memory, sampled every 50 ms. */
  rss: MemberRss[];
  /** The cores the members and the machine used in the steady window. */
  window: WindowCores | undefined;
}

/** A member's resident memory (bytes) when the group settled, at its peak, and at the group's last commit. */
interface MemberRss {
  settledBytes?: number;
  peakBytes: number;
  lastBytes?: number;
}

/** What a member logs when its consumer stopped on an error kafkajs does not retry (checkpointedConsumer.ts). */
const MEMBER_CRASHED = 'consumer stopped on an error kafkajs does not retry';

/**
 * A member's join failed on an answer kafkajs does not retry. On the mock cluster this is its
 * coordinator refusing a follower's SyncGroup that comes after the leader's has made the group
 * stable (INVALID_REQUEST; a Kafka broker answers it with the member's assignment): the
 * member joins again, but the member id of the failed join (kafkajs leaves the group only
 * once it has run) holds the next rebalance for the session timeout (30 s), which is the mock's
 * behaviour and not the group's throughput.
 */
class MemberCrashed extends Error {
  constructor(members: number) {
    super(`a member of the group of ${members} stopped on an error kafkajs does not retry`);
  }
}

/** runGroup, once more in a fresh group when a member's join failed that way; says whether it was run again. */
async function runGroupSettled(members: number, brokers: string[], ends: Map<number, number>, env: Record<string, string>, dir: string): Promise<GroupRun & { again: boolean }> {
  try {
    return { ...(await runGroup(members, brokers, ends, env, dir)), again: false };
  } catch (err) {
    if (!(err instanceof MemberCrashed)) throw err;
    return { ...(await runGroup(members, brokers, ends, env, dir)), again: true };
  }
}

/**
 * Throughput of one against two `qoe start` processes sharing a consumer group over the mock
 * cluster (views job, writing into the local InfluxDB). The topic's partitions carry equal
 * load, so two members can split it evenly; every run reads the same produced records. The
 * two groups take turns (BENCH_GROUP_ROUNDS), each side's figure its best turn, as the replay
 * ratios take each side's best of five.
 */
export async function consumerGroupScaling(env: Record<string, string>, views: number): Promise<BenchRow[]> {
  // BENCH_GROUP_LOG=FILE: the mock coordinator's group decisions (joins, syncs, leaves, timeouts) written there, to see why a join failed.
  const kafka = await startTestKafka(process.env.BENCH_GROUP_LOG ? { groupLog: process.env.BENCH_GROUP_LOG } : {});
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qoe-bench-group-'));
  const client = createKafka(kafka.brokers, 'qoe-bench', silentLogger);
  const admin = client.admin();
  // BENCH_GROUP_ROUNDS: turns of one group then the other (2): the machine's speed swings by up to 2x over tens of seconds here, so each side is its best turn.
  const rounds = Number(process.env.BENCH_GROUP_ROUNDS ?? 2);
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`BENCH_GROUP_ROUNDS must be a whole number of at least 1, not ${process.env.BENCH_GROUP_ROUNDS}`);
  const databases: string[] = [];
  try {
    await admin.connect();
    const producer = new ViewsProducer(client, TOPICS.views, CompressionTypes.GZIP);
    await producer.connect();
    const minutes = await produceViews(producer, views, Date.parse('2026-11-20T12:00:00Z'));
    await producer.disconnect();
    const held = await admin.fetchTopicOffsets(TOPICS.views);
    // Every view produced must still be there: a partition whose start moved lost views to the mock's size limit.
    const dropped = held.filter((p) => Number(p.low) > 0);
    if (dropped.length > 0) throw new Error(`the mock cluster dropped the first ${dropped.map((p) => p.low).join(', ')} messages of ${dropped.length} partitions (it keeps 5 MiB a partition): fewer views (BENCH_GROUP_VIEWS)`);
    if (held.reduce((n, p) => n + Number(p.high), 0) !== views) throw new Error(`the topic holds ${held.reduce((n, p) => n + Number(p.high), 0)} views, ${views} were produced`);
    const ends = new Map(held.map((p) => [p.partition, Number(p.high)]));
    const runs: { 1: (GroupRun & { again: boolean })[]; 2: (GroupRun & { again: boolean })[] } = { 1: [], 2: [] };
    for (let round = 0; round < rounds; round++) {
      for (const members of [1, 2] as const) {
        const db = `bench_group_${Date.now()}_${members}_${round}`;
        databases.push(db);
        runs[members].push(await runGroupSettled(members, kafka.brokers, ends, { ...env, QOE_INFLUX_DB: db }, dir));
      }
    }
    const best = (r: (GroupRun & { again: boolean })[]) => r.reduce((a, b) => (b.perSecond > a.perSecond ? b : a));
    const one = best(runs[1]);
    const two = best(runs[2]);
    const others = (r: (GroupRun & { again: boolean })[], b: GroupRun) => (r.length > 1 ? `, best of ${r.length} turns (the other${r.length > 2 ? 's' : ''} ${r.filter((x) => x !== b).map((x) => `${Math.round(x.perSecond).toLocaleString('en-US')}/s`).join(', ')})` : '');
    const again = ', in a second group: in the first a member\'s join failed on the mock coordinator\'s refusal of a late SyncGroup';
    const cpu = (r: GroupRun) => (r.cpuSeconds.every((s) => s !== undefined) ? `; CPU ${r.cpuSeconds.map((s) => `${s!.toFixed(1)} s`).join(' + ')} from start to the last commit` : '');
    const cores = (r: GroupRun) => (r.window ? `; in that window the member${r.window.members.length > 1 ? 's' : ''} used ${r.window.members.map((m) => m.toFixed(2)).join(' + ')} cores, the machine's ${os.cpus().length} cores ${Math.round((100 * r.window.busy) / r.window.cores)}% busy` : '');
    const detail = (r: GroupRun & { again: boolean }) => `${Math.round(r.perSecond).toLocaleString('en-US')}/s (steady rate over ${r.records.toLocaleString('en-US')} views committed in ${r.seconds.toFixed(1)} s${cores(r)}${cpu(r)}${r.again ? again : ''})`;
    return [
      ratioRow('scale', `throughput of two \`qoe start\` processes in one consumer group / one (views job, mock cluster, ${PARTITIONS} partitions, ${os.cpus().length} cores shared with InfluxDB and the broker)`, two.perSecond / one.perSecond, `two: ${detail(two)}${others(runs[2], two)}; one: ${detail(one)}${others(runs[1], one)}`, { min: 1.7 }),
      rssRow(runs[1][0]!, views, minutes),
    ];
  } finally {
    await admin.disconnect().catch(() => undefined);
    await kafka.stop();
    for (const db of databases) await fetch(`${env.QOE_INFLUX_URL}/query?${new URLSearchParams({ q: `DROP DATABASE "${db}"` })}`, { method: 'POST' }).catch(() => undefined);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The one member's resident memory through its run: when the group settled, at its peak and at
 * its last commit, while the views' minute windows opened and closed as their event time went
 * by and the detector tracked their titles (a longer run's figures: docs/performance.md).
 */
function rssRow(one: GroupRun, views: number, minutes: number): BenchRow {
  const r = one.rss[0];
  const figure = `RSS of a \`qoe start\` process through a sustained run (the one member of the group figure: ${views.toLocaleString('en-US')} views over ${minutes} event-time minutes, views job)`;
  if (!r || r.settledBytes === undefined || r.lastBytes === undefined) return { section: 'scale', figure, value: 'not measurable here (no /proc)' };
  return { section: 'scale', figure, value: `${mib(r.settledBytes)} when the group settled, peak ${mib(r.peakBytes)}, ${mib(r.lastBytes)} at the last commit` };
}
