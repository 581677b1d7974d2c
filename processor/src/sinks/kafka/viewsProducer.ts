import { CompressionTypes, type Kafka, type Producer } from 'kafkajs';
import { pb } from '../../proto';
import { TOPICS } from '../../schema';
import type { RawView } from '../../decode/normalizeView';

/** Writes views to qoe.views as VideoView protobuf, keyed by property_id. */
export class ViewsProducer {
  private readonly producer: Producer;

  constructor(
    kafka: Kafka,
    private readonly topic: string = TOPICS.views,
    /** Compression of the record batches (kafkajs has gzip built in). */
    private readonly compression: CompressionTypes = CompressionTypes.None,
  ) {
    this.producer = kafka.producer({ idempotent: false, allowAutoTopicCreation: true });
  }

  connect(): Promise<void> {
    return this.producer.connect();
  }

  /** Resolves once the brokers acknowledged every message (acks=all). */
  async send(views: readonly RawView[]): Promise<void> {
    if (views.length === 0) return;
    await this.producer.send({
      topic: this.topic,
      acks: -1,
      compression: this.compression,
      messages: views.map((v) => ({ key: String(v.property_id ?? ''), value: Buffer.from(pb.VideoView.encode(pb.VideoView.fromObject(toProtoTimes(v))).finish()) })),
    });
  }

  disconnect(): Promise<void> {
    return this.producer.disconnect();
  }
}

/** RFC 3339 / epoch-ms times of NDJSON views as protobuf Timestamps. */
export function toProtoTimes(v: RawView): Record<string, unknown> {
  const ts = (x: unknown) => {
    if (x && typeof x === 'object') return x;
    const ms = typeof x === 'number' ? x : /^\d+$/.test(String(x)) ? Number(x) : Date.parse(String(x));
    return { seconds: Math.floor(ms / 1000), nanos: (((ms % 1000) + 1000) % 1000) * 1e6 };
  };
  return { ...v, view_start: ts(v.view_start), view_end: ts(v.view_end) };
}
