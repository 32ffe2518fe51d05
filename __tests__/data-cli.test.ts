import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, distEntry, node24 } from './support/dist';
import { newRepo, removeTempDirs, type TestRepo } from './metrics-fixtures';

// dist/cml is built by `node scripts/build.mjs cml`; DuckDB (external) resolves from node_modules.
beforeAll(() => {
  if (!existsSync(distEntry('cml'))) throw new Error('Build dist/cml first');
});
afterAll(removeTempDirs);

function cml(repo: TestRepo, ...args: string[]) {
  return cmlWith({}, repo, ...args);
}

function cmlWith(env: NodeJS.ProcessEnv, repo: TestRepo, ...args: string[]) {
  const r = spawnSync(node24(), [distEntry('cml'), ...args], {
    cwd: repo.dir,
    env: { ...cleanEnv(), ...env },
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let repo: TestRepo;
beforeAll(() => {
  repo = newRepo();
  const rows = (n: number, missingEvery: number) =>
    Array.from(
      { length: n },
      (_, i) => `${i},${i % missingEvery === 0 ? '' : 20 + (i % 50)},${['a', 'b', 'c'][i % 3]}`,
    ).join('\n');
  repo.write({
    'data/train.csv': `id,age,city\n${rows(200, 100)}\n`,
    'dvc.yaml': 'stages:\n  train:\n    cmd: python train.py\n    deps: [data/train.csv]\n',
  });
  repo.commit('base');
  repo.write({
    'data/train.csv': `id,age,city\n${rows(180, 10)}\n`,
    'rules.yaml': 'rules:\n  - rows may not drop by more than 5%\n',
  });
});

describe('cml data diff / validate (bundled CLI, Node 24)', () => {
  it('takes a revision made of digits as a revision (yargs would make it a number)', () => {
    repo.git('tag', '2024', 'HEAD');
    for (const args of [
      ['data', 'diff', '2024', '--targets', 'data/train.csv', '--md'],
      ['metrics', 'diff', '2024'],
    ]) {
      const r = cml(repo, ...args);
      expect(r.stderr).not.toMatch(/is not a function|TypeError/);
      expect(r.code).toBe(0);
    }
    expect(cml(repo, 'data', 'diff', '2024', '--targets', 'data/train.csv', '--md').stdout).toMatch(
      /train\.csv/,
    );
  });

  it("DuckDB's CML_DATA_THREADS and CML_DATA_MEMORY are accepted (yargs reads every CML_DATA_ variable as an option)", () => {
    const r = cmlWith(
      { CML_DATA_ENGINE: 'duckdb', CML_DATA_THREADS: '1', CML_DATA_MEMORY: '256MB' },
      repo,
      'data',
      'validate',
      'data/train.csv',
    );
    expect(r.stderr).not.toMatch(/Unknown argument/);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('data/train.csv');
  });
  it('diff of the dvc.yaml datasets prints the Markdown section and exits 0 with no rule', () => {
    const r = cml(repo, 'data', 'diff');
    expect(r.stderr).not.toMatch(/error/i);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('## Data');
    expect(r.stdout).toContain('| 🟨 missing | data/train.csv | age | missing 1.00% → 10.00% |');
  });
  it('a failed rule exits 1 with an annotation at the rules file line', () => {
    const r = cml(
      repo,
      'data',
      'diff',
      'HEAD',
      '--targets',
      'data/train.csv',
      '--rules-file',
      'rules.yaml',
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'rows may not drop by more than 5%: data/train.csv: rows dropped from 200 to 180 (10.00%)',
    );
  });
  it('--json prints the document; --rule passes', () => {
    const r = cml(repo, 'data', 'diff', '--json', '--rule', 'missing(age) <= 20%');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.mode).toBe('diff');
    expect(doc.datasets[0].head.rows).toBe(180);
    expect(doc.datasets[0].base.rows).toBe(200);
  });
  it('validate with a schema: exit 1 when the schema fails, 0 when it holds', () => {
    writeFileSync(
      join(repo.dir, 'schema.yaml'),
      'columns:\n  age: { type: integer, nullable: false }\n',
    );
    const bad = cml(repo, 'data', 'validate', 'data/train.csv', '--schema', 'schema.yaml');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('column age has 18 missing values, expected none');
    writeFileSync(join(repo.dir, 'schema.yaml'), 'columns:\n  age: { type: integer, min: 0 }\n');
    const ok = cml(
      repo,
      'data',
      'validate',
      'data/train.csv',
      '--schema',
      'schema.yaml',
      '--rule',
      'range(age) within 0..100',
    );
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('**data/train.csv**: 180 rows, 3 columns, 0 duplicate rows');
  });
  it('a bad rule or an unknown format: one line, no stack, exit 1', () => {
    const rule = cml(repo, 'data', 'validate', 'data/train.csv', '--rule', 'missing(age) <== 1%');
    expect(rule.code).toBe(1);
    expect(rule.stderr.trim()).toMatch(/^(?:error: )?invalid data rule 'missing\(age\) <== 1%'/m);
    expect(rule.stderr).not.toMatch(/\n\s+at /);
    writeFileSync(join(repo.dir, 'notes.txt'), 'x');
    const fmt = cml(repo, 'data', 'validate', 'notes.txt');
    expect(fmt.code).toBe(1);
    expect(fmt.stderr).toContain(
      'notes.txt: unknown data format; expected CSV (.csv), TSV (.tsv), JSON Lines',
    );
  });

  // Found by an outside review (each failed before its fix).
  it('an unknown base revision is an error naming it, not "every dataset added"', () => {
    const r = cml(repo, 'data', 'diff', 'nosuchrev', '--targets', 'data/train.csv');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("Unknown base revision 'nosuchrev'");
    expect(r.stdout).not.toContain('dataset added');
    // git's own reason (no origin here), not its closing advice ("and the repository exists.").
    expect(r.stderr).toMatch(/failed \(fatal: 'origin' does not appear to be a git repository\)/);
  });
  it('an absolute path inside the workspace is the same dataset as its relative path', () => {
    const rel = cml(repo, 'data', 'validate', 'data/train.csv');
    const abs = cml(repo, 'data', 'validate', join(repo.dir, 'data/train.csv'));
    expect(abs.stderr).not.toMatch(/no such file/);
    expect(abs.code).toBe(rel.code);
    expect(abs.stdout).toBe(rel.stdout);
  });
  it('a malformed CML_DATA_THREADS or CML_DATA_MEMORY is one line naming it', () => {
    for (const [name, value] of [
      ['CML_DATA_THREADS', 'abc'],
      ['CML_DATA_MEMORY', 'lots'],
    ]) {
      const r = cmlWith(
        { CML_DATA_ENGINE: 'duckdb', [name!]: value },
        repo,
        'data',
        'validate',
        'data/train.csv',
      );
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`${name}=${value}: expected`);
      expect(r.stderr).not.toMatch(/Stack trace|at \S+ \(/);
    }
  });
  it('an infinite value in a numeric column is profiled, not an "out of range" stack trace', () => {
    writeFileSync(join(repo.dir, 'inf.csv'), 'x\n1\ninf\n3\n');
    const r = cml(repo, 'data', 'validate', 'inf.csv');
    expect(r.stderr).not.toMatch(/out of range|Stack trace/i);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('inf.csv');
  });
  it('empty lines of a one-column file count as DuckDB counts them, whichever engine reads it', () => {
    writeFileSync(join(repo.dir, 'one.csv'), 'x\n1\n\n2\n\n');
    const js = cml(repo, 'data', 'validate', 'one.csv', '--json');
    const duck = cml(repo, 'data', 'validate', 'one.csv', '--json', '--engine', 'duckdb');
    expect(duck.code).toBe(0);
    expect(js.stdout).toBe(duck.stdout);
  });
  it('an error at a file and line names the place once', () => {
    const r = cml(repo, 'data', 'validate', 'data/train.csv', '--rules-file', 'rules.yaml');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('rules.yaml:2: ');
    expect(r.stderr.split('rules.yaml:2:').length - 1).toBe(1);
  });
  it.each(['js', 'duckdb'])(
    'malformed rows are said once in the report and annotated once (%s engine)',
    (engine) => {
      repo.write({ 'bad.csv': 'a,b\n1,x\n2\n3,y,extra\n4,z\n' });
      for (const mode of [
        ['validate', 'bad.csv'],
        ['diff', '--targets', 'bad.csv'],
      ]) {
        const r = cmlWith({ CML_DATA_ENGINE: engine }, repo, 'data', ...mode);
        expect(r.code, r.stderr).toBe(0);
        expect(r.stdout.match(/malformed row/g)).toHaveLength(1);
        expect(r.stdout).toContain('bad.csv: 2 malformed rows skipped (lines 3, 4)');
        expect(r.stderr.match(/malformed row/g)).toHaveLength(1);
      }
    },
  );
  it('control characters in values are shown as escapes in the report, never written raw', () => {
    repo.write({ 'ctl.csv': 'a,b\n1,\x1b[31mred\x1b[0m\n2,"x\r\n::warning::pwn"\n' });
    const r = cml(repo, 'data', 'validate', 'ctl.csv');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toContain('\x1b');
    expect(r.stdout).not.toContain('\r');
    expect(r.stdout).toContain('\\x1b[31mred\\x1b[0m');
  });
  it.each(['js', 'duckdb'])(
    'leaves nothing in the temp folder: base copies and DuckDB spill files go at exit (%s engine)',
    (engine) => {
      const tmp = mkdtempSync(join(tmpdir(), 'cml-data-tmp-'));
      const r = cmlWith(
        { CML_DATA_ENGINE: engine, TMPDIR: tmp },
        repo,
        'data',
        'diff',
        '--targets',
        'data/train.csv',
      );
      expect(r.code, r.stderr).toBe(0);
      // Node's compile cache (src/core/compile-cache.ts) is the only thing meant to stay.
      expect(readdirSync(tmp).filter((f) => f !== 'node-compile-cache')).toEqual([]);
      rmSync(tmp, { recursive: true, force: true });
    },
  );
});
