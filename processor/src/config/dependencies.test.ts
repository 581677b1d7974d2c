import * as fs from 'node:fs';
import * as path from 'node:path';

describe('production dependencies', () => {
  it('are each named, with a reason, in docs/dependencies.md', () => {
    const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const doc = fs.readFileSync(path.resolve(__dirname, '../../../docs/dependencies.md'), 'utf8');
    const named = new Set([...doc.matchAll(/^\| `([^`]+)` \| ([^|]{10,}) \|/gm)].map((m) => m[1]!));
    expect(Object.keys(pkg.dependencies).filter((d) => !named.has(d))).toEqual([]);
    expect(Object.keys(pkg.dependencies).length).toBeLessThanOrEqual(14);
  });
});
