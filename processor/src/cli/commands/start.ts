import { Command } from 'commander';

export function startCommand(): Command {
  return new Command('start')
    .description(
      'Run the pipeline. Embedded (default): start local InfluxDB/Redis (scripts/services.sh), take views from the built-in simulator and the HTTP collector (POST /v1/views), compute per-minute QoE and error-rate series and write them to InfluxDB. Distributed (QOE_KAFKA_BROKERS set): consume qoe.views as consumer group QOE_KAFKA_VIEWS_GROUP, with window state checkpointed in Redis. Settings come from QOE_* environment variables (see README).',
    )
    .option('--dead-letter <file>', 'where rejected and too-late records go (NDJSON, with reasons)', 'data/deadletter.ndjson')
    .option('--status-interval <seconds>', 'seconds between status log lines', '30')
    .action(async (opts: { deadLetter: string; statusInterval: string }) => (await import('./startRun')).runStart(opts));
}
