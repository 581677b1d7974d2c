import { PathConventionLookup, type AssetInfo } from './assetLookup';

/** The URL convention read the plain way: split on '/', empty segments dropped (the model the lookup must match). */
function reference(path: string, defaultSegmentMs: number): AssetInfo | null {
  const parts = path.split('/').filter(Boolean);
  if (parts.length < 3) return null;
  const ext = parts[parts.length - 1]!.includes('.') ? parts[parts.length - 1]!.slice(parts[parts.length - 1]!.lastIndexOf('.') + 1).toLowerCase() : undefined;
  const media = ['m4s', 'm4v', 'm4a', 'mp4', 'ts', 'aac', 'cmfv', 'cmfa', 'webm', 'vtt'];
  const kind = ext === undefined ? undefined : media.includes(ext) ? 'media' : ['m3u8', 'mpd'].includes(ext) ? 'manifest' : undefined;
  if (!kind) return null;
  return { environmentId: parts[0]!.slice(0, 128), assetId: parts[1]!.slice(0, 128), rendition: parts.length >= 4 ? parts[2]!.slice(0, 64) : '', segmentDurationMs: kind === 'media' ? defaultSegmentMs : 0 };
}

describe('PathConventionLookup', () => {
  it('answers what the path segments say, for seeded paths of every shape, from its folder cache as from a first reading', () => {
    let seed = 99;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const segments = ['', 'env-a', 'asset-1', '720p', 'x'.repeat(200), 'a.b', 'seg_1.m4s', 'SEG.TS', 'index.m3u8', 'main.MPD', 'favicon.ico', 'noext', '.m4s', 'x.',
      // Extensions near ours: other cases, one character more or less, non-ASCII and punctuation.
      'v.CmFa', 'w.WebM', 'a.Mp4', 'q.m3u8x', 'q.m3u', 'r.m-4s', 'e.\u0130ts', 'k.\u212Ats', 'e.mp', 'x.m4s.bak', 'y.vtt.', 'z.t'];
    const lookup = new PathConventionLookup(4000);
    for (let i = 0; i < 20_000; i++) {
      const n = Math.floor(rnd() * 7);
      const path = (rnd() < 0.8 ? '/' : '') + Array.from({ length: n }, () => segments[Math.floor(rnd() * segments.length)]).join('/') + (rnd() < 0.1 ? '/' : '');
      const expected = reference(path, 4000);
      expect([path, lookup.lookupSync(path)]).toEqual([path, expected]);
      // Again: now from the cache when the path named a file.
      expect([path, lookup.lookupSync(path)]).toEqual([path, expected]);
    }
  });

  it('keeps answering correctly past the folders it keeps (the cache is cleared, not grown)', () => {
    const lookup = new PathConventionLookup();
    for (let i = 0; i < 40_000; i++) {
      expect(lookup.lookupSync(`/env/asset-${i}/720p/seg_${i}.m4s`)).toEqual({ environmentId: 'env', assetId: `asset-${i}`, rendition: '720p', segmentDurationMs: 6000 });
    }
    expect(lookup.lookupSync('/env/asset-7/720p/seg_9.m4s')?.assetId).toBe('asset-7');
  });
});
