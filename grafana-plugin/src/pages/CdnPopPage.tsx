import React from 'react';
import { Link, useParams } from 'react-router-dom';
import { PluginPage } from '@grafana/runtime';
import { useTheme2 } from '@grafana/ui';
import { LineChart } from '../components/LineChart/LineChart';
import { StateView } from '../components/StateView/StateView';
import { testIds } from '../components/testIds';
import { DASHBOARD_UIDS } from '../constants';
import { fieldSeries } from '../data/detailSeries';
import { cdnPopSeriesQuery } from '../data/queries';
import { FIELD as F } from '../data/schema';
import { DEFAULT_REFRESH_SEC } from '../data/settings';
import { useSettings } from '../data/settingsContext';
import { useQueries } from '../data/useQueries';
import { prefixRoute } from '../utils.routing';

const RANGE_MS = 6 * 3_600_000;

/** One CDN/POP's health over the last 6 h: what a wall cell opens. */
export default function CdnPopPage() {
  const { cdn = '', pop = '' } = useParams();
  const settings = useSettings();
  const theme = useTheme2();
  const { data, error, loading, fetchedAtMs } = useQueries(
    settings.datasourceUid,
    (now) => {
      const range = { fromMs: now - RANGE_MS, toMs: now };
      return { queries: [cdnPopSeriesQuery(cdn, pop, range)], range };
    },
    `${cdn}/${pop}`,
    settings.refreshSec ?? DEFAULT_REFRESH_SEC,
  );
  const to = fetchedAtMs ?? Date.now();
  const from = to - RANGE_MS;
  const rows = data?.series ?? [];
  const chart = (field: string, name: string, unit: string, color: string) => <LineChart fromMs={from} toMs={to} unit={unit} series={[{ name, color: theme.visualization.getColorByName(color), points: fieldSeries(rows, field) }]} />;
  return (
    <PluginPage>
      <div data-testid={testIds.cdnPop.page}>
        <Link to={prefixRoute('wall')}>← CDN wall</Link>
        <h1>
          {cdn} {pop}: the last 6 hours
        </h1>
        <a href={`/d/${DASHBOARD_UIDS.cdn}?var-cdn=${encodeURIComponent(cdn)}&from=${from}&to=${to}`}>CDN health dashboard</a>
        <StateView loading={loading} error={error} hasData={data !== undefined} />
        {chart(F.rttP95, 'RTT p95 ms', ' ms', 'purple')}
        {chart(F.ttfbP95, 'TTFB p95 ms', ' ms', 'blue')}
        {chart(F.errorPct, 'errors %', ' %', 'red')}
        {chart(F.cacheHitPct, 'cache hit %', ' %', 'green')}
      </div>
    </PluginPage>
  );
}
