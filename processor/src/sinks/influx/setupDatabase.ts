import type { InfluxDB } from '@influxdata/influxdb-client';
import { RETENTION_POLICIES, type RetentionPolicy } from '../../schema';
import { ident, influxQL } from './influxql';

/**
 * Creates the database and the retention policies of the schema module, and brings
 * existing policies to the schema's duration and default. Idempotent.
 */
export async function ensureDatabase(client: InfluxDB, database: string, auth: Record<string, string> = {}, policies: readonly RetentionPolicy[] = Object.values(RETENTION_POLICIES)): Promise<void> {
  await influxQL(client, `CREATE DATABASE ${ident(database)}`, { auth });
  const [shown] = await influxQL(client, `SHOW RETENTION POLICIES ON ${ident(database)}`, { auth });
  const existing = new Set<string>();
  for (const s of shown?.series ?? []) {
    const nameCol = s.columns.indexOf('name');
    for (const row of s.values) existing.add(String(row[nameCol]));
  }
  for (const rp of policies) {
    const verb = existing.has(rp.name) ? 'ALTER' : 'CREATE';
    const q = `${verb} RETENTION POLICY ${ident(rp.name)} ON ${ident(database)} DURATION ${rp.duration} REPLICATION 1${rp.isDefault ? ' DEFAULT' : ''}`;
    await influxQL(client, q, { auth });
  }
}
