import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The admin token: the configured one, else the one in `file`, else a new random one
 * written there with mode 0600. The token itself is never logged.
 */
export function adminToken(configured: string, file: string): { token: string; source: 'env' | 'file' | 'generated' } {
  if (configured) return { token: configured, source: 'env' };
  if (fs.existsSync(file)) {
    const t = fs.readFileSync(file, 'utf8').trim();
    if (t) return { token: t, source: 'file' };
  }
  const token = randomBytes(24).toString('base64url');
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  fs.writeFileSync(file, token + '\n', { mode: 0o600 });
  return { token, source: 'generated' };
}
