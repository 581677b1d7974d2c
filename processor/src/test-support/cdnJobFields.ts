import type { CdnJobRecord, CdnRecord } from '../decode/cdn';
import { CDN_JOB_CMCD_FIELDS, CDN_JOB_FIELDS } from '../decode/cdn/record';

/** What a record is to enrichment and the CDN jobs: every field they read, in their order, and the CMCD values they read, nothing else. */
export function jobFields(r: CdnRecord): CdnJobRecord {
  const out: Record<string, unknown> = {};
  for (const k of CDN_JOB_FIELDS) out[k] = r[k];
  const cmcd = Object.entries(r.cmcd ?? {}).filter(([k]) => (CDN_JOB_CMCD_FIELDS as readonly string[]).includes(k));
  if (cmcd.length > 0) out.cmcd = Object.fromEntries(cmcd);
  return out as CdnJobRecord;
}
