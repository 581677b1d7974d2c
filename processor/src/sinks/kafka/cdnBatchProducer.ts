import { randomUUID } from 'node:crypto';
import type { Kafka, Producer } from 'kafkajs';
import type { CdnRecord } from '../../decode/cdn';
import { pb } from '../../proto';
import { TOPICS } from '../../schema';

/** Writes parsed CDN records to cdn.logs.raw as CdnLogBatch messages (a collector's output). */
export class CdnBatchProducer {
  private readonly producer: Producer;
  readonly collectorId = randomUUID();

  constructor(
    kafka: Kafka,
    private readonly topic: string = TOPICS.cdnLogsRaw,
    private readonly maxRecordsPerBatch = 1000,
    private readonly maxSpanMs = 5_000,
  ) {
    this.producer = kafka.producer({ allowAutoTopicCreation: true });
  }

  connect(): Promise<void> {
    return this.producer.connect();
  }

  /**
   * Resolves once the brokers acknowledged every batch (acks=all). Batches are keyed by
   * CDN, so each CDN's records land in one partition and its health job owns them. A batch
   * is cut at maxRecordsPerBatch records or when its records span more than maxSpanMs of
   * request time, and batches go out in the order they were cut: CDNs sharing a partition
   * stay interleaved in time, so one CDN's backlog does not push the other's records
   * behind the partition's watermark.
   */
  async send(records: readonly CdnRecord[]): Promise<void> {
    const open = new Map<string, { firstMs: number; list: CdnRecord[] }>();
    const messages: { key: string; value: Buffer }[] = [];
    const cut = (cdn: string, list: CdnRecord[]) => {
      const batch = pb.CdnLogBatch.encode({ batch_id: randomUUID(), collector_id: this.collectorId, received_at_ms: Date.now(), records: list as never }).finish();
      messages.push({ key: cdn, value: Buffer.from(batch) });
    };
    for (const r of records) {
      const cdn = r.cdn || 'unknown';
      const t = Number(r.request_time_ms ?? 0);
      let b = open.get(cdn);
      if (b && (b.list.length >= this.maxRecordsPerBatch || Math.abs(t - b.firstMs) > this.maxSpanMs)) {
        cut(cdn, b.list);
        b = undefined;
      }
      if (!b) open.set(cdn, (b = { firstMs: t, list: [] }));
      b.list.push(r);
    }
    for (const [cdn, b] of open) cut(cdn, b.list);
    if (messages.length > 0) await this.producer.send({ topic: this.topic, acks: -1, messages });
  }

  disconnect(): Promise<void> {
    return this.producer.disconnect();
  }
}
