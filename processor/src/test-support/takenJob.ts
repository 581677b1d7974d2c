import type { PointSink } from '../sinks/pointSink';
import type { PartitionJobSpec } from '../runners/kafka/checkpointedConsumer';

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

/**
 * The spec of a TakenJob consumer whose gated members, once the gate is armed, hold the next
 * batch they take until it is opened: tests of what a group does while a member has a batch
 * in hand.
 */
export class BatchGate {
  private held: Promise<void> | undefined;
  private release: (() => void) | undefined;
  /** Whether a gated member has taken the batch the armed gate holds. */
  reached = false;

  /** Makes the next batch a gated member takes wait until open(). */
  arm(): void {
    this.held = new Promise<void>((r) => (this.release = r));
  }

  open(): void {
    this.release?.();
  }

  spec(job: string, gated: boolean): PartitionJobSpec<TakenJob, number[]> {
    return {
      job,
      create: () => new TakenJob(),
      handle: async (taker, messages) => {
        if (gated && this.held) {
          const wait = this.held;
          this.held = undefined;
          this.reached = true;
          await wait;
        }
        for (const m of messages) taker.taken.push(Number(m.value!.toString()));
        return { records: messages.length, points: [], dead: [], publish: [] };
      },
    };
  }
}
