import type { QoePoint } from '../schema/point';

/** A job whose whole state is one JSON snapshot, restored with the offsets it reflects. */
export interface Snapshottable<S> {
  snapshot(): S;
  restore(state: S): void;
}

/**
 * The contract between the jobs (pure logic over records and state) and the runners that
 * drive them (embedded: one process; kafka: consumer groups with checkpoints; replay: files).
 * A job takes records in event time and emits the points of windows the watermark has
 * passed; `advance` lets a quiet source's watermark move on, `flush` closes every window at
 * the end of an input; its state is saved and restored whole.
 */
export interface Job<R, Out extends { points: readonly QoePoint[] }, S> extends Snapshottable<S> {
  process(record: R, partition?: string, nowMs?: number): Out;
  advance(nowMs?: number): QoePoint[];
  flush(): QoePoint[];
}
