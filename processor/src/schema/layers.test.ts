import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The layers of processor/src (docs/architecture.md): readers and writers at the edges,
 * the jobs as logic over records and state, the runners that drive the jobs, the CLI on top.
 * Imports run downwards only.
 */
const SRC = path.resolve(__dirname, '..');
const LAYER: Record<string, 'base' | 'edge' | 'job' | 'runner' | 'top'> = {
  schema: 'base', proto: 'base', log: 'base', config: 'base', limits: 'base', 'test-support': 'top',
  sources: 'edge', sinks: 'edge', state: 'edge', services: 'edge', metrics: 'edge',
  decode: 'job', enrich: 'job', window: 'job', aggregate: 'job', detect: 'job', jobs: 'job',
  runners: 'runner', control: 'runner',
  cli: 'top', bench: 'top', eval: 'top',
};

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [path.join(dir, e.name)] : []));
}

function imports(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((m) => path.relative(SRC, path.resolve(path.dirname(file), m[1]!)));
}

const folderOf = (rel: string) => rel.split(path.sep)[0]!;

describe('import layers of processor/src', () => {
  const edges = sourceFiles(SRC).flatMap((f) => imports(f).map((to) => ({ from: path.relative(SRC, f), to })));

  it('knows every folder', () => {
    expect(edges.length).toBeGreaterThan(200);
    for (const e of edges) expect({ folder: folderOf(e.from), known: folderOf(e.from) in LAYER }).toEqual({ folder: folderOf(e.from), known: true });
  });

  it('has no import from the edges or the jobs up into the runners or the CLI', () => {
    const up = edges.filter((e) => ['edge', 'job', 'base'].includes(LAYER[folderOf(e.from)]!) && ['runner', 'top'].includes(LAYER[folderOf(e.to)]!));
    expect(up.map((e) => `${e.from} -> ${e.to}`)).toEqual([]);
  });

  it('has no import from the jobs into sources/ or sinks/', () => {
    const out = edges.filter((e) => LAYER[folderOf(e.from)] === 'job' && ['sources', 'sinks'].includes(folderOf(e.to)));
    expect(out.map((e) => `${e.from} -> ${e.to}`)).toEqual([]);
  });

  it('has no import from the edges into the jobs, but for decoding what they read', () => {
    const out = edges.filter((e) => LAYER[folderOf(e.from)] === 'edge' && LAYER[folderOf(e.to)] === 'job' && folderOf(e.to) !== 'decode');
    expect(out.map((e) => `${e.from} -> ${e.to}`)).toEqual([]);
  });
});
