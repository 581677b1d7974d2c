import { createLogger, logLine, silentLogger } from './logger';

function captured(level: Parameters<typeof createLogger>[0]) {
  const lines: string[] = [];
  const logger = createLogger(level, 'qoe', (line) => lines.push(line));
  return { logger, lines, records: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe('logger', () => {
  it('writes one JSON object a line in pino\'s format: numeric level, ISO time, pid, name, fields, message', () => {
    const { logger, lines, records } = captured('info');
    logger.info({ topic: 'qoe.views', partitions: [0, 2] }, 'assigned partitions');
    logger.warn('no fields');
    expect(lines).toHaveLength(2);
    expect(lines.every((l) => l.endsWith('}\n') && !l.slice(0, -1).includes('\n'))).toBe(true);
    const [a, b] = records();
    expect(Object.keys(a!)).toEqual(['level', 'time', 'pid', 'name', 'topic', 'partitions', 'msg']);
    expect(a).toMatchObject({ level: 30, pid: process.pid, name: 'qoe', topic: 'qoe.views', partitions: [0, 2], msg: 'assigned partitions' });
    expect(new Date(a!.time as string).toISOString()).toBe(a!.time);
    expect(b).toMatchObject({ level: 40, msg: 'no fields' });
  });

  it('writes only the levels at or above its own; silent writes nothing', () => {
    const warn = captured('warn');
    warn.logger.debug('d');
    warn.logger.info('i');
    warn.logger.warn('w');
    warn.logger.error({ code: 1 }, 'e');
    expect(warn.records().map((r) => r.level)).toEqual([40, 50]);
    const debug = captured('debug');
    debug.logger.debug('d');
    expect(debug.records().map((r) => r.level)).toEqual([20]);
    const silent = captured('silent');
    silent.logger.error('e');
    expect(silent.lines).toEqual([]);
    expect(() => silentLogger.error({ x: 1 }, 'dropped')).not.toThrow();
  });

  it('redacts every field named as a secret, at any depth and in any case', () => {
    const { logger, lines } = captured('info');
    logger.info(
      {
        password: 'pw-top-1',
        token: 'tok-top-2',
        config: { QOE_INFLUX_PASSWORD: 'pw-nested-3', QOE_INFLUX_TOKEN: 'tok-nested-4', QOE_COLLECTOR_TOKENS: 'a-5,b-6', QOE_INFLUX_URL: 'http://127.0.0.1:8086' },
        headers: { Authorization: 'Bearer sec-7' },
        deeper: [{ clientSecret: 'sec-8' }],
      },
      'configuration',
    );
    const out = lines.join('');
    for (const secret of ['pw-top-1', 'tok-top-2', 'pw-nested-3', 'tok-nested-4', 'a-5', 'sec-7', 'sec-8']) expect(out).not.toContain(secret);
    expect(out).toContain('http://127.0.0.1:8086');
    expect(JSON.parse(out)).toMatchObject({ password: '[redacted]', config: { QOE_INFLUX_TOKEN: '[redacted]' }, headers: { Authorization: '[redacted]' } });
  });

  it('writes errors with type, message and stack, bigints as text, and a circular field as a note', () => {
    const { logger, records } = captured('info');
    logger.error({ err: new TypeError('boom'), offset: 12n }, 'failed');
    const circular: Record<string, unknown> = { a: 1 };
    circular.self = circular;
    logger.error({ circular }, 'still written');
    const [e, c] = records();
    expect(e!.err).toMatchObject({ type: 'TypeError', message: 'boom' });
    expect(String((e!.err as { stack: string }).stack)).toContain('logger.test');
    expect(e!.offset).toBe('12');
    expect(c).toMatchObject({ level: 50, msg: 'still written' });
    expect(String(c!.logError)).toMatch(/circular/i);
  });

  it('makes the same line for the same record and time', () => {
    const t = new Date('2026-12-04T10:00:00.000Z');
    expect(logLine(30, 'qoe', { a: 1 }, 'm', t)).toBe(`{"level":30,"time":"2026-12-04T10:00:00.000Z","pid":${process.pid},"name":"qoe","a":1,"msg":"m"}\n`);
  });
});
