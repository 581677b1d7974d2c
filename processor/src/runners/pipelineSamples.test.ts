import { instrument } from '../log/instrumentation';
import { CONSUMER_EVENTS, type ConsumerAssignedEvent, type ConsumerBatchEvent } from './kafka/checkpointedConsumer';
import { ConsumerTotals, distributedSample, embeddedSample } from './pipelineSamples';

const writer = { written: 0, rejected: 0, dropped: 0, retries: 0, buffered: 0, failing: false, pauses: 0 };

describe('self-metrics of the Kafka consumers, from their instrumentation events', () => {
  it('sums records per job and topic, points and late records per job, keeps the lag of the partitions held', () => {
    const totals = new ConsumerTotals();
    const batch = (job: string, topic: string, partition: number, records: number, lag: number): void =>
      instrument<ConsumerBatchEvent>(CONSUMER_EVENTS.batch, () => ({ job, group: `g-${job}`, topic, partition, records, points: 2, late: 1, lag, newestWindowEndMs: undefined, atMs: 0 }));
    batch('view_qoe', 'qoe.views', 0, 10, 5);
    batch('view_qoe', 'qoe.views', 1, 20, 0);
    batch('cdn', 'cdn.logs.raw', 0, 7, 3);
    instrument<ConsumerAssignedEvent>(CONSUMER_EVENTS.assigned, () => ({ job: 'view_qoe', group: 'g-view_qoe', topic: 'qoe.views', partitions: [1, 2] }));
    const s = distributedSample(totals, { lostMessages: 0, stateRebuilds: 0 }, writer, { deadLetterReasons: { late: 3 }, openIncidents: 1 });
    totals.close();
    batch('view_qoe', 'qoe.views', 1, 1000, 0); // after close: not counted
    expect(s.counters.viewsIn).toBe(30);
    expect(s.counters.cdnRecordsIn).toBe(7);
    expect(s.counters.recordsIn).toEqual([
      { tags: { job: 'view_qoe', source: 'qoe.views' }, value: 30 },
      { tags: { job: 'cdn', source: 'cdn.logs.raw' }, value: 7 },
    ]);
    expect(s.counters.recordsOut).toEqual([
      { tags: { job: 'view_qoe' }, value: 4 },
      { tags: { job: 'cdn' }, value: 2 },
    ]);
    expect(s.counters.lateRecords).toEqual([
      { tags: { job: 'view_qoe' }, value: 2 },
      { tags: { job: 'cdn' }, value: 1 },
    ]);
    // Partition 0 of the views went to another member in the rebalance: its lag is no longer ours.
    expect(s.gauges.kafkaConsumerLag).toEqual([
      { tags: { group: 'g-view_qoe', topic: 'qoe.views', partition: '1' }, value: 0 },
      { tags: { group: 'g-cdn', topic: 'cdn.logs.raw', partition: '0' }, value: 3 },
    ]);
    expect(s.counters.deadLetters).toEqual([{ tags: { reason: 'late' }, value: 3 }]);
    expect(s.gauges.openIncidents).toBe(1);
  });
});

describe('self-metrics of the embedded pipeline', () => {
  it('counts the HTTP collector\'s refusals by reason, and none without a collector', () => {
    const stats = { views: 5, cdnRecords: 0, lateViews: 0, lateCdnRecords: 0, points: 0, deadLetters: 0, incidentsOpened: 0, recordsBySource: [], pointsByJob: { view_qoe: 0, cdn: 0 }, watermarkMs: Number.NEGATIVE_INFINITY };
    const s = embeddedSample(stats, { ...writer, pauses: 2 }, { deadLetterReasons: {}, openIncidents: 0, collector: { throttled: 3, deferred: 7 } }, 0);
    expect(s.counters.collectorRefused).toEqual([
      { tags: { reason: 'rate_limit' }, value: 3 },
      { tags: { reason: 'backpressure' }, value: 7 },
    ]);
    expect(s.counters.backpressurePauses).toBe(2);
    expect(embeddedSample(stats, writer, { deadLetterReasons: {}, openIncidents: 0 }, 0).counters.collectorRefused).toBeUndefined();
  });
});
