/** Pure geometry of the LineChart: SVG paths of series scaled into a box. */
export interface Series {
  name: string;
  color: string;
  points: Array<[number, number | null]>;
  dashed?: boolean;
}

export interface Box {
  width: number;
  height: number;
  fromMs: number;
  toMs: number;
}

/** The value range of all series, from zero, with a little headroom; never empty. */
export function yRange(series: Series[]): { min: number; max: number } {
  let max = 0;
  for (const s of series) for (const [, v] of s.points) if (v !== null && Number.isFinite(v)) max = Math.max(max, v);
  return { min: 0, max: max > 0 ? max * 1.1 : 1 };
}

/** One SVG path per series; a null value breaks the line. */
export function seriesPath(s: Series, box: Box, y: { min: number; max: number }): string {
  const span = Math.max(1, box.toMs - box.fromMs);
  const parts: string[] = [];
  let pen = false;
  for (const [t, v] of s.points) {
    if (v === null || !Number.isFinite(v) || t < box.fromMs || t > box.toMs) {
      pen = false;
      continue;
    }
    const x = ((t - box.fromMs) / span) * box.width;
    const yy = box.height - ((v - y.min) / (y.max - y.min)) * box.height;
    parts.push(`${pen ? 'L' : 'M'}${x.toFixed(1)},${yy.toFixed(1)}`);
    pen = true;
  }
  return parts.join(' ');
}

/** x position of a time inside the box, or null outside it. */
export function xOf(t: number, box: Box): number | null {
  if (t < box.fromMs || t > box.toMs) return null;
  return ((t - box.fromMs) / Math.max(1, box.toMs - box.fromMs)) * box.width;
}
