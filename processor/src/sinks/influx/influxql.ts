import type { InfluxDB } from '@influxdata/influxdb-client';

export interface InfluxQLSeries {
  name?: string;
  tags?: Record<string, string>;
  columns: string[];
  values: unknown[][];
}

export interface InfluxQLResult {
  series: InfluxQLSeries[];
}

/** Quotes an identifier for InfluxQL. */
export function ident(name: string): string {
  return `"${name.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** Quotes a string literal for InfluxQL. */
export function literal(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/**
 * Runs InfluxQL over /query (works on 1.x, and 2.x with DBRP mappings). Throws on a
 * statement error. Time values are epoch milliseconds.
 */
export async function influxQL(client: InfluxDB, q: string, opts: { db?: string; auth?: Record<string, string> } = {}): Promise<InfluxQLResult[]> {
  const params = new URLSearchParams({ q, epoch: 'ms' });
  if (opts.db) params.set('db', opts.db);
  const body = await client.transport.request('/query', params.toString(), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...(opts.auth ?? {}) },
  });
  const parsed = (typeof body === 'string' ? JSON.parse(body) : body) as { results?: { error?: string; series?: InfluxQLSeries[] }[]; error?: string };
  if (parsed.error) throw new Error(`InfluxQL error: ${parsed.error}`);
  const results = parsed.results ?? [];
  for (const r of results) if (r.error) throw new Error(`InfluxQL error: ${r.error} (in: ${q.slice(0, 200)})`);
  return results.map((r) => ({ series: r.series ?? [] }));
}
