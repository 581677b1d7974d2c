import { CountWindow, SUCCESSFUL_VIEW, type ViewOutcome } from './countWindow';

describe('CountWindow', () => {
  it('holds the last N views and their error counts, whatever mix of shared successes and failures comes', () => {
    let seed = 9;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (const capacity of [1, 2, 5, 60]) {
      for (let run = 0; run < 20; run++) {
        const w = new CountWindow(capacity, false);
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

  it('counts views per title in a property window', () => {
    const w = new CountWindow(3, true);
    for (const [title, errorType] of [['a', ''], ['b', 'e'], ['a', 'e'], ['a', '']] as const) w.push({ title, errorType, dims: [] });
    expect(w.titleCounts('a', 'e')).toEqual({ views: 2, errors: 1 });
    expect(w.titleCounts('b', 'e')).toEqual({ views: 1, errors: 1 });
    expect(w.topTitle('e')).toBe('a');
  });
});
