import { execFileSync } from 'node:child_process';
import * as path from 'node:path';

/** Starts (or reuses) the real local InfluxDB, Redis and PostgreSQL through the project's services script. */
export default function globalSetup(): void {
  const script = path.resolve(__dirname, '../../../scripts/services.sh');
  const out = execFileSync('bash', [script, 'up', '--postgres'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  for (const line of out.split('\n')) {
    const m = /^export (\w+)=(.*)$/.exec(line.trim());
    if (m) process.env[m[1]!] = m[2]!;
  }
}
