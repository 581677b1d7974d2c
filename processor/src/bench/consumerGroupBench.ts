import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CompressionTypes, type Admin } from 'kafkajs';
import { silentLogger } from '../log/logger';
import { TOPICS } from '../schema';
import { ViewsProducer } from '../sinks/kafka/viewsProducer';
import { createKafka } from '../sources/kafka/kafkaClient';
import { parseScenario, simulateRange } from '../sources/simulator';
import type { RawView } from '../decode/normalizeView';
import { QOE_BIN } from './childRun';
import { startTestKafka } from './mockKafka';
import { steadyCommitRate, type CommitRate, type CommitSample } from './commitRate';
import { processCpuSeconds, processRssBytes } from './processCpu';
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

/** The group's committed offset of each partition (-1 before any commit). */
async function committedOffsets(admin: Admin, groupId: string): Promise<Map<number, number>> {
  const [topic] = await admin.fetchOffsets({ groupId, topics: [TOPICS.views] });
  return new Map((topic?.partitions ?? []).map((p) => [p.partition, Number(p.offset)]));
}

/**
 * `members` processes of `qoe start` (views job only, the default checkpoint interval) in a
 * fresh consumer group over the produced topic. The group's committed offsets are polled from
 * the start; the throughput is their steady rate (steadyCommitRate) from the moment the group
 * is stable with every member (their logged (stderr) assignments split the partitions; the
 * mock cluster does not answer DescribeGroups) until each partition's last commit before its
 * end. A member alone consumes before a second one's join settles, and with a checkpoint
 * interval the end is committed up to an interval after it was consumed: neither is the
 * group's throughput. The run ends when every offset is committed; each member's CPU time is
 * read then (from its start: what the two cores had to give it).
 */
async function runGroup(members: number, brokers: string[], admin: Admin, ends: Map<number, number>, env: Record<string, string>, dir: string): Promise<GroupRun> {
  const groupId = `qoe-bench-${members}-${Date.now()}`;
  const children: ChildProcess[] = [];
  const stderr: string[] = [];
  let crashed = false;
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
        if (line.includes(MEMBER_CRASHED)) crashed = true;
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
    return assigned.every((a) => a.length > 0) && all.length === PARTITIONS && new Set(all).size === PARTITIONS;
  };
  const deadline = Date.now() + 180_000;
  const check = () => {
    const dead = children.findIndex((c) => c.exitCode !== null);
    if (dead >= 0) throw new Error(`qoe start ${dead} exited: ${stderr[dead]}`);
    if (crashed) throw new MemberCrashed(members);
    if (Date.now() > deadline) throw new Error(`group of ${members} did not finish in 180 s`);
  };
  const polls = new Map<number, CommitSample[]>([...ends.keys()].map((p) => [p, []]));
  let settledAtMs: number | undefined;
  const rss: MemberRss[] = children.map(() => ({ peakBytes: 0 }));
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
      if (settledAtMs === undefined && stable()) settledAtMs = Date.now();
      sampleRss();
      const atMs = Date.now();
      const offsets = await committedOffsets(admin, groupId);
      for (const [p, list] of polls) list.push({ atMs, offset: Math.max(0, offsets.get(p) ?? -1) });
      if ([...ends].every(([p, end]) => end === 0 || (offsets.get(p) ?? -1) >= end)) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    if (settledAtMs === undefined) throw new Error(`group of ${members} consumed the topic before its assignments settled`);
    const rate = steadyCommitRate(polls, ends, settledAtMs);
    if (!rate) throw new Error(`group of ${members}: too few commits after the group settled to take a rate (more views: BENCH_GROUP_VIEWS)`);
    return { ...rate, cpuSeconds: children.map((c) => (c.pid === undefined ? undefined : processCpuSeconds(c.pid))), rss };
  } finally {
    for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
    await Promise.all(children.map((c) => (c.exitCode !== null ? undefined : new Promise((r) => c.once('exit', r)))));
  }
}

/** A group's steady rate, and each member's CPU time (s) from its start to the group's last commit (undefined where /proc cannot tell). */
interface GroupRun extends CommitRate {
  cpuSeconds: (number | undefined)[];
  /** Each member's resident memory, sampled at every poll of the committed offsets. */
  rss: MemberRss[];
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
async function runGroupSettled(members: number, brokers: string[], admin: Admin, ends: Map<number, number>, env: Record<string, string>, dir: string): Promise<GroupRun & { again: boolean }> {
  try {
    return { ...(await runGroup(members, brokers, admin, ends, env, dir)), again: false };
  } catch (err) {
    if (!(err instanceof MemberCrashed)) throw err;
    return { ...(await runGroup(members, brokers, admin, ends, env, dir)), again: true };
  }
}

/**
 * Throughput of one against two `qoe start` processes sharing a consumer group over the mock
 * cluster (views job, writing into the local InfluxDB). The topic's partitions carry equal
 * load, so two members can split it evenly; both runs read the same produced records.
 */
export async function consumerGroupScaling(env: Record<string, string>, views: number): Promise<BenchRow[]> {
  // BENCH_GROUP_LOG=FILE: the mock coordinator's group decisions (joins, syncs, leaves, timeouts) written there, to see why a join failed.
  const kafka = await startTestKafka(process.env.BENCH_GROUP_LOG ? { groupLog: process.env.BENCH_GROUP_LOG } : {});
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qoe-bench-group-'));
  const client = createKafka(kafka.brokers, 'qoe-bench', silentLogger);
  const admin = client.admin();
  const databases = [`bench_group_${Date.now()}_1`, `bench_group_${Date.now()}_2`];
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
    const one = await runGroupSettled(1, kafka.brokers, admin, ends, { ...env, QOE_INFLUX_DB: databases[0]! }, dir);
    const two = await runGroupSettled(2, kafka.brokers, admin, ends, { ...env, QOE_INFLUX_DB: databases[1]! }, dir);
    const again = ', in a second group: in the first a member\'s join failed on the mock coordinator\'s refusal of a late SyncGroup';
    const cpu = (r: GroupRun) => (r.cpuSeconds.every((s) => s !== undefined) ? `; CPU ${r.cpuSeconds.map((s) => `${s!.toFixed(1)} s`).join(' + ')} from start to the last commit` : '');
    const detail = (r: GroupRun & { again: boolean }) => `${Math.round(r.perSecond).toLocaleString('en-US')}/s (steady rate over ${r.records.toLocaleString('en-US')} views committed in ${r.seconds.toFixed(1)} s${cpu(r)}${r.again ? again : ''})`;
    return [
      ratioRow('scale', `throughput of two \`qoe start\` processes in one consumer group / one (views job, mock cluster, ${PARTITIONS} partitions, ${os.cpus().length} cores shared with InfluxDB and the broker)`, two.perSecond / one.perSecond, `two: ${detail(two)}; one: ${detail(one)}`, { min: 1.7 }),
      rssRow(one, views, minutes),
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
