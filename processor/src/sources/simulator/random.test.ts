import { hexId } from './random';

describe('hexId', () => {
  it('is stable and gives 500,000 distinct ids for the (seed, stream, second, index) of simulated records', () => {
    expect(hexId(33, 2, 1_796_436_000, 7)).toBe(hexId(33, 2, 1_796_436_000, 7));
    expect(hexId(33, 2, 1_796_436_000, 7)).toMatch(/^[0-9a-f]{16}$/);
    // Ids of 32 bits would collide about 29 times here (birthday bound), and exactly-once
    // usage would count each colliding pair once.
    const ids = new Set<string>();
    for (let second = 1_796_436_000; second < 1_796_436_000 + 10_000; second++) for (let index = 0; index < 50; index++) ids.add(hexId(33, 2, second, index));
    expect(ids.size).toBe(500_000);
  });
});
