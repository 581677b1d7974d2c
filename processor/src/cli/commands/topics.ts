import { Command } from 'commander';
import { positiveInt } from '../optionParsers';

export function topicsCommand(): Command {
  return new Command('topics')
    .description('Create the Kafka topics (QOE_KAFKA_BROKERS; names after QOE_KAFKA_TOPIC_PREFIX) with their partition counts, retention (cdn.logs.enriched: 30 days) and cleanup policy from the schema; existing topics are left as they are. --dry-run prints the plan.')
    .option('--replication-factor <n>', 'replicas of every partition', positiveInt, 1)
    .option('--partitions <n>', 'partitions of every topic (default: per topic, from the schema)', positiveInt)
    .option('--dry-run', 'print the topics and their settings as JSON, change nothing')
    .action(async (opts: { replicationFactor: number; partitions?: number; dryRun?: boolean }) => {
      const [{ configOrExit }, { createKafka, parseBrokers }, { ensureTopics, topicConfigs }] = await Promise.all([
        import('../configFromEnv'),
        import('../../sources/kafka/kafkaClient'),
        import('../../sources/kafka/topics'),
      ]);
      const { config, logger } = configOrExit();
      const topicOpts = { replicationFactor: opts.replicationFactor, prefix: config.QOE_KAFKA_TOPIC_PREFIX, ...(opts.partitions !== undefined ? { partitions: opts.partitions } : {}) };
      if (opts.dryRun) {
        process.stdout.write(JSON.stringify(topicConfigs(topicOpts), null, 2) + '\n');
        return;
      }
      if (!config.QOE_KAFKA_BROKERS) throw new Error('set QOE_KAFKA_BROKERS to the brokers to create the topics on');
      const r = await ensureTopics(createKafka(parseBrokers(config.QOE_KAFKA_BROKERS), config.QOE_KAFKA_CLIENT_ID, logger), topicOpts);
      process.stdout.write(`created: ${r.created.join(', ') || '-'}\nalready there: ${r.existing.join(', ') || '-'}\n`);
    });
}
