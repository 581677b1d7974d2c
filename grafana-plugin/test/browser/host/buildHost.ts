import * as esbuild from 'esbuild';
import * as path from 'node:path';

/** Bundles the host page's script (React, @grafana/* and the AMD loader) for the browser. */
export async function buildHost(outfile: string, nodePaths: string[] = []): Promise<void> {
  await esbuild.build({
    entryPoints: [path.join(__dirname, 'hostEntry.tsx')],
    outfile,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: false,
    sourcemap: false,
    logLevel: 'error',
    nodePaths,
    define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
    loader: { '.svg': 'text', '.woff': 'empty', '.woff2': 'empty', '.ttf': 'empty', '.png': 'dataurl', '.css': 'empty' },
  });
}
