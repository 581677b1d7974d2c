/**
 * Structured JSON logs, one object a line on stderr (stdout stays free for data such as
 * `simulate` output), in pino's line format: `{"level":30,"time":"<ISO>","pid":…,"name":"qoe",
 * …fields,"msg":"…"}` with pino's numeric levels. Written here rather than with pino: the
 * processor logs little (start, stop, faults), and loading and setting up pino took 12-40 ms
 * of every `qoe replay` (docs/performance.md).
 *
 * Secrets never reach the logs: a field whose name says it holds one (password, token,
 * authorization, secret, in any case, at any depth) is written as "[redacted]".
 */

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export const LOG_LEVELS: Readonly<Record<LogLevel, number>> = { fatal: 60, error: 50, warn: 40, info: 30, debug: 20, trace: 10, silent: Infinity };

export interface LogFn {
  (fields: object, msg?: string): void;
  (msg: string): void;
}

export interface Logger {
  readonly level: LogLevel;
  error: LogFn;
  warn: LogFn;
  info: LogFn;
  debug: LogFn;
}

const SECRET_KEY = /(password|passwd|token|authorization|secret)s?$/i;
const REDACTED = '[redacted]';

/** JSON.stringify's replacer: secrets redacted, errors as type, message and stack, bigints as text. */
function replacer(this: unknown, key: string, value: unknown): unknown {
  if (key !== '' && SECRET_KEY.test(key) && value !== undefined && value !== null && value !== '') return REDACTED;
  if (value instanceof Error) return { type: value.name, message: value.message, stack: value.stack };
  if (typeof value === 'bigint') return value.toString();
  return value;
}

/** One log line (with its newline) of a record; fields that cannot be written are replaced by a note. */
export function logLine(level: number, name: string, fields: object | undefined, msg: string | undefined, now = new Date()): string {
  const record = { level, time: now.toISOString(), pid: process.pid, name, ...fields, ...(msg === undefined ? {} : { msg }) };
  try {
    return `${JSON.stringify(record, replacer)}\n`;
  } catch (err) {
    // A circular structure, say: the message still gets out, the fields do not.
    return `${JSON.stringify({ level, time: record.time, pid: process.pid, name, msg, logError: `fields not written: ${(err as Error).message}` })}\n`;
  }
}

class JsonLogger implements Logger {
  readonly error: LogFn;
  readonly warn: LogFn;
  readonly info: LogFn;
  readonly debug: LogFn;

  constructor(
    readonly level: LogLevel,
    private readonly name: string,
    private readonly write: (line: string) => void,
  ) {
    const at = LOG_LEVELS[level];
    const fn = (n: number): LogFn => {
      if (n < at) return () => undefined;
      return (fieldsOrMsg: object | string, msg?: string) => {
        this.write(typeof fieldsOrMsg === 'string' ? logLine(n, this.name, undefined, fieldsOrMsg) : logLine(n, this.name, fieldsOrMsg, msg));
      };
    };
    this.error = fn(LOG_LEVELS.error);
    this.warn = fn(LOG_LEVELS.warn);
    this.info = fn(LOG_LEVELS.info);
    this.debug = fn(LOG_LEVELS.debug);
  }
}

/** A logger writing to stderr (synchronously for files and pipes, as Node writes stderr on Linux). */
export function createLogger(level: LogLevel = 'info', name = 'qoe', write: (line: string) => void = (line) => process.stderr.write(line)): Logger {
  return new JsonLogger(level, name, write);
}

/** A logger that drops everything, for tests and library use. */
export const silentLogger: Logger = createLogger('silent', 'qoe', () => undefined);
