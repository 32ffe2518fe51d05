// Corrupt datasets and invalid JSON Lines through the bundled CLI and the data-validate action
// (Node 24), as the outside review reproduced them: a file DuckDB cannot read fails in one line
// naming the dataset (and the base revision) and the formats expected; invalid JSON lines are
// malformed rows with their line numbers, not rows of missing values.
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startGitHubEmulator, type GitHubEmulator } from './emulators/github';
import { cleanEnv, distEntry, node24, runAction } from './support/dist';
import { newRepo, removeTempDirs, type TestRepo } from './metrics-fixtures';
import { unreadableFile } from '../src/data/read-error';

// Built by `node scripts/build.mjs cml` and `node scripts/build.mjs data-validate`.
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
  return { code: r.status, output: r.stdout + r.stderr };
}

/** Fixed "random" bytes (a linear congruential generator), so every run reads the same file. */
function noise(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    bytes[i] = x >>> 16;
  }
  return bytes;
}

const FORMATS =
  'expected CSV (.csv), TSV (.tsv), JSON Lines (.jsonl, .ndjson) or Parquet (.parquet), optionally gzipped (.gz)';

/** The failure is one error line: no SQL, no DuckDB help text, no stack, no temporary path. */
function expectOneLine(output: string, line: RegExp) {
  const errors = output.split('\n').filter((l) => /error/i.test(l));
  expect(errors, output).toHaveLength(1);
  expect(errors[0]).toMatch(line);
  expect(errors[0]).toContain(FORMATS);
  expect(errors[0]!.length).toBeLessThan(600);
  expect(output).not.toMatch(/Stack trace|LINE 1:|read_csv|read_parquet|Possible Solution/);
  expect(output).not.toMatch(/Delimiter Candidates|cml-data-rev|\/tmp\//);
}

describe('an unreadable dataset (bundled CLI)', () => {
  let repo: TestRepo;
  beforeAll(() => {
    repo = newRepo();
    writeFileSync(join(repo.dir, 'g.csv'), noise(3000, 1));
    writeFileSync(join(repo.dir, 'g.parquet'), noise(2000, 2));
    // Control bytes at the start, where the message quotes the line: they must arrive escaped.
    writeFileSync(
      join(repo.dir, 'g.jsonl'),
      Buffer.concat([Buffer.from('\x01\x1b[2J'), noise(3000, 6)]),
    );
    writeFileSync(join(repo.dir, 'n.csv.gz'), 'a,b\n1,2\n');
    writeFileSync(join(repo.dir, 'long.csv'), `a,b\n1,${'x'.repeat(2_000_000)}\n`);
  });

  it('random bytes as .csv: the sniffer failure in one line, without its search space', () => {
    const r = cml(repo, 'data', 'validate', 'g.csv');
    expect(r.code).toBe(1);
    expectOneLine(
      r.output,
      /^error: g\.csv: not a readable CSV file \(Error when sniffing file "g\.csv"\. It was not possible to automatically detect the CSV parsing dialect\); /,
    );
  });

  it('random bytes as .jsonl: not one line is a JSON object', () => {
    const r = cml(repo, 'data', 'validate', 'g.jsonl');
    expect(r.code).toBe(1);
    expectOneLine(
      r.output,
      /^error: g\.jsonl: not a readable JSON Lines file \(no line is a JSON object; line 1: invalid JSON: \P{Cc}*\); /u,
    );
  });

  it('a broken .parquet', () => {
    const r = cml(repo, 'data', 'validate', 'g.parquet');
    expect(r.code).toBe(1);
    expectOneLine(
      r.output,
      /^error: g\.parquet: not a readable Parquet file \(No magic bytes found at end of file 'g\.parquet'\); /,
    );
  });

  it('a .csv.gz that is not gzip', () => {
    const r = cml(repo, 'data', 'validate', 'n.csv.gz');
    expect(r.code).toBe(1);
    expectOneLine(
      r.output,
      /^error: n\.csv\.gz: not a readable CSV \(gzipped\) file \(Input is not a GZIP stream: n\.csv\.gz\); /,
    );
  });

  it("a line over DuckDB's maximum line size: the limit, not the 2 MB line", () => {
    const r = cml(repo, 'data', 'validate', 'long.csv');
    expect(r.code).toBe(1);
    expectOneLine(
      r.output,
      /^error: long\.csv: not a readable CSV file \(CSV Error on Line: \d+ Maximum line size of 2000000 bytes exceeded\. Actual Size:2000003 bytes\.\); /,
    );
    expect(r.output).not.toContain('xxxxxxxxxx');
  });

  it('a broken base version is named by the dataset and its revision, not the temporary copy', () => {
    const base = newRepo();
    writeFileSync(join(base.dir, 't.parquet'), noise(2000, 3));
    base.commit('base');
    base.git('checkout', '-q', '-b', 'pr');
    writeFileSync(join(base.dir, 't.parquet'), gzipSync('not parquet either'));
    base.commit('head');
    const r = cml(base, 'data', 'diff', 'main', '--targets', 't.parquet');
    expect(r.code).toBe(1);
    expectOneLine(r.output, /^error: t\.parquet: not a readable Parquet file at main \(/);
  });
});

describe('JSON Lines with invalid lines (bundled CLI)', () => {
  let repo: TestRepo;
  beforeAll(() => {
    repo = newRepo();
    repo.write({
      'm.jsonl': '{"a":1,"b":"x"}\n{"a":2,"b":"y"}\nnot json\n{"a":3,"b":"z"}\n{"a":4,"b":"w"\n',
      // A valid all-null line stays a row (and a duplicate of the next one); NaN is valid for
      // DuckDB; a blank line is no row; line 5 is invalid.
      'n.jsonl':
        '{"a":1,"b":null}\n{"a":null,"b":null}\n\n{"a":NaN,"b":"q"}\n[oops\n{"a":null,"b":null}\n',
    });
  });

  it('are malformed rows with their line numbers, not rows of missing values', () => {
    const md = cml(repo, 'data', 'validate', 'm.jsonl', '--md');
    expect(md.code, md.output).toBe(0);
    expect(md.output).toContain('**m.jsonl**: 3 rows, 2 columns, 0 duplicate rows');
    expect(md.output).toContain('m.jsonl: 2 malformed rows skipped (lines 3, 5)');
    const json = cml(repo, 'data', 'validate', 'm.jsonl', '--json');
    const out = JSON.parse(
      json.output.slice(json.output.indexOf('{'), json.output.lastIndexOf('}') + 1),
    ) as {
      datasets: {
        rows: number;
        duplicates: number;
        columns: { name: string; missing: number; distinct: number }[];
        malformed: { count: number; first: { line: number; message: string }[] };
      }[];
    };
    const [m] = out.datasets;
    expect(m).toMatchObject({ rows: 3, duplicates: 0 });
    expect(m!.columns.map((c) => [c.name, c.missing, c.distinct])).toEqual([
      ['a', 0, 3],
      ['b', 0, 3],
    ]);
    expect(m!.malformed.count).toBe(2);
    expect(m!.malformed.first.map((f) => f.line)).toEqual([3, 5]);
    expect(m!.malformed.first[0]!.message).toMatch(/^invalid JSON/);
  });

  it('leave valid all-null lines, NaN and blank lines as DuckDB reads them', () => {
    const json = cml(repo, 'data', 'validate', 'n.jsonl', '--json');
    const out = JSON.parse(
      json.output.slice(json.output.indexOf('{'), json.output.lastIndexOf('}') + 1),
    ) as {
      datasets: {
        rows: number;
        duplicates: number;
        columns: { missing: number }[];
        malformed: { count: number; first: { line: number }[] };
      }[];
    };
    const [n] = out.datasets;
    expect(n).toMatchObject({ rows: 4, duplicates: 1 });
    expect(n!.malformed.count).toBe(1);
    expect(n!.malformed.first.map((f) => f.line)).toEqual([5]);
    expect(n!.columns.map((c) => c.missing)).toEqual([2, 3]);
  });
});

describe('an unreadable base version in the data-validate action (Node 24)', () => {
  let github: GitHubEmulator;
  beforeEach(async () => {
    github = await startGitHubEmulator({ repos: ['octo/repo'] });
  });
  afterEach(async () => {
    await github.close();
  });

  it('fails in one error annotation naming the dataset at the base revision', async () => {
    const repo = newRepo();
    writeFileSync(join(repo.dir, 'train.parquet'), noise(2000, 4));
    const base = repo.commit('base data');
    repo.git('checkout', '-q', '-b', 'feature');
    writeFileSync(join(repo.dir, 'train.parquet'), noise(1000, 5));
    const head = repo.commit('head data');
    const run = await runAction('data-validate', {
      cwd: repo.dir,
      apiUrl: github.url,
      eventName: 'pull_request',
      event: {
        pull_request: {
          number: 7,
          base: { sha: base, ref: 'main' },
          head: { sha: head, ref: 'feature' },
        },
        repository: { default_branch: 'main' },
      },
      env: { GITHUB_BASE_REF: 'main', GITHUB_SHA: head },
      inputs: { token: 'app-token', targets: 'train.parquet' },
    });
    expect(run.code, run.stdout + run.stderr).toBe(1);
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors, run.stdout).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^::error (title=[^,]*,)?file=train\.parquet::train\.parquet: not a readable Parquet file at \S+ \(No magic bytes found at end of file 'train\.parquet'\); expected CSV/,
    );
    expect(run.stdout + run.stderr).not.toMatch(/Stack trace|LINE 1:|read_parquet|cml-data-rev/);
    expect(github.violations).toEqual([]);
  });
});

describe('which DuckDB errors are a bad file', () => {
  it('keeps an error of our own SQL, even one that mentions the file, for its stack', () => {
    const binder = new Error(
      `Binder Error: Referenced column "x" not found\n\nLINE 1: SELECT x FROM read_csv('/d/t.csv')`,
    );
    expect(unreadableFile(binder, '/d/t.csv', 't.csv')).toBeUndefined();
    const other = new Error('Invalid Input Error: something about another file /d/u.csv');
    expect(unreadableFile(other, '/d/t.csv', 't.csv')).toBeUndefined();
    expect(unreadableFile(new TypeError('x is undefined'), '/d/t.csv', 't.csv')).toBeUndefined();
  });
});
