import * as path from 'node:path';
import { evalLambda, tickBlocks } from './tickBlocks';

const TASKS = path.resolve(__dirname, '../../../kapacitor/load/tasks');

describe('TICKscript blocks', () => {
  it('reads queries with period, offset and groupBy, joins, evals and conditions of the shipped scripts', () => {
    const audience = tickBlocks(path.join(TASKS, 'qoe_audience_drop.tick'));
    expect(audience.map((b) => b.name ?? b.head)).toEqual(['today', 'yesterday', 'today']);
    expect(audience[1]!.query).toMatchObject({ periodMs: 15 * 60_000, offsetMs: 24 * 3_600_000, groupBy: ['property_id'] });
    expect(audience[2]).toMatchObject({ join: { other: 'yesterday', as: ['today', 'yesterday'], fill: 0 }, evals: [{ as: 'ratio' }], topic: 'qoe-incidents' });
    const dead = tickBlocks(path.join(TASKS, 'qoe_deadman.tick'));
    expect(dead.map((b) => b.deadman?.intervalMs)).toEqual([5 * 60_000, 3 * 60_000]);
  });

  it('evaluates lambdas the way Kapacitor reads them, and refuses what it cannot', () => {
    expect(evalLambda('"a" > 2.0 AND "b.c" < 0.5', { a: 3, 'b.c': 0.1 })).toBe(true);
    expect(evalLambda('"a" > 2.0 OR "b" == \'open\'', { a: 1, b: 'open' })).toBe(true);
    expect(evalLambda('100.0 * float("e") / float("r")', { e: 5, r: 200 })).toBe(2.5);
    expect(() => evalLambda('sigma("x") > 3.0', { x: 1 })).toThrow(/stateful/);
    expect(() => evalLambda('"missing" > 1', { x: 1 })).toThrow(/names field "missing"/);
    expect(() => evalLambda('"a" ~ 1', { a: 1 })).toThrow(/cannot read/);
  });
});
