import type { Label } from './labels';

export interface Detection {
  scope: 'property' | 'title';
  propertyId: string;
  videoId: string;
  errorType: string;
  openedAtMs: number;
}

export interface Score {
  labels: number;
  detected: number;
  detections: number;
  truePositives: number;
  precision: number;
  recall: number;
  f1: number;
  /** Seconds from incident start to first matching detection. */
  timeToDetectS: number[];
}

/** Grace after an incident's end within which an opening still counts as detecting it. */
export const MATCH_GRACE_MS = 5 * 60_000;

export function matches(d: Detection, l: Label): boolean {
  if (d.propertyId !== l.propertyId || d.errorType !== l.errorType) return false;
  if (l.scope === 'title' ? d.scope !== 'title' || d.videoId !== l.videoId : d.scope !== 'property') return false;
  return d.openedAtMs >= l.startMs && d.openedAtMs <= l.endMs + MATCH_GRACE_MS;
}

/** Precision, recall and time to detect for labels that impacted at least minImpacted views. */
export function score(labels: readonly Label[], detections: readonly Detection[], minImpacted = 50): Score {
  const counted = labels.filter((l) => l.impactedViews >= minImpacted);
  // Detections that match a label too small to count are neither right nor wrong.
  const relevant = detections.filter((d) => !labels.some((l) => l.impactedViews < minImpacted && matches(d, l)));
  const tp = relevant.filter((d) => counted.some((l) => matches(d, l))).length;
  const ttd: number[] = [];
  let detected = 0;
  for (const l of counted) {
    const first = relevant.filter((d) => matches(d, l)).sort((a, b) => a.openedAtMs - b.openedAtMs)[0];
    if (first) {
      detected++;
      ttd.push((first.openedAtMs - l.startMs) / 1000);
    }
  }
  const precision = relevant.length === 0 ? 1 : tp / relevant.length;
  const recall = counted.length === 0 ? 1 : detected / counted.length;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { labels: counted.length, detected, detections: relevant.length, truePositives: tp, precision, recall, f1, timeToDetectS: ttd };
}
