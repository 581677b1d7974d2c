/** How long a stopping member waits for kafkajs to leave its group before it goes on, ms. */
export const DEFAULT_LEAVE_TIMEOUT_MS = 10_000;

export type LeaveOutcome = { outcome: 'left' } | { outcome: 'failed'; err: Error } | { outcome: 'timed out' };

/**
 * Runs a consumer's disconnect (which leaves its group) for at most `ms`. kafkajs waits for
 * the request in flight first, and a JoinGroup in a rebalance is answered only when the group
 * settles, up to the rebalance timeout (60 s by default): a member asked to stop then would
 * outlast a container's grace period. Whatever the leave's outcome the checkpoints are already
 * saved, and a member that did not leave is dropped by the group after its session timeout.
 * A leave that goes on past `ms` is left to finish in the background (its error ignored).
 */
export async function leaveWithin(leave: () => Promise<void>, ms: number): Promise<LeaveOutcome> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<LeaveOutcome>((resolve) => {
    timer = setTimeout(() => resolve({ outcome: 'timed out' }), ms);
  });
  const left = leave().then(
    (): LeaveOutcome => ({ outcome: 'left' }),
    (err: unknown): LeaveOutcome => ({ outcome: 'failed', err: err instanceof Error ? err : new Error(String(err)) }),
  );
  try {
    return await Promise.race([left, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
