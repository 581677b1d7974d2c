import type { Pool } from 'pg';
import type { AssetInfo } from './assetLookup';

/**
 * The asset database: one row per rendition (or asset root), keyed by the URL path prefix
 * its manifests and segments live under, e.g. `/env-news/prop-news-v1/720p/`.
 */
export const ASSET_TABLE = 'qoe_asset_renditions';

export const ASSET_TABLE_SQL = `
CREATE TABLE IF NOT EXISTS ${ASSET_TABLE} (
  url_prefix          text PRIMARY KEY,
  environment_id      text NOT NULL,
  asset_id            text NOT NULL,
  rendition           text NOT NULL DEFAULT '',
  segment_duration_ms integer NOT NULL DEFAULT 0 CHECK (segment_duration_ms >= 0),
  updated_at          timestamptz NOT NULL DEFAULT now()
)`;

export async function ensureAssetTable(pool: Pool): Promise<void> {
  await pool.query(ASSET_TABLE_SQL);
}

export async function countAssets(pool: Pool): Promise<number> {
  const res = await pool.query<{ n: string }>(`SELECT count(*) AS n FROM ${ASSET_TABLE}`);
  return Number(res.rows[0]?.n ?? 0);
}

export interface AssetRow {
  urlPrefix: string;
  environmentId: string;
  assetId: string;
  rendition: string;
  segmentDurationMs: number;
}

export async function upsertAssets(pool: Pool, rows: readonly AssetRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    const values: unknown[] = [];
    const tuples = chunk.map((r, j) => {
      values.push(r.urlPrefix, r.environmentId, r.assetId, r.rendition, r.segmentDurationMs);
      const b = j * 5;
      return `($${b + 1}, $${b + 2}, $${b + 3}, $${b + 4}, $${b + 5})`;
    });
    await pool.query(
      `INSERT INTO ${ASSET_TABLE} (url_prefix, environment_id, asset_id, rendition, segment_duration_ms) VALUES ${tuples.join(', ')}
       ON CONFLICT (url_prefix) DO UPDATE SET environment_id = EXCLUDED.environment_id, asset_id = EXCLUDED.asset_id, rendition = EXCLUDED.rendition, segment_duration_ms = EXCLUDED.segment_duration_ms, updated_at = now()`,
      values,
    );
  }
}

/** The most specific row whose prefix contains the path's directory (rendition, then asset). */
export async function queryAsset(pool: Pool, prefixes: readonly string[]): Promise<AssetInfo | null> {
  const res = await pool.query<{ url_prefix: string; environment_id: string; asset_id: string; rendition: string; segment_duration_ms: number }>(
    `SELECT url_prefix, environment_id, asset_id, rendition, segment_duration_ms FROM ${ASSET_TABLE} WHERE url_prefix = ANY($1::text[]) ORDER BY length(url_prefix) DESC LIMIT 1`,
    [prefixes],
  );
  const r = res.rows[0];
  return r ? { environmentId: r.environment_id, assetId: r.asset_id, rendition: r.rendition, segmentDurationMs: r.segment_duration_ms } : null;
}

/** Candidate prefixes of a path, most specific first: its directory and up to two parents. */
export function prefixesOf(path: string): string[] {
  const dir = path.slice(0, path.lastIndexOf('/') + 1) || '/';
  const out = [dir];
  let cur = dir;
  for (let i = 0; i < 2 && cur.length > 1; i++) {
    cur = cur.slice(0, cur.slice(0, -1).lastIndexOf('/') + 1);
    if (cur && cur !== '/') out.push(cur);
  }
  return out;
}
