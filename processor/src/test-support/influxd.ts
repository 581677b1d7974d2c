import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { stopProcess } from './stopProcess';

/**
 * A private influxd (real server, Debian's package) on free loopback ports with its own
 * data folder, for tests that stop and restart the server.
 */
export class PrivateInfluxd {
  private proc: ChildProcess | undefined;
  readonly dir: string;

  private constructor(
    readonly httpPort: number,
    private readonly rpcPort: number,
  ) {
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qoe-influxd-'));
  }

  static async create(): Promise<PrivateInfluxd> {
    return new PrivateInfluxd(await freePort(), await freePort());
  }

  get url(): string {
    return `http://127.0.0.1:${this.httpPort}`;
  }

  async start(): Promise<void> {
    const conf = path.join(this.dir, 'influxdb.conf');
    fs.writeFileSync(
      conf,
      [
        'reporting-disabled = true',
        `bind-address = "127.0.0.1:${this.rpcPort}"`,
        '[meta]',
        `  dir = "${this.dir}/meta"`,
        '[data]',
        `  dir = "${this.dir}/data"`,
        `  wal-dir = "${this.dir}/wal"`,
        '  query-log-enabled = false',
        '[http]',
        `  bind-address = "127.0.0.1:${this.httpPort}"`,
        '  log-enabled = false',
        '[monitor]',
        '  store-enabled = false',
      ].join('\n'),
    );
    const log = fs.openSync(path.join(this.dir, 'influxd.log'), 'a');
    this.proc = spawn('influxd', ['-config', conf], { stdio: ['ignore', log, log] });
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      try {
        const res = await fetch(`${this.url}/ping`);
        if (res.status === 204) return;
      } catch {
        /* not up yet */
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`private influxd did not start; see ${this.dir}/influxd.log`);
  }

  async stop(): Promise<void> {
    await stopProcess(this.proc, 'SIGTERM');
    this.proc = undefined;
  }

  async destroy(): Promise<void> {
    await this.stop();
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}
