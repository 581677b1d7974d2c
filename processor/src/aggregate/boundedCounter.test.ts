import { BoundedGroups } from './boundedCounter';

const counts = (max = 100) => new BoundedGroups<{ n: number }>(max, () => ({ n: 0 }));
const add = (g: BoundedGroups<{ n: number }>, value: string, times: number) => {
  for (let i = 0; i < times; i++) g.get(value).n++;
};
const top = (g: BoundedGroups<{ n: number }>, n: number) => g.top(n, (a) => a.n, (into, from) => (into.n += from.n)).map(([v, a]) => `${v}:${a.n}`);

describe('BoundedGroups', () => {
  it('writes the top n values and merges the rest into other', () => {
    const g = counts();
    add(g, 'a', 5);
    add(g, 'b', 3);
    add(g, 'c', 1);
    expect(top(g, 2)).toEqual(['a:5', 'b:3', 'other:1']);
  });

  it('keeps a value written as its own series in later emissions (late records reranked it), never more than n', () => {
    const g = counts();
    add(g, 'a', 5);
    add(g, 'b', 3);
    add(g, 'c', 1);
    expect(top(g, 2)).toEqual(['a:5', 'b:3', 'other:1']);
    add(g, 'c', 10); // late records: c now outranks b
    expect(top(g, 2)).toEqual(['a:5', 'b:3', 'other:11']);
    const fresh = counts();
    add(fresh, 'a', 5);
    add(fresh, 'b', 3);
    add(fresh, 'c', 11);
    expect(top(fresh, 2)).toEqual(['c:11', 'a:5', 'other:3']);
  });

  it('remembers what it wrote across a checkpoint', () => {
    const g = counts();
    add(g, 'a', 5);
    add(g, 'b', 3);
    top(g, 1);
    const restored = counts();
    restored.restore(JSON.parse(JSON.stringify(g.snapshot((a) => ({ ...a })))) as ReturnType<typeof g.snapshot<{ n: number }>>, (a) => ({ ...a }));
    add(restored, 'b', 10);
    expect(top(restored, 1)).toEqual(['a:5', 'other:13']);
  });

  it('sends values beyond the tracking bound to other', () => {
    const g = counts(2);
    add(g, 'a', 1);
    add(g, 'b', 1);
    add(g, 'c', 4);
    expect(top(g, 5)).toEqual(['a:1', 'b:1', 'other:4']);
  });
});
