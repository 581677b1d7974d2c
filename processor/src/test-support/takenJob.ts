import type { PointSink } from '../sinks/pointSink';

/** A consumer-group job whose state is every message value it took, in order (tests of the checkpoint protocol). */
export class TakenJob {
  taken: number[] = [];
  snapshot(): number[] {
    return this.taken;
  }
  restore(state: number[]): void {
    this.taken = [...state];
  }
}

/** A point sink for jobs that make no points. */
export const NO_POINTS: PointSink = { write: async () => {}, flush: async () => {}, close: async () => {} };

/** Consumer-group timing short enough for tests of members coming and going. */
export const TEST_GROUP_TIMING = { sessionTimeout: 6_000, rebalanceTimeout: 8_000, heartbeatInterval: 500 };
