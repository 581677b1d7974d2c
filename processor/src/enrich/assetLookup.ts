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

const MEDIA = new Set(['m4s', 'm4v', 'm4a', 'mp4', 'ts', 'aac', 'cmfv', 'cmfa', 'webm', 'vtt']);
const MANIFEST = new Set(['m3u8', 'mpd']);

/** 'media', 'manifest' or undefined (not a file of ours), by the file name's extension in any case. */
function kindOf(file: string): 'media' | 'manifest' | undefined {
  const dot = file.lastIndexOf('.');
  if (dot < 0) return undefined;
  const ext = file.slice(dot + 1).toLowerCase();
  return MEDIA.has(ext) ? 'media' : MANIFEST.has(ext) ? 'manifest' : undefined;
}

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

  /** Answers by folder, for media and for manifest files: the segments of one rendition share one answer. */
  private readonly byFolder = { media: new Map<string, AssetInfo | null>(), manifest: new Map<string, AssetInfo | null>() };

  lookupSync(path: string): AssetInfo | null {
    const slash = path.lastIndexOf('/');
    const file = path.slice(slash + 1);
    if (file === '') return this.read(path);
    const kind = kindOf(file);
    if (kind === undefined) return null;
    const folders = this.byFolder[kind];
    const folder = path.slice(0, slash);
    let info = folders.get(folder);
    if (info === undefined) {
      if (folders.size >= 4096) folders.clear();
      folders.set(folder, (info = this.read(path)));
    }
    return info;
  }

  private read(path: string): AssetInfo | null {
    const parts = path.split('/').filter(Boolean);
    if (parts.length < 3) return null;
    const file = parts[parts.length - 1]!;
    const kind = kindOf(file);
    if (kind === undefined) return null;
    const isMedia = kind === 'media';
    const [environmentId, assetId] = parts;
    const rendition = parts.length >= 4 ? parts[2]! : '';
    return { environmentId: environmentId!.slice(0, 128), assetId: assetId!.slice(0, 128), rendition: rendition.slice(0, 64), segmentDurationMs: isMedia ? this.defaultSegmentMs : 0 };
  }
}
