import React, { useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { css } from '@emotion/css';
import { dateTimeFormat, type GrafanaTheme2, type SelectableValue } from '@grafana/data';
import { PluginPage } from '@grafana/runtime';
import { Alert, Button, Field, RadioButtonGroup, Select, Stack, useStyles2 } from '@grafana/ui';
import { testIds } from '../components/testIds';
import { IncidentTable } from '../components/IncidentTable/IncidentTable';
import { StateView } from '../components/StateView/StateView';
import { filterIncidents, foldIncidents, type IncidentFilter } from '../data/incidents';
import { incidentListQuery } from '../data/queries';
import { DEFAULT_REFRESH_SEC } from '../data/settings';
import { useSettings } from '../data/settingsContext';
import { useQueries } from '../data/useQueries';
import { incidentUrl } from '../utils.routing';

const LOOKBACK_MS = 7 * 86_400_000;
const ALL = '';

const options = (values: string[]): Array<SelectableValue<string>> => [{ label: 'All', value: ALL }, ...values.map((v) => ({ label: v, value: v }))];
const distinct = (xs: string[]) => [...new Set(xs.filter(Boolean))].sort();

/** Incidents of the last 7 days: open first, filterable, refreshed on its own. */
export default function IncidentsPage() {
  const s = useStyles2(getStyles);
  const settings = useSettings();
  const navigate = useNavigate();
  const [filter, setFilter] = useState<IncidentFilter>({});
  const refreshSec = settings.refreshSec ?? DEFAULT_REFRESH_SEC;
  const { data, error, loading, fetchedAtMs, reload } = useQueries(
    settings.datasourceUid,
    (now) => {
      const range = { fromMs: now - LOOKBACK_MS, toMs: now };
      return { queries: [incidentListQuery(range)], range };
    },
    'incidents',
    refreshSec,
  );
  const all = useMemo(() => foldIncidents(data?.incidents ?? []), [data]);
  const shown = filterIncidents(all, filter);
  const set = (k: keyof IncidentFilter) => (v: SelectableValue<string> | string) => setFilter((f) => ({ ...f, [k]: typeof v === 'string' ? v : v?.value ?? ALL }));
  const open = all.filter((i) => i.status === 'open').length;

  return (
    <PluginPage>
      <div data-testid={testIds.incidents.page}>
        <h1 className={s.title}>Incidents</h1>
        <p className={s.sub}>
          {open} open · {all.length} in the last 7 days
          {fetchedAtMs !== undefined && ` · updated ${dateTimeFormat(fetchedAtMs, { format: 'HH:mm:ss' })}, every ${refreshSec} s`}
        </p>
        <Stack direction="row" gap={2} wrap="wrap" alignItems="flex-end">
          <Field label="Status">
            <div data-testid={testIds.incidents.filterStatus}>
              <RadioButtonGroup options={[{ label: 'All', value: ALL }, { label: 'Open', value: 'open' }, { label: 'Closed', value: 'closed' }]} value={filter.status ?? ALL} onChange={set('status')} />
            </div>
          </Field>
          <Field label="Scope">
            <div data-testid={testIds.incidents.filterScope}>
              <RadioButtonGroup options={[{ label: 'All', value: ALL }, { label: 'Property', value: 'property' }, { label: 'Title', value: 'title' }]} value={filter.scope ?? ALL} onChange={set('scope')} />
            </div>
          </Field>
          <Field label="Property">
            <div data-testid={testIds.incidents.filterProperty}>
              <Select width={24} options={options(distinct(all.map((i) => i.propertyId)))} value={filter.propertyId ?? ALL} onChange={set('propertyId')} aria-label="Property" />
            </div>
          </Field>
          <Field label="Error type">
            <div data-testid={testIds.incidents.filterErrorType}>
              <Select width={24} options={options(distinct(all.map((i) => i.errorType)))} value={filter.errorType ?? ALL} onChange={set('errorType')} aria-label="Error type" />
            </div>
          </Field>
          <Field label=" ">
            <Button icon="sync" variant="secondary" onClick={reload}>
              Refresh
            </Button>
          </Field>
        </Stack>
        <StateView loading={loading} error={error} hasData={data !== undefined} />
        {!error && data !== undefined && all.length === 0 && (
          <div data-testid={testIds.incidents.empty}>
            <Alert title="No incidents" severity="success">
              No incident was opened in the last 7 days: every property's error rate stayed within its normal.
            </Alert>
          </div>
        )}
        {!error && all.length > 0 && shown.length === 0 && <Alert title="No incident matches the filters" severity="info" />}
        {!error && shown.length > 0 && <IncidentTable incidents={shown} nowMs={fetchedAtMs ?? Date.now()} onOpen={(id) => navigate(incidentUrl(id))} />}
      </div>
    </PluginPage>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  title: css({ marginBottom: theme.spacing(0.5) }),
  sub: css({ color: theme.colors.text.secondary }),
});
