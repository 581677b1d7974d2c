import { from, ident, intervalFor, tagEquals, timeBetween, type TimeRange } from './influxql';
import { FIELD as F, M, RP, TAG as T } from './schema';

/** One raw InfluxQL query of a page; refId names it in the /api/ds/query reply. */
export interface PageQuery {
  refId: string;
  query: string;
}

const q = (refId: string, query: string): PageQuery => ({ refId, query });
const sel = (fn: string, field: string, alias = field) => `${fn}(${ident(field)}) AS ${ident(alias)}`;

/** Incident list: every incident point in the range (few per incident), folded per incident by the page. */
export function incidentListQuery(r: TimeRange): PageQuery {
  return q('incidents', `SELECT * FROM ${from(RP.long, M.incidents)} WHERE ${timeBetween(r)} LIMIT 20000`);
}

/** One incident's opens, updates and close. */
export function incidentHistoryQuery(incidentId: string, r: TimeRange): PageQuery {
  return q('history', `SELECT * FROM ${from(RP.long, M.incidents)} WHERE ${tagEquals(T.incidentId, incidentId)} AND ${timeBetween(r)}`);
}

/** Where the incident's failures concentrate, as the detector recorded at opening. */
export function incidentBreakdownQuery(incidentId: string, r: TimeRange): PageQuery {
  return q(
    'breakdown',
    `SELECT ${ident(F.sharePct)}, ${ident(F.normalSharePct)}, ${ident(T.dimension)}, ${ident(T.value)} FROM ${from(RP.long, M.incidentBreakdown)} WHERE ${tagEquals(T.incidentId, incidentId)} AND ${timeBetween(r)}`,
  );
}

/** Views of a property per interval (the denominator of its error rate); the minute still open has no point yet, and no zero. */
export function propertyViewsQuery(propertyId: string, r: TimeRange): PageQuery {
  return q(
    'views',
    `SELECT ${sel('sum', F.views)}, ${sel('sum', F.failures)} FROM ${from(RP.minute, M.viewQoe)} WHERE ${tagEquals(T.propertyId, propertyId)} AND ${timeBetween(r)} GROUP BY time(${intervalFor(r)}) fill(none)`,
  );
}

/** Failed views of one error type of a property per interval. */
export function propertyErrorsQuery(propertyId: string, errorType: string, r: TimeRange): PageQuery {
  return q(
    'errors',
    `SELECT ${sel('sum', F.errors)} FROM ${from(RP.minute, M.viewErrors)} WHERE ${tagEquals(T.propertyId, propertyId)} AND ${tagEquals(T.errorType, errorType)} AND ${timeBetween(r)} GROUP BY time(${intervalFor(r)}) fill(0)`,
  );
}

/** A CDN's health over a range, all POPs together: 5xx share and the worst POP's RTT p95. */
export function cdnWindowQuery(cdn: string, r: TimeRange): PageQuery {
  return q(
    'cdn',
    `SELECT ${sel('sum', F.requests)}, ${sel('sum', F.status5xx)}, ${sel('max', F.rttP95)} FROM ${from(RP.minute, M.cdnHealth)} WHERE ${tagEquals(T.cdn, cdn)} AND ${timeBetween(r)} GROUP BY time(${intervalFor(r)}) fill(none)`,
  );
}

const WALL_SELECT = [sel('mean', F.rttP95), sel('mean', F.ttfbP95), sel('sum', F.requests), sel('sum', F.status4xx), sel('sum', F.status5xx), sel('mean', F.cacheHitPct)].join(', ');

/** The wall's cells now: each CDN x POP over the last few minutes. */
export function wallCurrentQuery(r: TimeRange): PageQuery {
  return q('current', `SELECT ${WALL_SELECT} FROM ${from(RP.minute, M.cdnHealth)} WHERE ${timeBetween(r)} GROUP BY ${ident(T.cdn)}, ${ident(T.pop)}`);
}

/** Each cell's own normal: mean and spread of its per-minute values over the last 24 h. */
export function wallNormalQuery(r: TimeRange): PageQuery {
  const stats = [F.rttP95, F.ttfbP95, F.errorPct, F.cacheHitPct].flatMap((f) => [sel('mean', f, `${f}_mean`), sel('stddev', f, `${f}_sd`)]).join(', ');
  return q('normal', `SELECT ${stats} FROM ${from(RP.minute, M.cdnHealth)} WHERE ${timeBetween(r)} GROUP BY ${ident(T.cdn)}, ${ident(T.pop)}`);
}

/** The time of the newest CDN health point (the wall's staleness). */
export function lastCdnPointQuery(r: TimeRange): PageQuery {
  return q('last', `SELECT last(${ident(F.requests)}) AS ${ident(F.requests)} FROM ${from(RP.minute, M.cdnHealth)} WHERE ${timeBetween(r)}`);
}

/** One CDN/POP cell's series over a range. */
export function cdnPopSeriesQuery(cdn: string, pop: string, r: TimeRange): PageQuery {
  return q(
    'series',
    `SELECT ${sel('mean', F.rttP95)}, ${sel('mean', F.ttfbP95)}, ${sel('mean', F.errorPct)}, ${sel('mean', F.cacheHitPct)}, ${sel('sum', F.requests)} FROM ${from(RP.minute, M.cdnHealth)} WHERE ${tagEquals(T.cdn, cdn)} AND ${tagEquals(T.pop, pop)} AND ${timeBetween(r)} GROUP BY time(${intervalFor(r)}) fill(none)`,
  );
}

/** Every query a page issues, with sample arguments: for the contract and real-InfluxDB tests. */
export function everyPageQuery(r: TimeRange, sample = { incidentId: 'i', propertyId: 'p', errorType: 'e', cdn: 'c', pop: 'P' }): PageQuery[] {
  return [
    incidentListQuery(r),
    incidentHistoryQuery(sample.incidentId, r),
    incidentBreakdownQuery(sample.incidentId, r),
    propertyViewsQuery(sample.propertyId, r),
    propertyErrorsQuery(sample.propertyId, sample.errorType, r),
    cdnWindowQuery(sample.cdn, r),
    wallCurrentQuery(r),
    wallNormalQuery(r),
    lastCdnPointQuery(r),
    cdnPopSeriesQuery(sample.cdn, sample.pop, r),
  ];
}
