import React from 'react';
import { css } from '@emotion/css';
import { dateTimeFormat, type GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import { seriesPath, xOf, yRange, type Series } from './scale';

export interface LineChartProps {
  series: Series[];
  fromMs: number;
  toMs: number;
  unit?: string;
  height?: number;
  /** Vertical markers, e.g. the incident's opening and close. */
  markers?: Array<{ t: number; label: string }>;
  testId?: string;
}

const W = 1000;

/** A small SVG time-series chart (Grafana's core panels do not exist outside Grafana). */
export function LineChart({ series, fromMs, toMs, unit = '', height = 220, markers = [], testId }: LineChartProps) {
  const s = useStyles2(getStyles);
  const box = { width: W, height, fromMs, toMs };
  const y = yRange(series);
  const fmt = (t: number) => dateTimeFormat(t, { format: 'HH:mm' });
  return (
    <div className={s.wrap} data-testid={testId}>
      <div className={s.legend}>
        {series.map((x) => (
          <span key={x.name} className={s.legendItem}>
            <span className={s.swatch} style={{ background: x.color }} />
            {x.name}
          </span>
        ))}
      </div>
      <svg viewBox={`0 0 ${W} ${height}`} preserveAspectRatio="none" className={s.svg} style={{ height }} role="img" aria-label={series.map((x) => x.name).join(', ')}>
        <line x1={0} y1={height} x2={W} y2={height} className={s.axis} />
        {markers.map((m) => {
          const x = xOf(m.t, box);
          return x === null ? null : <line key={m.label} x1={x} y1={0} x2={x} y2={height} className={s.marker} />;
        })}
        {series.map((x) => (
          <path key={x.name} d={seriesPath(x, box, y)} fill="none" stroke={x.color} strokeWidth={2.5} strokeDasharray={x.dashed ? '8 6' : undefined} vectorEffect="non-scaling-stroke" />
        ))}
      </svg>
      <div className={s.scale}>
        <span>{fmt(fromMs)}</span>
        <span>
          max {y.max.toFixed(y.max < 10 ? 2 : 0)}
          {unit}
        </span>
        <span>{fmt(toMs)}</span>
      </div>
      {markers.length > 0 && (
        <div className={s.scale}>
          {markers.map((m) => (
            <span key={m.label}>
              {m.label} {fmt(m.t)}
            </span>
          ))}
        </div>
      )}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  wrap: css({ width: '100%', marginBottom: theme.spacing(2) }),
  svg: css({ width: '100%', display: 'block', background: theme.colors.background.secondary, borderRadius: theme.shape.radius.default }),
  axis: css({ stroke: theme.colors.border.medium }),
  marker: css({ stroke: theme.colors.warning.main, strokeDasharray: '4 4', vectorEffect: 'non-scaling-stroke' }),
  legend: css({ display: 'flex', gap: theme.spacing(2), marginBottom: theme.spacing(0.5), fontSize: theme.typography.bodySmall.fontSize }),
  legendItem: css({ display: 'inline-flex', alignItems: 'center', gap: theme.spacing(0.5) }),
  swatch: css({ width: 12, height: 4, display: 'inline-block' }),
  scale: css({ display: 'flex', justifyContent: 'space-between', color: theme.colors.text.secondary, fontSize: theme.typography.bodySmall.fontSize }),
});
