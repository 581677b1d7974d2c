import { InfluxDB } from '@influxdata/influxdb-client';
import { silentLogger } from '../../src/log/logger';
import { replayViews } from '../../src/runners/replay/replayViews';
import { InfluxWriter, influxQL } from '../../src/sinks/influx';
import { MemoryDeadLetterSink } from '../../src/sinks/deadLetterSink';
import { simulatedViews, tempFile, toNdjson } from '../../src/test-support/viewFiles';

const url = () => process.env.QOE_INFLUX_URL ?? 'http://127.0.0.1:18086';

describe('qoe replay into the real InfluxDB', () => {
  const db = `qoe_it_replay_${process.pid}`;
  // Recent history, inside the per-minute retention policy.
  const from = Math.floor(Date.now() / 3_600_000) * 3_600_000 - 3 * 3_600_000;
  const views = simulatedViews(from, 6, { rate: 15 });
  const file = tempFile('views.ndjson', toNdjson(views));
  const range = `time >= ${from - 60_000}ms AND time < ${from + 10 * 60_000}ms`;

  async function replayOnce(batchSize: number) {
    const writer = await InfluxWriter.connect({ url: url(), database: db, batchSize: 500 });
    const stats = await replayViews(
      { viewsFile: file, viewsFormat: 'ndjson', batchSize, speed: 0, job: {}, maxFutureMs: 3_600_000 },
      writer,
      new MemoryDeadLetterSink(),
      silentLogger,
    );
    await writer.close();
    return stats;
  }

  async function totals() {
    const client = new InfluxDB({ url: url() });
    const [qoe, errors, series] = await influxQL(
      client,
      `SELECT sum("views"), sum("failures"), count("views") FROM "per_minute"."view_qoe" WHERE ${range}; ` +
        `SELECT sum("errors") FROM "per_minute"."view_errors" WHERE ${range}; ` +
        `SELECT count("views") FROM "per_minute"."view_qoe_by" WHERE ${range}`,
      { db },
    );
    return {
      views: Number(qoe!.series[0]!.values[0]![1]),
      failures: Number(qoe!.series[0]!.values[0]![2]),
      points: Number(qoe!.series[0]!.values[0]![3]),
      errors: Number(errors!.series[0]!.values[0]![1]),
      byPoints: Number(series!.series[0]!.values[0]![1]),
    };
  }

  it('stores totals equal to the input, and a second replay leaves them unchanged', async () => {
    const stats = await replayOnce(1000);
    expect(stats.views).toBe(views.length);
    const first = await totals();
    expect(first.views).toBe(views.length);
    const failures = views.filter((v) => v.playback_failure).length;
    expect(first.failures).toBe(failures);
    expect(first.errors).toBe(failures);

    await replayOnce(37);
    expect(await totals()).toEqual(first);
  });
});
