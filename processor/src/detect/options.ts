/** Settings of the error-rate anomaly detector. None is per customer: baselines are learned. */
export interface DetectorOptions {
  /** Views in a property's count window. */
  propertyWindow: number;
  /** The property window is judged every this many views. */
  propertyHop: number;
  /** Views a property window needs before it is judged. */
  propertyMinViews: number;
  /** Views in a title's count window. */
  titleWindow: number;
  /** A title window is judged every this many of its views. */
  titleHop: number;
  /** Views a title window needs before it is judged. */
  titleMinViews: number;
  /** A window opens an incident when its errors are this unlikely under the baseline. */
  openPValue: number;
  /** An open incident counts a window as still abnormal while its p-value is below this. */
  closePValue: number;
  /** Consecutive normal judgements before an incident closes (hysteresis). */
  closeAfterHops: number;
  /** Fewest errors of the type in the window to open an incident. */
  minErrors: number;
  /** The window rate must exceed baseline * minRelativeLift + minAbsoluteLiftPct (percent points). */
  minRelativeLift: number;
  minAbsoluteLiftPct: number;
  /** Views a property must have been seen with before it can alarm (learning its baseline). */
  warmupViews: number;
  /** Views of memory of the baseline (EWMA horizon). */
  baselineMemoryViews: number;
  /** Title incidents close when the title has not been played for this long (event time), ms. */
  titleIdleCloseMs: number;
  /** Title state is dropped when the title has not been played for this long (event time), ms. */
  titleTtlMs: number;
  /** Most titles with state held at once (oldest dropped first). */
  maxTitles: number;
  /** Open incidents are re-emitted (updated) this often in event time, ms. */
  updateIntervalMs: number;
  /**
   * A view ending more than this past the latest view waits for the next one to confirm the
   * jump before it moves the detector's clock (EventClock): one view with a wrong date or a
   * client clock days ahead would otherwise age every title and incident at once. Below
   * titleIdleCloseMs, so a jump it lets through closes nothing by itself. ms.
   */
  clockJumpGuardMs: number;
  /**
   * Live input: the guard holds only a view ending that far past the wall clock's now too
   * (process()'s nowMs), so the first view after a quiet spell moves the clock at once.
   */
  clockOnWallClock: boolean;
}

export const DEFAULT_DETECTOR_OPTIONS: DetectorOptions = {
  propertyWindow: 300,
  propertyHop: 25,
  propertyMinViews: 100,
  titleWindow: 60,
  titleHop: 5,
  titleMinViews: 10,
  openPValue: 1e-6,
  closePValue: 1e-3,
  closeAfterHops: 3,
  minErrors: 5,
  minRelativeLift: 1.5,
  minAbsoluteLiftPct: 1,
  warmupViews: 500,
  baselineMemoryViews: 20_000,
  titleIdleCloseMs: 15 * 60_000,
  titleTtlMs: 6 * 3_600_000,
  maxTitles: 100_000,
  updateIntervalMs: 60_000,
  clockJumpGuardMs: 5 * 60_000,
  clockOnWallClock: false,
};
