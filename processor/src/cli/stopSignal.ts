import type { Logger } from '../log/logger';

export interface StopSignal {
  /** Resolves on the first SIGINT / SIGTERM. */
  readonly stopped: Promise<void>;
  /** Startup is done; from now on the clean shutdown has no deadline. */
  running(): void;
}

/** How long a startup may still take after a stop was asked for, ms. */
export const STARTUP_STOP_GRACE_MS = 15_000;

/**
 * Ctrl-C / SIGTERM handling for long-running commands. A signal once running starts the
 * clean shutdown. A signal during startup lets startup finish and then shuts down cleanly,
 * but if startup is stuck (a server that never answers) the process ends after
 * STARTUP_STOP_GRACE_MS with 128+signal, so it can always be stopped.
 */
export function listenForStop(logger: Logger, graceMs = STARTUP_STOP_GRACE_MS): StopSignal {
  let isRunning = false;
  let startupDeadline: NodeJS.Timeout | undefined;
  let resolve!: () => void;
  const stopped = new Promise<void>((r) => (resolve = r));
  const on = (signal: NodeJS.Signals, code: number) => () => {
    resolve();
    if (isRunning) return;
    logger.warn({ signal, graceMs }, 'stop asked during startup: stopping once started');
    startupDeadline = setTimeout(() => {
      logger.error({ signal }, 'startup did not finish; exiting');
      process.exit(code);
    }, graceMs);
    startupDeadline.unref();
  };
  process.once('SIGINT', on('SIGINT', 130));
  process.once('SIGTERM', on('SIGTERM', 143));
  return {
    stopped,
    running: () => {
      isRunning = true;
      // Started: the clean shutdown that follows has no deadline.
      if (startupDeadline) clearTimeout(startupDeadline);
    },
  };
}
