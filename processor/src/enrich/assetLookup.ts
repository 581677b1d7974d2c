/** What the asset database knows of a requested URL. */
export interface AssetInfo {
  environmentId: string;
  assetId: string;
  rendition: string;
  /** Media duration of the rendition's segments, ms; 0 for manifests. */
  segmentDurationMs: number;
}

/** Looks up the asset of a request path (and host). null = not an asset of ours. */
export interface AssetLookup {
  lookup(host: string, path: string): Promise<AssetInfo | null>;
  /**
   * The answer without waiting, when the lookup can give it at once (a rule, an in-process
   * cache); undefined when only lookup() can tell. Spares a promise a record on hot paths.
   */
  lookupNow?(host: string, path: string): AssetInfo | null | undefined;
}

const MEDIA = /\.(m4s|m4v|m4a|mp4|ts|aac|cmfv|cmfa|webm|vtt)$/i;
const MANIFEST = /\.(m3u8|mpd)$/i;

/**
 * The URL convention `/{environment}/{asset}/{rendition}/{file}` (what the simulator and
 * many packagers produce), used when no asset database is configured. Segment duration
 * comes from CMCD `d` when the player sent it, else `defaultSegmentMs`.
 */
export class PathConventionLookup implements AssetLookup {
  constructor(private readonly defaultSegmentMs = 6_000) {}

  async lookup(_host: string, path: string): Promise<AssetInfo | null> {
    return this.lookupSync(path);
  }

  lookupNow(_host: string, path: string): AssetInfo | null {
    return this.lookupSync(path);
  }

  lookupSync(path: string): AssetInfo | null {
    const parts = path.split('/').filter(Boolean);
    if (parts.length < 3) return null;
    const file = parts[parts.length - 1]!;
    const isMedia = MEDIA.test(file);
    if (!isMedia && !MANIFEST.test(file)) return null;
    const [environmentId, assetId] = parts;
    const rendition = parts.length >= 4 ? parts[2]! : '';
    return { environmentId: environmentId!.slice(0, 128), assetId: assetId!.slice(0, 128), rendition: rendition.slice(0, 64), segmentDurationMs: isMedia ? this.defaultSegmentMs : 0 };
  }
}
