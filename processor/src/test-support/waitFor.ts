/**
 * Polls `cond` until it holds; throws naming `what` after `ms` (tests only). `what` may be a
 * function, read when the wait fails, so a message can carry output gathered meanwhile
 * (a child's stderr, say).
 */
export async function waitFor(cond: () => boolean | Promise<boolean>, ms: number, what: string | (() => string | Promise<string>), everyMs = 250): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${typeof what === 'function' ? await what() : what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
