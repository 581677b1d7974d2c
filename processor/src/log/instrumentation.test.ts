import { instrument, onInstrumentation } from './instrumentation';

describe('instrumentation events', () => {
  it('builds a payload only while someone listens, and delivers it to the listeners', () => {
    let built = 0;
    const payload = () => {
      built++;
      return { n: built };
    };
    instrument('test.event', payload);
    expect(built).toBe(0);
    const seen: { n: number }[] = [];
    const stop = onInstrumentation<{ n: number }>('test.event', (p) => seen.push(p));
    instrument('test.event', payload);
    instrument('test.other', payload);
    stop();
    instrument('test.event', payload);
    expect(built).toBe(1);
    expect(seen).toEqual([{ n: 1 }]);
  });
});
