import * as fs from 'node:fs';

/** Clock ticks a second of /proc's times (USER_HZ: 100 on Linux whatever the kernel's own tick). */
const USER_HZ = 100;

/**
 * CPU time (user + system, every thread) a running process has used so far, in seconds, from
 * /proc/PID/stat; undefined where there is no such file (the process ended, or not Linux).
 */
export function processCpuSeconds(pid: number): number | undefined {
  const stat = procFile(pid, 'stat');
  if (stat === undefined) return undefined;
  // The command name (field 2) is in parentheses and may hold spaces: fields are counted after it.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return Number.isFinite(utime) && Number.isFinite(stime) ? (utime + stime) / USER_HZ : undefined;
}

/**
 * Resident set size of a running process now, in bytes, from the VmRSS line of
 * /proc/PID/status; undefined where there is no such file or line (the process ended, or not
 * Linux).
 */
export function processRssBytes(pid: number): number | undefined {
  const m = /^VmRSS:\s+(\d+) kB$/m.exec(procFile(pid, 'status') ?? '');
  return m ? Number(m[1]) * 1024 : undefined;
}

/** The machine's CPU time so far, all cores added up, in seconds: busy (every state but idle and I/O wait) and idle. */
export interface MachineCpu {
  busy: number;
  idle: number;
}

/** MachineCpu from the first line of /proc/stat; undefined where there is none (not Linux). */
export function machineCpuSeconds(): MachineCpu | undefined {
  let stat: string;
  try {
    stat = fs.readFileSync('/proc/stat', 'utf8');
  } catch {
    return undefined;
  }
  // cpu  user nice system idle iowait irq softirq steal guest guest_nice (guest time is inside user)
  const [user, nice, system, idle, iowait, irq, softirq, steal] = stat.slice(0, stat.indexOf('\n')).trim().split(/\s+/).slice(1, 9).map(Number);
  const values = [user, nice, system, idle, iowait, irq, softirq, steal];
  if (values.some((v) => v === undefined || !Number.isFinite(v))) return undefined;
  return { busy: (user! + nice! + system! + irq! + softirq! + steal!) / USER_HZ, idle: (idle! + iowait!) / USER_HZ };
}

/** /proc/PID/NAME of a running process; undefined where there is none (the process ended, or not Linux). */
function procFile(pid: number, name: string): string | undefined {
  try {
    return fs.readFileSync(`/proc/${pid}/${name}`, 'utf8');
  } catch {
    return undefined;
  }
}
