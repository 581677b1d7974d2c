import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_DATABASE, MEASUREMENTS, MEASUREMENT_NAMES, RETENTION_POLICIES } from './index';
import { measurementReferenceMarkdown, withReference } from './reference';
import { checkQuery, docQueries } from './shippedQueries';
import { STARTER_QUERIES } from '../cli/queries';


describe('schema module', () => {
  it('holds the core names of DESIGN.md', () => {
    expect(MEASUREMENT_NAMES).toEqual(['view_qoe', 'view_qoe_by', 'view_errors', 'cdn_health', 'cdn_health_by', 'cdn_client_qoe', 'usage', 'usage_asset', 'incidents', 'incident_breakdown']);
    const core = ['views', 'failures', 'startup_failures', 'ebvs', 'startup_ms_p50', 'startup_ms_p95', 'rebuffer_pct', 'rebuffer_per_min', 'watch_s', 'bitrate_kbps', 'upscale_pct'];
    for (const f of core) expect(Object.keys(MEASUREMENTS.viewQoe.fields)).toContain(f);
    expect(MEASUREMENTS.viewQoeBy.tags).toEqual(['property_id', 'dimension', 'value']);
    expect(Object.keys(MEASUREMENTS.viewErrors.fields)).toEqual(['views', 'errors', 'rate_pct']);
    expect(Object.keys(MEASUREMENTS.cdnHealth.fields)).toEqual(
      expect.arrayContaining(['requests', 'bytes', 'ttfb_ms_p50', 'ttfb_ms_p95', 'rtt_ms_p50', 'rtt_ms_p95', 'rtt_ms_p99', 'status_4xx', 'status_5xx', 'error_pct', 'cache_hit_pct', 'throughput_kbps']),
    );
    expect(MEASUREMENTS.incidents.tags).toEqual(['incident_id', 'property_id', 'scope', 'error_type', 'severity']);
  });

  it('telegraf.conf takes statsd and writes to the database and retention policy of the schema', () => {
    const conf = fs.readFileSync(path.resolve(__dirname, '../../../telegraf/telegraf.conf'), 'utf8');
    expect(conf).toMatch(/\[\[inputs\.statsd\]\][^[]*service_address = ":8125"/);
    expect(conf).toMatch(/metric_separator = "_"/);
    expect(conf).toMatch(/datadog_extensions = true/); // the instance/mode tags
    expect(conf).toContain(`database = "${DEFAULT_DATABASE}"`);
    expect(conf).toContain(`retention_policy = "${RETENTION_POLICIES.self.name}"`);
    // Host metrics beside the processor's, linked by the stack and host tags.
    for (const input of ['cpu', 'mem', 'disk', 'net', 'processes']) expect(conf).toContain(`[[inputs.${input}]]`);
    expect(conf).toMatch(/\[global_tags\]\s*\n\s*stack = "qoe"/);
    expect(conf).toMatch(/omit_hostname = false/);
    expect(conf).toMatch(/\[\[outputs\.health\]\]\s*\n\s*service_address = "http:\/\/:8080"/);
  });

  it('docs/measurements.md carries the current generated reference (run `npm run docs`)', () => {
    const doc = fs.readFileSync(path.resolve(__dirname, '../../../docs/measurements.md'), 'utf8');
    expect(withReference(doc)).toBe(doc);
    expect(measurementReferenceMarkdown()).toContain('`experience_score`');
  });
});

describe('shipped InfluxQL', () => {
  const all = [...docQueries(), ...STARTER_QUERIES.map((s) => ({ file: 'cli/queries.ts', q: s.q }))];

  it('finds the queries', () => {
    expect(all.length).toBeGreaterThanOrEqual(8);
  });

  it.each(all.map((x) => [x.file, x.q]))('%s: %s names only schema names and bounds time on both sides', (_file, q) => {
    expect(checkQuery(q)).toEqual([]);
  });

  it('the checker catches unknown names and unbounded ranges', () => {
    expect(checkQuery('SELECT "nope" FROM "per_minute"."view_qoe" WHERE time >= now() - 1h GROUP BY time(1m)')).toEqual([
      'no upper time bound',
      'unknown tag or field "nope" of view_qoe',
    ]);
    expect(checkQuery('SELECT "views" FROM "long"."view_qoe" WHERE time >= now() - 1h AND time <= now()')).toEqual(['view_qoe lives in per_minute, not long']);
  });
});
