import { lastValueFrom } from 'rxjs';
import { getBackendSrv } from '@grafana/runtime';
import { resultRows, type FrameJSON, type Row } from './frames';
import type { TimeRange } from './influxql';
import type { PageQuery } from './queries';

/** Why a page has no data, in words an operator can act on. */
export class QueryError extends Error {
  constructor(
    message: string,
    readonly kind: 'no-datasource' | 'unreachable' | 'query',
  ) {
    super(message);
  }
}

interface DsQueryReply {
  results?: Record<string, { status?: number; error?: string; frames?: FrameJSON[] }>;
}

/**
 * Runs raw InfluxQL through Grafana's /api/ds/query (the datasource proxy: credentials stay
 * on Grafana's server) and returns the rows of each query by refId.
 */
export async function runQueries(datasourceUid: string | undefined, queries: PageQuery[], range: TimeRange): Promise<Record<string, Row[]>> {
  if (!datasourceUid) {
    throw new QueryError('No InfluxDB datasource is configured: set its uid on the app\'s configuration page.', 'no-datasource');
  }
  if (queries.length === 0) return {};
  let reply: DsQueryReply;
  try {
    const res = await lastValueFrom(
      getBackendSrv().fetch<DsQueryReply>({
        url: '/api/ds/query',
        method: 'POST',
        showErrorAlert: false,
        data: {
          from: String(Math.floor(range.fromMs)),
          to: String(Math.ceil(range.toMs)),
          queries: queries.map((x) => ({
            refId: x.refId,
            datasource: { type: 'influxdb', uid: datasourceUid },
            query: x.query,
            rawQuery: true,
            resultFormat: 'table',
            intervalMs: 60_000,
            maxDataPoints: 1000,
          })),
        },
      }),
    );
    reply = res.data;
  } catch (err) {
    throw fetchError(err, datasourceUid);
  }
  const out: Record<string, Row[]> = {};
  for (const x of queries) {
    const r = reply.results?.[x.refId];
    if (r?.error) throw classify(r.error, datasourceUid);
    out[x.refId] = resultRows(r?.frames);
  }
  return out;
}

function fetchError(err: unknown, uid: string): QueryError {
  const e = err as { status?: number; data?: { message?: string; error?: string; results?: DsQueryReply['results'] }; message?: string };
  const inner = e.data?.results ? Object.values(e.data.results).find((r) => r.error)?.error : undefined;
  const message = inner ?? e.data?.message ?? e.data?.error ?? e.message ?? `HTTP ${e.status ?? '?'}`;
  if (e.status === 404 && /data ?source/i.test(message)) {
    return new QueryError(`The datasource "${uid}" does not exist in this Grafana: check the uid on the app's configuration page.`, 'no-datasource');
  }
  return classify(message, uid);
}

function classify(message: string, uid: string): QueryError {
  if (/connection refused|no such host|timeout|dial tcp|ECONNREFUSED|bad gateway|unreachable/i.test(message)) {
    return new QueryError(`InfluxDB is unreachable through datasource "${uid}": ${message}`, 'unreachable');
  }
  return new QueryError(`InfluxDB query failed: ${message}`, 'query');
}
