import { NormalMix } from './normalMix';
import { seeded } from '../test-support/seeded';

/** The mix as first written: a Map of decayed counts per dimension (the model the slots must match). */
class MapMix {
  readonly counts: Map<string, number>[] = [0, 1, 2, 3, 4].map(() => new Map());
  total = 0;
  add(values: string[]): void {
    this.total++;
    values.forEach((v, d) => {
      const m = this.counts[d]!;
      const n = m.get(v);
      if (n !== undefined) m.set(v, n + 1);
      else if (m.size < 64) m.set(v, 1);
      else m.set('other', (m.get('other') ?? 0) + 1);
    });
  }
  decay(factor: number): void {
    this.total *= factor;
    for (const m of this.counts) for (const [k, v] of m) m.set(k, v * factor);
  }
  share(d: number, value: string): number {
    return this.total > 0 ? (this.counts[d]!.get(value) ?? 0) / this.total : 0;
  }
}

describe('NormalMix', () => {
  it('counts, decays, shares and snapshots exactly as a Map of counts per dimension, past 64 values a dimension, and restores', () => {
    const { rnd } = seeded(42);
    const mix = new NormalMix();
    const model = new MapMix();
    // A few values per dimension are common; the country dimension meets 200 (more than it tracks), 'other' among them.
    const value = (d: number) => (d === 2 ? (rnd() < 0.02 ? 'other' : `c${Math.floor(rnd() * rnd() * 200)}`) : `v${d}-${Math.floor(rnd() * 5)}`);
    for (let i = 0; i < 20_000; i++) {
      const values = [0, 1, 2, 3, 4].map(value);
      mix.add(values[0]!, values[1]!, values[2]!, values[3]!, values[4]!);
      model.add(values);
      if (i % 97 === 0) {
        const factor = 1 - rnd() * 0.2;
        mix.decay(factor);
        model.decay(factor);
      }
      if (i % 1000 === 0) {
        for (let d = 0; d < 5; d++) {
          const v = value(d);
          expect([v, mix.share(d, v)]).toEqual([v, model.share(d, v)]);
        }
      }
    }
    const snap = mix.snapshot();
    expect(snap).toEqual({ total: model.total, counts: model.counts.map((m) => [...m]) });
    expect(snap.counts[2]!.length).toBe(65);
    expect(NormalMix.restore(JSON.parse(JSON.stringify(snap))).snapshot()).toEqual(snap);
  });

  it('a restored state with more values than it tracks keeps what fits and goes on counting', () => {
    const counts = [Array.from({ length: 100 }, (_, i): [string, number] => [`x${i}`, i])];
    const mix = NormalMix.restore({ total: 10, counts: [...counts, [], [], [], []] });
    expect(mix.snapshot().counts[0]!.length).toBe(65);
    mix.add('new', 'a', 'b', 'c', 'd');
    mix.decay(0.5);
    expect(mix.share(0, 'x64')).toBe(32 / 5.5);
    expect(mix.share(0, 'new')).toBe(0);
  });
});
