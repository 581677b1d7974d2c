/**
 * The fault suite in Kafka mode (librdkafka's mock cluster here, a real Kafka when
 * KAFKA_BROKERS is set): `qoe start` processes in one consumer group, crashed at the
 * protocol's failpoints and restarted, a member joining and leaving, Redis killed, compared
 * point by point with an undisturbed run of the same input. Waits are for states (offsets
 * committed, a process gone, partitions assigned), never for fixed sleeps.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FAILPOINTS } from '../../src/config/failpoints';
import { PrivatePostgres } from '../../src/test-support/postgresServer';
import Redis from 'ioredis';
import { Pool } from 'pg';
import { ensureAssetTable, upsertAssets } from '../../src/enrich/assetDb';
import { catalogAssetRows } from '../../src/cli/seedAssets';
import { FaultProxy } from '../../src/test-support/faultProxy';
import { startTestKafka, type TestKafka } from '../../src/test-support/kafka';
import { tempFile } from '../../src/test-support/viewFiles';
import { waitFor } from '../../src/test-support/waitFor';
import { FULL, recordFault } from './faultReport';
import { countPoints, dump, outputs, qoe, seeded, suiteServers, type Child } from './harness';
import type { CdnRecord } from '../../src/decode/cdn';
import { silentLogger } from '../../src/log/logger';
import { pb } from '../../src/proto';
import { prefixedTopics } from '../../src/schema';
import { CdnBatchProducer } from '../../src/sinks/kafka/cdnBatchProducer';
import { toProtoTimes, ViewsProducer } from '../../src/sinks/kafka/viewsProducer';
import { createKafka } from '../../src/sources/kafka/kafkaClient';
import { caughtUp, closeAdmins, kafkaInput, readIncidentIds, totalLag, viralMinute, type KafkaInput, type KafkaTarget } from './kafkaInput';

/** Names this run of the suite's topics and groups apart from earlier runs' (on a real Kafka, which keeps them). */
const SUITE_RUN = Date.now().toString(36);

/** Fast group timing, so a crashed member's partitions move within seconds. */
const GROUP_TIMING = { QOE_KAFKA_SESSION_TIMEOUT_MS: '6000', QOE_KAFKA_REBALANCE_TIMEOUT_MS: '8000', QOE_KAFKA_HEARTBEAT_MS: '500' };

interface Run {
  kafka: TestKafka;
  /** The cluster and the run's topics (QOE_KAFKA_TOPIC_PREFIX of its own). */
  at: KafkaTarget;
  db: string;
  groups: { views: string; cdn: string; usage: string };
  env(extra?: Record<string, string>): Record<string, string>;
}

describe('faults in Kafka mode', () => {
  const { influx, redis } = suiteServers({ redis: true });
  const clusters: TestKafka[] = [];
  const input: KafkaInput = kafkaInput(Math.floor(Date.now() / 3_600_000) * 3_600_000 - 6 * 3_600_000, FULL ? 24 : 12);
  /** Each run's folder (the coordinator's log), removed at the end unless a wait ran out in it. */
  const runDirs: string[] = [];
  const keptDirs = new Set<string>();
  let undisturbed: Record<string, string>;
  let undisturbedIncidents: string[];
  /** The undisturbed run's dead letters (late records of the input), one JSON object a line. */
  let undisturbedDeadLetters: string[];

  /**
   * A cluster, topics, database and consumer groups of its own for one run of the input. The
   * topics are the pipeline's under a prefix of the run's (QOE_KAFKA_TOPIC_PREFIX): on the mock
   * cluster (a fresh one a run, its topics made on first use with 4 partitions) the whole
   * pipeline then runs under a prefix; on a real Kafka (KAFKA_BROKERS) `qoe topics` creates
   * them with 4 partitions, new for every run of the suite.
   */
  async function newRun(name: string): Promise<Run> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `qoe-kafka-${name}-`));
    runDirs.push(dir);
    const kafka = await startTestKafka({ groupLog: path.join(dir, 'coordinator.log') });
    clusters.push(kafka);
    const prefix = `faults-${SUITE_RUN}-${name}.`;
    const groups = { views: `qoe-views-${SUITE_RUN}-${name}`, cdn: `qoe-cdn-${SUITE_RUN}-${name}`, usage: `qoe-usage-${SUITE_RUN}-${name}` };
    const env = (extra: Record<string, string> = {}) => ({
      QOE_KAFKA_BROKERS: kafka.brokers.join(','),
      QOE_KAFKA_TOPIC_PREFIX: prefix,
      QOE_KAFKA_VIEWS_GROUP: groups.views,
      QOE_KAFKA_CDN_GROUP: groups.cdn,
      QOE_KAFKA_USAGE_GROUP: groups.usage,
      QOE_KAFKA_USAGE_CHECKPOINT_MS: '1000',
      QOE_INFLUX_URL: influx().url,
      QOE_INFLUX_DB: `kafka_${name}`,
      QOE_REDIS_URL: redis().url,
      QOE_PG_URL: '',
      QOE_ADMIN_PORT: '0',
      QOE_SIM_ENABLED: 'false',
      ...GROUP_TIMING,
      ...extra,
    });
    if (!kafka.mock) {
      const topics = qoe(['topics', '--partitions', '4'], env());
      expect([await topics.exited, topics.stderr()]).toEqual([0, expect.stringContaining('created:')]);
    }
    return {
      kafka,
      at: { brokers: kafka.brokers, topics: prefixedTopics(prefix) },
      db: `kafka_${name}`,
      groups,
      env,
    };
  }

  /** Where each member writes its dead letters. */
  const deadLetterFiles = new Map<Child, string>();
  const member = (run: Run, name: string, extra: Record<string, string> = {}) => {
    const file = tempFile(`${name}-dead.ndjson`, '');
    const m = qoe(['start', '--dead-letter', file], run.env(extra));
    deadLetterFiles.set(m, file);
    return m;
  };
  const deadLettersOf = (m: Child) => fs.readFileSync(deadLetterFiles.get(m)!, 'utf8').split('\n').filter(Boolean);
  const stopMember = async (m: Child) => {
    if (m.proc.exitCode === null && m.proc.signalCode === null) m.proc.kill('SIGTERM');
    await m.exited;
  };
  const isDone = (run: Run) => caughtUp(run.at, run.groups);

  beforeAll(async () => {
    // The undisturbed run: one member, the whole input, until every group committed its end.
    const run = await newRun('undisturbed');
    const calm = member(run, 'calm');
    try {
      await input.produce(run.at, input.chunks);
      await waitFor(() => isDone(run), 240_000, () => `the undisturbed run to consume the input (${calm.stderr().slice(-1500)})`);
      await input.produce(run.at, [input.sentinels]);
      await waitFor(() => isDone(run), 240_000, () => `the undisturbed run to consume the sentinels (${calm.stderr().slice(-1500)})`);
    } finally {
      await stopMember(calm);
    }
    undisturbedDeadLetters = deadLettersOf(calm);
    undisturbed = await dump(influx().url, run.db);
    undisturbedIncidents = await readIncidentIds(run.at);
    expect(countPoints(undisturbed)).toBeGreaterThan(100);
    expect(JSON.parse(undisturbed.usage!).length).toBeGreaterThan(0);
    expect(JSON.parse(undisturbed.cdn_health!).length).toBeGreaterThan(0);
    expect(undisturbedIncidents.length).toBeGreaterThan(0);
  });

  afterAll(async () => {
    await closeAdmins();
    for (const k of clusters) await k.stop();
    for (const dir of runDirs) if (!keptDirs.has(dir)) fs.rmSync(dir, { recursive: true, force: true });
  });

  /**
   * What a wait that ran out leaves behind: every member's whole output and the mock
   * coordinator's log of group decisions in the run's folder, and the log's last lines.
   */
  function postmortem(run: Run, members: Child[], what: string): string {
    const dir = run.kafka.groupLog ? path.dirname(run.kafka.groupLog) : fs.mkdtempSync(path.join(os.tmpdir(), 'qoe-kafka-'));
    keptDirs.add(dir);
    members.forEach((m, i) => fs.writeFileSync(path.join(dir, `member-${i}-pid${String(m.proc.pid)}.log`), m.stderr()));
    // The group decisions, without the offset commits and committed-offset answers that make most of the log.
    const decisions = run.kafka.groupLog && fs.existsSync(run.kafka.groupLog) ? fs.readFileSync(run.kafka.groupLog, 'utf8').split('\n').filter((l) => !/committ(ing|ed) offset/.test(l)) : undefined;
    const coordinator = decisions ? decisions.slice(-60).join('\n') : '(no coordinator log)';
    return `${what} (members' last lines:\n${members.map((m) => m.stderr().slice(-800)).join('\n---\n')}\n\nthe coordinator's last decisions:\n${coordinator}\n\nwhole outputs in ${dir})`;
  }

  /**
   * Waits until the run consumed the input, produces the sentinels and waits for them, then
   * compares every point and every incident id with the undisturbed run. Returns how long
   * the input took to drain after the fault.
   */
  async function expectEqualToUndisturbed(run: Run, members: () => Child[]): Promise<number> {
    const t0 = Date.now();
    await waitFor(() => isDone(run), 240_000, () => postmortem(run, members(), 'the disturbed run to consume the input'));
    const recovery = Date.now() - t0;
    await input.produce(run.at, [input.sentinels]);
    await waitFor(() => isDone(run), 240_000, () => postmortem(run, members(), 'the disturbed run to consume the sentinels'));
    const disturbed = await dump(influx().url, run.db);
    const differing = Object.keys(undisturbed).filter((m) => disturbed[m] !== undisturbed[m]);
    // A difference leaves the members' whole outputs and the coordinator's log beside the run.
    // QOE_FAULTS_KEEP=1 keeps the members' outputs and the coordinator log of passing runs too.
    if (process.env.QOE_FAULTS_KEEP) postmortem(run, members(), 'kept');
    if (differing.length > 0) console.error(`points differ in ${differing.join(', ')}: ${postmortem(run, members(), 'the disturbed run')}`);
    for (const m of Object.keys(undisturbed)) expect([m, disturbed[m]]).toEqual([m, undisturbed[m]]);
    // Incidents: the same ids (a redone batch republishes an id, never opens a new one).
    expect(await readIncidentIds(run.at)).toEqual(undisturbedIncidents);
    return recovery;
  }

  it('two members of one group, killed (SIGKILL) at seeded failpoints and restarted, a third joining and leaving: every point and incident equal to the undisturbed run', async () => {
    const run = await newRun('crashes');
    const rnd = seeded(20261203);
    const points = Object.values(FAILPOINTS);
    const target = FULL ? 20 : 4;
    let kills = 0;
    const hit = new Map<string, number>();
    let rssPeak = 0;
    const arm = (): Record<string, string> => (kills < target ? { QOE_FAILPOINTS: `${points[Math.floor(rnd() * points.length)]!}:${1 + Math.floor(rnd() * 3)}` } : {});
    // Both first members die on the CDN stage's first batch after its enriched records went
    // out and before its checkpoint: the restart publishes them again, which usage must count
    // once (record-id de-duplication). Whichever member takes a CDN batch first reaches it.
    const republish = { QOE_FAILPOINTS: `${FAILPOINTS.flushed}@cdn:1` };
    const members: Child[] = [member(run, 'a0', republish), member(run, 'b0', republish)];
    const all = [...members];
    const alive = (m: Child) => m.proc.exitCode === null && m.proc.signalCode === null;
    const joinAt = Math.floor(input.chunks.length / 2);
    let third: Child | undefined;
    /** Dead members replaced by new ones (armed while kills remain to be made), their failpoints counted. */
    const restartDead = async () => {
      for (let j = 0; j < members.length; j++) {
        const m = members[j]!;
        if (alive(m)) continue;
        await m.exited;
        rssPeak = Math.max(rssPeak, m.rssPeak());
        const reached = /"failpoint":"([a-z.]+)","job":"([a-z_]+)"/.exec(m.stderr());
        const point = reached && `${reached[1]!}@${reached[2]!}`;
        if (point) hit.set(point, (hit.get(point) ?? 0) + 1);
        else if (m.proc.signalCode !== 'SIGKILL') throw new Error(`member exited by itself (${String(m.proc.exitCode)}): ${m.stderr().slice(-1500)}`);
        kills++;
        members[j] = member(run, `m${kills}`, arm());
        all.push(members[j]!);
      }
    };
    try {
      for (let i = 0; i < input.chunks.length; i++) {
        if (i === joinAt) {
          third = member(run, 'c');
          all.push(third);
          // Started: every consumer in its group (the line `qoe start` prints once running).
          await waitFor(() => /consuming .*Press Ctrl-C to stop/.test(third!.stderr()) || !alive(third!), 120_000, () => `the third member to start (${third!.stderr().slice(-800)})`);
        }
        await input.produce(run.at, [input.chunks[i]!]);
        if (i === joinAt + 1 && third) {
          await stopMember(third); // leaves the group cleanly mid-run
          if (third.proc.exitCode !== 0) throw new Error(`the third member did not stop cleanly (${String(third.proc.exitCode)}): ${third.stderr().slice(-2000)}`);
        }
        if (kills < target) {
          // One crash per chunk: a member reaching its failpoint, or, when none does before
          // the chunk is consumed, a kill from outside at a seeded member.
          await waitFor(async () => members.some((m) => !alive(m)) || (await isDone(run)), 240_000, () => postmortem(run, all, 'a failpoint or the chunk consumed'));
          if (members.every(alive)) {
            const victim = members[Math.floor(rnd() * members.length)]!;
            victim.proc.kill('SIGKILL');
            hit.set('outside, idle', (hit.get('outside, idle') ?? 0) + 1);
          }
        }
        await restartDead();
      }
      // A member armed before the last kill may still reach its failpoint: like a process
      // manager, restart it (unarmed now) until the run is compared.
      let supervising = true;
      let supervisorError: unknown;
      const supervisor = (async () => {
        while (supervising) {
          await restartDead();
          await new Promise((r) => setTimeout(r, 200));
        }
      })().catch((err: unknown) => {
        supervisorError = err;
      });
      let recoveryMs: number;
      try {
        recoveryMs = await expectEqualToUndisturbed(run, () => all);
      } finally {
        supervising = false;
        await supervisor;
      }
      if (supervisorError) throw supervisorError;
      expect(kills).toBeGreaterThanOrEqual(target);
      // The seeded schedule reaches the protocol's points, not only idle kills.
      expect([...hit.keys()].filter((k) => k.startsWith('kafka.')).length).toBeGreaterThanOrEqual(FULL ? 3 : 1);
      expect(hit.get(`${FAILPOINTS.flushed}@cdn`)).toBeGreaterThanOrEqual(1);
      for (const m of all) rssPeak = Math.max(rssPeak, m.rssPeak());
      recordFault({
        fault: 'Kafka mode: members crashed, one joining and leaving',
        done: `2 \`qoe start\` in one group over ${input.chunks.length} chunks; ${kills} SIGKILLs (${[...hit].map(([k, n]) => `${k} ${n}`).join(', ')}), the first two members armed at the CDN stage's flushed point (enriched records published, not saved: republished after the restart), each restarted (with a new seeded failpoint until the ${target}th kill); a 3rd member joined at chunk ${joinAt} and left at ${joinAt + 1}`,
        checked: 'every point of every measurement (views, CDN health, usage, incidents) and the incident ids on the topic equal to an undisturbed single-member run',
        records: input.records,
        rssPeakBytes: rssPeak,
        recoveryMs,
        result: 'equal to undisturbed',
      });
    } finally {
      for (const m of all) await stopMember(m);
    }
  });

  it('a load spike (a viral title: ten times the normal CDN record rate for a minute): lag drains by itself, memory stays bounded, every point equal', async () => {
    const run = await newRun('spike');
    const a = member(run, 'sa');
    const viral = viralMinute(input.chunks.length);
    // A steady feed before and after; the minute before the viral one and the viral one are
    // each produced once what came before is consumed, and lag is sampled until they drained.
    const steps = [
      { chunks: input.chunks.slice(0, viral - 1), watch: undefined },
      { chunks: [input.chunks[viral - 1]!], watch: 'normal' as const },
      { chunks: [input.chunks[viral]!], watch: 'spike' as const },
      { chunks: input.chunks.slice(viral + 1), watch: undefined },
    ];
    const lagPeak = { normal: 0, spike: 0 };
    const drainMs = { normal: 0, spike: 0 };
    try {
      for (const step of steps) {
        const t0 = Date.now();
        await input.produce(run.at, step.chunks);
        await waitFor(
          async () => {
            const lag = await totalLag(run.at, run.groups);
            if (step.watch && lag !== undefined) lagPeak[step.watch] = Math.max(lagPeak[step.watch], lag);
            return lag === 0;
          },
          240_000,
          () => `the input consumed (${a.stderr().slice(-800)})`,
          100,
        );
        if (step.watch) drainMs[step.watch] = Date.now() - t0;
      }
      const recoveryMs = await expectEqualToUndisturbed(run, () => [a]);
      expect(a.proc.exitCode).toBeNull();
      const spikeRecords = input.chunks[viral]!.cdn.length;
      // The minute's own traffic, without the viral title's requests: the spike is ten times it.
      const normalRecords = input.chunks[viral]!.cdn.filter((r) => !String(r.record_id).startsWith('viral-')).length;
      expect(spikeRecords).toBe(10 * normalRecords);
      // Lag peak and drain times are measured and reported, not asserted: how much of the burst
      // is seen waiting depends on the machine's speed (asserting it would be a timing test).
      const rss = a.rssPeak();
      expect(rss).toBeLessThan(400 * 1024 * 1024);
      recordFault({
        fault: 'Kafka mode: load spike (viral title)',
        done: `one member; minute ${viral} carried ${spikeRecords} CDN records (${normalRecords} normally: ten times the rate) produced as one burst, after a normal minute produced the same way`,
        checked: `lag peaked at ${lagPeak.spike} messages (${lagPeak.normal} for the normal minute) and drained by itself; produce to committed ${(drainMs.spike / 1000).toFixed(1)} s (${(drainMs.normal / 1000).toFixed(1)} s for the normal minute: the commit cycle dominates at this size); RSS < 400 MiB; every point and incident id equal to the undisturbed run`,
        records: input.records,
        faultMs: drainMs.spike,
        rssPeakBytes: rss,
        recoveryMs,
        result: 'equal to undisturbed',
      });
    } finally {
      await stopMember(a);
    }
  });

  it('hostile messages on the Kafka topics (random bytes, empty, truncated and oversized messages, views and CDN records of impossible values) among the input: each dead-lettered with its reason, every point equal to the undisturbed run', async () => {
    const run = await newRun('hostile');
    const a = member(run, 'ha');
    const rnd = seeded(4242);
    const bytes = (n: number) => Buffer.from(Array.from({ length: n }, () => Math.floor(rnd() * 256)));
    const goodView = input.chunks[0]!.views[0]!;
    const goodRecord = input.chunks[0]!.cdn[0]!;
    const encodedView = Buffer.from(pb.VideoView.encode(pb.VideoView.fromObject(toProtoTimes(goodView))).finish());
    const encodedBatch = Buffer.from(pb.CdnLogBatch.encode({ batch_id: 'b', collector_id: 'c', received_at_ms: 0, records: [goodRecord] as never }).finish());
    // Messages no reader can take: random bytes (after a tag of wire type 7, which no protobuf
    // message has: random bytes alone may decode), nothing, a message whose last field is cut
    // short, half a megabyte.
    const junk = (n: number) => Buffer.concat([Buffer.from([0x07]), bytes(n)]);
    const garbage = (encoded: Buffer) => [junk(63), junk(0), Buffer.alloc(0), Buffer.concat([encoded, Buffer.from([0x0a, 0x40, 0x41])]), junk(512 * 1024), ...Array.from({ length: 20 }, () => junk(Math.floor(rnd() * 300)))];
    const viewGarbage = garbage(encodedView);
    const cdnGarbage = garbage(encodedBatch);
    // Views and records that decode but must be refused (each marked by its id).
    const at = (iso: string) => ({ ...goodView, view_start: iso, view_end: iso });
    const badViews = [
      { ...at('1970-01-01T00:00:01Z'), view_id: 'hostile-epoch' },
      { ...at('3000-01-01T00:00:00Z'), view_id: 'hostile-future' },
      { ...goodView, view_id: 'hostile-negative', rebuffer_duration: -5 },
      { ...goodView, view_id: 'hostile-nan', weighted_average_bitrate: Number.NaN },
      { ...goodView, view_id: 'hostile-end-before-start', view_start: goodView.view_end, view_end: goodView.view_start },
      { ...goodView, view_id: '' },
      { ...goodView, view_id: 'hostile-\u0001-control' },
    ];
    const badRecords: CdnRecord[] = [
      { ...goodRecord, record_id: 'hostile-status', status: 42 },
      { ...goodRecord, record_id: 'hostile-time', request_time_ms: 0 },
      { ...goodRecord, record_id: 'hostile-bytes', bytes_sent: -1 },
      { ...goodRecord, record_id: 'hostile-ttfb', ttfb_ms: -5 },
    ];
    const hostileCount = viewGarbage.length + cdnGarbage.length + badViews.length + badRecords.length;
    const half = Math.floor(input.chunks.length / 2);
    try {
      await input.produce(run.at, input.chunks.slice(0, half));
      // Keyed as the input's messages are, so they land among them in the same partitions.
      const kafka = createKafka(run.kafka.brokers, 'qoe-faults-hostile', silentLogger);
      const plain = kafka.producer({ allowAutoTopicCreation: true });
      const views = new ViewsProducer(kafka, run.at.topics.views);
      const cdn = new CdnBatchProducer(kafka, run.at.topics.cdnLogsRaw, 200);
      await Promise.all([plain.connect(), views.connect(), cdn.connect()]);
      try {
        const viewKeys = [...new Set(input.chunks[0]!.views.map((v) => String(v.property_id)))];
        const cdnKeys = [...new Set(input.chunks[0]!.cdn.map((r) => String(r.cdn)))];
        await plain.send({ topic: run.at.topics.views, acks: -1, messages: viewGarbage.map((value, i) => ({ key: viewKeys[i % viewKeys.length]!, value })) });
        await plain.send({ topic: run.at.topics.cdnLogsRaw, acks: -1, messages: cdnGarbage.map((value, i) => ({ key: cdnKeys[i % cdnKeys.length]!, value })) });
        await views.send(badViews);
        await cdn.send(badRecords);
      } finally {
        await Promise.all([plain.disconnect(), views.disconnect(), cdn.disconnect()]);
      }
      await input.produce(run.at, input.chunks.slice(half));
      const recoveryMs = await expectEqualToUndisturbed(run, () => [a]);
      expect(a.proc.exitCode).toBeNull(); // no crash
      await stopMember(a);
      const deadLetters = deadLettersOf(a);
      // Every hostile message or record dead-lettered once, besides what the input itself gives.
      expect(deadLetters.length - undisturbedDeadLetters.length).toBe(hostileCount);
      const parsed = deadLetters.map((l) => JSON.parse(l) as { reason?: string; record?: unknown });
      expect(parsed.every((d) => typeof d.reason === 'string' && d.reason.length > 0)).toBe(true);
      const text = deadLetters.join('\n');
      for (const id of ['hostile-epoch', 'hostile-future', 'hostile-negative', 'hostile-nan', 'hostile-end-before-start', 'hostile-status', 'hostile-time', 'hostile-bytes', 'hostile-ttfb']) expect([id, text.includes(id)]).toEqual([id, true]);
      expect(parsed.filter((d) => /^undecodable (VideoView|CdnLogBatch)|^empty message$/.test(d.reason!)).length).toBe(viewGarbage.length + cdnGarbage.length);
      outputs.push(text);
      const rss = a.rssPeak();
      expect(rss).toBeLessThan(400 * 1024 * 1024);
      recordFault({
        fault: 'hostile input, Kafka topics',
        done: `one member; after half the input, ${viewGarbage.length} messages on the views topic and ${cdnGarbage.length} on the raw CDN topic that no reader can take (random bytes, empty, cut short, half a megabyte), ${badViews.length} views (epoch and year-3000 times, negative and NaN values, end before start, no id, a control character in the id) and ${badRecords.length} CDN records (status 42, time 0, negative bytes and TTFB) that decode but must be refused, keyed among the input's messages; then the rest`,
        checked: `dead letters = the undisturbed run's + ${hostileCount}, each with its reason; no crash; every point and incident id equal to the undisturbed run`,
        records: input.records + hostileCount,
        rssPeakBytes: rss,
        recoveryMs,
        result: 'equal to undisturbed',
      });
    } finally {
      await stopMember(a);
    }
  });

  it('InfluxDB gone, then answering 500s, then hanging, in the middle of a Kafka-mode run: consumption waits, nothing is committed unwritten, lag drains after, every point equal', async () => {
    const proxy = await FaultProxy.start(influx().url);
    const run = await newRun('influx');
    const env = { QOE_INFLUX_URL: proxy.url, QOE_INFLUX_BATCH_SIZE: '500', QOE_INFLUX_RETRY_MS: '100', QOE_INFLUX_RETRY_MAX_MS: '1000', QOE_INFLUX_TIMEOUT_MS: '1000' };
    const a = member(run, 'ia', env);
    const b = member(run, 'ib', env);
    let a2: Child | undefined;
    const half = Math.floor(input.chunks.length / 2);
    const phaseMs = FULL ? 40_000 : 5_000;
    let faultMs = 0;
    try {
      await input.produce(run.at, input.chunks.slice(0, half));
      await waitFor(() => isDone(run), 240_000, () => `the first half consumed (${a.stderr().slice(-800)})`);
      const t0 = Date.now();
      for (const mode of ['refuse', 'error500', 'hang'] as const) {
        proxy.mode = mode;
        if (mode === 'refuse') await input.produce(run.at, input.chunks.slice(half));
        // The fault is met (a write tried in this mode), then lasts its own fixed time.
        await waitFor(() => proxy.counts[mode] > 0, 120_000, `a write to meet the ${mode} fault`);
        await new Promise((r) => setTimeout(r, phaseMs));
        // Nothing was acknowledged that InfluxDB did not store: the groups stay short of the end.
        expect([mode, await isDone(run)]).toEqual([mode, false]);
      }
      // A member crashing while its output waits: what it took during the fault was neither
      // written nor acknowledged, so its successor takes it again from the last checkpoint (a
      // checkpoint or commit made before the flush would lose it here).
      a.proc.kill('SIGKILL');
      await a.exited;
      proxy.mode = 'pass';
      faultMs = Date.now() - t0;
      a2 = member(run, 'ia2', env);
      const recoveryMs = await expectEqualToUndisturbed(run, () => [a, b, a2!]);
      expect([b, a2].every((m) => m.proc.exitCode === null)).toBe(true);
      const rss = Math.max(a.rssPeak(), b.rssPeak(), a2.rssPeak());
      expect(rss).toBeLessThan(400 * 1024 * 1024);
      recordFault({ fault: 'Kafka mode: InfluxDB gone, 500s, hanging', done: `two members; after half the input, InfluxDB behind a proxy that dropped connections, then answered 500, then never answered (1 s client timeout), ${phaseMs / 1000} s each, while the second half was produced; then one member SIGKILLed while its output waited, and a new one started once InfluxDB answered`, checked: 'no group committed the end during the fault; afterwards every point and incident id equal to the undisturbed run; no other member died; RSS < 400 MiB', records: input.records, faultMs, rssPeakBytes: rss, recoveryMs, result: 'equal to undisturbed' });
    } finally {
      await stopMember(a);
      await stopMember(b);
      if (a2) await stopMember(a2);
      await proxy.close();
    }
  });

  it('PostgreSQL (the asset database) stopped under cold-cache load and started again: consumption waits, then every point equals a run with it up', async () => {
    const pg = await PrivatePostgres.create();
    const pool = new Pool({ connectionString: pg.url });
    const members: Child[] = [];
    try {
      await ensureAssetTable(pool);
      await upsertAssets(pool, catalogAssetRows(input.scenario));
      await pool.end();
      const withPg = { QOE_PG_URL: pg.url, QOE_ASSET_DB_MAX_QPS: '50' };
      // The baseline: PostgreSQL up all along, one member.
      const calmRun = await newRun('pgcalm');
      const calm = member(calmRun, 'pgcalm', withPg);
      members.push(calm);
      await input.produce(calmRun.at, input.chunks);
      await waitFor(() => isDone(calmRun), 240_000, () => `the baseline to consume the input (${calm.stderr().slice(-800)})`);
      await input.produce(calmRun.at, [input.sentinels]);
      await waitFor(() => isDone(calmRun), 240_000, () => `the baseline to consume the sentinels (${calm.stderr().slice(-800)})`);
      await stopMember(calm);
      const baseline = await dump(influx().url, calmRun.db);
      expect(JSON.parse(baseline.usage!).length).toBeGreaterThan(0);

      // A cold cache: nothing of the baseline's lookups left in Redis.
      const cache = new Redis(redis().url);
      const keys = await cache.keys('qoe:asset:*');
      if (keys.length > 0) await cache.del(...keys);
      cache.disconnect();
      const run = await newRun('pg');
      const a = member(run, 'pga', withPg);
      const b = member(run, 'pgb', withPg);
      members.push(a, b);
      const half = Math.floor(input.chunks.length / 2);
      await input.produce(run.at, input.chunks.slice(0, half));
      await waitFor(() => isDone(run), 240_000, () => `the first half consumed (${a.stderr().slice(-800)})`);
      const marks = [a.stderr().length, b.stderr().length];
      await pg.stop();
      const t0 = Date.now();
      // The second half's assets are not in the cache yet (one property's titles only come later).
      await input.produce(run.at, input.chunks.slice(half));
      await waitFor(() => [a, b].some((m, i) => /ECONNREFUSED|terminat|[Cc]onnection/.test(m.stderr().slice(marks[i]))), 120_000, () => `a member to meet the PostgreSQL fault (${a.stderr().slice(-600)})`);
      await new Promise((r) => setTimeout(r, FULL ? 60_000 : 5_000));
      const doneDuringFault = await isDone(run);
      const peakDuringFault = Math.max(a.rssPeak(), b.rssPeak());
      await pg.start();
      const faultMs = Date.now() - t0;
      const t1 = Date.now();
      await waitFor(() => isDone(run), 240_000, () => `the input consumed after the fault (${a.stderr().slice(-800)})`);
      const recoveryMs = Date.now() - t1;
      await input.produce(run.at, [input.sentinels]);
      await waitFor(() => isDone(run), 240_000, () => `the sentinels consumed (${a.stderr().slice(-800)})`);
      const disturbed = await dump(influx().url, run.db);
      for (const m of Object.keys(baseline)) expect([m, disturbed[m]]).toEqual([m, baseline[m]]);
      expect(doneDuringFault).toBe(false);
      expect(peakDuringFault).toBeLessThan(400 * 1024 * 1024);
      expect([a, b].every((m) => m.proc.exitCode === null)).toBe(true);
      recordFault({ fault: 'Kafka mode: PostgreSQL stopped under cold-cache load', done: `asset database seeded with the input's catalog; two members with an empty asset cache; PostgreSQL stopped (fast shutdown) after half the input, the second half produced while it was down (${FULL ? 60 : 5} s after a member met the fault), then started again`, checked: 'no group committed the end while it was down; RSS < 400 MiB; no member died; afterwards every point equal to a run with PostgreSQL up all along', records: input.records, faultMs, rssPeakBytes: Math.max(a.rssPeak(), b.rssPeak()), recoveryMs, result: 'equal to undisturbed' });
    } finally {
      for (const m of members) await stopMember(m);
      await pg.destroy();
    }
  });

  it('Redis (the checkpoint store) killed mid-run and restarted: consumption waits, then every point equals the undisturbed run', async () => {
    const run = await newRun('redis');
    const a = member(run, 'ra');
    const b = member(run, 'rb');
    const half = Math.floor(input.chunks.length / 2);
    let faultMs = 0;
    try {
      await input.produce(run.at, input.chunks.slice(0, half));
      await waitFor(() => isDone(run), 240_000, () => `the first half consumed (${a.stderr().slice(-800)})`);
      const marks = [a.stderr().length, b.stderr().length];
      await redis().kill();
      const t0 = Date.now();
      await input.produce(run.at, input.chunks.slice(half));
      // A member meets the fault (its Redis client reports the lost connection), which then
      // lasts its own fixed time; meanwhile nothing can be checkpointed, so no group commits the end.
      await waitFor(() => [a, b].some((m, i) => /ECONNREFUSED|[Cc]onnection is closed|[Rr]edis/.test(m.stderr().slice(marks[i]))), 120_000, 'a member to meet the Redis fault');
      await new Promise((r) => setTimeout(r, FULL ? 60_000 : 5_000));
      expect(await isDone(run)).toBe(false);
      await redis().start();
      faultMs = Date.now() - t0;
      const recoveryMs = await expectEqualToUndisturbed(run, () => [a, b]);
      expect([a, b].every((m) => m.proc.exitCode === null)).toBe(true);
      recordFault({ fault: 'Kafka mode: Redis killed and restarted', done: `two members; redis-server SIGKILLed after half the input, the second half produced while it was down (${FULL ? 60 : 5} s after a member met the fault), then restarted (append-only file, fsync always)`, checked: 'no offsets committed while Redis was down; afterwards every point and incident id equal to the undisturbed run; no member died', records: input.records, faultMs, rssPeakBytes: Math.max(a.rssPeak(), b.rssPeak()), recoveryMs, result: 'equal to undisturbed' });
    } finally {
      await stopMember(a);
      await stopMember(b);
    }
  });

  it('Redis (the checkpoint store) losing its data while the members are down: the partitions rebuild their state from the topic, every point equals the undisturbed run', async () => {
    const run = await newRun('redisloss');
    const first = [member(run, 'la'), member(run, 'lb')];
    const half = Math.floor(input.chunks.length / 2);
    let second: Child[] = [];
    try {
      await input.produce(run.at, input.chunks.slice(0, half));
      await waitFor(() => isDone(run), 240_000, () => `the first half consumed (${first[0]!.stderr().slice(-800)})`);
      // Both members die; the checkpoint store comes back empty while the groups' committed offsets stay.
      for (const m of first) m.proc.kill('SIGKILL');
      for (const m of first) await m.exited;
      await redis().kill();
      redis().wipe();
      await redis().start();
      await input.produce(run.at, input.chunks.slice(half));
      second = [member(run, 'lc'), member(run, 'ld')];
      const recoveryMs = await expectEqualToUndisturbed(run, () => second);
      const rebuilt = second.map((m) => (m.stderr().match(/rebuilding the state from the topic/g) ?? []).length).reduce((x, y) => x + y, 0);
      expect(rebuilt).toBeGreaterThan(0);
      expect(second.every((m) => m.proc.exitCode === null)).toBe(true);
      recordFault({
        fault: 'Kafka mode: Redis lost its data',
        done: `two members SIGKILLed after half the input; redis-server killed, its append-only files deleted, started empty; the second half produced and two new members started`,
        checked: `every partition with a committed offset and no checkpoint rebuilt its state from the topic without output (${rebuilt} rebuilds logged); every point and incident id equal to the undisturbed run`,
        records: input.records,
        rssPeakBytes: Math.max(...second.map((m) => m.rssPeak())),
        recoveryMs,
        result: 'equal to undisturbed',
      });
    } finally {
      for (const m of [...first, ...second]) await stopMember(m);
    }
  });
});
