// Found by an outside review (/tmp/review-data.md items 6 and 9), through the bundled CLI and
// action under Node 24; each failed before its fix. docs/data-validate.md: "A dataset that exists
// on one side only is reported as added or removed"; `changed` is "true when the schema, the row
// count or any column's profile differs".
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, distEntry, node24, ROOT, runAction } from './support/dist';
import { newRepo, removeTempDirs, type TestRepo } from './metrics-fixtures';

// dist/cml and dist/data-validate: `node scripts/build.mjs cml` and `… data-validate`.
beforeAll(() => {
  for (const bundle of ['cml', 'data-validate'])
    if (!existsSync(distEntry(bundle))) throw new Error(`Build dist/${bundle} first`);
});
afterAll(removeTempDirs);

function cml(repo: TestRepo, ...args: string[]) {
  const r = spawnSync(node24(), [distEntry('cml'), ...args], {
    cwd: repo.dir,
    env: cleanEnv(),
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const tableRows = (markdown: string) =>
  markdown.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| | Dataset'));

/** main holds data/one.csv and data/two.csv; branch pr deletes two.csv (review item 6). */
function deletionRepo(): TestRepo {
  const repo = newRepo();
  repo.write({ 'data/one.csv': 'a\n1\n', 'data/two.csv': 'a\n1\n' });
  repo.commit('base');
  repo.git('checkout', '-q', '-b', 'pr');
  repo.git('rm', '-q', 'data/two.csv');
  repo.commit('remove two.csv');
  return repo;
}

describe('a dataset deleted in the pull request (bundled CLI, Node 24)', () => {
  it.each([['data/*.csv'], ['data'], ['data/']])(
    'target %s is expanded at the base too: the deleted dataset is "dataset removed" and fails the schema rule',
    (target) => {
      const repo = deletionRepo();
      const r = cml(
        repo,
        'data',
        'diff',
        'main',
        '--targets',
        target,
        '--rule',
        'schema may not change',
        '--md',
      );
      expect(r.code, r.stderr).toBe(1);
      expect(tableRows(r.stdout)).toEqual([
        '| 🟥 schema | data/two.csv | (table) | dataset removed | 1 rows | - |  |',
      ]);
      expect(r.stdout).toContain('- `schema may not change`: data/two.csv: dataset removed');
    },
  );

  it('a folder the change deleted entirely, and a glob nothing matches at HEAD, list the base datasets', () => {
    const repo = deletionRepo();
    repo.git('rm', '-q', 'data/one.csv');
    repo.commit('remove the folder');
    for (const target of ['data', 'data/*.csv']) {
      const r = cml(repo, 'data', 'diff', 'main', '--targets', target, '--md');
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain('✅ Data rules pass; the data changed.');
      expect(tableRows(r.stdout).map((l) => l.split('|')[2]!.trim())).toEqual([
        'data/one.csv',
        'data/two.csv',
      ]);
    }
  });

  it('a dataset tracked by a .dvc file at the base, removed with it, is matched by the glob', () => {
    const repo = newRepo();
    repo.write({
      'data/kept.csv': 'a\n1\n',
      'data/big.csv.dvc': 'outs:\n- md5: 0123456789abcdef0123456789abcdef\n  path: big.csv\n',
    });
    repo.commit('base');
    repo.git('checkout', '-q', '-b', 'pr');
    repo.git('rm', '-q', 'data/big.csv.dvc');
    repo.commit('dvc remove');
    // The base copy is not in the cache and dvc is not installed: the message says so, which
    // shows the dataset was found at the base (before, the glob did not see it at all).
    const r = cml(repo, 'data', 'diff', 'main', '--targets', 'data/*.csv', '--md');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('data/big.csv: tracked by DVC (md5 0123456789abcdef');
  });

  it('without targets, the datasets declared at the base count too (a stage dep the change removed)', () => {
    const repo = newRepo();
    repo.write({
      'data/a.csv': 'a\n1\n',
      'data/b.csv': 'a\n1\n2\n',
      'dvc.yaml': 'stages:\n  s:\n    cmd: x\n    deps: [data/a.csv, data/b.csv]\n',
    });
    repo.commit('base');
    repo.git('checkout', '-q', '-b', 'pr');
    repo.write({ 'dvc.yaml': 'stages:\n  s:\n    cmd: x\n    deps: [data/a.csv]\n' });
    repo.git('rm', '-q', 'data/b.csv');
    repo.commit('drop b');
    const r = cml(repo, 'data', 'diff', 'main', '--rule', 'rows >= 1', '--md');
    expect(r.code).toBe(1);
    expect(tableRows(r.stdout)).toEqual([
      '| 🟥 schema | data/b.csv | (table) | dataset removed | 2 rows | - |  |',
    ]);
    expect(r.stdout).toContain('- `rows >= 1`: data/b.csv: dataset removed: 0 rows, expected >= 1');
  });

  it('named explicitly: row rules fail on the 100% drop, column rules say the dataset was removed', () => {
    const repo = deletionRepo();
    const r = cml(
      repo,
      'data',
      'diff',
      'main',
      '--targets',
      'data/two.csv',
      '--rule',
      'rows may not drop by more than 5%',
      '--rule',
      'rows >= 1',
      '--rule',
      'missing(a) <= 1%',
      '--rule',
      'rows may not rise by more than 5%',
      '--rule',
      'duplicates <= 0',
      '--md',
    );
    expect(r.code).toBe(1);
    const failed = r.stdout.split('\n').filter((l) => l.startsWith('- `'));
    expect(failed).toEqual([
      '- `rows may not drop by more than 5%`: data/two.csv: dataset removed: rows dropped from 1 to 0 (100.00%), more than 5% allowed',
      '- `rows >= 1`: data/two.csv: dataset removed: 0 rows, expected >= 1',
      '- `missing(a) <= 1%`: data/two.csv: dataset removed: column a is not at HEAD to check',
    ]);
  });

  it('an explicit file missing on both sides is still an error naming both', () => {
    const repo = deletionRepo();
    const r = cml(repo, 'data', 'diff', 'main', '--targets', 'data/nothing.csv');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('data/nothing.csv: not found in the workspace nor at main');
  });
});

/**
 * main holds examples/data/base/train.csv; pr replaces one income (row id 5) by 999999: the max
 * and the mean move, the distribution does not drift (review item 9).
 */
function outlierRepo(): TestRepo {
  const repo = newRepo();
  const base = readFileSync(join(ROOT, 'examples/data/base/train.csv'), 'utf8');
  repo.write({ 't.csv': base });
  repo.commit('base');
  repo.git('checkout', '-q', '-b', 'pr');
  const lines = base.split('\n');
  const row = lines.findIndex((l) => l.startsWith('5,'));
  const cells = lines[row]!.split(',');
  cells[2] = '999999';
  lines[row] = cells.join(',');
  repo.write({ 't.csv': lines.join('\n') });
  return repo;
}

describe('values that move without drifting (changed, the "profile" row)', () => {
  it.each(['js', 'duckdb'])(
    'the table shows a low-severity profile row naming what moved (%s engine)',
    (engine) => {
      const repo = outlierRepo();
      const r = cml(repo, 'data', 'diff', 'main', '--targets', 't.csv', '--engine', engine);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain('✅ Data rules pass; the data changed.');
      const rows = tableRows(r.stdout);
      expect(rows).toHaveLength(1);
      const cells = rows[0]!.split('|').map((c) => c.trim());
      expect(cells.slice(1, 4)).toEqual(['🟦 profile', 't.csv', 'income']);
      expect(cells[4]).toMatch(/^max 115467\.73 → 999999, mean 41720 → 44\d\d\d, std \d+ → \d+$/);
    },
  );

  it('sorted after drift, missing and row changes; unchanged data shows no row', () => {
    const repo = outlierRepo();
    repo.commit('outlier');
    const same = cml(repo, 'data', 'diff', 'HEAD', '--targets', 't.csv', '--engine', 'duckdb');
    // Also drop a row and blank an age: rows and missing rows come before the profile row.
    const text = readFileSync(join(repo.dir, 't.csv'), 'utf8').split('\n');
    const age = text.findIndex((l) => l.startsWith('9,'));
    text[age] = text[age]!.replace(/^9,\d+,/, '9,,');
    repo.write({ 't.csv': text.filter((l) => !l.startsWith('12,')).join('\n') });
    const r = cml(repo, 'data', 'diff', 'main', '--targets', 't.csv');
    expect(r.code, r.stderr).toBe(0);
    const badges = tableRows(r.stdout).map((l) => l.split('|')[1]!.trim());
    expect(badges.indexOf('🟦 profile')).toBeGreaterThan(badges.indexOf('🟨 rows'));
    expect(badges.at(-1)).toBe('🟦 profile');
    expect(same.code).toBe(0);
    expect(tableRows(same.stdout)).toEqual([]);
    expect(same.stdout).toContain('✅ Data rules pass.\n');
  });

  it('the action sets changed=true', async () => {
    const repo = outlierRepo();
    const run = await runAction('data-validate', {
      cwd: repo.dir,
      inputs: { targets: 't.csv', base: 'main', check: 'false' },
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs).toMatchObject({ passed: 'true', changed: 'true' });
    expect(run.outputs.markdown).toContain(
      '| 🟦 profile | t.csv | income | max 115467.73 → 999999',
    );
  });
});
