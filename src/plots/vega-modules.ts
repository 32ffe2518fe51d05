import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export type VegaModule = typeof import('vega');
export type VegaLiteModule = typeof import('vega-lite');

/**
 * The file, beside a bundle's index.js, that holds Vega and Vega-Lite as one CommonJS script
 * (scripts/vega-bundle.mjs builds it). The build looks for this name in a bundle's output to
 * know which bundles need the file.
 */
export const VEGA_BUNDLE_FILE = 'vega-and-vega-lite.cjs';

/**
 * Vega and Vega-Lite, loaded once per process. A bundle loads them with one require() of
 * VEGA_BUNDLE_FILE: vega 6 and vega-lite 6 are ES modules with top-level await, which ncc
 * turns into dozens of async module wrappers evaluated in turn (about a tenth of `vl2png`'s
 * whole run), while the prebuilt script is compiled and run as one (and Node's compile cache
 * keeps it whole). From the sources (tests, tsx), where no such file sits beside this module,
 * they come from node_modules as ES modules.
 */
export async function loadVegaModules(): Promise<{ vega: VegaModule; vl: VegaLiteModule }> {
  loaded ??= load();
  return loaded;
}

let loaded: Promise<{ vega: VegaModule; vl: VegaLiteModule }> | undefined;

async function load(): Promise<{ vega: VegaModule; vl: VegaLiteModule }> {
  // In a bundle, __dirname is the bundle's own folder (dist/<entry>).
  const here = __dirname;
  const bundled = join(here, VEGA_BUNDLE_FILE);
  if (existsSync(bundled)) {
    // createRequire, not require: ncc would otherwise try to bundle the file itself.
    const mod = createRequire(join(here, 'index.js'))(bundled) as {
      vega: VegaModule;
      vegaLite: VegaLiteModule;
    };
    return { vega: mod.vega, vl: mod.vegaLite };
  }
  // webpackIgnore: a bundle never carries these as async chunks; the file above replaces them.
  const [vega, vl] = await Promise.all([
    import(/* webpackIgnore: true */ 'vega') as Promise<VegaModule>,
    import(/* webpackIgnore: true */ 'vega-lite') as Promise<VegaLiteModule>,
  ]);
  return { vega, vl };
}
