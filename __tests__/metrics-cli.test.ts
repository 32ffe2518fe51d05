import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { cleanEnv, distEntry, node24 } from './support/dist';
import { newRepo, removeTempDirs, type TestRepo } from './metrics-fixtures';

// dist/cml is built by `node scripts/build.mjs cml`.
beforeAll(() => {
  if (!existsSync(distEntry('cml'))) throw new Error('Build dist/cml first');
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

let repo: TestRepo;
beforeAll(() => {
  repo = newRepo();
  repo.write({
    'metrics.json': '{"acc": 0.8123456, "loss": 0.5, "steps": 100}',
    'params.yaml': 'train:\n  lr: 0.01\n  epochs: 10\n',
    'dvc.yaml':
      'stages:\n  train:\n    cmd: python train.py\n    params: [train.lr, train.epochs]\n    metrics: [metrics.json]\n',
  });
  repo.commit('base');
  repo.write({
    'metrics.json': '{"acc": 0.8523456, "loss": 0.5, "steps": 120}',
    'params.yaml': 'train:\n  lr: 0.001\n  epochs: 10\n',
  });
});

describe('cml metrics diff / cml params diff (bundled CLI, Node 24)', () => {
  it("prints DVC's Markdown table for HEAD against the working tree by default", () => {
    const r = cml(repo, 'metrics', 'diff', '--md');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        '| Path         | Metric   | HEAD    | workspace   | Change   |',
        '|--------------|----------|---------|-------------|----------|',
        '| metrics.json | acc      | 0.81235 | 0.85235     | 0.04     |',
        '| metrics.json | steps    | 100     | 120         | 20       |',
        '',
        '',
      ].join('\n'),
    );
  });

  it('takes a_rev and b_rev, --targets, --all, --no-path and --precision, and prints plain tables', () => {
    const r = cml(
      repo,
      'metrics',
      'diff',
      'main',
      'workspace',
      '--targets',
      'metrics.json',
      '--all',
      '--no-path',
      '--precision',
      '2',
    );
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')).toEqual([
      'Metric    main    workspace    Change',
      'acc       0.81    0.85         0.04',
      'loss      0.5     0.5          0.0',
      'steps     100     120          20',
      '',
    ]);
  });

  it('prints DVC JSON with --json, and nothing else on stdout', () => {
    const r = cml(repo, 'metrics', 'diff', '--json');
    expect(JSON.parse(r.stdout)).toEqual({
      'metrics.json': {
        acc: { old: 0.8123456, new: 0.8523456, diff: 0.8523456 - 0.8123456 },
        steps: { old: 100, new: 120, diff: 20 },
      },
    });
  });

  it('diffs the params dvc.yaml declares, with a Param column and no Change column', () => {
    const r = cml(repo, 'params', 'diff', '--md');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        '| Path        | Param    | HEAD   | workspace   |',
        '|-------------|----------|--------|-------------|',
        '| params.yaml | train.lr | 0.01   | 0.001       |',
        '',
        '',
      ].join('\n'),
    );
    expect(JSON.parse(cml(repo, 'params', 'diff', '--json', '--all').stdout)).toEqual({
      'params.yaml': {
        'train.epochs': { old: 10, new: 10, diff: 0 },
        'train.lr': { old: 0.01, new: 0.001, diff: 0.001 - 0.01 },
      },
    });
  });

  it('exits 1 with the reasons when a --rule fails, the table still on stdout', () => {
    const r = cml(
      repo,
      'metrics',
      'diff',
      '--md',
      '--rule',
      'acc >= 0.9',
      '--rule',
      'steps may not drop',
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('| metrics.json | acc      | 0.81235 | 0.85235     | 0.04 🟢  |');
    expect(r.stderr).toContain(
      'error: 1 quality gate failed: acc >= 0.9 (metrics.json: acc = 0.8523456, but the rule requires >= 0.9)',
    );
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('names an unknown revision and how to fetch it', () => {
    const r = cml(repo, 'metrics', 'diff', 'nosuchbranch');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      "error: Unknown base revision 'nosuchbranch': this clone does not have it",
    );
    expect(r.stderr).toContain("'fetch-depth: 0'");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('names a rule it cannot read', () => {
    const r = cml(repo, 'metrics', 'diff', '--rule', 'acc is good');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("error: --rule, line 1: cannot read the rule 'acc is good'.");
  });

  it('with nothing changed, prints nothing for plain tables and only the header with --md (as DVC)', () => {
    const still = newRepo();
    still.write({
      'metrics.json': '{"acc": 0.8}',
      'params.toml': '[train]\nlr = 0.01\n',
      'dvc.yaml':
        'stages:\n  train:\n    cmd: python train.py\n    params: [{params.toml: [train.lr]}]\n    metrics: [metrics.json]\n',
    });
    still.commit('base');
    const plain = cml(still, 'metrics', 'diff');
    expect(plain.code).toBe(0);
    expect(plain.stdout).toBe('');
    expect(cml(still, 'params', 'diff').stdout).toBe('');
    expect(cml(still, 'metrics', 'diff', '--md').stdout).toBe(
      [
        '| Path   | Metric   | HEAD   | workspace   | Change   |',
        '|--------|----------|--------|-------------|----------|',
        '',
        '',
      ].join('\n'),
    );
    expect(cml(still, 'params', 'diff', '--md').stdout).toBe(
      [
        '| Path   | Param   | HEAD   | workspace   |',
        '|--------|---------|--------|-------------|',
        '',
        '',
      ].join('\n'),
    );
  });

  it('reads params.toml (DVC params files may be TOML) and rounds with --precision 0 as DVC does (default 5)', () => {
    const toml = newRepo();
    toml.write({
      'params.toml': '[train]\nlr = 0.1\nepochs = 10\n',
      'm.json': '{"acc": 0.123456789}',
    });
    toml.commit('base');
    toml.write({ 'params.toml': '[train]\nlr = 1.0\nepochs = 10\n', 'm.json': '{"acc": 0.2}' });
    const params = cml(toml, 'params', 'diff', '--targets', 'params.toml', '--md');
    expect(params.code).toBe(0);
    expect(params.stdout).toContain('| params.toml | train.lr | 0.1    | 1.0         |');
    const metrics = cml(toml, 'metrics', 'diff', '--targets', 'm.json', '--precision', '0');
    expect(metrics.stdout.split('\n')[1]).toBe('m.json  acc       0.12346  0.2          0.07654');
  });
});
