import { CountWindow, SUCCESSFUL_VIEW, type ViewOutcome } from './countWindow';
import { seeded } from '../test-support/seeded';

describe('CountWindow', () => {
  it('holds the last N views and their error counts, whatever mix of shared successes and failures comes', () => {
    const { rnd } = seeded(9);
    for (const capacity of [1, 2, 5, 60]) {
      for (let run = 0; run < 20; run++) {
        const w = new CountWindow(capacity);
        const model: ViewOutcome[] = [];
        const failureShare = run % 4 === 0 ? 0 : rnd();
        for (let i = 0; i < 200; i++) {
          const o: ViewOutcome = rnd() < failureShare ? { title: 't', errorType: rnd() < 0.5 ? 'a' : 'b', dims: ['x'] } : SUCCESSFUL_VIEW;
          w.push(o);
          model.push(o);
          if (model.length > capacity) model.shift();
          expect(w.count).toBe(model.length);
          for (const type of ['a', 'b']) expect(w.errorsOf(type)).toBe(model.filter((m) => m.errorType === type).length);
        }
        expect(w.snapshot()).toEqual(model);
        expect([...w.outcomes()].sort((x, y) => x.errorType.localeCompare(y.errorType))).toEqual([...model].sort((x, y) => x.errorType.localeCompare(y.errorType)));
      }
    }
  });

  it('starts with the successes it is given, at most its capacity, and makes its ring at the first failure', () => {
    const w = new CountWindow(5, 7);
    expect(w.count).toBe(5);
    expect(w.snapshot()).toEqual(new Array(5).fill(SUCCESSFUL_VIEW));
    const failure: ViewOutcome = { title: 't', errorType: 'a', dims: ['x'] };
    w.push(failure);
    expect(w.count).toBe(5);
    expect(w.errorsOf('a')).toBe(1);
    expect(w.snapshot()).toEqual([...new Array(4).fill(SUCCESSFUL_VIEW), failure]);
  });
});
