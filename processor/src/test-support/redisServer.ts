import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { stopProcess } from './stopProcess';
import { freePort } from './influxd';

/**
 * A private redis-server (real server, Debian's package) on a free loopback port with its
 * own data folder, for tests that kill and restart it. It persists every write to its
 * append-only file before answering (appendfsync always), as a checkpoint store must: a
 * Redis that lost acknowledged checkpoints would have consumers resume from committed
 * offsets with empty state.
 */
export class PrivateRedis {
  private proc: ChildProcess | undefined;
  readonly dir: string;

  private constructor(readonly port: number) {
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qoe-redis-'));
  }

  static async create(): Promise<PrivateRedis> {
    return new PrivateRedis(await freePort());
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const log = fs.openSync(path.join(this.dir, 'redis.log'), 'a');
    this.proc = spawn('redis-server', ['--bind', '127.0.0.1', '--port', String(this.port), '--dir', this.dir, '--save', '', '--appendonly', 'yes', '--appendfsync', 'always', '--daemonize', 'no'], { stdio: ['ignore', log, log] });
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      if (await answersPing(this.port)) return;
      if (this.proc.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`private redis-server did not start; see ${this.dir}/redis.log`);
  }

  /** Kills the server without letting it save or close anything (SIGKILL). */
  async kill(): Promise<void> {
    await stopProcess(this.proc, 'SIGKILL');
    this.proc = undefined;
  }

  /** Deletes the stopped server's data (its append-only files): it starts again empty, as after a lost disk. */
  wipe(): void {
    if (this.proc) throw new Error('wipe() needs the server stopped');
    for (const f of fs.readdirSync(this.dir)) if (f !== 'redis.log') fs.rmSync(path.join(this.dir, f), { recursive: true, force: true });
  }

  async destroy(): Promise<void> {
    await this.kill();
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1');
    s.setTimeout(1000);
    s.once('connect', () => s.write('PING\r\n'));
    s.once('data', (d) => {
      s.destroy();
      resolve(d.toString().startsWith('+PONG'));
    });
    s.once('error', () => resolve(false));
    s.once('timeout', () => {
      s.destroy();
      resolve(false);
    });
  });
}
