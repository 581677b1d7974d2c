import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { freePort } from './influxd';
import { stopProcess } from './stopProcess';

/** The newest PostgreSQL server binaries of Debian's packages (QOE_PG_BIN overrides). */
function serverBinaries(): string {
  if (process.env.QOE_PG_BIN) return process.env.QOE_PG_BIN;
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root) ? fs.readdirSync(root).filter((v) => fs.existsSync(path.join(root, v, 'bin', 'postgres'))) : [];
  const newest = versions.sort((a, b) => Number(a) - Number(b)).pop();
  if (!newest) throw new Error(`no PostgreSQL server under ${root} (scripts/services.sh up --postgres installs it; or set QOE_PG_BIN)`);
  return path.join(root, newest, 'bin');
}

/** PostgreSQL refuses to run as root: as root, its programs run as the postgres system user. */
function asServerUser(command: string[]): [string, string[]] {
  if (process.getuid?.() !== 0) return [command[0]!, command.slice(1)];
  return ['setpriv', ['--reuid=postgres', '--regid=postgres', '--clear-groups', '--', ...command]];
}

/**
 * A private PostgreSQL (real server, Debian's package) on a free loopback port with its own
 * data folder, for tests that stop and start it. Stopping is a fast shutdown (SIGINT):
 * clients see their connections refused until it is started again.
 */
export class PrivatePostgres {
  private proc: ChildProcess | undefined;
  readonly dir: string;

  private constructor(
    readonly port: number,
    private readonly bin: string,
  ) {
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qoe-pg-'));
  }

  static async create(): Promise<PrivatePostgres> {
    const pg = new PrivatePostgres(await freePort(), serverBinaries());
    if (process.getuid?.() === 0) spawnSync('chown', ['-R', 'postgres', pg.dir]);
    pg.run([path.join(pg.bin, 'initdb'), '-D', pg.data, '-U', 'qoe', '-A', 'trust', '-E', 'UTF8']);
    await pg.start();
    pg.run([path.join(pg.bin, 'createdb'), '-h', '127.0.0.1', '-p', String(pg.port), '-U', 'qoe', 'qoe']);
    return pg;
  }

  get url(): string {
    return `postgres://qoe@127.0.0.1:${this.port}/qoe`;
  }

  private get data(): string {
    return path.join(this.dir, 'data');
  }

  private run(command: string[]): void {
    const [cmd, args] = asServerUser(command);
    const r = spawnSync(cmd, args, { cwd: this.dir, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${path.basename(command[0]!)} failed: ${r.stderr || r.error?.message}`);
  }

  async start(): Promise<void> {
    const log = fs.openSync(path.join(this.dir, 'postgres.log'), 'a');
    const [cmd, args] = asServerUser([path.join(this.bin, 'postgres'), '-D', this.data, '-p', String(this.port), '-k', this.dir, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off']);
    this.proc = spawn(cmd, args, { cwd: this.dir, stdio: ['ignore', log, log] });
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      const ready = spawnSync(path.join(this.bin, 'pg_isready'), ['-h', '127.0.0.1', '-p', String(this.port), '-q']);
      if (ready.status === 0) return;
      if (this.proc.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`private postgres did not start; see ${this.dir}/postgres.log`);
  }

  /** Fast shutdown: open connections are closed, new ones refused. */
  async stop(): Promise<void> {
    await stopProcess(this.proc, 'SIGINT');
    this.proc = undefined;
  }

  async destroy(): Promise<void> {
    await this.stop();
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
