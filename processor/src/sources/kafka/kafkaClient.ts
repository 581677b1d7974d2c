import { Kafka, logLevel, Partitioners, type LogEntry, type Producer, type ProducerConfig } from 'kafkajs';
import type { Logger } from '../../log/logger';

/**
 * kafkajs whose producers name their partitioner: the default one (murmur2, as the Java
 * client), which kafkajs otherwise warns about on every producer it creates.
 */
class QoeKafka extends Kafka {
  override producer(config?: ProducerConfig): Producer {
    return super.producer({ createPartitioner: Partitioners.DefaultPartitioner, ...config });
  }
}

/** A kafkajs client whose logs go through the project logger. */
export function createKafka(brokers: readonly string[], clientId: string, logger: Logger): Kafka {
  return new QoeKafka({
    clientId,
    brokers: [...brokers],
    logLevel: logLevel.WARN,
    logCreator:
      () =>
      ({ level, log }: LogEntry) => {
        const { message, ...extra } = log;
        const fields = { kafka: true, ...extra };
        if (level <= logLevel.ERROR) logger.error(fields, message);
        else if (level === logLevel.WARN) logger.warn(fields, message);
        else logger.debug(fields, message);
      },
    retry: { retries: 8, initialRetryTime: 300, maxRetryTime: 30_000 },
  });
}

export function parseBrokers(value: string): string[] {
  return value
    .split(',')
    .map((b) => b.trim())
    .filter((b) => b !== '');
}
