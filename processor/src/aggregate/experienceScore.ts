import type { ViewRecord } from '../decode/viewRecord';

/**
 * Viewer experience score of one view, 0-100. A product of three components, each 0-1:
 *
 * - playback: 0 if the view failed (startup or playback failure), else 1;
 * - startup: 1 up to 1 s to first frame, falling linearly to 0.2 at 10 s and staying there;
 * - smoothness: 1 - rebuffer share of watch time * 5 (a view rebuffering 20% of the
 *   time or more scores 0), further multiplied by 0.95 per rebuffer event after the first,
 *   floored at 0.
 * - quality: 1 - 0.5 * share of time upscaled.
 *
 * Exits before video start without an error have no playback to judge and are excluded
 * (returns null). The window's score is the mean over the judged views.
 */
export function viewExperienceScore(v: ViewRecord): number | null {
  if (v.exitBeforeVideoStart && !v.playbackFailure) return null;
  if (v.playbackFailure) return 0;
  const startupMs = v.startupMs ?? 0;
  const startup = startupMs <= 1000 ? 1 : startupMs >= 10_000 ? 0.2 : 1 - (0.8 * (startupMs - 1000)) / 9000;
  const rebufferShare = v.watchMs > 0 ? Math.min(v.rebufferMs / v.watchMs, 1) : 0;
  const extraEvents = Math.max(v.rebufferCount - 1, 0);
  const smoothness = Math.max(0, 1 - rebufferShare * 5) * Math.pow(0.95, extraEvents);
  const quality = 1 - 0.5 * Math.min(Math.max(v.upscaleRatio, 0), 1);
  return 100 * startup * smoothness * quality;
}
