import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';

export interface QoeChild {
  child: ChildProcess;
  /** Everything the process wrote to stderr so far (for failure messages). */
  stderr(): string;
}

/**
 * `qoe start` as a child process against the test servers (InfluxDB and Redis from the
 * environment or their test ports, no asset database, admin API on a free port, warnings
 * only), with `env` on top: brokers, database, consumer groups.
 */
export function spawnQoeStart(deadLetter: string, env: Record<string, string>): QoeChild {
  const bin = path.resolve(__dirname, '../../bin/qoe.js');
  const child = spawn(process.execPath, [bin, 'start', '--dead-letter', deadLetter], {
    env: {
      ...process.env,
      QOE_PG_URL: '',
      QOE_INFLUX_URL: process.env.QOE_INFLUX_URL ?? 'http://127.0.0.1:18086',
      QOE_REDIS_URL: process.env.QOE_REDIS_URL ?? 'redis://127.0.0.1:16379',
      QOE_LOG_LEVEL: 'warn',
      QOE_ADMIN_PORT: '0',
      QOE_ADMIN_TOKEN: 'x',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  child.stderr!.on('data', (d) => (err += d));
  return { child, stderr: () => err };
}
