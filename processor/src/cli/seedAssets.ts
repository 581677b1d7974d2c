import type { Scenario } from '../sources/simulator';
import { buildCatalog, RENDITIONS, SEGMENT_MS, title } from '../sources/simulator/catalog';
import type { AssetRow } from '../enrich/assetDb';

/** Asset-database rows for a simulator scenario's catalog (asset roots and renditions). */
export function catalogAssetRows(s: Scenario): AssetRow[] {
  const rows: AssetRow[] = [];
  for (const p of buildCatalog(s).properties) {
    for (let rank = 1; rank <= p.spec.titles; rank++) {
      const t = title(p.spec.id, rank);
      const root = `/${p.environmentId}/${t.id}/`;
      rows.push({ urlPrefix: root, environmentId: p.environmentId, assetId: t.id, rendition: '', segmentDurationMs: 0 });
      for (const r of RENDITIONS) rows.push({ urlPrefix: `${root}${r.name}/`, environmentId: p.environmentId, assetId: t.id, rendition: r.name, segmentDurationMs: SEGMENT_MS });
    }
  }
  return rows;
}
