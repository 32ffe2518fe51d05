#!/usr/bin/env node
// Vendors what the bundles load at run time but ncc cannot bundle into ONE shared
// dist/node_modules (Node finds it from any dist/<name>/index.js by walking up), plus the font
// the renderer uses into dist/fonts. Called by scripts/build.mjs after a full build.
//
// - DuckDB (data-validate's engine), linux-x64 glibc only (see PACKAGES); linux-arm64's binding is
//   fetched on first use (src/data/engine-binding.ts).
// - Rasterisers: @resvg/resvg-js (chosen by the plots benchmark) and sharp (fallback), with their
//   prebuilt binaries for linux-x64 and linux-arm64 (glibc; resvg also for musl, it is small).
// - Every package comes from the npm registry at the exact version and integrity recorded in
//   package-lock.json (through `npm pack`, cached outside the repository), never from whatever
//   happens to be installed, so the tree is the same on every machine and every rebuild.
// - Only what is loaded at run time is kept (JavaScript, binaries, package.json, licences):
//   no docs, headers, type declarations or source maps. Files are written with fixed modes.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const cache = process.env.CML_VENDOR_CACHE || join(homedir(), '.cache', 'cml-vendor');

const LICENCE = /^(LICEN[CS]E|COPYING|THIRD-PARTY-NOTICES)(\.(md|txt))?$/i;

/** Package → predicate over its paths (relative to the package folder) of the files to keep. */
// resvg (the default rasteriser) ships for x64 and arm64 glibc and x64 musl (Alpine); sharp, the
// fallback, for linux-x64 only: its libvips is 17 MB per platform, a cost every clone pays.
const PACKAGES = {
  sharp: (p) => p === 'package.json' || (p.startsWith('lib/') && p.endsWith('.js')),
  'detect-libc': (p) => p === 'package.json' || (p.startsWith('lib/') && p.endsWith('.js')),
  semver: (p) =>
    p === 'package.json' ||
    (/^(classes|functions|internal|ranges)\//.test(p) && p.endsWith('.js')) ||
    p === 'index.js' ||
    p === 'preload.js',
  '@img/colour': (p) => p === 'package.json' || p.endsWith('.cjs'),
  '@img/sharp-linux-x64': (p) => p === 'package.json' || p.endsWith('.node'),
  '@img/sharp-libvips-linux-x64': libvips,
  '@resvg/resvg-js': (p) => p === 'package.json' || p === 'index.js' || p === 'js-binding.js',
  '@resvg/resvg-js-linux-x64-gnu': resvgBinary,
  '@resvg/resvg-js-linux-arm64-gnu': resvgBinary,
  '@resvg/resvg-js-linux-x64-musl': resvgBinary,
  // data-validate's engine. libduckdb.so is 70.5 MB (23.9 MB gzipped) for linux-x64 and 63 MB
  // (21.7 MB) for linux-arm64, so only linux-x64 is vendored: on linux-arm64 the binding is
  // fetched from the registry on first use at package-lock.json's integrity
  // (src/data/engine-binding.ts); on musl src/data/engine.ts falls back to a workspace install.
  '@duckdb/node-api': (p) => p === 'package.json' || (p.startsWith('lib/') && p.endsWith('.js')),
  '@duckdb/node-bindings': (p) => p === 'package.json' || p === 'duckdb.js',
  '@duckdb/node-bindings-linux-x64': (p) =>
    p === 'package.json' || p === 'duckdb.node' || p === 'libduckdb.so',
};

function libvips(p) {
  return (
    p === 'package.json' ||
    p === 'versions.json' ||
    p === 'lib/index.js' ||
    /^lib\/libvips-cpp\.so[.\d]*$/.test(p)
  );
}
function resvgBinary(p) {
  return p === 'package.json' || p.endsWith('.node');
}

/** The fonts the renderer ships: DejaVu Sans (regular for labels, bold for titles). */
const FONTS = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'];

// fontconfig for the sharp fallback: only the shipped fonts (paths relative to this file),
// and sans-serif (Vega's default font) mapped onto them.
const FONTS_CONF = `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir prefix="relative">.</dir>
  <cachedir prefix="xdg">cml-fontconfig</cachedir>
  <alias binding="same">
    <family>sans-serif</family>
    <prefer><family>DejaVu Sans</family></prefer>
  </alias>
</fontconfig>
`;

function main() {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
  const target = join(dist, 'node_modules');
  const staging = mkdtempSync(join(dist, '.vendor-'));
  try {
    for (const [name, keep] of Object.entries(PACKAGES)) {
      const entry = lock.packages?.[`node_modules/${name}`];
      if (!entry?.version || !entry.integrity) {
        throw new Error(`package-lock.json has no version/integrity for ${name}`);
      }
      const tarball = fetchTarball(name, entry.version, entry.integrity);
      const unpacked = mkdtempSync(join(tmpdir(), 'cml-vendor-'));
      try {
        execFileSync('tar', ['-xzf', tarball, '-C', unpacked]);
        const from = join(unpacked, 'package');
        for (const file of walk(from)) {
          const rel = relative(from, file).split('\\').join('/');
          if (!keep(rel) && !LICENCE.test(rel)) continue;
          const to = join(staging, name, rel);
          mkdirSync(dirname(to), { recursive: true });
          copyFileSync(file, to);
          chmodSync(to, 0o644);
        }
      } finally {
        rmSync(unpacked, { recursive: true, force: true });
      }
    }
    rmSync(target, { recursive: true, force: true });
    renameSync(staging, target);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  vendorFonts();
  console.log(
    `vendored dist/node_modules (${megabytes(target)}) and dist/fonts (${megabytes(join(dist, 'fonts'))})`,
  );
}

function vendorFonts() {
  const from = join(root, 'node_modules/dejavu-fonts-ttf');
  if (!existsSync(from)) throw new Error('dejavu-fonts-ttf is missing: run npm ci');
  const to = join(dist, 'fonts');
  rmSync(to, { recursive: true, force: true });
  mkdirSync(to, { recursive: true });
  for (const font of FONTS) copyFileSync(join(from, 'ttf', font), join(to, font));
  copyFileSync(join(from, 'LICENSE'), join(to, 'LICENSE'));
  writeFileSync(join(to, 'fonts.conf'), FONTS_CONF);
  for (const f of readdirSync(to)) chmodSync(join(to, f), 0o644);
}

/** The package's tarball from the cache, fetched with `npm pack` when missing; integrity checked. */
function fetchTarball(name, version, integrity) {
  mkdirSync(cache, { recursive: true });
  const file = join(cache, `${name.replace('@', '').replace('/', '-')}-${version}.tgz`);
  if (!existsSync(file) || !matches(file, integrity)) {
    const out = mkdtempSync(join(cache, '.pack-'));
    try {
      const printed = execFileSync(
        'npm',
        ['pack', `${name}@${version}`, '--pack-destination', out, '--silent'],
        { cwd: out, encoding: 'utf8' },
      );
      const packed = join(out, printed.trim().split('\n').pop());
      renameSync(packed, file);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
    if (!matches(file, integrity)) {
      rmSync(file, { force: true });
      throw new Error(`${name}@${version}: tarball does not match package-lock.json's integrity`);
    }
  }
  return file;
}

function matches(file, integrity) {
  const [algorithm, expected] = integrity.split(/-(.*)/s);
  return createHash(algorithm).update(readFileSync(file)).digest('base64') === expected;
}

function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield path;
  }
}

function megabytes(dir) {
  let total = 0;
  for (const f of walk(dir)) total += statSync(f).size;
  return `${(total / 1024 / 1024).toFixed(1)} MB`;
}

main();
