import { InfluxDB } from '@influxdata/influxdb-client';
import { InfluxWriter, influxQL } from '../../src/sinks/influx';
import { docQueries } from '../../src/schema/shippedQueries';
import { tickTasks } from '../../src/schema/kapacitorContract';
import { STARTER_QUERIES } from '../../src/cli/queries';
import { DEFAULT_DATABASE } from '../../src/schema';

const url = () => process.env.QOE_INFLUX_URL ?? 'http://127.0.0.1:18086';

describe('shipped InfluxQL runs on the real InfluxDB', () => {
  const db = `qoe_it_queries_${process.pid}`;
  beforeAll(async () => {
    const w = await InfluxWriter.connect({ url: url(), database: db });
    await w.close();
  });

  // TICKscript batch queries run as Kapacitor runs them: with the .period time range and groupBy.
  // They name the production database ("qoe") in FROM; here they read this test's own database,
  // which the writer created with the same retention policies, so a fresh server is enough.
  const tickQueries = tickTasks().flatMap((t) =>
    t.queries.map((q) => ({ file: `kapacitor/load/tasks/${t.name}.tick`, q: q.bounded.replace(`FROM "${DEFAULT_DATABASE}".`, `FROM "${db}".`) })),
  );
  it.each([...docQueries(), ...STARTER_QUERIES.map((s) => ({ file: 'cli/queries.ts', q: s.q })), ...tickQueries].map((x) => [x.file, x.q]))('%s: %s', async (_file, q) => {
    await expect(influxQL(new InfluxDB({ url: url() }), q, { db })).resolves.toBeDefined();
  });
});
