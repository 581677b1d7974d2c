/** One figure of `npm run bench`: what was measured, its value, the goal and whether it is met. */
export interface BenchRow {
  section: string;
  figure: string;
  value: string;
  /** The goal as text ("<= 2x"); empty when the figure has none. */
  goal?: string;
  /** Whether the goal is met; undefined when there is no goal or it could not be measured. */
  met?: boolean;
}

/** A ratio goal: at most `max` (a cost) or at least `min` (a speed-up). */
export function ratioRow(section: string, figure: string, ratio: number, detail: string, goal: { max?: number; min?: number }): BenchRow {
  const goalText = goal.max !== undefined ? `<= ${goal.max}x` : `>= ${goal.min}x`;
  const met = Number.isFinite(ratio) && (goal.max !== undefined ? ratio <= goal.max : ratio >= goal.min!);
  return { section, figure, value: `${ratio.toFixed(2)}x (${detail})`, goal: goalText, met };
}

export function formatTable(rows: readonly BenchRow[]): string {
  const header = ['figure', 'value', 'goal', 'met'];
  const cells = rows.map((r) => [`${r.section}: ${r.figure}`, r.value, r.goal ?? '', r.met === undefined ? '' : r.met ? 'yes' : 'NO']);
  const widths = header.map((h, i) => Math.min(i === 1 ? 90 : 80, Math.max(h.length, ...cells.map((c) => c[i]!.length))));
  const line = (c: string[]) => c.map((x, i) => x.padEnd(widths[i]!)).join(' | ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...cells.map(line)].join('\n');
}

/** The table as Markdown, for docs/performance.md. */
export function markdownTable(rows: readonly BenchRow[]): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  return ['| figure | value | goal | met |', '|---|---|---|---|', ...rows.map((r) => `| ${esc(`${r.section}: ${r.figure}`)} | ${esc(r.value)} | ${esc(r.goal ?? '')} | ${r.met === undefined ? '' : r.met ? 'yes' : '**no**'} |`)].join('\n');
}

export const rate = (n: number, ms: number): string => `${Math.round((n / ms) * 1000).toLocaleString('en-US')}/s`;
export const mib = (b: number): string => `${(b / 1024 / 1024).toFixed(1)} MiB`;

export async function timedAsync<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const t0 = process.hrtime.bigint();
  const value = await fn();
  return { value, ms: Number(process.hrtime.bigint() - t0) / 1e6 };
}

export function timed<T>(fn: () => T): { value: T; ms: number } {
  const t0 = process.hrtime.bigint();
  const value = fn();
  return { value, ms: Number(process.hrtime.bigint() - t0) / 1e6 };
}
