#!/usr/bin/env node
// Builds one ncc bundle per entry file in src/main/ (found by glob, so nobody edits a list),
// then vendors the native modules every bundle loads at run time into dist/node_modules.
// Native modules stay external: ncc cannot follow sharp's computed requires, and one shared
// copy in dist/node_modules serves every bundle through Node's normal upward resolution.
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  readdirSync,
  readFileSync,
  rmSync,
  mkdirSync,
  existsSync,
  renameSync,
} from 'node:fs';
import { join, basename } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const only = process.argv.slice(2);
const entries = readdirSync(join(root, 'src/main'))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => basename(f, '.ts'))
  .filter((name) => only.length === 0 || only.includes(name));

export const EXTERNALS = ['sharp', '@resvg/resvg-js', '@duckdb/node-api'];

mkdirSync(dist, { recursive: true });
const ncc = join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js');
// Vega and Vega-Lite as one script beside every bundle that draws charts (src/plots/vega-modules.ts):
// built once per run, copied into each bundle whose code names the file.
const VEGA_FILE = 'vega-and-vega-lite.cjs';
let vegaBuilt;
async function vegaBundle() {
  if (!vegaBuilt) {
    vegaBuilt = join(dist, `.vega-${process.pid}.cjs`);
    const { buildVegaBundle } = await import('./vega-bundle/build.mjs');
    await buildVegaBundle(vegaBuilt);
  }
  return vegaBuilt;
}
for (const name of entries) {
  const out = join(dist, name);
  // Build beside the old bundle and swap at the end, so a test running meanwhile never finds
  // a half-written or missing bundle.
  const staging = join(dist, `.${name}.building-${process.pid}`);
  const old = join(dist, `.${name}.old-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  const args = [ncc, 'build', `src/main/${name}.ts`, '-o', staging];
  args.push('--target', 'es2022', '-q', '--transpile-only');
  for (const ext of EXTERNALS) args.push('-e', ext);
  execFileSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  // ASCII-only sources load faster (scripts/ascii-bundle.mjs says why); speed only, so a
  // missing parser leaves the bundle as ncc wrote it.
  const ascii = await import('./ascii-bundle.mjs').catch(() => undefined);
  const files = readdirSync(staging).filter((f) => f.endsWith('.js'));
  for (const file of files) ascii?.asciiOnly(join(staging, file));
  if (files.some((f) => readFileSync(join(staging, f), 'utf8').includes(VEGA_FILE))) {
    copyFileSync(await vegaBundle(), join(staging, VEGA_FILE));
  }
  if (existsSync(out)) renameSync(out, old);
  renameSync(staging, out);
  rmSync(old, { recursive: true, force: true });
  console.log(`built dist/${name}`);
}
if (vegaBuilt) rmSync(vegaBuilt, { force: true });
// A full build also drops whatever no longer has an entry (a renamed or deleted action), so the
// committed dist/ is exactly what src/ builds; the vendored folders are rebuilt by vendor-natives.
if (only.length === 0) {
  const keep = new Set([...entries, 'node_modules', 'fonts']);
  for (const item of readdirSync(dist)) {
    if (!keep.has(item)) rmSync(join(dist, item), { recursive: true, force: true });
  }
}
const vendor = join(root, 'scripts/vendor-natives.mjs');
if (existsSync(vendor) && only.length === 0) {
  execFileSync(process.execPath, [vendor], { cwd: root, stdio: 'inherit' });
}
