/** The Kafka-mode fault cases' input, how it is produced, and how a run is known to be done. */
import type { Admin } from 'kafkajs';
import type { CdnRecord } from '../../src/decode/cdn';
import { silentLogger } from '../../src/log/logger';
import type { TopicNames } from '../../src/schema';
import { CdnBatchProducer } from '../../src/sinks/kafka/cdnBatchProducer';
import { ViewsProducer } from '../../src/sinks/kafka/viewsProducer';
import { createKafka } from '../../src/sources/kafka/kafkaClient';
import { parseScenario, simulateRange, type Scenario, type SimulatedView } from '../../src/sources/simulator';
import { PathConventionLookup } from '../../src/enrich/assetLookup';

/** A Kafka cluster and the names of the pipeline's topics on it (a run's QOE_KAFKA_TOPIC_PREFIX). */
export interface KafkaTarget {
  brokers: string[];
  topics: TopicNames;
}

export interface Chunk {
  views: SimulatedView[];
  cdn: CdnRecord[];
}

export interface KafkaInput {
  /** A minute of views and CDN records each, in event-time order. */
  chunks: Chunk[];
  /**
   * Records 4 h later on every key, produced once the rest is consumed: they close every
   * minute window and every usage hour of the input (their own windows stay open in every
   * run alike). Produced earlier, they could reach an enriched partition before records of
   * another CDN partition still in flight, and make those late for usage.
   */
  sentinels: Chunk;
  records: number;
  /** The simulator scenario of the input (its catalog seeds an asset database). */
  scenario: Scenario;
  produce(at: KafkaTarget, chunks: readonly Chunk[]): Promise<void>;
}

/** The minute of the input whose CDN records come at ten times the normal rate. */
export function viralMinute(minutes: number): number {
  return Math.floor((2 * minutes) / 3);
}

/**
 * `minutes` of simulated traffic from `fromMs` (a CDN failure on one property for the
 * detector to open an incident on), and the sentinels that close its windows.
 */
export function kafkaInput(fromMs: number, minutes: number): KafkaInput {
  const scenario = parseScenario({
    seed: 29,
    viewsPerSecond: 6,
    cdnRequestsPerSecond: 2,
    diurnal: { amplitude: 0, peakHourUtc: 20 },
    incidents: [{ type: 'cdn_failure', property: 'prop-sport', cdn: 'akamai', startMin: Math.floor(minutes / 3), durationMin: 4, errorRatePct: 60 }],
  });
  const chunks: Chunk[] = [];
  for (let m = 0; m < minutes; m++) {
    const chunk: Chunk = { views: [], cdn: [] };
    for (const s of simulateRange(scenario, fromMs + m * 60_000, fromMs + (m + 1) * 60_000, { cdn: true, scenarioStartMs: fromMs })) {
      chunk.views.push(...s.views);
      chunk.cdn.push(...(s.cdn as CdnRecord[]));
    }
    chunks.push(chunk);
  }
  // A viral title: in one minute, ten times the normal CDN record rate, the extra nine tenths
  // requests for one asset (the load-spike case paces the input and watches lag drain).
  const viral = chunks[viralMinute(minutes)]!;
  const normal = viral.cdn.length;
  for (let k = 0; k < 9 * normal; k++) {
    const r = viral.cdn[k % normal]!;
    viral.cdn.push({ ...r, record_id: `viral-${k}`, path: `/env-viral/viral-title/720p/seg-${k % 300}.m4s`, request_time_ms: r.request_time_ms! + (k % 997) });
  }
  viral.cdn.sort((a, b) => a.request_time_ms! - b.request_time_ms!);
  const later = fromMs + 4 * 3_600_000 + 60_000;
  const all = chunks.flatMap((c) => c.views);
  const properties = [...new Set(all.map((v) => v.property_id))];
  const sentinelViews = properties.map((p, i) => ({ ...all.find((v) => v.property_id === p)!, view_id: `sentinel-${i}`, view_start: new Date(later - 30_000).toISOString(), view_end: new Date(later).toISOString() }));
  const lookup = new PathConventionLookup();
  const byKey = new Map<string, CdnRecord>();
  for (const r of chunks.flatMap((c) => c.cdn)) {
    const key = `${r.cdn}|${lookup.lookupSync(r.path!)?.environmentId ?? ''}`;
    if (!byKey.has(key)) byKey.set(key, r);
  }
  const sentinelCdn = [...byKey.values()].map((r, i) => ({ ...r, record_id: `sentinel-${i}`, request_time_ms: later }));
  return {
    chunks,
    sentinels: { views: sentinelViews, cdn: sentinelCdn },
    scenario,
    records: chunks.reduce((n, c) => n + c.views.length + c.cdn.length, 0),
    produce: async (at, list) => {
      const kafka = createKafka(at.brokers, 'qoe-faults-input', silentLogger);
      const views = new ViewsProducer(kafka, at.topics.views);
      const cdn = new CdnBatchProducer(kafka, at.topics.cdnLogsRaw, 200);
      await views.connect();
      await cdn.connect();
      try {
        for (const c of list) {
          await views.send(c.views);
          await cdn.send(c.cdn);
        }
      } finally {
        await views.disconnect();
        await cdn.disconnect();
      }
    },
  };
}

const admins = new Map<string, Promise<Admin>>();

function adminOf(brokers: string[]): Promise<Admin> {
  const key = brokers.join(',');
  let a = admins.get(key);
  if (!a) {
    const admin = createKafka(brokers, 'qoe-faults-admin', silentLogger).admin();
    a = admin.connect().then(() => admin);
    admins.set(key, a);
  }
  return a;
}

/** Disconnects the admin clients of the cases (afterAll). */
export async function closeAdmins(): Promise<void> {
  for (const a of admins.values()) await (await a).disconnect().catch(() => undefined);
  admins.clear();
}

/** Messages of the topic the group has not committed yet (end offsets minus committed offsets). */
async function groupLag(admin: Admin, groupId: string, topic: string): Promise<number> {
  const ends = await admin.fetchTopicOffsets(topic);
  const [committed] = await admin.fetchOffsets({ groupId, topics: [topic] });
  const at = new Map(committed?.partitions.map((p) => [p.partition, Math.max(0, Number(p.offset))]) ?? []);
  return ends.reduce((n, e) => n + Math.max(0, Number(e.high) - (at.get(e.partition) ?? 0)), 0);
}

/** The lag of the views, CDN and usage groups together (messages produced and not yet committed). */
export async function totalLag(at: KafkaTarget, groups: { views: string; cdn: string; usage: string }): Promise<number | undefined> {
  const admin = await adminOf(at.brokers);
  const { views, cdnLogsRaw, cdnLogsEnriched } = at.topics;
  try {
    return (await groupLag(admin, groups.views, views)) + (await groupLag(admin, groups.cdn, cdnLogsRaw)) + (await groupLag(admin, groups.usage, cdnLogsEnriched));
  } catch {
    return undefined; // a coordinator moving: ask again
  }
}

/**
 * Whether a run consumed everything: the views and CDN groups committed the end of their
 * topics, and then (the CDN stage has published every enriched record) the usage group the
 * end of the enriched topic (totalLag asks in that order). Offsets are committed only after
 * the points are in InfluxDB.
 */
export async function caughtUp(at: KafkaTarget, groups: { views: string; cdn: string; usage: string }): Promise<boolean> {
  return (await totalLag(at, groups)) === 0;
}

/** The distinct incident ids on the incidents topic, sorted (read from the beginning to the end offsets). */
export async function readIncidentIds(at: KafkaTarget): Promise<string[]> {
  const admin = await adminOf(at.brokers);
  const ends = await admin.fetchTopicOffsets(at.topics.incidents);
  const total = ends.reduce((n, e) => n + Number(e.high), 0);
  if (total === 0) return [];
  const consumer = createKafka(at.brokers, 'qoe-faults-incidents', silentLogger).consumer({ groupId: `qoe-faults-incidents-${Date.now()}-${Math.random()}` });
  const ids = new Set<string>();
  let seen = 0;
  await consumer.connect();
  await consumer.subscribe({ topic: at.topics.incidents, fromBeginning: true });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`read ${seen} of ${total} incident messages in 60 s`)), 60_000);
    void consumer.run({
      eachMessage: async ({ message }) => {
        ids.add(String(message.key));
        if (++seen >= total) {
          clearTimeout(timer);
          resolve();
        }
      },
    });
  });
  await consumer.disconnect();
  return [...ids].sort();
}
