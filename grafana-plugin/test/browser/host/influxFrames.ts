/**
 * InfluxDB 1.x /query results to the frames Grafana's InfluxQL backend returns with
 * resultFormat "table" (pkg/tsdb/influxdb/influxql/buffered/response_parser.go): one frame per
 * measurement, `Time`, one string field per tag key, then the value columns.
 */
export interface InfluxSeries {
  name: string;
  tags?: Record<string, string>;
  columns: string[];
  values: unknown[][];
}

export interface Frame {
  schema: { name: string; refId: string; fields: Array<{ name: string; type: string; typeInfo?: { frame: string } }> };
  data: { values: unknown[][] };
}

export function tableFrames(refId: string, series: InfluxSeries[]): Frame[] {
  const byName = new Map<string, InfluxSeries[]>();
  for (const s of series) byName.set(s.name, [...(byName.get(s.name) ?? []), s]);
  const frames: Frame[] = [];
  for (const [name, list] of byName) {
    const tagKeys = [...new Set(list.flatMap((s) => Object.keys(s.tags ?? {})))];
    const valueCols = list[0]!.columns.filter((c) => c !== 'time');
    const cols: unknown[][] = [[], ...tagKeys.map(() => []), ...valueCols.map(() => [])];
    for (const s of list) {
      const timeAt = s.columns.indexOf('time');
      for (const row of s.values) {
        cols[0]!.push(timeAt >= 0 ? row[timeAt] : null);
        tagKeys.forEach((k, i) => cols[1 + i]!.push(s.tags?.[k] ?? ''));
        valueCols.forEach((c, i) => cols[1 + tagKeys.length + i]!.push(row[s.columns.indexOf(c)] ?? null));
      }
    }
    const typeOf = (values: unknown[]) => (values.some((v) => typeof v === 'string') ? 'string' : values.some((v) => typeof v === 'boolean') ? 'boolean' : 'number');
    frames.push({
      schema: {
        name,
        refId,
        fields: [
          { name: 'Time', type: 'time', typeInfo: { frame: 'time.Time' } },
          ...tagKeys.map((k) => ({ name: k, type: 'string' })),
          ...valueCols.map((c, i) => ({ name: c, type: typeOf(cols[1 + tagKeys.length + i]!) })),
        ],
      },
      data: { values: cols },
    });
  }
  return frames;
}
