import { MEASUREMENTS, RETENTION_POLICIES } from '../schema';

const rp = RETENTION_POLICIES.minute.name;
/** Every shipped query bounds time on both sides (InfluxDB 1.x would otherwise build buckets back to the epoch). */
const LAST_15_MIN = 'time >= now() - 15m AND time <= now()';

/** Three InfluxQL queries to try after `qoe start`. */
export const STARTER_QUERIES: readonly { title: string; q: string }[] = [
  {
    title: 'QoE per property, minute by minute',
    q: `SELECT "views", "failure_pct", "startup_ms_p95", "rebuffer_pct", "experience_score" FROM "${rp}"."${MEASUREMENTS.viewQoe.name}" WHERE ${LAST_15_MIN} GROUP BY "property_id"`,
  },
  {
    title: 'Failed views by error type over the last 15 minutes',
    q: `SELECT sum("errors") AS "errors", sum("views") AS "views" FROM "${rp}"."${MEASUREMENTS.viewErrors.name}" WHERE ${LAST_15_MIN} GROUP BY "property_id", "error_type"`,
  },
  {
    title: 'Failure rate by CDN in 5-minute buckets',
    q: `SELECT sum("failures") / sum("views") * 100 AS "failure_pct" FROM "${rp}"."${MEASUREMENTS.viewQoeBy.name}" WHERE "dimension" = 'cdn' AND ${LAST_15_MIN} GROUP BY time(5m), "value"`,
  },
];

export function influxCliCommand(url: string, database: string, q: string): string {
  const u = new URL(url);
  const port = u.port || (u.protocol === 'https:' ? '443' : '8086');
  return `influx -host ${u.hostname} -port ${port} -database ${database} -precision rfc3339 -execute '${q.replace(/'/g, `'\\''`)}'`;
}
