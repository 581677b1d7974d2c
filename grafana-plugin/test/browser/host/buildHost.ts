import * as esbuild from 'esbuild';
import * as path from 'node:path';

/** The modules Grafana shares with plugins, which the host page provides (see hostEntry.tsx). */
const SHARED = ['react', 'react-dom', 'react-router', 'react-router-dom', 'rxjs', '@emotion/css', '@grafana/data', '@grafana/ui', '@grafana/runtime'];

/**
 * Bundles the host page's script (React, @grafana/* and the AMD loader) for the browser:
 * from the project's own node_modules, or with `pairDir` from another install of them (a
 * @grafana/* + React pair such as pairs/react19), so the same dist/ runs on both.
 */
export async function buildHost(outfile: string, pairDir?: string): Promise<void> {
  // The host page's own imports of the shared modules resolve from the pair's install; the
  // pair's packages then resolve their dependencies from there on their own.
  const fromPair: esbuild.Plugin = {
    name: 'shared-from-pair',
    setup(build) {
      const filter = new RegExp(`^(${SHARED.map((m) => m.replace(/[/.]/g, '\\$&')).join('|')})(/.*)?$`);
      build.onResolve({ filter }, async (args) => {
        if (!pairDir || args.pluginData === 'from-pair' || args.importer.startsWith(pairDir)) return undefined;
        const r = await build.resolve(args.path, { resolveDir: pairDir, kind: args.kind, pluginData: 'from-pair' });
        return r.errors.length > 0 ? { errors: r.errors } : { path: r.path, sideEffects: r.sideEffects };
      });
    },
  };
  await esbuild.build({
    entryPoints: [path.join(__dirname, 'hostEntry.tsx')],
    outfile,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    logLevel: 'error',
    plugins: [fromPair],
    define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
    loader: { '.svg': 'text', '.woff': 'empty', '.woff2': 'empty', '.ttf': 'empty', '.png': 'dataurl', '.css': 'empty' },
  });
}

/** The React version a built host bundle carries (what the check ran on). */
export function sharedPackageVersion(name: string, pairDir?: string): string {
  const file = pairDir ? path.join(pairDir, 'node_modules', name, 'package.json') : require.resolve(`${name}/package.json`);
  return (require(file) as { version: string }).version;
}
