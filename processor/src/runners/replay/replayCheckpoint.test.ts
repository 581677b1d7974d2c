import { checkpointSchedule } from './replayCheckpoint';

describe('checkpointSchedule', () => {
  it('saves every N batches when told so, else every batch', () => {
    const every3 = checkpointSchedule({ batches: 3 });
    expect(Array.from({ length: 7 }, () => every3())).toEqual([false, false, true, false, false, true, false]);
    const always = checkpointSchedule({});
    expect([always(), always()]).toEqual([true, true]);
  });

  it('with an interval only, saves at the first batch once that much wall time has passed since the start or the last save', () => {
    let t = 1_000;
    const due = checkpointSchedule({ intervalMs: 10_000 }, () => t);
    const at = (ms: number) => ((t = ms), due());
    expect([at(2_000), at(10_999), at(11_000), at(11_001), at(20_999), at(25_000), at(30_000), at(35_000)]).toEqual([false, false, true, false, false, true, false, true]);
  });
});
