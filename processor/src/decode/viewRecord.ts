/**
 * The normalized view every job works on: validated, units fixed (ms, bits/s, 0-1),
 * absent breakdown values as "unknown".
 */
export interface ViewRecord {
  viewId: string;
  propertyId: string;
  viewStartMs: number;
  /** Event time: a view counts in the minute it ended. */
  viewEndMs: number;
  videoId: string;
  videoTitle: string;
  cdn: string;
  country: string;
  asn: string;
  playerName: string;
  deviceCategory: string;
  streamType: string;
  /** Time to first frame in ms; null when the view never started. */
  startupMs: number | null;
  rebufferCount: number;
  rebufferMs: number;
  watchMs: number;
  /** Weighted average bitrate, bits per second; 0 when unknown. */
  bitrateBps: number;
  /** Share of playing time upscaled, 0-1. */
  upscaleRatio: number;
  exitBeforeVideoStart: boolean;
  startupFailure: boolean;
  playbackFailure: boolean;
  /** Error type label (player_error_code) of a failed view; "" when it did not fail. */
  errorType: string;
}

/** A record that could not be used, with why. */
export interface DeadLetter {
  reason: string;
  source: string;
  /** Line number, byte offset or message offset within the source, when known. */
  position?: number | string;
  /** The offending input, truncated. */
  payload: string;
}

export const MAX_DEAD_LETTER_PAYLOAD = 2048;

export function deadLetter(reason: string, source: string, payload: unknown, position?: number | string): DeadLetter {
  let text: string;
  if (typeof payload === 'string') text = payload;
  else if (payload instanceof Uint8Array) text = Buffer.from(payload).toString('base64');
  else {
    try {
      text = JSON.stringify(payload) ?? String(payload);
    } catch {
      text = String(payload);
    }
  }
  if (text.length > MAX_DEAD_LETTER_PAYLOAD) text = text.slice(0, MAX_DEAD_LETTER_PAYLOAD) + '...';
  return position === undefined ? { reason, source, payload: text } : { reason, source, position, payload: text };
}

export type Decoded<T> = { ok: true; value: T } | { ok: false; reason: string };
