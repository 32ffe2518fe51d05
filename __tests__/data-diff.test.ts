import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Logger } from '../src/core/logger';
import { runDataDiff, runDataValidate } from '../src/data/run-data';
import { declaredDatasets } from '../src/data/targets';
import { newRepo, removeTempDirs } from './metrics-fixtures';

afterAll(removeTempDirs);

const quiet: Logger = {
  info: () => undefined,
  debug: () => undefined,
  warning: () => undefined,
  error: () => undefined,
  mask: () => undefined,
  group: (_t, body) => body(),
};
const options = (cwd: string, extra: Partial<Parameters<typeof runDataDiff>[0]> = {}) => ({
  cwd,
  targets: [],
  rules: [],
  all: false,
  ...extra,
});
const column = (n: number[]) => `x\n${n.join('\n')}\n`;
const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);
type Json = {
  datasets: {
    dataset: string;
    drift: { column: string; psi: number; ks: number; drifted: boolean }[];
    schema_changes: unknown[];
  }[];
};

describe('data diff: base from git, HEAD from the workspace', () => {
  it('measures PSI over base deciles and KS for a shifted column (hand-computed)', async () => {
    const repo = newRepo();
    repo.write({ 'd.csv': column(range(1, 100)) });
    repo.commit('base');
    repo.write({ 'd.csv': column(range(21, 120)) });
    const out = await runDataDiff(options(repo.dir, { targets: ['d.csv'] }), quiet);
    const drift = (out.json as Json).datasets[0]!.drift[0]!;
    // Base deciles 10,20,…,90; HEAD 21..120 puts 0 in the first two bins, 10 in each of the
    // next seven and 30 above 90: PSI = 2·(1e-4−0.1)·ln(1e-4/0.1) + (0.3−0.1)·ln 3 = 1.599911.
    expect(drift.psi).toBeCloseTo(1.599911, 2);
    // KS: F_base(20) − F_head(20) = 0.2 − 0 (exact two-sample D is 0.2).
    expect(drift.ks).toBeCloseTo(0.2, 2);
    expect(drift.drifted).toBe(true);
    expect(out.changed).toBe(true);
    expect(out.passed).toBe(true);
    expect(out.markdown).toContain('| 🟧 drift | d.csv | x | distribution |');
    expect(out.markdown).toContain('Drifted when PSI ≥ 0.2, KS ≥ 0.1 or JS ≥ 0.1');
  });

  it('reports schema changes, row changes and missing-rate changes, most severe first; charts drifted columns', async () => {
    const repo = newRepo();
    repo.write({
      'd.csv':
        'a,b,c,d\n' +
        range(1, 50)
          .map((i) => `${i},${i % 3},x${i % 4},${i}`)
          .join('\n') +
        '\n',
    });
    repo.commit('base');
    // b becomes text, d removed, e added (with missing values), c moved first, 10 more rows
    repo.write({
      'd.csv':
        'c,a,b,e\n' +
        range(1, 60)
          .map((i) => `x${i % 4},${i},v${i % 3},${i % 5 === 0 ? '' : i}`)
          .join('\n') +
        '\n',
    });
    const charts = join(repo.dir, 'charts');
    const out = await runDataDiff(
      options(repo.dir, {
        targets: ['d.csv'],
        chartsDir: charts,
        rules: ['schema may not change'],
      }),
      quiet,
    );
    const changes = (out.json as Json).datasets[0]!.schema_changes;
    // Among the common columns the order a,b,c became c,a,b: each of the three moved.
    expect(changes).toEqual([
      { column: 'b', kind: 'retyped', from: 'integer', to: 'string' },
      { column: 'e', kind: 'added', to: 'integer' },
      { column: 'd', kind: 'removed', from: 'integer' },
      { column: 'c', kind: 'reordered', from: '#3', to: '#1' },
      { column: 'a', kind: 'reordered', from: '#1', to: '#2' },
      { column: 'b', kind: 'reordered', from: '#2', to: '#3' },
    ]);
    expect(out.passed).toBe(false);
    expect(out.failures[0]!.rule).toBe('schema may not change');
    const table = out.markdown.split('\n').filter((l) => l.startsWith('| '));
    const severities = table.slice(1).map((l) => l.split('|')[1]!.trim());
    // The failed schema rule names a and c: those rows come first, then the other changes.
    const rank = ['❌ fail', '🟥 schema', '🟧 drift', '🟨 missing', '🟨 rows'];
    const ranks = severities.map((s) => rank.indexOf(s));
    expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
    expect(severities[0]).toBe('❌ fail');
    expect(severities).toContain('🟥 schema');
    expect(severities.at(-1)).toBe('🟨 rows');
    expect(out.markdown).toContain('| 🟨 rows | d.csv | (rows) | +10 (20.00%) | 50 | 60 |');
    // a drifted (1..50 → 1..60): a chart with base dashed and HEAD solid
    expect(out.charts.map((c) => c.column)).toContain('a');
    for (const c of out.charts) expect(existsSync(c.path)).toBe(true);
  });

  it('a dataset added since the base is reported, not an error', async () => {
    const repo = newRepo();
    repo.write({ 'keep.csv': 'x\n1\n' });
    repo.commit('base');
    repo.write({ 'new.csv': 'x\n1\n2\n' });
    const out = await runDataDiff(options(repo.dir, { targets: ['*.csv'] }), quiet);
    expect(out.markdown).toContain(
      '| 🟥 schema | new.csv | (table) | dataset added | - | 2 rows |',
    );
  });
});

describe('datasets declared by DVC', () => {
  it('finds stage deps/outs in dvc.yaml and outs of .dvc files (data files only)', async () => {
    const repo = newRepo();
    repo.write({
      'dvc.yaml':
        'stages:\n  prep:\n    cmd: python prep.py\n    deps: [prep.py, data/raw.csv]\n    outs:\n      - data/clean.parquet\n      - model.pkl: {cache: true}\n',
      'data/raw.csv': 'x\n1\n',
      'prep.py': '',
      'sub/features.jsonl.dvc': 'outs:\n- md5: 0123\n  path: features.jsonl\n',
    });
    expect(await declaredDatasets(repo.dir)).toEqual([
      'data/clean.parquet',
      'data/raw.csv',
      'sub/features.jsonl',
    ]);
  });

  it('reads the base of a DVC-tracked file from the DVC cache by the md5 in the base .dvc file', async () => {
    const repo = newRepo();
    const baseCsv = column(range(1, 100));
    const md5 = createHash('md5').update(baseCsv).digest('hex');
    repo.write({
      'data.csv.dvc': `outs:\n- md5: ${md5}\n  size: ${baseCsv.length}\n  path: data.csv\n`,
      '.gitignore': '/data.csv\n',
    });
    repo.commit('base');
    // DVC's cache layout (dvc/cachemgr.py, DVC 3.x): .dvc/cache/files/md5/<2 hex>/<30 hex>
    mkdirSync(join(repo.dir, '.dvc/cache/files/md5', md5.slice(0, 2)), { recursive: true });
    writeFileSync(join(repo.dir, '.dvc/cache/files/md5', md5.slice(0, 2), md5.slice(2)), baseCsv);
    writeFileSync(join(repo.dir, 'data.csv'), column(range(1, 90)));
    const out = await runDataDiff(
      options(repo.dir, { rules: ['rows may not drop by more than 5%'] }),
      quiet,
    );
    expect(out.failures.map((f) => f.message)).toEqual([
      'data.csv: rows dropped from 100 to 90 (10.00%), more than 5% allowed',
    ]);
  });

  it('without the cache entry or dvc, names what to install', async () => {
    const repo = newRepo();
    repo.write({
      'data.csv.dvc': 'outs:\n- md5: 00112233445566778899aabbccddeeff\n  path: data.csv\n',
      '.gitignore': '/data.csv\n',
    });
    repo.commit('base');
    writeFileSync(join(repo.dir, 'data.csv'), 'x\n1\n');
    const env = process.env.PATH;
    process.env.PATH = '/usr/bin:/bin'; // no dvc here (git is in /usr/bin)
    try {
      await expect(runDataDiff(options(repo.dir), quiet)).rejects.toThrow(
        "data.csv: tracked by DVC (md5 00112233445566778899aabbccddeeff at HEAD) but not in the local cache, and dvc is not installed; install DVC (the setup action's dvc-version input)",
      );
    } finally {
      process.env.PATH = env;
    }
  });

  it('no targets and nothing declared: a one-line error', async () => {
    const repo = newRepo();
    repo.write({ 'README.md': 'x' });
    repo.commit('base');
    await expect(runDataValidate(options(repo.dir), quiet)).rejects.toThrow(
      /^no datasets: pass targets/,
    );
  });
});

// Dataset paths can come from the pull request (dvc.yaml deps/outs): they are read only inside
// the workspace, as the report's and plots' files are (src/core/workspace-file.ts).
describe('datasets a pull request names', () => {
  it('refuses a path out of the workspace, lexically or through a symlink', async () => {
    const repo = newRepo();
    const outside = join(repo.dir, '..', `secret-${process.pid}.csv`);
    writeFileSync(outside, 'token\ns3cret\n');
    symlinkSync(outside, join(repo.dir, 'linked.csv'));
    repo.write({
      'dvc.yaml': `stages:\n  train:\n    cmd: python train.py\n    deps:\n      - ../secret-${process.pid}.csv\n`,
    });
    await expect(runDataValidate(options(repo.dir), quiet)).rejects.toThrow(
      /secret-\d+\.csv: outside the workspace; refused/,
    );
    await expect(
      runDataValidate(options(repo.dir, { targets: ['linked.csv'] }), quiet),
    ).rejects.toThrow(/linked\.csv is a symlink leading out of the workspace/);
  });
});
