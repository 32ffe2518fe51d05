#!/usr/bin/env node
// Writes THIRD-PARTY-NOTICES.md: every third-party package the published dist/ carries, with
// its version, licence and licence text, read from the packages themselves so the file stays
// true after every dependency update. `--check` exits 1 when the file is stale (the test runs it).
//
// What dist/ carries:
// - vendored: every package folder in dist/node_modules (sharp, libvips, resvg, …), read there;
// - bundled: the packages src/ imports at run time (ncc bundles them), and everything they
//   depend on (dependencies + installed optionalDependencies, resolved as Node resolves them).
//   A dependency that the bundler tree-shakes away is still listed: a superset is the safe side;
// - the DejaVu fonts in dist/fonts (the dejavu-fonts-ttf package).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const NOTICES_FILE = 'THIRD-PARTY-NOTICES.md';
const LICENCE_FILE = /^(LICEN[CS]E|COPYING|NOTICE|THIRD-PARTY-NOTICES)([.-].*)?$/i;
/** Packages ncc leaves out of the bundles; they are vendored into dist/node_modules instead. */
const EXTERNAL = new Set(['sharp', '@resvg/resvg-js', '@duckdb/node-api']);

/** Bare package names imported by the source at run time (type-only imports excluded). */
export function importedPackages(srcDir = join(root, 'src')) {
  const names = new Set();
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.[cm]?ts$/.test(entry.name) && !entry.name.endsWith('.d.ts')) scan(path);
    }
  };
  const scan = (file) => {
    const text = readFileSync(file, 'utf8');
    const spec =
      /(?:^|[^.\w])(import|export)(\s+type\b)?[^'";]*?\sfrom\s*['"]([^'"]+)['"]|(?:import|require)\(\s*['"]([^'"]+)['"]\s*\)/g;
    for (const m of text.matchAll(spec)) {
      if (m[2]) continue;
      const name = packageName(m[3] ?? m[4]);
      if (name) names.add(name);
    }
  };
  walk(srcDir);
  return [...names].sort();
}

function packageName(specifier) {
  if (!specifier || specifier.startsWith('.') || specifier.startsWith('node:')) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** The folder Node would load `name` from, starting in `fromDir`. */
function resolvePackage(name, fromDir) {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

/** Bundled packages: the imports and their production dependency closure. */
export function bundledPackages() {
  const found = new Map();
  const visit = (dir) => {
    const real = dir;
    if (found.has(real)) return;
    const pkg = readJson(join(dir, 'package.json'));
    found.set(real, pkg);
    const deps = { ...pkg.optionalDependencies, ...pkg.dependencies };
    for (const dep of Object.keys(deps)) {
      const at = resolvePackage(dep, dir);
      if (at) visit(at);
      else if (!pkg.optionalDependencies?.[dep] && !pkg.peerDependencies?.[dep]) {
        throw new Error(`${pkg.name}: dependency ${dep} is not installed (run npm ci)`);
      }
    }
  };
  for (const name of importedPackages()) {
    if (EXTERNAL.has(name)) continue;
    const at = resolvePackage(name, root);
    if (!at) {
      // An import of a package that only provides types (e.g. `mdast`) resolves to nothing.
      if (existsSync(join(root, 'node_modules/@types', name))) continue;
      throw new Error(`src imports ${name}, which is not installed (run npm ci)`);
    }
    visit(at);
  }
  return [...found.entries()].map(([dir, pkg]) => ({ dir, pkg, shipped: 'bundled' }));
}

/** Vendored packages: every package folder in dist/node_modules. */
export function vendoredPackages(distModules = join(root, 'dist/node_modules')) {
  const out = [];
  if (!existsSync(distModules)) return out;
  for (const entry of readdirSync(distModules)) {
    const dirs = entry.startsWith('@')
      ? readdirSync(join(distModules, entry)).map((n) => join(distModules, entry, n))
      : [join(distModules, entry)];
    for (const dir of dirs) {
      if (!existsSync(join(dir, 'package.json'))) continue;
      out.push({ dir, pkg: readJson(join(dir, 'package.json')), shipped: 'vendored' });
    }
  }
  return out;
}

function licenceOf(pkg) {
  if (typeof pkg.license === 'string') return pkg.license;
  if (pkg.license?.type) return pkg.license.type;
  if (Array.isArray(pkg.licenses)) return pkg.licenses.map((l) => l.type ?? l).join(' OR ');
  return 'UNKNOWN';
}

/** Licence texts of a package: its own files, else those of the installed copy of it. */
function licenceTexts(dir, pkg) {
  const from = (folder) =>
    existsSync(folder)
      ? readdirSync(folder)
          .filter((f) => LICENCE_FILE.test(f) && statSync(join(folder, f)).isFile())
          .sort()
          .map((f) => readFileSync(join(folder, f), 'utf8').replace(/\r\n/g, '\n').trim())
      : [];
  const own = from(dir);
  if (own.length > 0) return own;
  const installed = join(root, 'node_modules', pkg.name);
  if (installed !== dir && existsSync(join(installed, 'package.json'))) {
    if (readJson(join(installed, 'package.json')).version === pkg.version) return from(installed);
  }
  return [];
}

/** Packages that ship no licence file get a pointer to where the terms are. */
const NO_FILE_NOTES = {
  '@img/sharp-libvips-linux-x64':
    "libvips and the libraries it is built with (listed with their versions in the package's versions.json) are distributed under the GNU LGPL 3.0 or later (https://www.gnu.org/licenses/lgpl-3.0.txt); the corresponding source is at https://github.com/lovell/sharp-libvips and https://github.com/libvips/libvips. You may replace this library with your own build: it is a separate shared object (lib/libvips-cpp.so.*) loaded at run time.",
};

export function collect() {
  const entries = [...vendoredPackages(), ...bundledPackages()];
  const fonts = join(root, 'node_modules/dejavu-fonts-ttf');
  if (existsSync(join(root, 'dist/fonts')) && existsSync(join(fonts, 'package.json'))) {
    entries.push({ dir: fonts, pkg: readJson(join(fonts, 'package.json')), shipped: 'fonts' });
  }
  const byKey = new Map();
  for (const e of entries) {
    const key = `${e.pkg.name}@${e.pkg.version}`;
    const seen = byKey.get(key);
    if (seen) {
      if (!seen.shipped.includes(e.shipped)) seen.shipped.push(e.shipped);
      continue;
    }
    byKey.set(key, {
      name: e.pkg.name,
      version: e.pkg.version,
      license: licenceOf(e.pkg),
      shipped: [e.shipped],
      texts: licenceTexts(e.dir, e.pkg),
      homepage: typeof e.pkg.homepage === 'string' ? e.pkg.homepage : undefined,
    });
  }
  return [...byKey.values()].sort((a, b) =>
    a.name === b.name ? a.version.localeCompare(b.version) : a.name < b.name ? -1 : 1,
  );
}

const SHIPPED = {
  bundled: 'bundled in dist/*/*.js',
  vendored: 'vendored in dist/node_modules',
  fonts: 'dist/fonts',
};

export function render(packages) {
  const lines = [
    '# Third-party notices',
    '',
    'The published package (`dist/`) contains the third-party software below. Generated by',
    '`node scripts/notices.mjs` from the packages themselves; do not edit by hand.',
    '',
    '| Package | Version | Licence | Shipped |',
    '| --- | --- | --- | --- |',
    ...packages.map(
      (p) =>
        `| ${p.name} | ${p.version} | ${p.license} | ${p.shipped.map((s) => SHIPPED[s]).join('; ')} |`,
    ),
    '',
    '## Licence texts',
    '',
  ];
  // Identical texts (the same Apache-2.0 file in a hundred AWS packages) are printed once.
  const groups = new Map();
  for (const p of packages) {
    const text = p.texts.length > 0 ? p.texts.join('\n\n') : undefined;
    const key = text ? createHash('sha256').update(text).digest('hex') : `none:${p.name}`;
    if (!groups.has(key)) groups.set(key, { text, names: [], license: p.license, name: p.name });
    groups.get(key).names.push(`${p.name}@${p.version}`);
  }
  for (const group of groups.values()) {
    lines.push(`### ${group.names.join(', ')}`, '');
    if (group.text) {
      const fence = group.text.includes('```') ? '~~~~' : '```';
      lines.push(fence + 'text', group.text, fence, '');
    } else {
      const note = NO_FILE_NOTES[group.name];
      lines.push(
        note ??
          `Licensed under ${group.license} (https://spdx.org/licenses/${group.license}.html); the package ships no licence file.`,
        '',
      );
    }
  }
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = render(collect());
  const target = join(root, NOTICES_FILE);
  if (process.argv.includes('--check')) {
    const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
    if (current !== text) {
      console.error(`${NOTICES_FILE} is stale: run node scripts/notices.mjs`);
      process.exit(1);
    }
  } else {
    writeFileSync(target, text);
    console.log(`wrote ${relative(process.cwd(), target) || NOTICES_FILE}`);
  }
}
