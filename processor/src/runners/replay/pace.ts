/**
 * A replay's pace (--speed): `speed` times event time over wall time (60 = an hour of events a
 * minute), counted from the first event seen; 0 = as fast as possible. The returned function
 * waits, after a batch, until the wall clock has caught up with the batch's last event (at
 * most a minute at a time: a jump in event time does not stall the replay for hours).
 */
export function pacer(speed: number): (lastEventMs: number | undefined) => Promise<void> {
  if (!(speed > 0)) return async () => undefined;
  const wallStart = Date.now();
  let firstEventMs: number | undefined;
  return async (lastEventMs) => {
    if (lastEventMs === undefined || !Number.isFinite(lastEventMs)) return;
    firstEventMs ??= lastEventMs;
    const wait = wallStart + (lastEventMs - firstEventMs) / speed - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, Math.min(wait, 60_000)));
  };
}
