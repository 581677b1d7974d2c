import React, { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { css } from '@emotion/css';
import { dateTimeFormat, type GrafanaTheme2 } from '@grafana/data';
import { PluginPage } from '@grafana/runtime';
import { Alert, Badge, Button, ConfirmModal, LinkButton, Stack, useStyles2, useTheme2 } from '@grafana/ui';
import { LineChart } from '../components/LineChart/LineChart';
import { StateView } from '../components/StateView/StateView';
import { testIds } from '../components/testIds';
import { DASHBOARD_UIDS } from '../constants';
import { incidentAction, propertyAction } from '../data/adminApi';
import { detailRange, errorRateSeries, fieldSeries, fiveXxSeries, incidentFieldSeries } from '../data/detailSeries';
import type { Row } from '../data/frames';
import { breakdownRows, foldIncidents, formatDuration, openForMs, type IncidentView } from '../data/incidents';
import { cdnWindowQuery, incidentBreakdownQuery, incidentHistoryQuery, propertyErrorsQuery, propertyViewsQuery } from '../data/queries';
import { FIELD as F } from '../data/schema';
import { DEFAULT_REFRESH_SEC } from '../data/settings';
import { useSettings } from '../data/settingsContext';
import { useQueries } from '../data/useQueries';
import { prefixRoute } from '../utils.routing';

const HISTORY_LOOKBACK_MS = 30 * 86_400_000;

/** One incident: its error rate against the baseline, where it concentrates, the implicated CDN, actions. */
export default function IncidentDetailPage() {
  const { id = '' } = useParams();
  const settings = useSettings();
  const s = useStyles2(getStyles);
  const history = useQueries(
    settings.datasourceUid,
    (now) => {
      const range = { fromMs: now - HISTORY_LOOKBACK_MS, toMs: now };
      return { queries: [incidentHistoryQuery(id, range)], range };
    },
    `history-${id}`,
    settings.refreshSec ?? DEFAULT_REFRESH_SEC,
  );
  const incident = history.data ? foldIncidents(history.data.history ?? [])[0] : undefined;

  return (
    <PluginPage>
      <div data-testid={testIds.detail.page}>
        <Link to={prefixRoute('incidents')}>← Incidents</Link>
        <h1 className={s.title}>Incident {id}</h1>
        <StateView loading={history.loading} error={history.error} hasData={history.data !== undefined} />
        {history.data && !incident && <Alert title="Incident not found" severity="warning">No incident {id} in the last 30 days.</Alert>}
        {incident && <IncidentBody incident={incident} history={history.data?.history ?? []} fetchedAtMs={history.fetchedAtMs ?? Date.now()} onChanged={history.reload} />}
      </div>
    </PluginPage>
  );
}

function IncidentBody({ incident: i, history, fetchedAtMs, onChanged }: { incident: IncidentView; history: Row[]; fetchedAtMs: number; onChanged: () => void }) {
  const settings = useSettings();
  const theme = useTheme2();
  const s = useStyles2(getStyles);
  const range = detailRange(i, fetchedAtMs);
  const isProperty = i.scope === 'property';
  const first = useQueries(
    settings.datasourceUid,
    () => ({
      queries: [incidentBreakdownQuery(i.incidentId, range), ...(isProperty ? [propertyViewsQuery(i.propertyId, range), propertyErrorsQuery(i.propertyId, i.errorType, range)] : [])],
      range,
    }),
    `${i.incidentId}-${range.fromMs}-${range.toMs}`,
  );
  const breakdown = breakdownRows(first.data?.breakdown ?? []);
  const cdn = breakdown.find((b) => b.dimension === 'cdn')?.value;
  const cdnHealth = useQueries(
    settings.datasourceUid,
    () => ({ queries: cdn ? [cdnWindowQuery(cdn, range)] : [], range }),
    `${cdn}-${range.fromMs}-${range.toMs}`,
  );

  const rate = isProperty ? errorRateSeries(first.data?.views ?? [], first.data?.errors ?? []) : incidentFieldSeries(history, F.errorRatePct);
  const baseline = incidentFieldSeries(history, F.baselinePct);
  const baselineLine = baseline.length > 0 ? ([[range.fromMs, baseline[baseline.length - 1]![1]], [range.toMs, baseline[baseline.length - 1]![1]]] as Array<[number, number | null]>) : [];
  const markers = [{ t: i.openedMs, label: 'opened' }, ...(i.closedMs !== null ? [{ t: i.closedMs, label: 'closed' }] : [])];
  const dashboardUrl = `/d/${DASHBOARD_UIDS.property}?var-property=${encodeURIComponent(i.propertyId)}&from=${range.fromMs}&to=${range.toMs}`;

  return (
    <>
      <Stack direction="row" gap={1} alignItems="center" wrap="wrap">
        <span data-testid={testIds.detail.status}>
          <Badge text={i.status} color={i.status === 'open' ? 'red' : 'green'} />
        </span>
        <Badge text={i.severity} color={i.severity === 'critical' ? 'red' : 'orange'} />
        <span>
          {i.scope} · property <b>{i.propertyId}</b>
          {i.videoTitle && (
            <>
              {' '}
              · title <b>{i.videoTitle}</b>
            </>
          )}{' '}
          · {i.errorType} · opened {dateTimeFormat(i.openedMs, { format: 'YYYY-MM-DD HH:mm' })} · open for {formatDuration(openForMs(i, fetchedAtMs))}
        </span>
      </Stack>
      <p className={s.message}>{i.message}</p>
      <div className={s.stats}>
        <Stat label="Error rate" value={i.errorRatePct === null ? '–' : `${i.errorRatePct.toFixed(1)} %`} />
        <Stat label="Normal" value={i.baselinePct === null ? '–' : `${i.baselinePct.toFixed(1)} %`} />
        <Stat label="Views impacted" value={String(i.viewsImpacted ?? '–')} />
        <Stat label="Views impacted / h" value={i.viewsImpactedPerHour === null ? '–' : String(Math.round(i.viewsImpactedPerHour))} />
      </div>
      <Actions incident={i} onChanged={onChanged} dashboardUrl={dashboardUrl} />
      <StateView loading={first.loading} error={first.error} hasData={first.data !== undefined} />
      <h3>Error rate against the baseline ({i.errorType})</h3>
      <LineChart
        testId={testIds.detail.errorChart}
        fromMs={range.fromMs}
        toMs={range.toMs}
        unit=" %"
        markers={markers}
        series={[
          { name: 'error rate %', color: theme.visualization.getColorByName('red'), points: rate },
          { name: 'baseline %', color: theme.visualization.getColorByName('green'), points: baselineLine, dashed: true },
        ]}
      />
      {isProperty && (
        <>
          <h3>Views and failed views</h3>
          <LineChart
            fromMs={range.fromMs}
            toMs={range.toMs}
            markers={markers}
            series={[
              { name: 'views', color: theme.visualization.getColorByName('blue'), points: fieldSeries(first.data?.views ?? [], F.views) },
              { name: `${i.errorType} errors`, color: theme.visualization.getColorByName('red'), points: fieldSeries(first.data?.errors ?? [], F.errors) },
            ]}
          />
        </>
      )}
      <h3>Where the failures concentrate</h3>
      <div data-testid={testIds.detail.breakdown}>
        {breakdown.length === 0 ? (
          <p className={s.muted}>The detector recorded no value holding a third or more of the failures.</p>
        ) : (
          <table className={s.table}>
            <thead>
              <tr>
                <th>Dimension</th>
                <th>Value</th>
                <th>Share of failures</th>
                <th>Normal share of views</th>
              </tr>
            </thead>
            <tbody>
              {breakdown.map((b) => (
                <tr key={`${b.dimension}/${b.value}`}>
                  <td>{b.dimension}</td>
                  <td>
                    <b>{b.value}</b>
                  </td>
                  <td>
                    <Bar pct={b.sharePct} color={theme.colors.error.main} />
                  </td>
                  <td>
                    <Bar pct={b.normalSharePct} color={theme.colors.text.secondary} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      {cdn && (
        <div data-testid={testIds.detail.cdnHealth}>
          <h3>CDN {cdn} in the same window</h3>
          <StateView loading={cdnHealth.loading} error={cdnHealth.error} hasData={cdnHealth.data !== undefined} />
          <LineChart fromMs={range.fromMs} toMs={range.toMs} unit=" %" markers={markers} series={[{ name: `${cdn} 5xx %`, color: theme.visualization.getColorByName('orange'), points: fiveXxSeries(cdnHealth.data?.cdn ?? []) }]} />
          <LineChart fromMs={range.fromMs} toMs={range.toMs} unit=" ms" markers={markers} series={[{ name: `${cdn} RTT p95 ms (worst POP)`, color: theme.visualization.getColorByName('purple'), points: fieldSeries(cdnHealth.data?.cdn ?? [], F.rttP95) }]} />
        </div>
      )}
    </>
  );
}

function Actions({ incident: i, onChanged, dashboardUrl }: { incident: IncidentView; onChanged: () => void; dashboardUrl: string }) {
  const [confirm, setConfirm] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | undefined>(undefined);
  const run = async (what: string, action: () => Promise<unknown>) => {
    try {
      await action();
      setResult({ ok: true, text: what });
      onChanged();
    } catch (err) {
      setResult({ ok: false, text: (err as Error).message });
    }
  };
  return (
    <>
      <Stack direction="row" gap={1}>
        <Button data-testid={testIds.detail.close} icon="check" disabled={i.status !== 'open'} onClick={() => setConfirm(true)}>
          Close incident
        </Button>
        <Button data-testid={testIds.detail.muteIncident} icon="bell-slash" variant="secondary" disabled={i.status !== 'open'} onClick={() => run(`Incident ${i.incidentId} muted: it stays tracked, marked muted for alert routing.`, () => incidentAction(i.incidentId, 'mute'))}>
          Mute incident
        </Button>
        <Button data-testid={testIds.detail.unmuteIncident} icon="bell" variant="secondary" disabled={i.status !== 'open'} onClick={() => run(`Incident ${i.incidentId} unmuted.`, () => incidentAction(i.incidentId, 'unmute'))}>
          Unmute incident
        </Button>
        <Button data-testid={testIds.detail.mute} icon="bell-slash" variant="secondary" onClick={() => run(`Property ${i.propertyId} muted: its incidents are marked muted for alert routing.`, () => propertyAction(i.propertyId, 'mute'))}>
          Mute property
        </Button>
        <Button icon="bell" variant="secondary" onClick={() => run(`Property ${i.propertyId} unmuted.`, () => propertyAction(i.propertyId, 'unmute'))}>
          Unmute property
        </Button>
        <LinkButton data-testid={testIds.detail.dashboardLink} variant="secondary" icon="apps" href={dashboardUrl}>
          Property QoE dashboard
        </LinkButton>
      </Stack>
      {result && (
        <div data-testid={testIds.detail.actionResult}>
          <Alert title={result.ok ? 'Done' : 'Failed'} severity={result.ok ? 'success' : 'error'} onRemove={() => setResult(undefined)}>
            {result.text}
          </Alert>
        </div>
      )}
      <ConfirmModal
        isOpen={confirm}
        title="Close this incident?"
        body="The processor closes it now and writes the close; a new incident opens if the error rate stays high."
        confirmText="Close incident"
        onConfirm={() => {
          setConfirm(false);
          void run(`Incident ${i.incidentId} closed.`, () => incidentAction(i.incidentId, 'close'));
        }}
        onDismiss={() => setConfirm(false)}
      />
    </>
  );
}

function Stat({ label, value }: { label: string; value: string }) {
  const s = useStyles2(getStyles);
  return (
    <div className={s.stat}>
      <div className={s.statLabel}>{label}</div>
      <div className={s.statValue}>{value}</div>
    </div>
  );
}

function Bar({ pct, color }: { pct: number; color: string }) {
  const s = useStyles2(getStyles);
  return (
    <span className={s.barWrap}>
      <span className={s.bar} style={{ width: `${Math.min(100, Math.max(0, pct))}%`, background: color }} />
      <span>{pct.toFixed(0)} %</span>
    </span>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  title: css({ marginTop: theme.spacing(1) }),
  message: css({ fontSize: theme.typography.h5.fontSize, margin: theme.spacing(2, 0) }),
  muted: css({ color: theme.colors.text.secondary }),
  stats: css({ display: 'grid', gridTemplateColumns: 'repeat(4, minmax(140px, 1fr))', gap: theme.spacing(2), margin: theme.spacing(2, 0) }),
  stat: css({ background: theme.colors.background.secondary, padding: theme.spacing(2), borderRadius: theme.shape.radius.default }),
  statLabel: css({ color: theme.colors.text.secondary }),
  statValue: css({ fontSize: theme.typography.h2.fontSize }),
  table: css({ width: '100%', 'td, th': { padding: theme.spacing(0.5, 1), textAlign: 'left' } }),
  barWrap: css({ display: 'inline-flex', alignItems: 'center', gap: theme.spacing(1), width: '100%' }),
  bar: css({ display: 'inline-block', height: 10, minWidth: 2, maxWidth: 200 }),
});
