import { Command } from 'commander';

export function collectCommand(): Command {
  return new Command('collect')
    .description(
      'Run the HTTP push collector on its own (QOE_COLLECTOR_HOST/PORT/TOKENS/MAX_BODY_BYTES): POST /v1/views accepts NDJSON, JSON arrays or protobuf, gzip or plain, validates each record and hands the accepted views on: to topic qoe.views when QOE_KAFKA_BROKERS is set (answering once the brokers acknowledged), else appended as NDJSON to --out (for `qoe replay`). Rejected records go to the dead-letter file with their reason. Stateless: run as many as you like.',
    )
    .option('--out <file>', 'without Kafka: append accepted views here as NDJSON (- for stdout)')
    .option('--cdn-out <file>', 'without Kafka: append parsed CDN records (POST /v1/cdn-logs?format=, syslog) here as NDJSON')
    .option('--dead-letter <file>', 'where rejected records go (NDJSON, with reasons)', 'collector-deadletter.ndjson')
    .action(async (opts: { out?: string; cdnOut?: string; deadLetter: string }) => (await import('./collectRun')).runCollect(opts));
}
