import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import Redis from 'ioredis';

const SCRIPT = path.resolve(__dirname, '../../../scripts/services.sh');

describe('scripts/services.sh', () => {
  it('reuses running servers on a second `up` and prints how to reach them', () => {
    const out = execFileSync('bash', [SCRIPT, 'up'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(out).toMatch(/^export QOE_INFLUX_URL=http:\/\/127\.0\.0\.1:\d+$/m);
    expect(out).toMatch(/^export QOE_REDIS_URL=redis:\/\/127\.0\.0\.1:\d+$/m);
    const status = execFileSync('bash', [SCRIPT, 'status'], { encoding: 'utf8' });
    expect(status).toMatch(/influxdb: up/);
    expect(status).toMatch(/redis: up/);
  });

  it('gives a real Redis on loopback', async () => {
    const redis = new Redis(process.env.QOE_REDIS_URL ?? 'redis://127.0.0.1:16379', { lazyConnect: true, maxRetriesPerRequest: 1 });
    await redis.connect();
    try {
      const key = `qoe:it:${process.pid}`;
      await redis.set(key, 'ok', 'EX', 30);
      expect(await redis.get(key)).toBe('ok');
      const info = await redis.info('server');
      expect(info).toMatch(/redis_version:\d+/);
      expect(await redis.config('GET', 'bind')).toEqual(['bind', '127.0.0.1']);
    } finally {
      redis.disconnect();
    }
  });

  it('rejects an unknown command with a message', () => {
    expect(() => execFileSync('bash', [SCRIPT, 'explode'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })).toThrow(/unknown command explode/);
  });
});
