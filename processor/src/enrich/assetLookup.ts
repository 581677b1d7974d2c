import { ownCopy } from '../decode/ownCopy';

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

const MEDIA = ['m4s', 'm4v', 'm4a', 'mp4', 'ts', 'aac', 'cmfv', 'cmfa', 'webm', 'vtt'];
const MANIFEST = ['m3u8', 'mpd'];
type FileKind = 'media' | 'manifest';

/**
 * 'media', 'manifest' or undefined (not a file of ours), by the extension s[from, to) in any
 * case. Our extensions are two to four ASCII letters and digits: such an extension is looked
 * up by its characters (lower-cased) packed into a number, without cutting it out; any other
 * is cut out and lower-cased, with the same answer.
 */
function kindOfExtension(s: string, from: number, to: number): FileKind | undefined {
  if (to - from < 2 || to - from > 4) return undefined;
  let code = 0;
  for (let i = from; i < to; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    else if (!((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a))) return KIND_BY_NAME.get(s.slice(from, to).toLowerCase());
    code = code * 128 + c;
  }
  return KIND_BY_CODE.get(code);
}

const KIND_BY_NAME = new Map<string, FileKind>([...MEDIA.map((e) => [e, 'media'] as const), ...MANIFEST.map((e) => [e, 'manifest'] as const)]);
const KIND_BY_CODE = new Map<number, FileKind>([...KIND_BY_NAME].map(([ext, kind]) => [[...ext].reduce((code, c) => code * 128 + c.charCodeAt(0), 0), kind]));

/** The kind of the file s[from, to) by its extension (kindOfExtension). */
function kindOfFile(s: string, from: number, to: number): FileKind | undefined {
  const dot = s.lastIndexOf('.', to - 1);
  return dot < from ? undefined : kindOfExtension(s, dot + 1, to);
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

  /**
   * Answers by folder, for media and for manifest files: the segments of one rendition share
   * one answer. Cleared when it holds FOLDERS_KEPT folders (a flood of distinct paths costs a
   * reading each, never unbounded memory); a log's folders are its titles times their
   * renditions, so this holds many thousands.
   */
  private readonly byFolder = { media: new Map<string, AssetInfo | null>(), manifest: new Map<string, AssetInfo | null>() };

  lookupSync(path: string): AssetInfo | null {
    const slash = path.lastIndexOf('/');
    if (slash === path.length - 1) return this.read(path);
    const kind = kindOfFile(path, slash + 1, path.length);
    if (kind === undefined) return null;
    const folders = this.byFolder[kind];
    const folder = path.slice(0, slash);
    let info = folders.get(folder);
    if (info === undefined) {
      if (folders.size >= FOLDERS_KEPT) folders.clear();
      // A key of its own, not a slice of the path (ownCopy).
      folders.set(ownCopy(folder), (info = this.read(path)));
    }
    return info;
  }

  /** The answer for a path read from its segments (empty ones, as in `//`, do not count), without splitting it. */
  private read(path: string): AssetInfo | null {
    // The first three segments, and the last one (the file).
    const starts = [0, 0, 0];
    const ends = [0, 0, 0];
    let count = 0;
    let lastStart = 0;
    let lastEnd = 0;
    for (let from = 0; from <= path.length; ) {
      let to = path.indexOf('/', from);
      if (to < 0) to = path.length;
      if (to > from) {
        if (count < 3) {
          starts[count] = from;
          ends[count] = to;
        }
        count++;
        lastStart = from;
        lastEnd = to;
      }
      from = to + 1;
    }
    if (count < 3) return null;
    const kind = kindOfFile(path, lastStart, lastEnd);
    if (kind === undefined) return null;
    const segment = (i: number, max: number) => path.slice(starts[i]!, Math.min(ends[i]!, starts[i]! + max));
    return { environmentId: segment(0, 128), assetId: segment(1, 128), rendition: count >= 4 ? segment(2, 64) : '', segmentDurationMs: kind === 'media' ? this.defaultSegmentMs : 0 };
  }
}

/** Folders PathConventionLookup keeps answers for, per kind of file. */
const FOLDERS_KEPT = 16_384;
