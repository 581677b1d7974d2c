import { TumblingWindows, type JumpGuard, type WindowResult } from './tumblingWindows';
import { seeded } from '../test-support/seeded';

interface Rec {
  key: string;
  t: number;
  v: number;
}

function engine(opts: { ooo?: number; lateness?: number; idle?: number; maxKeys?: number; jumpGuard?: JumpGuard } = {}) {
  return new TumblingWindows<Rec, { sum: number; n: number }>({
    sizeMs: 60_000,
    ...(opts.maxKeys !== undefined ? { maxKeys: opts.maxKeys, overflowKey: 'other' } : {}),
    outOfOrdernessMs: opts.ooo ?? 0,
    allowedLatenessMs: opts.lateness ?? 0,
    idleTimeoutMs: opts.idle ?? 0,
    jumpGuard: opts.jumpGuard ?? 'off',
    keyOf: (r) => r.key,
    timeOf: (r) => r.t,
    create: () => ({ sum: 0, n: 0 }),
    add: (acc, r) => {
      acc.sum += r.v;
      acc.n++;
    },
  });
}

const summary = (rs: readonly WindowResult<{ sum: number; n: number }>[]) => rs.map((r) => `${r.key}@${r.windowStartMs / 60_000}:${r.acc.sum}/${r.acc.n}#${r.revision}`);
const M = 60_000;

describe('TumblingWindows', () => {
  it('bounds the keys of a window: records of keys beyond maxKeys count under the overflow key, in every window', () => {
    const w = engine({ maxKeys: 2 });
    const emitted: string[] = [];
    for (const [key, t] of [['a', 1_000], ['b', 2_000], ['c', 3_000], ['a', 4_000], ['d', 5_000], ['c', 6_000], ['x', M + 1], ['y', M + 2], ['z', M + 3]] as const) emitted.push(...summary(w.add({ key, t, v: 1 }).emitted));
    expect([...emitted, ...summary(w.flush())]).toEqual(['a@0:2/2#0', 'b@0:1/1#0', 'other@0:3/3#0', 'other@1:1/1#0', 'x@1:1/1#0', 'y@1:1/1#0']);
    expect(w.overflowRecords()).toBe(4);
  });

  it('emits a window once the watermark passes its end, keys in sorted order', () => {
    const w = engine();
    expect(summary(w.add({ key: 'b', t: 1_000, v: 1 }).emitted)).toEqual([]);
    expect(summary(w.add({ key: 'a', t: 59_999, v: 2 }).emitted)).toEqual([]);
    // Exactly the window end: watermark = 60000 >= end, so the first window closes.
    expect(summary(w.add({ key: 'a', t: M, v: 5 }).emitted)).toEqual(['a@0:2/1#0', 'b@0:1/1#0']);
    expect(summary(w.flush())).toEqual(['a@1:5/1#0']);
  });

  it('in a replay, a lone record far ahead (a wrong date) closes nothing and makes nothing late; one held at a snapshot is held after the restore', () => {
    const w = engine({ ooo: 10_000, lateness: 60_000, jumpGuard: 'replay' });
    for (const t of [1_000, 30_000, 50_000]) w.add({ key: 'a', t, v: 1 });
    const far = w.add({ key: 'a', t: 2 * 24 * 60 * M, v: 100 });
    expect(far.emitted).toEqual([]);
    const snap = w.snapshot((acc) => acc);
    expect(snap.watermarkHeld).toEqual({ '0': 2 * 24 * 60 * M });
    const restored = engine({ ooo: 10_000, lateness: 60_000, jumpGuard: 'replay' });
    restored.restore(snap, (acc) => ({ ...acc }));
    for (const x of [w, restored]) {
      const r = x.add({ key: 'a', t: 55_000, v: 1 });
      expect(r.late).toBeUndefined();
      expect(summary(x.add({ key: 'a', t: 80_000, v: 1 }).emitted)).toEqual(['a@0:4/4#0']);
      expect(summary(x.flush())).toEqual(['a@1:1/1#0', `a@${2 * 24 * 60}:100/1#0`]);
    }
  });

  it('accepts out-of-order records within the allowed out-of-orderness', () => {
    const w = engine({ ooo: 10_000 });
    w.add({ key: 'a', t: 50_000, v: 1 });
    expect(w.add({ key: 'a', t: 65_000, v: 1 }).emitted).toEqual([]); // watermark 55 s
    expect(w.add({ key: 'a', t: 58_000, v: 1 }).late).toBeUndefined(); // still in window 0
    expect(summary(w.add({ key: 'a', t: 70_000, v: 1 }).emitted)).toEqual(['a@0:2/2#0']);
  });

  it('updates a window for records within the allowed lateness and re-emits it on the next late-firing beat, then sends later ones to the late output', () => {
    const w = engine({ lateness: 60_000 });
    w.add({ key: 'a', t: 10_000, v: 1 });
    expect(summary(w.add({ key: 'a', t: 61_000, v: 1 }).emitted)).toEqual(['a@0:1/1#0']);
    const r = w.add({ key: 'a', t: 20_000, v: 10 });
    expect(r.late).toBeUndefined();
    expect(r.emitted).toEqual([]);
    // Watermark reaches 120 s: the update of window 0 goes out (its final value), window 1 closes.
    expect(summary(w.add({ key: 'a', t: 120_000, v: 1 }).emitted)).toEqual(['a@0:11/2#1', 'a@1:1/1#0']);
    const late = w.add({ key: 'a', t: 30_000, v: 100 });
    expect(late.late).toEqual({ record: { key: 'a', t: 30_000, v: 100 }, eventTimeMs: 30_000, watermarkMs: 120_000 });
    expect(w.lateRecords()).toBe(1);
    expect(summary(w.flush())).toEqual(['a@2:1/1#0']);
  });

  it('emits pending late updates on request when event time stands still, each once', () => {
    const w = engine({ lateness: 10 * M });
    w.add({ key: 'a', t: 1_000, v: 1 });
    w.add({ key: 'b', t: 2_000, v: 1 });
    expect(summary(w.add({ key: 'a', t: M + 5_000, v: 1 }).emitted)).toEqual(['a@0:1/1#0', 'b@0:1/1#0']);
    // Late records for minute 0 arrive, then the input goes quiet: no beat fires.
    expect(w.add({ key: 'a', t: 3_000, v: 10 }).emitted).toEqual([]);
    // (A key new to an emitted minute goes out at once; updates wait for the beat.)
    expect(summary(w.add({ key: 'c', t: 4_000, v: 7 }).emitted)).toEqual(['c@0:7/1#0']);
    expect(w.add({ key: 'c', t: 5_000, v: 1 }).emitted).toEqual([]);
    expect(summary(w.emitPendingUpdates())).toEqual(['a@0:11/2#1', 'c@0:8/2#1']);
    expect(w.emitPendingUpdates()).toEqual([]);
    // Minute 1 is not complete: it is never emitted early.
    w.add({ key: 'a', t: M + 6_000, v: 1 });
    expect(w.emitPendingUpdates()).toEqual([]);
    expect(summary(w.flush())).toEqual(['a@1:2/2#0']);
  });

  it('holds the watermark at the slowest partition', () => {
    const w = engine();
    w.add({ key: 'a', t: 1_000, v: 1 }, 'p0');
    w.add({ key: 'a', t: 2_000, v: 1 }, 'p1');
    expect(w.add({ key: 'a', t: 200_000, v: 1 }, 'p0').emitted).toEqual([]);
    expect(w.currentWatermark()).toBe(2_000);
    expect(summary(w.add({ key: 'a', t: 61_000, v: 1 }, 'p1').emitted)).toEqual(['a@0:2/2#0']);
  });

  it('does not let an idle partition stall the watermark', () => {
    const w = engine({ idle: 5_000 });
    w.add({ key: 'a', t: 1_000, v: 1 }, 'p0', 0);
    w.add({ key: 'a', t: 2_000, v: 1 }, 'p1', 0);
    // p1 goes quiet; p0 moves on.
    expect(w.add({ key: 'a', t: 90_000, v: 1 }, 'p0', 1_000).emitted).toEqual([]);
    expect(summary(w.advance(7_000))).toEqual(['a@0:2/2#0']);
  });

  it('is deterministic on shuffled input and accounts for every record once', () => {
    const recs: Rec[] = [];
    const { rnd } = seeded(7);
    for (let i = 0; i < 2_000; i++) recs.push({ key: `k${i % 7}`, t: i * 300 + Math.floor(rnd() * 60_000), v: i });
    const run = () => {
      const w = engine({ ooo: 5_000, lateness: 30_000 });
      const out: string[] = [];
      for (const r of recs) {
        const res = w.add(r);
        out.push(...summary(res.emitted));
        if (res.late) out.push(`late:${res.late.record.v}`);
      }
      out.push(...summary(w.flush()));
      return out;
    };
    const a = run();
    expect(run()).toEqual(a);
    expect(a.some((s) => s.startsWith('late:'))).toBe(true);
    // Every record is either in some window's final emission or in the late output.
    const finals = new Map<string, number>();
    for (const s of a) {
      const m = /^(\w+@\d+):-?\d+\/(\d+)#\d+$/.exec(s);
      if (m) finals.set(m[1]!, Number(m[2])); // the last revision of a window is its final count
    }
    const lateCount = a.filter((s) => s.startsWith('late:')).length;
    expect([...finals.values()].reduce((x, y) => x + y, 0) + lateCount).toBe(recs.length);
  });

  it('releases the accumulator of a dropped window at the next call that collects, after the caller has used it', () => {
    type Acc = { sum: number; n: number; released?: boolean };
    const released: string[] = [];
    const w = new TumblingWindows<Rec, Acc>({
      sizeMs: M,
      outOfOrdernessMs: 0,
      allowedLatenessMs: M,
      keyOf: (r) => r.key,
      timeOf: (r) => r.t,
      create: () => ({ sum: 0, n: 0 }),
      add: (acc, r) => {
        expect(acc.released).toBeUndefined();
        acc.sum += r.v;
        acc.n++;
      },
      release: (acc) => {
        acc.released = true;
        released.push(`${acc.sum}/${acc.n}`);
      },
    });
    w.add({ key: 'a', t: 1_000, v: 1 });
    w.add({ key: 'b', t: 2_000, v: 2 });
    // Minute 0 emitted, still open for late records for a minute: nothing released.
    expect(summary(w.add({ key: 'a', t: M + 1_000, v: 3 }).emitted)).toEqual(['a@0:1/1#0', 'b@0:2/1#0']);
    expect(summary(w.add({ key: 'b', t: M + 2_000, v: 4 }).emitted)).toEqual([]);
    // A late record for minute 0 and the watermark past its lateness: re-emitted and dropped in one call.
    w.add({ key: 'a', t: 30_000, v: 5 });
    const last = w.add({ key: 'a', t: 2 * M + 1_000, v: 6 }).emitted;
    expect(summary(last)).toEqual(['a@0:6/2#1', 'a@1:3/1#0', 'b@1:4/1#0']);
    expect(released).toEqual([]);
    expect(last.every((r) => r.acc.released === undefined)).toBe(true);
    // The next call that collects releases minute 0's accumulators, and only those.
    expect(summary(w.add({ key: 'c', t: 3 * M + 1_000, v: 7 }).emitted)).toEqual(['a@2:6/1#0']);
    expect(released.sort()).toEqual(['2/1', '6/2']);
    expect(summary(w.flush())).toEqual(['c@3:7/1#0']);
  });
});
