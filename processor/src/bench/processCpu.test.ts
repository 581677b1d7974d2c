import { spawnSync } from 'node:child_process';
import { processCpuSeconds } from './processCpu';

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
