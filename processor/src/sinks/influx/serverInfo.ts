import { InfluxDB } from '@influxdata/influxdb-client';

export type WriteApiKind = 'v1' | 'v2';

export interface ServerInfo {
  version: string;
  /** /api/v2/write exists from InfluxDB 1.8 on. */
  writeApi: WriteApiKind;
}

/** Parses the X-Influxdb-Version header ("1.6.7~rc0", "1.8.10", "v2.7.1") into the write API to use. */
export function writeApiForVersion(version: string): WriteApiKind {
  const m = /^v?(\d+)\.(\d+)/.exec(version.trim());
  if (!m) return 'v1';
  const major = Number(m[1]);
  const minor = Number(m[2]);
  return major > 1 || (major === 1 && minor >= 8) ? 'v2' : 'v1';
}

/** Asks /ping for the server version. */
export async function detectServer(client: InfluxDB): Promise<ServerInfo> {
  let version = '';
  await client.transport.request('/ping', '', { method: 'GET' }, (headers) => {
    const h = headers['x-influxdb-version'];
    version = Array.isArray(h) ? (h[0] ?? '') : (h ?? '');
  });
  return { version, writeApi: writeApiForVersion(version) };
}
