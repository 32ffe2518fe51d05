// Builds Vega and Vega-Lite into one CommonJS script for the bundles that draw charts
// (src/plots/vega-modules.ts says why: one require() instead of ncc's async module wrappers).
// ncc (webpack) cannot do it: vega-canvas's top-level await makes every module above it async.
// esbuild can, once vega-canvas is replaced by canvas-none.mjs (the same null canvas the
// bundles always got), and writes ASCII only (non-ASCII escaped), which Node reads faster.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = fileURLToPath(new URL('../..', import.meta.url));

/** Writes the bundle to `outfile`. */
export async function buildVegaBundle(outfile) {
  await build({
    entryPoints: [`${here}entry.mjs`],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    // The same bytes from any checkout: module keys the script keeps (`node_modules/…`) are
    // relative to the repository, with a symlinked node_modules left as it is named.
    absWorkingDir: root,
    preserveSymlinks: true,
    alias: { 'vega-canvas': `${here}canvas-none.mjs` },
    // Whitespace and syntax only: names stay, so stack traces and messages read as Vega's own.
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'eof',
    charset: 'ascii',
    logLevel: 'warning',
  });
}
