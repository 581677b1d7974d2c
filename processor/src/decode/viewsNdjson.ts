import { deadLetter, type DeadLetter, type ViewRecord } from './viewRecord';
import { normalizeView, type RawView, type ViewLimits } from './normalizeView';

export const MAX_LINE_BYTES = 64 * 1024;

export type LineResult = { view: ViewRecord } | { dead: DeadLetter } | { skip: true };

/** Decodes one NDJSON line of a view summary. Blank lines are skipped, never dead-lettered. */
export function decodeViewLine(line: string, limits: ViewLimits, source: string, position?: number): LineResult {
  const trimmed = line.trim();
  if (trimmed === '') return { skip: true };
  if (trimmed.length > MAX_LINE_BYTES) return { dead: deadLetter(`line longer than ${MAX_LINE_BYTES} bytes`, source, trimmed, position) };
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch (err) {
    return { dead: deadLetter(`invalid JSON: ${(err as Error).message}`, source, trimmed, position) };
  }
  const result = normalizeView(parsed as RawView, limits);
  if (!result.ok) return { dead: deadLetter(result.reason, source, trimmed, position) };
  return { view: result.value };
}
