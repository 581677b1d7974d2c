import { InfluxDB } from '@influxdata/influxdb-client';
import { InfluxWriter, influxQL } from '../../src/sinks/influx';
import { docQueries } from '../../src/schema/shippedQueries';
import { STARTER_QUERIES } from '../../src/cli/queries';

const url = () => process.env.QOE_INFLUX_URL ?? 'http://127.0.0.1:18086';

describe('shipped InfluxQL runs on the real InfluxDB', () => {
  const db = `qoe_it_queries_${process.pid}`;
  beforeAll(async () => {
    const w = await InfluxWriter.connect({ url: url(), database: db });
    await w.close();
  });

  it.each([...docQueries(), ...STARTER_QUERIES.map((s) => ({ file: 'cli/queries.ts', q: s.q }))].map((x) => [x.file, x.q]))('%s: %s', async (_file, q) => {
    await expect(influxQL(new InfluxDB({ url: url() }), q, { db })).resolves.toBeDefined();
  });
});
