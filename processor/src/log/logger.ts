import pino, { type Logger } from 'pino';

export type { Logger };

/** Paths whose values never reach the logs. */
const REDACT = [
  'password',
  'token',
  'authorization',
  '*.password',
  '*.token',
  '*.authorization',
  'config.QOE_INFLUX_PASSWORD',
  'config.QOE_INFLUX_TOKEN',
  'headers.authorization',
];

/**
 * Structured JSON logs on stderr (stdout stays free for data such as `simulate` output).
 */
export function createLogger(level = 'info', name = 'qoe'): Logger {
  return pino(
    {
      name,
      level,
      redact: { paths: REDACT, censor: '[redacted]' },
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    pino.destination({ fd: 2, sync: true }),
  );
}

/**
 * A logger that drops everything, for tests and library use. Its destination writes nowhere:
 * pino's default (standard output) would register an exit handler that fsyncs standard
 * output, which costs a tenth of a second at every exit when it is redirected to a file.
 */
export const silentLogger: Logger = pino({ level: 'silent' }, { write: () => undefined });
