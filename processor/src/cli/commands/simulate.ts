import { Command, InvalidArgumentError } from 'commander';
import { SIMULATOR_CDN_FORMATS, type SimulatorCdnFormat } from '../../sources/simulator/renderCdnLogs';
import { nonNegative, oneOf } from '../optionParsers';
import { VIEW_FILE_FORMATS } from '../../sources/files/viewFileFormat';

export interface SimulateOptions {
  scenario?: string;
  seed?: number;
  rate?: number;
  cdnRate?: number;
  start?: string;
  minutes: number;
  out: string;
  cdnOut?: string;
  format: 'ndjson' | 'protobuf';
  follow: boolean;
  labels?: string;
  kafka?: string;
  kafkaCdn: boolean;
  collector?: string;
  syslog?: string;
  cdnFormat: SimulatorCdnFormat;
}

export function simulateCommand(): Command {
  return new Command('simulate')
    .description(
      'Generate realistic, deterministic traffic: view summaries (and optionally CDN access records) for several properties with different normal error rates, Zipf title popularity, several CDNs and POPs, diurnal load and the incidents of a scenario file.',
    )
    .option('--scenario <file>', 'scenario JSON (properties, CDNs, load, incidents); default: built-in three-customer scenario')
    .option('--seed <n>', 'random seed (overrides the scenario)', intArg)
    .option('--rate <views/s>', 'views ending per second at the diurnal peak (overrides the scenario)', nonNegative)
    .option('--cdn-rate <requests/s>', 'CDN requests per second at the peak (overrides the scenario)', nonNegative)
    .option('--start <time>', 'event time of the first second (RFC 3339 or epoch ms); default: now minus --minutes')
    .option('--minutes <n>', 'minutes of event time to generate', nonNegative, 10)
    .option('--out <file>', 'views output file, - for stdout', '-')
    .option('--cdn-out <file>', 'also generate CDN access records into this file (- for stdout)')
    .option('--cdn-format <format>', `CDN records as normalized CdnAccessRecord objects (record) or in a vendor log format: ${SIMULATOR_CDN_FORMATS.join(', ')}`, oneOf(SIMULATOR_CDN_FORMATS), 'record')
    .option('--format <format>', 'ndjson (one VideoView / CdnAccessRecord JSON object a line) or protobuf (length-delimited messages)', oneOf(VIEW_FILE_FORMATS), 'ndjson')
    .option('--follow', 'after the range, keep generating in wall-clock time (a live source) until interrupted', false)
    .option('--labels <file>', 'write the injected incidents with absolute event times as JSON (ground truth for evaluation)')
    .option('--kafka <brokers>', 'produce the views to topic qoe.views (after QOE_KAFKA_TOPIC_PREFIX) on these brokers (host:port,...) instead of --out')
    .option('--kafka-cdn', 'with --kafka: also generate CDN access records and produce them to cdn.logs.raw (as a collector would)', false)
    .option('--collector <url>', 'POST the views to this `qoe collect` HTTP collector (NDJSON, gzip; QOE_COLLECTOR_TOKEN as bearer token) instead of --out, as players would')
    .option('--syslog <host:port>', 'stream the CDN records as syslog over TCP (RFC 5424, octet counted) in --cdn-format to this collector, as a CDN log stream would')
    .action(async (opts: SimulateOptions) => (await import('./simulateRun')).runSimulate(opts));
}

function intArg(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n)) throw new InvalidArgumentError('not an integer');
  return n;
}
