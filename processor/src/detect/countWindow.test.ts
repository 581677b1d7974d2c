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

  it('keeps a success in a property window as its title alone, and gives it back as an outcome', () => {
    let seed = 5;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const w = new CountWindow(7, true);
    const model: ViewOutcome[] = [];
    for (let i = 0; i < 300; i++) {
      const title = `t${Math.floor(rnd() * 4)}`;
      const failure = rnd() < 0.3;
      const o: ViewOutcome = failure ? { title, errorType: rnd() < 0.5 ? 'a' : 'b', dims: ['cdn', 'asn', 'country', 'player', 'device'] } : { title, errorType: '', dims: [] };
      if (failure || i % 2 === 0) w.push(o);
      else w.pushSuccess(title);
      model.push(o);
      if (model.length > 7) model.shift();
      for (const t of ['t0', 't1', 't2', 't3']) {
        for (const type of ['a', 'b']) {
          expect(w.titleCounts(t, type)).toEqual({ views: model.filter((m) => m.title === t).length, errors: model.filter((m) => m.title === t && m.errorType === type).length });
        }
      }
    }
    // A checkpoint holds outcomes (as it did before successes were kept as titles), and restores to the same window.
    expect(w.snapshot()).toEqual(model);
    const restored = new CountWindow(7, true);
    for (const o of w.snapshot()) restored.push(o);
    expect(restored.snapshot()).toEqual(model);
    expect(restored.titleCounts('t1', 'a')).toEqual(w.titleCounts('t1', 'a'));
  });
});
