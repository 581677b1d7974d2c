import type { DeadLetter } from '../../decode/viewRecord';
import { InputReadError } from './inputReadError';

/** Records read from an input, with the dead letters of its bad lines and how far it got. */
export interface RecordBatch<R> {
  records: R[];
  dead: DeadLetter[];
  bytesRead: number;
  /** Where the input stands after this batch, in the unit its opener's `skip` passes over (a file's lines). */
  recordsConsumed: number;
}

/**
 * Where a merge stands after one of its batches, so that a resume opens each file where it
 * stood instead of merging every file again from its start: the files read to their end are
 * not read again (past the first look at each file every merge takes to order them), and a file
 * open at the time passes over its lines before the batch at hand (undecoded) and over that
 * batch's records already out. Its size is that of the files open, not of the directory (it
 * goes with every batch). Saved in checkpoints: plain JSON.
 */
export interface MergePosition {
  /** Files opened so far, in the order the merge opens them (by their first record's time, then their order). */
  opened: number;
  /** Bytes of the opened files read to their end or to their failure (progress counts them as read; a file that failed gives none when it fails again). */
  endedBytes: number;
  /**
   * Files open, and files that failed part-way (opened again on a resume, they fail again
   * where they did): [file, what the file's batch at hand starts after (its opener's skip),
   * records of that batch already out (its dead letters went out when it was read)]. The
   * other opened files were read to their end.
   */
  open: [file: string, skip: number, taken: number][];
}

/** A batch of the merge: its records and dead letters, and where the merge stands after it. */
export interface MergedBatch<R> {
  records: R[];
  dead: DeadLetter[];
  bytesRead: number;
  position: MergePosition;
}

/** What a merge resumes from: the count of records and dead letters to pass over (a checkpoint without positions), or its files' positions. */
export type MergeResume = number | MergePosition;

/**
 * Bytes a chunk of one of the merged files holds: the files that cover the same minutes, tens or
 * hundreds of a log delivery's, are open at once (64 kB chunks cost 130 ms of read calls for an
 * 85 MB log).
 */
export const MERGED_CHUNK_BYTES = 256 * 1024;

/**
 * Records a batch of each merged file holds, whatever the replay's --batch-size: where a file
 * starts, as the merge reads it ahead, is the earliest record of its first batch, so the batch
 * decides when the file joins the merge, and the merged stream (which a resume counts) must not
 * depend on a setting the resumed run may change.
 */
export const MERGED_FILE_BATCH = 100;

/** One input being merged: its batches, the records of the current one and the next record's time. */
interface Cursor<R> {
  input: string;
  /** Place in the inputs as given: the tie-breaker between records of the same time. */
  order: number;
  batches: AsyncGenerator<RecordBatch<R>>;
  /** Where the input stood before its batch at hand, and after it (RecordBatch.recordsConsumed). */
  before: number;
  after: number;
  /** Opened again by a resume: its first batch's dead letters and this many of its records went out before. */
  resumedTaken?: number;
  records: R[];
  at: number;
  time: number;
  bytesRead: number;
}

/**
 * Several inputs (the files of a log delivery: one a few minutes of one edge) read as one, in
 * event-time order: files that cover the same minutes are read side by side, each record going
 * out in the order of its time among the records at the head of every open file, so the jobs'
 * windows see one stream (concatenated, every file after the first would be minutes late).
 * Each input's first records are read once ahead to tell where it starts; it is opened when the
 * merge reaches that time, so only the files that overlap the current time are open at once.
 * Dead letters go out as their input's batch is read. An input that fails part-way (an
 * InputReadError) gives what it had and the others go on; the failures are thrown at the end,
 * after everything that could be read. Deterministic: the same inputs give the same batches,
 * and the same stream of records and dead letters whatever `batchSize` (when `open` batches
 * each input the same way). Each batch carries the merge's `position`; `from` continues a
 * merge where an earlier one stood: from a position (each file opened where it stood), or by
 * passing over the first `from` records and dead letters of the whole merge again.
 */
export async function* mergeByEventTime<R>(label: string, inputs: readonly string[], open: (input: string, skip: number) => AsyncGenerator<RecordBatch<R>>, timeOf: (r: R) => number, batchSize: number, from: MergeResume = 0): AsyncGenerator<MergedBatch<R>> {
  const resumed = typeof from === 'number' ? undefined : from;
  const starts: { input: string; order: number; firstMs: number }[] = [];
  for (const [order, input] of inputs.entries()) starts.push({ input, order, firstMs: await firstTimeOf(open(input, 0), timeOf) });
  // Inputs with no record (only bad lines, or empty) first: they add dead letters and nothing else.
  starts.sort((a, b) => a.firstMs - b.firstMs || a.order - b.order);

  const heap = new CursorHeap<R>();
  const failures: InputReadError[] = [];
  /** Inputs that failed part-way, where they stood (a resume opens them again: they fail again there). */
  const failed: [string, number, number][] = [];
  let out: Omit<MergedBatch<R>, 'position'> = { records: [], dead: [], bytesRead: 0 };
  let doneBytes = resumed?.endedBytes ?? 0;
  let next = resumed?.opened ?? 0;
  let openBytes = 0;
  /** Records and dead letters still to pass over (a resume without positions). */
  let skipping = typeof from === 'number' ? from : 0;
  /** Moves a cursor to its input's next batch with records (its dead letters out on the way); false at its end. */
  const advance = async (c: Cursor<R>): Promise<boolean> => {
    for (;;) {
      let r: IteratorResult<RecordBatch<R>>;
      try {
        r = await c.batches.next();
      } catch (err) {
        if (!(err instanceof InputReadError)) throw err;
        failures.push(err);
        failed.push([c.input, c.after, 0]);
        openBytes -= c.bytesRead;
        doneBytes += c.bytesRead;
        return false;
      }
      if (r.done) {
        openBytes -= c.bytesRead;
        doneBytes += c.bytesRead;
        return false;
      }
      openBytes += r.value.bytesRead - c.bytesRead;
      c.bytesRead = r.value.bytesRead;
      c.before = c.after;
      c.after = r.value.recordsConsumed;
      const taken = c.resumedTaken;
      if (taken === undefined) {
        for (const d of r.value.dead) {
          if (skipping > 0) skipping--;
          else out.dead.push(d);
        }
      } else c.resumedTaken = undefined; // this batch's dead letters went out before the resume
      if (r.value.records.length > (taken ?? 0)) {
        c.records = r.value.records;
        c.at = taken ?? 0;
        c.time = timeOf(c.records[c.at]!);
        return true;
      }
    }
  };
  const position = (): MergePosition => ({
    opened: next,
    endedBytes: doneBytes,
    open: [...failed, ...heap.cursors().map((c): [string, number, number] => [c.input, c.before, c.at])],
  });
  if (next > starts.length) throw new Error(`${label}: the resume position has ${next} files opened, of ${starts.length}`);
  try {
    // A resume opens first the files that were open (and those that failed) where they stood.
    for (const [input, skip, taken] of resumed?.open ?? []) {
      const order = starts.findIndex((s) => s.input === input);
      if (order < 0 || order >= next) throw new Error(`${label}: the resume position names ${input}, not one of its files opened so far`);
      const c: Cursor<R> = { input, order: starts[order]!.order, batches: open(input, skip), before: skip, after: skip, resumedTaken: taken, records: [], at: 0, time: 0, bytesRead: 0 };
      if (await advance(c)) heap.push(c);
    }
    for (;;) {
      // Open every input that starts no later than the earliest record at hand.
      while (next < starts.length && (heap.size === 0 || starts[next]!.firstMs <= heap.peek()!.time)) {
        const s = starts[next++]!;
        const c: Cursor<R> = { input: s.input, order: s.order, batches: open(s.input, 0), before: 0, after: 0, records: [], at: 0, time: 0, bytesRead: 0 };
        if (await advance(c)) heap.push(c);
      }
      const c = heap.peek();
      if (c === undefined) break;
      if (skipping > 0) skipping--;
      else out.records.push(c.records[c.at]!);
      // The input's next record takes its place (the common case: one sift instead of a pop and a push).
      if (++c.at < c.records.length) {
        c.time = timeOf(c.records[c.at]!);
        heap.siftTop();
      } else if (await advance(c)) heap.siftTop();
      else heap.pop();
      if (out.records.length + out.dead.length >= batchSize) {
        out.bytesRead = doneBytes + openBytes;
        yield { ...out, position: position() };
        out = { records: [], dead: [], bytesRead: 0 };
      }
    }
  } finally {
    // Stopped early (the consumer's error or break): the files still open are closed, not left to the collector.
    await heap.closeAll();
  }
  out.bytesRead = doneBytes + openBytes;
  if (out.records.length + out.dead.length > 0) yield { ...out, position: position() };
  if (failures.length === 1) throw failures[0]!;
  if (failures.length > 1) throw new InputReadError(label, `${failures.length} of its files could not be read to their end: ${failures.map((f) => `${f.file} (${f.reason})`).join('; ')}`);
}

/** The time of an input's earliest record among its first ones; -Infinity when it has none (or cannot be read: its reading reports why). */
async function firstTimeOf<R>(batches: AsyncGenerator<RecordBatch<R>>, timeOf: (r: R) => number): Promise<number> {
  try {
    for await (const b of batches) {
      if (b.records.length === 0) continue;
      let first = Infinity;
      for (const r of b.records) first = Math.min(first, timeOf(r));
      return first;
    }
  } catch {
    /* read again when the merge opens it */
  }
  return -Infinity;
}

/** The open cursors by the time of their next record (then by input order): a binary min-heap. */
class CursorHeap<R> {
  private readonly items: Cursor<R>[] = [];

  get size(): number {
    return this.items.length;
  }

  /** The open cursors, in no particular order. */
  cursors(): readonly Cursor<R>[] {
    return this.items;
  }

  /** Ends the open cursors' inputs (their readers close their files); none is open after. */
  async closeAll(): Promise<void> {
    const open = this.items.splice(0);
    await Promise.all(open.map((c) => c.batches.return(undefined).catch(() => undefined)));
  }

  peek(): Cursor<R> | undefined {
    return this.items[0];
  }

  push(c: Cursor<R>): void {
    const items = this.items;
    let i = items.push(c) - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(items[i]!, items[parent]!)) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }

  pop(): Cursor<R> | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last !== undefined) {
      items[0] = last;
      this.siftTop();
    }
    return top;
  }

  /** The top cursor's time changed (it moved to its next record): it goes down to its place. */
  siftTop(): void {
    const items = this.items;
    for (let i = 0; ; ) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < items.length && before(items[l]!, items[m]!)) m = l;
      if (r < items.length && before(items[r]!, items[m]!)) m = r;
      if (m === i) break;
      [items[i], items[m]] = [items[m]!, items[i]!];
      i = m;
    }
  }
}

function before<R>(a: Cursor<R>, b: Cursor<R>): boolean {
  return a.time < b.time || (a.time === b.time && a.order < b.order);
}
