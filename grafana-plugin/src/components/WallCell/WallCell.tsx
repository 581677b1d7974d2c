import React from 'react';
import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { useStyles2, useTheme2 } from '@grafana/ui';
import type { Health, MetricCell, WallCell as Cell, WallMetric } from '../../data/wall';
import { testIds } from '../testIds';

const LABELS: Record<WallMetric, { label: string; unit: string; digits: number }> = {
  rtt: { label: 'RTT p95', unit: 'ms', digits: 0 },
  ttfb: { label: 'TTFB p95', unit: 'ms', digits: 0 },
  errors: { label: 'Errors', unit: '%', digits: 1 },
  cacheHit: { label: 'Cache hit', unit: '%', digits: 0 },
};

export const HEALTH_TEXT: Record<Health, string> = { ok: 'healthy', unusual: 'unusual for this POP', bad: 'over threshold', nodata: 'no data' };

export function healthColor(theme: GrafanaTheme2, h: Health, stale: boolean): string {
  if (stale || h === 'nodata') return theme.colors.background.secondary;
  return { ok: theme.visualization.getColorByName('dark-green'), unusual: theme.visualization.getColorByName('dark-orange'), bad: theme.visualization.getColorByName('dark-red') }[h];
}

/** One CDN x POP cell of the wall: four metrics in large type, coloured by the worst. */
export function WallCell({ cell, stale, onOpen }: { cell: Cell; stale: boolean; onOpen: () => void }) {
  const s = useStyles2(getStyles);
  const theme = useTheme2();
  return (
    <button
      type="button"
      className={s.cell}
      style={{ background: healthColor(theme, cell.health, stale) }}
      onClick={onOpen}
      data-testid={testIds.wall.cell}
      data-cdn={cell.cdn}
      data-pop={cell.pop}
      data-health={stale ? 'stale' : cell.health}
      title={`${cell.cdn} ${cell.pop}: ${HEALTH_TEXT[cell.health]}`}
    >
      <div className={s.name}>
        {cell.cdn} <b>{cell.pop}</b>
      </div>
      <div className={s.metrics}>
        {(Object.keys(LABELS) as WallMetric[]).map((k) => (
          <Metric key={k} name={k} m={cell.metrics[k]} />
        ))}
      </div>
    </button>
  );
}

function Metric({ name, m }: { name: WallMetric; m: MetricCell }) {
  const s = useStyles2(getStyles);
  const { label, unit, digits } = LABELS[name];
  return (
    <div className={s.metric} data-health={m.health}>
      <div className={s.label}>
        {label}
        {m.health === 'bad' ? ' ▲' : m.health === 'unusual' ? ' △' : ''}
      </div>
      <div className={s.value}>
        {m.value === null ? '–' : m.value.toFixed(digits)}
        <span className={s.unit}>{unit}</span>
      </div>
      <div className={s.normal}>{m.normal === null ? '' : `normal ${m.normal.toFixed(digits)}`}</div>
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  cell: css({
    border: 'none',
    borderRadius: theme.shape.radius.default,
    padding: theme.spacing(1.5),
    color: '#fff',
    textAlign: 'left',
    cursor: 'pointer',
    minHeight: 180,
    '&:focus-visible': { outline: `3px solid ${theme.colors.primary.main}` },
  }),
  name: css({ fontSize: 28, lineHeight: 1.1, marginBottom: theme.spacing(1) }),
  metrics: css({ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: theme.spacing(1) }),
  metric: css({ lineHeight: 1.1 }),
  label: css({ fontSize: 16, opacity: 0.85, textTransform: 'uppercase' }),
  value: css({ fontSize: 40, fontWeight: theme.typography.fontWeightBold }),
  unit: css({ fontSize: 18, marginLeft: 4, opacity: 0.85 }),
  normal: css({ fontSize: 14, opacity: 0.75 }),
});
