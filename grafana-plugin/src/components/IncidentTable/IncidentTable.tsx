import React, { useMemo, useState } from 'react';
import { css, cx } from '@emotion/css';
import { dateTimeFormat, type GrafanaTheme2 } from '@grafana/data';
import { Badge, Icon, useStyles2 } from '@grafana/ui';
import { formatDuration, openForMs, type IncidentView } from '../../data/incidents';
import { testIds } from '../testIds';

type Key = 'incidentId' | 'message' | 'scope' | 'propertyId' | 'videoTitle' | 'errorType' | 'severity' | 'openedMs' | 'openFor' | 'viewsImpacted' | 'viewsImpactedPerHour' | 'status';

interface Column {
  key: Key;
  header: string;
  value: (i: IncidentView, now: number) => string | number;
  render?: (i: IncidentView, now: number) => React.ReactNode;
}

const COLUMNS: Column[] = [
  { key: 'incidentId', header: 'Incident', value: (i) => i.incidentId },
  { key: 'message', header: 'Details', value: (i) => i.message },
  { key: 'scope', header: 'Scope', value: (i) => i.scope },
  { key: 'propertyId', header: 'Property', value: (i) => i.propertyId },
  { key: 'videoTitle', header: 'Title', value: (i) => i.videoTitle },
  { key: 'errorType', header: 'Error type', value: (i) => i.errorType },
  {
    key: 'severity',
    header: 'Severity',
    value: (i) => i.severity,
    render: (i) => <Badge text={i.severity} color={i.severity === 'critical' ? 'red' : 'orange'} />,
  },
  { key: 'openedMs', header: 'Opened', value: (i) => i.openedMs, render: (i) => dateTimeFormat(i.openedMs, { format: 'YYYY-MM-DD HH:mm' }) },
  { key: 'openFor', header: 'Open for', value: (i, now) => openForMs(i, now), render: (i, now) => formatDuration(openForMs(i, now)) },
  { key: 'viewsImpacted', header: 'Views impacted', value: (i) => i.viewsImpacted ?? -1, render: (i) => i.viewsImpacted ?? '' },
  {
    key: 'viewsImpactedPerHour',
    header: 'Views impacted / h',
    value: (i) => i.viewsImpactedPerHour ?? -1,
    render: (i) => (i.viewsImpactedPerHour === null ? '' : Math.round(i.viewsImpactedPerHour)),
  },
  {
    key: 'status',
    header: 'Status',
    value: (i) => (i.status === 'open' ? 0 : 1),
    render: (i) => <Badge text={i.status} color={i.status === 'open' ? 'red' : 'green'} icon={i.status === 'open' ? 'exclamation-triangle' : 'check'} />,
  },
];

export interface IncidentTableProps {
  incidents: IncidentView[];
  nowMs: number;
  onOpen: (incidentId: string) => void;
}

/** Incidents as a table: open first by default, sortable by any column, a row opens its incident. */
export function IncidentTable({ incidents, nowMs, onOpen }: IncidentTableProps) {
  const s = useStyles2(getStyles);
  const [sort, setSort] = useState<{ key: Key; desc: boolean } | undefined>(undefined);
  const rows = useMemo(() => {
    if (!sort) return incidents;
    const col = COLUMNS.find((c) => c.key === sort.key)!;
    return [...incidents].sort((a, b) => {
      const x = col.value(a, nowMs);
      const y = col.value(b, nowMs);
      const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
      return sort.desc ? -c : c;
    });
  }, [incidents, sort, nowMs]);

  return (
    <table className={s.table} data-testid={testIds.incidents.table}>
      <thead>
        <tr>
          {COLUMNS.map((c) => (
            <th key={c.key} className={s.th} onClick={() => setSort((p) => ({ key: c.key, desc: p?.key === c.key ? !p.desc : false }))} aria-sort={sort?.key === c.key ? (sort.desc ? 'descending' : 'ascending') : 'none'}>
              {c.header}
              {sort?.key === c.key && <Icon name={sort.desc ? 'arrow-down' : 'arrow-up'} size="sm" />}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((i) => (
          <tr key={i.incidentId} className={cx(s.row, i.status === 'open' && s.open)} data-testid={testIds.incidents.row} data-incident-id={i.incidentId} onClick={() => onOpen(i.incidentId)}>
            {COLUMNS.map((c) => (
              <td key={c.key} className={c.key === 'message' ? s.message : s.td}>
                {c.render ? c.render(i, nowMs) : String(c.value(i, nowMs))}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  table: css({ width: '100%', borderCollapse: 'collapse', fontSize: theme.typography.bodySmall.fontSize }),
  th: css({ textAlign: 'left', padding: theme.spacing(1), cursor: 'pointer', borderBottom: `1px solid ${theme.colors.border.medium}`, whiteSpace: 'nowrap' }),
  td: css({ padding: theme.spacing(1), borderBottom: `1px solid ${theme.colors.border.weak}`, whiteSpace: 'nowrap' }),
  message: css({ padding: theme.spacing(1), borderBottom: `1px solid ${theme.colors.border.weak}`, minWidth: 320 }),
  row: css({ cursor: 'pointer', '&:hover': { background: theme.colors.action.hover } }),
  open: css({ borderLeft: `4px solid ${theme.colors.error.main}` }),
});
