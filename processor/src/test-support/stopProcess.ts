import type { ChildProcess } from 'node:child_process';

/** Sends a signal to a server the tests started and resolves once it has exited (at once if it already had). */
export function stopProcess(proc: ChildProcess | undefined, signal: NodeJS.Signals): Promise<void> {
  if (!proc || proc.exitCode !== null || proc.signalCode !== null) return Promise.resolve();
  return new Promise<void>((resolve) => {
    proc.once('exit', () => resolve());
    proc.kill(signal);
  });
}
