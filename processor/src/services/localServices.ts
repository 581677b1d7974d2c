import { execFile } from 'node:child_process';
import * as path from 'node:path';

/** Path of scripts/services.sh in the repository. */
export const SERVICES_SCRIPT = path.resolve(__dirname, '../../../scripts/services.sh');

/**
 * Starts (or reuses) the local InfluxDB and Redis through scripts/services.sh and returns
 * the environment it prints (QOE_INFLUX_URL, QOE_REDIS_URL, ...).
 */
export function startLocalServices(opts: { postgres?: boolean } = {}): Promise<Record<string, string>> {
  const args = [SERVICES_SCRIPT, 'up', ...(opts.postgres ? ['--postgres'] : [])];
  return new Promise((resolve, reject) => {
    execFile('bash', args, { encoding: 'utf8', maxBuffer: 1 << 20 }, (err, stdout, stderr) => {
      if (err) {
        reject(new Error(`scripts/services.sh up failed: ${stderr.trim() || err.message}`));
        return;
      }
      const env: Record<string, string> = {};
      for (const line of stdout.split('\n')) {
        const m = /^export (\w+)=(.*)$/.exec(line.trim());
        if (m) env[m[1]!] = m[2]!;
      }
      resolve(env);
    });
  });
}
