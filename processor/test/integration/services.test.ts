import { execFileSync, spawnSync } from 'node:child_process';
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

  // Seen on these machines: a fresh clone's tests failed with Redis MISCONF and InfluxDB
  // "meta.dbtmp: no such file" because servers of a deleted clone answered on the same ports.
  it("never silently reuses another checkout's servers, and replaces those whose folder is gone", () => {
    const env = { ...process.env, QOE_INFLUX_PORT: String(freePortSync()), QOE_INFLUX_RPC_PORT: String(freePortSync()), QOE_REDIS_PORT: String(freePortSync()), QOE_SERVICES_SHARED: '' };
    const checkout = (name: string) => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), `qoe-${name}-`));
      fs.mkdirSync(path.join(dir, 'scripts'));
      fs.copyFileSync(SCRIPT, path.join(dir, 'scripts/services.sh'));
      return { dir, script: path.join(dir, 'scripts/services.sh') };
    };
    const run = (script: string, args: string[], extra: Record<string, string> = {}) => {
      const r = spawnSync('bash', [script, ...args], { encoding: 'utf8', env: { ...env, ...extra } });
      return { ok: r.status === 0, text: `${r.stdout}${r.stderr}` };
    };
    const redisDir = () => execFileSync('redis-cli', ['-h', '127.0.0.1', '-p', env.QOE_REDIS_PORT, 'CONFIG', 'GET', 'dir'], { encoding: 'utf8' }).split('\n')[1];
    const a = checkout('a');
    const b = checkout('b');
    try {
      expect(run(a.script, ['up']).ok).toBe(true);
      expect(redisDir()).toBe(path.join(a.dir, '.services/redis'));
      const refused = run(b.script, ['up']);
      expect(refused.ok).toBe(false);
      expect(refused.text).toMatch(/influxdb on 127\.0\.0\.1:\d+ belongs to another checkout .*qoe-a-/);
      expect(refused.text).toMatch(/QOE_SERVICES_SHARED=1/);
      const shared = run(b.script, ['up'], { QOE_SERVICES_SHARED: '1' });
      expect(shared.ok).toBe(true);
      expect(shared.text).toMatch(/sharing influxdb/);
      // Checkout a is deleted with its servers still running: b stops them and starts its own.
      fs.rmSync(a.dir, { recursive: true, force: true });
      const replaced = run(b.script, ['up']);
      expect(replaced.ok).toBe(true);
      expect(replaced.text).toMatch(/influxdb on 127\.0\.0\.1:\d+ belongs to a checkout whose folder is gone/);
      expect(replaced.text).toMatch(/redis on 127\.0\.0\.1:\d+ belongs to a checkout whose folder is gone/);
      expect(redisDir()).toBe(path.join(b.dir, '.services/redis'));
      expect(fs.existsSync(path.join(b.dir, '.services/influxdb/meta'))).toBe(true);
    } finally {
      run(b.script, ['down']);
      if (fs.existsSync(a.dir)) run(a.script, ['down']);
      // Whatever failed above, leave nothing listening on this test's ports.
      for (const port of [env.QOE_INFLUX_PORT, env.QOE_REDIS_PORT]) {
        const pid = /pid=(\d+)/.exec(spawnSync('ss', ['-ltnpH', `sport = :${port}`], { encoding: 'utf8' }).stdout)?.[1];
        if (pid) process.kill(Number(pid), 'SIGKILL');
      }
    }
    expect(run(b.script, ['status']).text).toMatch(/influxdb: down[\s\S]*redis: down/);
  });
});

/** A port nothing listens on now (bound and released at once). */
function freePortSync(): number {
  const out = execFileSync(process.execPath, ['-e', "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"], { encoding: 'utf8' });
  return Number(out.trim());
}
