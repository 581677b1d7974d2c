import React, { useMemo } from 'react';
import { useNavigate } from 'react-router-dom';
import { css } from '@emotion/css';
import { dateTimeFormat, type GrafanaTheme2 } from '@grafana/data';
import { PluginPage } from '@grafana/runtime';
import { PageLayoutType } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import { StateView } from '../components/StateView/StateView';
import { testIds } from '../components/testIds';
import { WallCell } from '../components/WallCell/WallCell';
import { foldIncidents } from '../data/incidents';
import { incidentListQuery, lastCdnPointQuery, wallCurrentQuery, wallNormalQuery } from '../data/queries';
import { DEFAULT_REFRESH_SEC, DEFAULT_STALE_AFTER_MIN, thresholdsOf } from '../data/settings';
import { useSettings } from '../data/settingsContext';
import { useQueries } from '../data/useQueries';
import { isStale, wallCells } from '../data/wall';
import { cdnPopUrl, incidentUrl } from '../utils.routing';

const CURRENT_MS = 5 * 60_000;
const NORMAL_MS = 24 * 3_600_000;
const INCIDENT_LOOKBACK_MS = 7 * 86_400_000;

/** The CDN health wall display: CDN x POP cells, staleness, open incidents along the right edge. */
export default function WallPage() {
  const s = useStyles2(getStyles);
  const settings = useSettings();
  const navigate = useNavigate();
  const refreshSec = settings.refreshSec ?? DEFAULT_REFRESH_SEC;
  const staleAfterMin = settings.staleAfterMin ?? DEFAULT_STALE_AFTER_MIN;
  // The current window ends at the newest point, so a wall that stopped receiving data keeps
  // showing what it last knew (greyed out as stale) instead of an empty grid.
  const last = useQueries(
    settings.datasourceUid,
    (now) => {
      const range = { fromMs: now - NORMAL_MS, toMs: now };
      return { queries: [lastCdnPointQuery(range), incidentListQuery({ fromMs: now - INCIDENT_LOOKBACK_MS, toMs: now })], range: { fromMs: now - INCIDENT_LOOKBACK_MS, toMs: now } };
    },
    'wall-last',
    refreshSec,
  );
  const lastPointMs = last.data?.last?.[0]?.time ?? null;
  const grid = useQueries(
    settings.datasourceUid,
    (now) => {
      const end = lastPointMs ?? now;
      const current = { fromMs: end - CURRENT_MS + 60_000, toMs: end + 60_000 };
      const normal = { fromMs: now - NORMAL_MS, toMs: now };
      return { queries: [wallCurrentQuery(current), wallNormalQuery(normal)], range: normal };
    },
    `wall-${lastPointMs}-${last.fetchedAtMs}`,
  );
  const cells = useMemo(() => wallCells(grid.data?.current ?? [], grid.data?.normal ?? [], thresholdsOf(settings)), [grid.data, settings]);
  const openIncidents = useMemo(() => foldIncidents(last.data?.incidents ?? []).filter((i) => i.status === 'open'), [last.data]);
  const now = last.fetchedAtMs ?? Date.now();
  const stale = last.data !== undefined && isStale(lastPointMs, now, staleAfterMin);

  return (
    <PluginPage layout={PageLayoutType.Canvas}>
      <div className={s.page} data-testid={testIds.wall.page}>
        <div className={s.main}>
          <div className={s.header}>
            <h1 className={s.title}>CDN health</h1>
            <div className={s.lastPoint} data-testid={testIds.wall.lastPoint}>
              last data {lastPointMs === null ? 'never' : dateTimeFormat(lastPointMs, { format: 'HH:mm' })} · now {dateTimeFormat(now, { format: 'HH:mm:ss' })}
            </div>
          </div>
          {stale && (
            <div className={s.stale} data-testid={testIds.wall.stale} role="alert">
              STALE — no CDN health data for {lastPointMs === null ? 'the last 24 h' : `${Math.round((now - lastPointMs) / 60_000)} min`}. The colours below are not current.
            </div>
          )}
          <StateView loading={last.loading || grid.loading} error={last.error ?? grid.error} hasData={grid.data !== undefined} />
          <div className={s.grid}>
            {cells.map((c) => (
              <WallCell key={`${c.cdn}/${c.pop}`} cell={c} stale={stale} onOpen={() => navigate(cdnPopUrl(c.cdn, c.pop))} />
            ))}
          </div>
          <div className={s.legend}>green: within thresholds and normal for the POP · orange: unusual against its last 24 h · red: over threshold</div>
        </div>
        <aside className={s.side} data-testid={testIds.wall.incidents}>
          <h2 className={s.sideTitle}>Open incidents ({openIncidents.length})</h2>
          {openIncidents.length === 0 && <div className={s.none}>None</div>}
          {openIncidents.map((i) => (
            <button type="button" key={i.incidentId} className={s.incident} onClick={() => navigate(incidentUrl(i.incidentId))}>
              <div className={s.incidentHead}>
                {i.severity.toUpperCase()} · {i.propertyId}
              </div>
              <div>{i.scope === 'title' ? i.videoTitle : `${i.errorType}`}</div>
              <div className={s.incidentRate}>{i.errorRatePct === null ? '' : `${i.errorRatePct.toFixed(1)} % errors (normal ${i.baselinePct?.toFixed(1)} %)`}</div>
            </button>
          ))}
        </aside>
      </div>
    </PluginPage>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  page: css({ display: 'flex', gap: theme.spacing(2), minHeight: '100vh', padding: theme.spacing(2), background: theme.colors.background.canvas }),
  main: css({ flex: 1, minWidth: 0 }),
  header: css({ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline' }),
  title: css({ fontSize: 40, margin: 0 }),
  lastPoint: css({ fontSize: 24, color: theme.colors.text.secondary }),
  stale: css({ fontSize: 32, fontWeight: theme.typography.fontWeightBold, background: theme.colors.warning.main, color: theme.colors.warning.contrastText, padding: theme.spacing(2), margin: theme.spacing(2, 0), borderRadius: theme.shape.radius.default }),
  grid: css({ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(320px, 1fr))', gap: theme.spacing(1.5), marginTop: theme.spacing(2) }),
  legend: css({ marginTop: theme.spacing(2), color: theme.colors.text.secondary, fontSize: 16 }),
  side: css({ width: 380, flexShrink: 0, borderLeft: `4px solid ${theme.colors.border.medium}`, paddingLeft: theme.spacing(2) }),
  sideTitle: css({ fontSize: 28 }),
  none: css({ fontSize: 24, color: theme.colors.success.text }),
  incident: css({ display: 'block', width: '100%', textAlign: 'left', border: 'none', color: '#fff', background: theme.visualization.getColorByName('dark-red'), borderRadius: theme.shape.radius.default, padding: theme.spacing(1.5), marginBottom: theme.spacing(1), fontSize: 18, cursor: 'pointer' }),
  incidentHead: css({ fontWeight: theme.typography.fontWeightBold, fontSize: 20 }),
  incidentRate: css({ opacity: 0.9 }),
});
