import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
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

  // A clone in root's home (mode 0700): the postgres system user cannot enter it, so its data
  // goes to a folder of its own. CI runs as root, as the README's commands do on a fresh machine.
  it('starts PostgreSQL for a checkout in a folder only root may enter', () => {
    expect(process.getuid?.()).toBe(0);
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'qoe-private-'));
    fs.chmodSync(home, 0o700);
    const checkout = path.join(home, 'clone');
    fs.mkdirSync(path.join(checkout, 'scripts'), { recursive: true });
    fs.copyFileSync(SCRIPT, path.join(checkout, 'scripts/services.sh'));
    const fallback = fs.mkdtempSync(path.join(os.tmpdir(), 'qoe-pg-fallback-'));
    fs.chmodSync(fallback, 0o755);
    const env = { ...process.env, QOE_INFLUX_PORT: String(freePortSync()), QOE_INFLUX_RPC_PORT: String(freePortSync()), QOE_REDIS_PORT: String(freePortSync()), QOE_PG_PORT: String(freePortSync()), QOE_PG_FALLBACK_ROOT: fallback };
    const script = path.join(checkout, 'scripts/services.sh');
    try {
      const out = execFileSync('bash', [script, 'up', '--postgres'], { encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'pipe'] });
      expect(out).toContain(`export QOE_PG_URL=postgres://qoe@127.0.0.1:${env.QOE_PG_PORT}/qoe`);
      expect(execFileSync('bash', [script, 'status'], { encoding: 'utf8', env })).toMatch(/postgresql: up/);
      const dataDirs = fs.readdirSync(fallback);
      expect(dataDirs).toHaveLength(1);
      expect(fs.existsSync(path.join(fallback, dataDirs[0]!, 'postgres/data/PG_VERSION'))).toBe(true);
    } finally {
      execFileSync('bash', [script, 'down'], { env, stdio: 'ignore' });
    }
    expect(execFileSync('bash', [script, 'status'], { encoding: 'utf8', env })).toMatch(/postgresql: down/);
  });
});

/** A port nothing listens on now (bound and released at once). */
function freePortSync(): number {
  const out = execFileSync(process.execPath, ['-e', "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"], { encoding: 'utf8' });
  return Number(out.trim());
}
