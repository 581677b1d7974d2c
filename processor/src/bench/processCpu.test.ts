import * as os from 'node:os';
import { spawn, spawnSync } from 'node:child_process';
import { machineCpuSeconds, processCpuSeconds, processRssBytes } from './processCpu';

describe('processCpuSeconds', () => {
  it('reads the CPU this process has used, as the process itself counts it', () => {
    const start = process.cpuUsage();
    // Work until the process has used a quarter of a second of CPU (not a wall-clock wait).
    let x = 0;
    while (process.cpuUsage(start).user < 250_000) x += Math.sqrt(x + 1);
    const fromProc = processCpuSeconds(process.pid)!;
    const own = process.cpuUsage();
    expect(x).toBeGreaterThan(0);
    // /proc counts in ticks of 10 ms; the two reads are moments apart.
    expect(fromProc).toBeGreaterThanOrEqual(0.25);
    expect(Math.abs(fromProc - (own.user + own.system) / 1e6)).toBeLessThan(0.1);
  });

  it('is undefined for a process that has ended', () => {
    const ended = spawnSync(process.execPath, ['-e', '0']);
    expect(ended.status).toBe(0);
    expect(processCpuSeconds(ended.pid!)).toBeUndefined();
  });
});

describe('processRssBytes', () => {
  it('reads the resident memory of a running process, as the process itself counts it', async () => {
    // A fresh process (this one's allocator may hand back memory it already holds) writes
    // every page of 64 MiB outside the heap, says its own RSS and waits for stdin to close.
    const child = spawn(process.execPath, ['-e', "const b = Buffer.alloc(64 << 20, 1); process.stdout.write(`${process.memoryUsage().rss} ${b[b.length - 1]}\\n`); process.stdin.resume(); process.stdin.on('end', () => process.exit(0));"], { stdio: ['pipe', 'pipe', 'inherit'] });
    try {
      const line = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout!.on('data', (d: Buffer) => {
          out += d.toString();
          if (out.includes('\n')) resolve(out.trim());
        });
        child.once('exit', (code) => reject(new Error(`child exited with ${String(code)} before saying its RSS`)));
      });
      const [own, lastByte] = line.split(' ').map(Number);
      const fromProc = processRssBytes(child.pid!)!;
      expect(lastByte).toBe(1);
      expect(fromProc).toBeGreaterThan(64 << 20);
      // The child is idle, waiting on stdin: its RSS moves little between its own read and ours.
      expect(Math.abs(fromProc - own!)).toBeLessThan(0.1 * own!);
    } finally {
      child.stdin!.end();
      await new Promise((resolve) => (child.exitCode !== null ? resolve(undefined) : child.once('exit', resolve)));
    }
  });

  it('is undefined for a process that has ended', () => {
    const ended = spawnSync(process.execPath, ['-e', '0']);
    expect(ended.status).toBe(0);
    expect(processRssBytes(ended.pid!)).toBeUndefined();
  });
});

describe('machineCpuSeconds', () => {
  it('counts this process\'s busy loop in the machine\'s busy time, and the machine\'s time adds up to its cores\' wall time', () => {
    const before = machineCpuSeconds()!;
    const ownBefore = processCpuSeconds(process.pid)!;
    const wallStart = Date.now();
    // Busy until this process has used 0.3 s of CPU (the machine's clock ticks are 10 ms).
    while (processCpuSeconds(process.pid)! - ownBefore < 0.3);
    const wall = (Date.now() - wallStart) / 1000;
    const after = machineCpuSeconds()!;
    const busy = after.busy - before.busy;
    const all = busy + (after.idle - before.idle);
    expect(busy).toBeGreaterThanOrEqual(0.25);
    // Every core's time is busy or idle: the two add up to the cores times the wall time (ticks and other states aside).
    expect(all).toBeGreaterThan(wall * os.cpus().length * 0.8);
    expect(all).toBeLessThan(wall * os.cpus().length * 1.2 + 0.05);
  });
});
