import type { DeadLetter } from '../../decode/viewRecord';
import { InputReadError } from './inputReadError';
import { mergeByEventTime, type MergedBatch, type MergePosition, type MergeResume, type RecordBatch } from './mergeByEventTime';

interface Rec {
  input: string;
  t: number;
}

/** Inputs as lists of batches (record times); a batch may fail the input after it, as a truncated file does. */
type Script = { times: number[]; dead?: number; fail?: boolean }[];

/** A script's input as a file reader gives it: a line a record or dead letter, `skip` lines passed over (whole batches here). */
function opener(scripts: Record<string, Script>, log: string[]): (input: string, skip: number) => AsyncGenerator<RecordBatch<Rec>> {
  return async function* (input, skip) {
    log.push(skip > 0 ? `open ${input} after ${skip}` : `open ${input}`);
    let bytes = 0;
    let lines = 0;
    try {
      for (const b of scripts[input]!) {
        bytes += 100;
        lines += b.times.length + (b.dead ?? 0);
        if (lines <= skip) {
          if (b.fail) throw new InputReadError(input, 'the gzip content ends early');
          continue;
        }
        const dead: DeadLetter[] = Array.from({ length: b.dead ?? 0 }, (_, i) => ({ reason: 'bad line', source: input, payload: String(i) }));
        yield { records: b.times.map((t) => ({ input, t })), dead, bytesRead: bytes, recordsConsumed: lines };
        if (b.fail) throw new InputReadError(input, 'the gzip content ends early');
      }
    } finally {
      log.push(`close ${input}`);
    }
  };
}

async function merged(scripts: Record<string, Script>, batchSize = 4, skip: MergeResume = 0): Promise<{ records: Rec[]; dead: DeadLetter[]; batches: MergedBatch<Rec>[]; log: string[]; error?: unknown }> {
  const log: string[] = [];
  const batches: MergedBatch<Rec>[] = [];
  let error: unknown;
  try {
    for await (const b of mergeByEventTime('dir', Object.keys(scripts), opener(scripts, log), (r) => r.t, batchSize, skip)) batches.push(b);
  } catch (err) {
    error = err;
  }
  return { records: batches.flatMap((b) => b.records), dead: batches.flatMap((b) => b.dead), batches, log, error };
}

describe('mergeByEventTime', () => {
  it('gives the records of every input in event-time order, ties in the order of the inputs, in batches of the size asked', async () => {
    const r = await merged({
      a: [{ times: [1, 4, 6] }, { times: [9, 12] }],
      b: [{ times: [2, 4] }, { times: [5, 13] }],
      c: [{ times: [3, 7, 8] }],
    });
    expect(r.error).toBeUndefined();
    expect(r.records.map((x) => `${x.input}${x.t}`)).toEqual(['a1', 'b2', 'c3', 'a4', 'b4', 'b5', 'a6', 'c7', 'c8', 'a9', 'a12', 'b13']);
    expect(r.batches.map((b) => b.records.length)).toEqual([4, 4, 4]);
    // Every input read to its end: its bytes are all counted.
    expect(r.batches[r.batches.length - 1]!.bytesRead).toBe(500);
  });

  it('opens an input only when the merge reaches its first record: inputs one after another in time are never open together', async () => {
    const r = await merged({
      late: [{ times: [30, 31] }],
      early: [{ times: [10, 11] }, { times: [12] }],
      middle: [{ times: [20, 21] }],
    });
    expect(r.records.map((x) => x.t)).toEqual([10, 11, 12, 20, 21, 30, 31]);
    // After each input's look at its first records: one input open at a time, in the order of their times.
    const merging = r.log.slice(6);
    expect(merging).toEqual(['open early', 'close early', 'open middle', 'close middle', 'open late', 'close late']);
  });

  it('passes on every dead letter, an input with no record at all first', async () => {
    const r = await merged({ a: [{ times: [5], dead: 2 }], junk: [{ times: [], dead: 3 }], b: [{ times: [1], dead: 1 }] });
    expect(r.records.map((x) => x.t)).toEqual([1, 5]);
    expect(r.dead.map((d) => d.source)).toEqual(['junk', 'junk', 'junk', 'b', 'a', 'a']);
  });

  it('goes on with the other inputs when one fails part-way, and throws its failure after everything that could be read', async () => {
    const one = await merged({ a: [{ times: [1, 3] }, { times: [5] }], cut: [{ times: [2, 4], fail: true }, { times: [6] }] });
    expect(one.records.map((x) => `${x.input}${x.t}`)).toEqual(['a1', 'cut2', 'a3', 'cut4', 'a5']);
    expect(one.error).toBeInstanceOf(InputReadError);
    expect((one.error as Error).message).toBe('cut: the gzip content ends early');
    const two = await merged({ x: [{ times: [1], fail: true }], y: [{ times: [2], fail: true }], z: [{ times: [3] }] });
    expect(two.records.map((x) => x.t)).toEqual([1, 2, 3]);
    expect((two.error as Error).message).toBe('dir: 2 of its files could not be read to their end: x (the gzip content ends early); y (the gzip content ends early)');
  });

  it('passes over the first `skip` records and dead letters, one at a time in the order they go out, whatever the batch size (a resume)', async () => {
    const scripts: Record<string, Script> = {
      a: [{ times: [1, 4, 6], dead: 1 }, { times: [9, 12], dead: 2 }],
      b: [{ times: [2, 4] }, { times: [5, 13], dead: 1 }],
      c: [{ times: [3, 7, 8], dead: 1 }],
    };
    const whole = await merged(scripts);
    const total = whole.records.length + whole.dead.length;
    expect(whole.dead.length).toBe(5);
    let previous = { records: whole.records.length, dead: whole.dead.length };
    for (let skip = 1; skip <= total + 1; skip++) {
      for (const batchSize of [1, 3, 4, 50]) {
        const r = await merged(scripts, batchSize, skip);
        expect(r.error).toBeUndefined();
        // What is left is the end of each stream: the records after the skipped ones, the dead letters after those.
        expect(r.records).toEqual(whole.records.slice(whole.records.length - r.records.length));
        expect(r.dead).toEqual(whole.dead.slice(whole.dead.length - r.dead.length));
        expect(r.records.length + r.dead.length).toBe(Math.max(0, total - skip));
        // One more skipped is one fewer of the two, whichever went out first.
        if (batchSize === 1 && skip <= total) {
          expect(previous.records - r.records.length + (previous.dead - r.dead.length)).toBe(1);
          previous = { records: r.records.length, dead: r.dead.length };
        }
        expect(r.log.filter((l) => l.startsWith('open')).length).toBe(r.log.filter((l) => l.startsWith('close')).length);
      }
    }
  });

  it('continues from the position of any of its batches with the same records and dead letters, without reading again the files read to their end', async () => {
    const scripts: Record<string, Script> = {
      a: [{ times: [1, 4, 6], dead: 1 }, { times: [9, 12], dead: 2 }, { times: [14] }],
      b: [{ times: [2, 4] }, { times: [], dead: 2 }, { times: [5, 13], dead: 1 }],
      c: [{ times: [3, 7, 8], dead: 1 }],
      d: [{ times: [20, 21] }, { times: [22] }],
      e: [{ times: [] , dead: 2 }],
    };
    for (const batchSize of [1, 3, 4, 50]) {
      const whole = await merged(scripts, batchSize);
      expect(whole.error).toBeUndefined();
      let recordsOut = 0;
      let deadOut = 0;
      for (const b of whole.batches) {
        recordsOut += b.records.length;
        deadOut += b.dead.length;
        // As a checkpoint keeps it.
        const position = JSON.parse(JSON.stringify(b.position)) as MergePosition;
        const rest = await merged(scripts, batchSize, position);
        expect(rest.error).toBeUndefined();
        expect(rest.records).toEqual(whole.records.slice(recordsOut));
        expect(rest.dead).toEqual(whole.dead.slice(deadOut));
        // Files read to their end get only the first look every merge takes (one batch), not read again.
        const open = new Set(position.open.map(([input]) => input));
        const ended = Object.keys(scripts).filter((input) => !open.has(input) && !whole.records.slice(recordsOut).some((r) => r.input === input) && whole.records.slice(0, recordsOut).some((r) => r.input === input));
        for (const input of ended) expect(rest.log.filter((l) => l.startsWith(`open ${input}`))).toEqual([`open ${input}`]);
        expect(position.opened).toBeGreaterThanOrEqual(ended.length + open.size);
        expect(rest.log.filter((l) => l.startsWith('open')).length).toBe(rest.log.filter((l) => l.startsWith('close')).length);
        // Progress still counts every file's bytes by the end.
        if (rest.batches.length > 0) expect(rest.batches[rest.batches.length - 1]!.bytesRead).toBe(whole.batches[whole.batches.length - 1]!.bytesRead);
      }
      expect(whole.batches[whole.batches.length - 1]!.position).toEqual({ opened: 5, endedBytes: 1000, open: [] });
    }
    // A file open at the position is opened after the lines before its batch at hand.
    const mid = (await merged(scripts, 3)).batches[2]!;
    expect(mid.position.open.length).toBeGreaterThan(0);
    const again = await merged(scripts, 3, mid.position);
    for (const [input, skip] of mid.position.open) expect(again.log).toContain(skip > 0 ? `open ${input} after ${skip}` : `open ${input}`);
  });

  it('fails again at the end of a resume when a file failed part-way before its position', async () => {
    const scripts: Record<string, Script> = { a: [{ times: [1, 3] }, { times: [5, 7] }, { times: [9] }], cut: [{ times: [2], dead: 1, fail: true }, { times: [6] }] };
    const whole = await merged(scripts, 2);
    expect((whole.error as Error).message).toBe('cut: the gzip content ends early');
    const after = whole.batches.find((b) => b.records.some((r) => r.t === 5))!;
    expect(after.position.open).toContainEqual(['cut', 2, 0]);
    const rest = await merged(scripts, 2, JSON.parse(JSON.stringify(after.position)) as MergePosition);
    expect(rest.records.map((r) => r.t)).toEqual(whole.records.map((r) => r.t).filter((t) => t > 5));
    expect(rest.dead).toEqual([]);
    expect((rest.error as Error).message).toBe('cut: the gzip content ends early');
    // The failed file's bytes counted once by the end, as in the run that was not interrupted.
    expect(rest.batches[rest.batches.length - 1]!.bytesRead).toBe(whole.batches[whole.batches.length - 1]!.bytesRead);
  });

  it('refuses a position that names a file not among the ones it opened, or more files than it has', async () => {
    const r = await merged({ a: [{ times: [1] }] }, 2, { opened: 1, endedBytes: 0, open: [['gone', 0, 0]] });
    expect((r.error as Error).message).toBe('dir: the resume position names gone, not one of its files opened so far');
    const more = await merged({ a: [{ times: [1] }] }, 2, { opened: 2, endedBytes: 0, open: [] });
    expect((more.error as Error).message).toBe('dir: the resume position has 2 files opened, of 1');
  });

  it('closes the inputs still open when its consumer stops early', async () => {
    const log: string[] = [];
    const scripts: Record<string, Script> = { a: [{ times: [1, 3] }, { times: [5, 7] }], b: [{ times: [2, 4] }, { times: [6, 8] }] };
    for await (const b of mergeByEventTime('dir', ['a', 'b'], opener(scripts, log), (r) => r.t, 2)) {
      expect(b.records.map((x) => x.t)).toEqual([1, 2]);
      break;
    }
    expect(log.slice(4)).toEqual(['open a', 'open b', 'close a', 'close b']);
  });
});
