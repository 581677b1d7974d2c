/** Polls `cond` until it holds; throws naming `what` after `ms` (tests only). */
export async function waitFor(cond: () => boolean | Promise<boolean>, ms: number, what: string, everyMs = 250): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
