/**
 * Frames of Grafana's /api/ds/query reply (InfluxQL, resultFormat "table") to plain rows.
 * A table frame holds `Time`, one string field per tag key (in no fixed order), then the
 * value columns: fields are looked up by name, never by position.
 */

/** A frame as /api/ds/query serialises it. */
export interface FrameJSON {
  schema?: { name?: string; refId?: string; fields: Array<{ name: string; type?: string; labels?: Record<string, string> }> };
  data?: { values: unknown[][] };
}

export type Row = Record<string, string | number | null> & { time: number };

/** Rows of one frame; `time` in epoch ms, every other column by its field name. */
export function frameRows(frame: FrameJSON): Row[] {
  const fields = frame.schema?.fields ?? [];
  const values = frame.data?.values ?? [];
  const n = values.reduce((max, col) => Math.max(max, col?.length ?? 0), 0);
  const rows: Row[] = [];
  for (let i = 0; i < n; i++) {
    const row: Row = { time: 0 };
    fields.forEach((f, c) => {
      const v = values[c]?.[i];
      if (f.name === 'Time' || f.name === 'time') {
        row.time = typeof v === 'number' ? v : Date.parse(String(v));
      } else {
        row[f.name] = v === undefined ? null : (v as string | number | null);
      }
    });
    rows.push(row);
  }
  return rows;
}

/** Every row of every frame of a refId. */
export function resultRows(frames: FrameJSON[] | undefined): Row[] {
  return (frames ?? []).flatMap(frameRows);
}

export function num(v: unknown): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return null;
}

export function str(v: unknown): string {
  return v === null || v === undefined ? '' : String(v);
}
