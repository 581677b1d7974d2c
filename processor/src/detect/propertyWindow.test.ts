import type { ViewOutcome } from './countWindow';
import { PropertyWindow, type WindowedTitle } from './propertyWindow';
import { seeded } from '../test-support/seeded';

const titleOf = (videoId: string): WindowedTitle => ({ videoId, windowViews: 0, windowErrors: undefined });

describe('PropertyWindow', () => {
  it('counts views and errors per title on the titles\' objects, and names the title with the most errors', () => {
    const w = new PropertyWindow(3);
    const a = titleOf('a');
    const b = titleOf('b');
    w.pushSuccess(a);
    w.pushFailure(b, { title: 'b', errorType: 'e', dims: [] });
    w.pushFailure(a, { title: 'a', errorType: 'e', dims: [] });
    w.pushSuccess(a); // the first view of a leaves the window
    expect(w.titleCounts(a, 'e')).toEqual({ views: 2, errors: 1 });
    expect(w.titleCounts(b, 'e')).toEqual({ views: 1, errors: 1 });
    expect(w.topTitle('e')).toBe(a); // as many errors as b: the least video id
    expect(w.topTitle('other')).toBeUndefined();
  });

  it('holds the last N views with their totals per type and per title whatever comes, and checkpoints them as outcomes', () => {
    const { rnd } = seeded(5);
    for (const capacity of [1, 7, 40]) {
      const titles = ['t0', 't1', 't2', 't3', 't4'].map(titleOf);
      const w = new PropertyWindow(capacity);
      const model: ViewOutcome[] = [];
      for (let i = 0; i < 400; i++) {
        const t = titles[Math.floor(rnd() * titles.length)]!;
        if (rnd() < 0.3) {
          const o: ViewOutcome = { title: t.videoId, errorType: rnd() < 0.5 ? 'a' : 'b', dims: ['cdn', 'asn', 'country', 'player', 'device'] };
          w.pushFailure(t, o);
          model.push(o);
        } else {
          w.pushSuccess(t);
          model.push({ title: t.videoId, errorType: '', dims: [] });
        }
        if (model.length > capacity) model.shift();
        expect(w.count).toBe(model.length);
        for (const type of ['a', 'b']) {
          expect(w.errorsOf(type)).toBe(model.filter((m) => m.errorType === type).length);
          expect(w.failures(type).length).toBe(w.errorsOf(type));
          for (const title of titles) expect(w.titleCounts(title, type)).toEqual({ views: model.filter((m) => m.title === title.videoId).length, errors: model.filter((m) => m.title === title.videoId && m.errorType === type).length });
          const most = Math.max(0, ...titles.map((x) => w.titleCounts(x, type).errors));
          expect(w.topTitle(type)?.videoId).toBe(most === 0 ? undefined : titles.find((x) => w.titleCounts(x, type).errors === most)!.videoId);
        }
      }
      expect(w.snapshot()).toEqual(model);
    }
  });
});
