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

/** A logger that drops everything, for tests and library use. */
export const silentLogger: Logger = pino({ level: 'silent' });
