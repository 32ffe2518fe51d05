#!/usr/bin/env node
// metrics-diff bench: 100,000 metric keys diffed between two git revisions, end to end (process
// start, git reads of both sides, parsing, diff, rendering), through the bundled CLI
// (`cml metrics diff <a> <b> --json` and `--md`). Alternatives measured in the same run, on the
// same files: a straightforward implementation on the `yaml` library (one reader for JSON and
// YAML, as most tools do) and one on JSON.parse (fast, but loses what DVC's tables need: float
// vs int, key lines for annotations). Each figure is the median of RUNS runs; CPU and peak RSS
// come from the node process itself (process.resourceUsage at exit; git's own work excluded).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cml = process.env.BENCH_CML ?? join(root, 'dist/cml/index.js');
const KEYS = 100_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const GOAL_MS = 1000;

if (!existsSync(cml)) {
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), 'cml'], { stdio: 'inherit' });
}

const dir = mkdtempSync(join(tmpdir(), 'cml-bench-metrics-'));
try {
  // --- the repository: 1,000 groups × 100 metrics; HEAD changes 10 %, adds and removes some.
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 'bench',
    GIT_AUTHOR_EMAIL: 'bench@example.com',
    GIT_COMMITTER_NAME: 'bench',
    GIT_COMMITTER_EMAIL: 'bench@example.com',
  };
  const git = (...args) => execFileSync('git', args, { cwd: dir, env, stdio: 'pipe' });
  const metrics = (seed, changed) => {
    const out = {};
    let n = 0;
    for (let g = 0; g < KEYS / 100; g++) {
      const group = {};
      for (let m = 0; m < 100; m++, n++) {
        const base = ((n * 7919 + seed) % 10007) / 10007;
        group[`metric_${m}`] = changed && n % 10 === 0 ? base + 0.001 : base;
      }
      out[`group_${g}`] = group;
    }
    if (changed) {
      delete out.group_0.metric_1;
      out.group_0.new_metric = 1.5;
    }
    return JSON.stringify(out, null, 2);
  };
  git('init', '-q', '-b', 'main');
  writeFileSync(join(dir, 'metrics.json'), metrics(1, false));
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  git('branch', 'base');
  writeFileSync(join(dir, 'metrics.json'), metrics(1, true));
  git('commit', '-q', '-am', 'head');
  const bytes = readFileSync(join(dir, 'metrics.json')).length;
  // The same keys as YAML (written by the yaml library), for the YAML reader's figure.
  const { createRequire } = await import('node:module');
  const YAML = createRequire(join(root, 'package.json'))('yaml');
  const asYaml = (json) => YAML.stringify(JSON.parse(json));
  git('checkout', '-q', 'base', '--', 'metrics.json');
  writeFileSync(join(dir, 'metrics.yaml'), asYaml(readFileSync(join(dir, 'metrics.json'), 'utf8')));
  git('checkout', '-q', 'HEAD', '--', 'metrics.json');
  git('add', 'metrics.yaml');
  git('commit', '-q', '-m', 'yaml base');
  git('branch', 'yaml-base');
  writeFileSync(join(dir, 'metrics.yaml'), asYaml(readFileSync(join(dir, 'metrics.json'), 'utf8')));
  git('commit', '-q', '-am', 'yaml head');

  // --- measurement: a preload writes the process's own resource usage when it exits.
  const usageFile = join(dir, 'usage.json');
  const preload = join(dir, 'usage.cjs');
  writeFileSync(
    preload,
    `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(usageFile)}, JSON.stringify(process.resourceUsage())));`,
  );
  const measure = (args) => {
    const samples = [];
    let output = '';
    for (let i = 0; i < RUNS; i++) {
      const start = process.hrtime.bigint();
      const r = spawnSync(process.execPath, ['-r', preload, ...args], {
        cwd: dir,
        encoding: 'utf8',
        maxBuffer: 1 << 30,
        env: { PATH: process.env.PATH, HOME: process.env.HOME },
      });
      const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
      if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
      const u = JSON.parse(readFileSync(usageFile, 'utf8'));
      samples.push({
        wallMs,
        cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000,
        rssMb: u.maxRSS / 1024,
      });
      output = r.stdout;
    }
    const median = (k) =>
      samples.map((s) => s[k]).sort((a, b) => a - b)[Math.floor(samples.length / 2)];
    return { wallMs: median('wallMs'), cpuMs: median('cpuMs'), rssMb: median('rssMb'), output };
  };

  // --- the alternatives, as scripts run the same way.
  const naive = (parser) => `
const { execFileSync } = require('node:child_process');
const { createRequire } = require('node:module');
const req = createRequire(${JSON.stringify(join(root, 'package.json'))});
const parse = ${parser === 'yaml' ? "req('yaml').parse" : 'JSON.parse'};
const read = (rev) => parse(execFileSync('git', ['show', rev + ':metrics.json'], { encoding: 'utf8', maxBuffer: 1 << 30 }));
const flatten = (value, prefix, out) => {
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? prefix + '.' + k : k, out);
  } else out[prefix] = value;
  return out;
};
const [a, b] = process.argv.slice(2);
const oldM = flatten(read(a), '', {});
const newM = flatten(read(b), '', {});
const keys = [...new Set([...Object.keys(oldM), ...Object.keys(newM)])].sort();
const result = {};
for (const k of keys) {
  const o = oldM[k] ?? null, n = newM[k] ?? null;
  if (o === n) continue;
  const row = { old: o, new: n };
  if (typeof o === 'number' && typeof n === 'number') row.diff = n - o;
  result[k] = row;
}
process.stdout.write(JSON.stringify({ 'metrics.json': result }));
`;
  writeFileSync(join(dir, 'naive-yaml.cjs'), naive('yaml'));
  writeFileSync(join(dir, 'naive-json.cjs'), naive('json'));

  const ours = measure([
    cml,
    'metrics',
    'diff',
    'base',
    'HEAD',
    '--targets',
    'metrics.json',
    '--json',
  ]);
  const oursMd = measure([
    cml,
    'metrics',
    'diff',
    'base',
    'HEAD',
    '--targets',
    'metrics.json',
    '--md',
  ]);
  const oursYaml = measure([
    cml,
    'metrics',
    'diff',
    'yaml-base',
    'HEAD',
    '--targets',
    'metrics.yaml',
    '--json',
  ]);
  const viaYaml = measure([join(dir, 'naive-yaml.cjs'), 'base', 'HEAD']);
  const viaJson = measure([join(dir, 'naive-json.cjs'), 'base', 'HEAD']);

  // Same answer from all: the figures compare equal work.
  const rows = (out) => Object.keys(JSON.parse(out)['metrics.json'] ?? {}).length;
  const changedRows = rows(ours.output);
  if (
    rows(viaYaml.output) !== changedRows ||
    rows(viaJson.output) !== changedRows ||
    Object.keys(JSON.parse(oursYaml.output)['metrics.yaml'] ?? {}).length !== changedRows
  ) {
    throw new Error(
      `row counts differ: ours ${changedRows}, yaml ${rows(viaYaml.output)}, json ${rows(viaJson.output)}`,
    );
  }

  const line = (name, m) =>
    `${name.padEnd(44)} ${m.wallMs.toFixed(0).padStart(6)} ms wall ${m.cpuMs.toFixed(0).padStart(6)} ms CPU ${m.rssMb.toFixed(0).padStart(5)} MB peak RSS`;
  console.log(
    `${KEYS.toLocaleString('en')} keys per revision (${(bytes / 1e6).toFixed(1)} MB JSON), ${changedRows.toLocaleString('en')} changed rows; median of ${RUNS} runs, Node ${process.version}, load average ${loadavg()[0].toFixed(1)}`,
  );
  console.log(line('cml metrics diff --json (ours)', ours));
  console.log(line('cml metrics diff --md (ours)', oursMd));
  console.log(line('cml metrics diff --json, same keys as YAML', oursYaml));
  console.log(line('alternative: yaml library + flatten', viaYaml));
  console.log(line('alternative: JSON.parse + flatten (no float/line)', viaJson));
  console.log(
    `ratios (ours --json / alternative): wall ×${(ours.wallMs / viaYaml.wallMs).toFixed(2)} vs yaml, ×${(ours.wallMs / viaJson.wallMs).toFixed(2)} vs JSON.parse; ` +
      `RSS ×${(ours.rssMb / viaYaml.rssMb).toFixed(2)} vs yaml, ×${(ours.rssMb / viaJson.rssMb).toFixed(2)} vs JSON.parse`,
  );
  // Wall time on a shared machine includes waiting for a core; CPU time is the work itself.
  const met = (m) =>
    m.wallMs <= GOAL_MS
      ? 'met'
      : m.cpuMs <= GOAL_MS
        ? 'not met in wall time (CPU within)'
        : 'NOT met';
  console.log(
    `goal ≤ ${GOAL_MS} ms end to end (JSON, --json / --md): ${met(ours)} / ${met(oursMd)}`,
  );
  console.log(
    'YAML metrics go through the yaml library (for key lines and float-ness): several times slower at this size.',
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
