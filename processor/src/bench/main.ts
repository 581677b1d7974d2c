/**
 * `npm run bench`: one table of figures, each with its goal and whether it is met, every
 * ratio computed from two measurements taken in this run (the machines are shared and
 * noisy: compare ratios, not absolute rates across runs). Bounded to a few minutes.
 * BENCH_MARKDOWN=FILE also writes the table as Markdown (docs/performance.md carries it).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startLocalServices } from '../services/localServices';
import { consumerGroupScaling } from './consumerGroupBench';
import { detectorScale, timeToDetect } from './detectorBench';
import { dropBenchDatabases, endToEnd, influxdVersion, rawAlternative, windowLatency, writerRatios } from './influxBench';
import { benchCdn, benchViews } from './micro';
import { generateInputs, replayRatios } from './replayRatios';
import { formatTable, markdownTable, mib, type BenchRow } from './table';

const VIEWS = Number(process.env.BENCH_VIEWS ?? 200_000);
const CDN_RECORDS = Number(process.env.BENCH_CDN_RECORDS ?? 150_000);
/** CDN requests a second at the diurnal peak of the raw-alternative's 6 hours (a small CDN customer). */
const RAW_RPS = Number(process.env.BENCH_RAW_RPS ?? 100);
const GROUP_VIEWS = Number(process.env.BENCH_GROUP_VIEWS ?? 280_000);
const TITLES = (process.env.BENCH_TITLES ?? '10000,100000,1000000').split(',').map(Number);

async function section(rows: BenchRow[], name: string, fn: () => BenchRow[] | Promise<BenchRow[]>): Promise<void> {
  const t0 = Date.now();
  process.stderr.write(`bench: ${name} ...\n`);
  try {
    rows.push(...(await fn()));
  } catch (err) {
    rows.push({ section: name, figure: 'failed', value: (err as Error).message.split('\n')[0]!.slice(0, 300) });
  }
  process.stderr.write(`bench: ${name} took ${((Date.now() - t0) / 1000).toFixed(0)} s (peak RSS so far ${mib(process.resourceUsage().maxRSS * 1024)})\n`);
}

async function main(): Promise<void> {
  const started = Date.now();
  const rows: BenchRow[] = [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qoe-bench-'));
  try {
    const inputs = generateInputs(dir, VIEWS, CDN_RECORDS);
    await section(rows, 'replay vs bare loop', () => replayRatios(inputs));
    let env: Record<string, string> | undefined;
    await section(rows, 'InfluxDB', async () => {
      env = await startLocalServices();
      return [];
    });
    const url = env?.QOE_INFLUX_URL;
    if (url) {
      await section(rows, 'InfluxDB writer', () => writerRatios(url));
      const cdnLines = fs.readFileSync(inputs.cdn.cloudfront, 'utf8').split('\n').filter((l) => l && l[0] !== '#').length;
      await section(rows, 'end to end', () => endToEnd(url, { viewsNdjson: inputs.viewsNdjson, views: inputs.views, cdnFile: inputs.cdn.cloudfront, cdnFormat: 'cloudfront', cdnRecords: cdnLines }));
      await section(rows, 'latency', () => windowLatency(url, 8));
      const servicesDir = process.env.QOE_SERVICES_DIR ?? path.resolve(__dirname, '../../../.services');
      await section(rows, 'alternative', () => rawAlternative(url, servicesDir, dir, RAW_RPS));
      await section(rows, 'consumer group', () => consumerGroupScaling(env!, GROUP_VIEWS));
      await dropBenchDatabases(url);
    }
    await section(rows, 'time to detect', () => timeToDetect([10, 1000]));
    await section(rows, 'detector scale', () => detectorScale(TITLES));
    await section(rows, 'in-process', async () => {
      const out: BenchRow[] = [];
      benchViews(out, Date.parse('2026-11-20T12:00:00Z'), 100_000);
      await benchCdn(out, Date.parse('2026-11-20T12:00:00Z'));
      return out;
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  rows.push({ section: 'bench', figure: 'peak RSS of the bench process', value: mib(process.resourceUsage().maxRSS * 1024) });
  rows.push({ section: 'bench', figure: 'wall time', value: `${((Date.now() - started) / 1000).toFixed(0)} s`, goal: '< 600 s', met: Date.now() - started < 600_000 });
  const heading = `qoe bench: ${VIEWS.toLocaleString('en-US')} views, ${CDN_RECORDS.toLocaleString('en-US')} CDN records a format; node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), ${mib(os.totalmem())} RAM; ${influxdVersion()}`;
  process.stdout.write(`${heading}\n\n${formatTable(rows)}\n`);
  const met = rows.filter((r) => r.met !== undefined);
  process.stdout.write(`\n${met.filter((r) => r.met).length} of ${met.length} goals met\n`);
  if (process.env.BENCH_MARKDOWN) fs.writeFileSync(process.env.BENCH_MARKDOWN, `${heading}\n\n${markdownTable(rows)}\n`);
}

main().catch((err) => {
  process.stderr.write(`bench failed: ${(err as Error).stack}\n`);
  process.exit(1);
});
