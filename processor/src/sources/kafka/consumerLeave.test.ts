import { leaveWithin } from './consumerLeave';

describe('leaveWithin', () => {
  it('says the member left when the disconnect finishes in time', async () => {
    let called = 0;
    const r = await leaveWithin(async () => {
      called++;
    }, 60_000);
    expect(r).toEqual({ outcome: 'left' });
    expect(called).toBe(1);
  });

  it('gives the error of a disconnect that failed', async () => {
    const r = await leaveWithin(() => Promise.reject(new Error('coordinator gone')), 60_000);
    expect(r.outcome).toBe('failed');
    expect(r.outcome === 'failed' && r.err.message).toBe('coordinator gone');
  });

  it('goes on after the deadline when the disconnect hangs, and ignores its later failure', async () => {
    let fail!: (err: Error) => void;
    const hanging = new Promise<void>((_resolve, reject) => (fail = reject));
    const unhandled: unknown[] = [];
    const onUnhandled = (err: unknown) => unhandled.push(err);
    process.on('unhandledRejection', onUnhandled);
    try {
      const r = await leaveWithin(() => hanging, 20);
      expect(r).toEqual({ outcome: 'timed out' });
      // The disconnect fails after the deadline: nobody waits for it any more, and nothing is left unhandled.
      fail(new Error('write after end'));
      await new Promise((resolve) => setImmediate(resolve));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
