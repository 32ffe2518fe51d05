import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffMetrics } from '../src/metrics/diff';
import { formatValue, roundTo } from '../src/metrics/python-format';
import { readYamlMetrics } from '../src/metrics/yaml-reader';
import { dvcJson } from '../src/metrics/render';
import { cleanEnv, distEntry, node24 } from './support/dist';
import { newRepo, removeTempDirs } from './metrics-fixtures';

// DVC's behaviour as the oracle: iterative/dvc at 9f901e57 (tests/unit/test_compare.py,
// dvc/compare.py _format_field: `round(val, precision)` for metrics diff, round_digits=True
// per tests/unit/command/test_metrics.py), and Python's own round() and json.dumps.
afterAll(removeTempDirs);

describe("Python's round(x, n): exact binary value, ties to even", () => {
  // Each expectation is what CPython 3 prints for repr(round(x, n)).
  const cases: [number, number, string][] = [
    [0.125, 2, '0.12'],
    [0.375, 2, '0.38'],
    [-0.125, 2, '-0.12'],
    [2.675, 2, '2.67'],
    [2.5, 0, '2.0'],
    [1.5, 0, '2.0'],
    [12.5, -1, '10.0'],
    [25, -1, '20.0'],
    [35, -1, '40.0'],
    [-25, -1, '-20.0'],
    [0.8123, -1, '0.0'],
    [1234.5, -2, '1200.0'],
    [1e22, 3, '1e+22'],
    // tests/unit/test_compare.py test_diff_table_rounding
    [1.1234, 3, '1.123'],
    [2.2345, 3, '2.235'],
    [3.3456, 3, '3.346'],
  ];
  for (const [value, digits, expected] of cases) {
    it(`round(${value}, ${digits}) = ${expected}`, () => {
      expect(formatValue(roundTo(value, digits), true, undefined)).toBe(expected);
      // _format_field rounds only when `precision` is truthy: 0 leaves the value as it is.
      if (digits !== 0) expect(formatValue(value, true, digits)).toBe(expected);
    });
  }
});

describe('cml metrics diff (bundled CLI) as DVC prints it', () => {
  beforeAll(() => {
    if (!existsSync(distEntry('cml'))) throw new Error('Build dist/cml first');
  });

  function repoWith(before: string, after: string) {
    const repo = newRepo();
    repo.write({ 'm.json': before });
    repo.commit('base');
    repo.write({ 'm.json': after });
    return (...args: string[]) =>
      spawnSync(node24(), [distEntry('cml'), 'metrics', 'diff', '--targets', 'm.json', ...args], {
        cwd: repo.dir,
        env: cleanEnv(),
        encoding: 'utf8',
      });
  }

  it('--precision -1 rounds to tens, as round(x, -1) (it used to crash)', () => {
    const cml = repoWith('{"a": 12.5, "b": 0.125}', '{"a": 36.0, "b": 0.375}');
    const r = cml('--precision', '-1', '--md');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('| m.json | a        | 10.0   | 40.0        | 20.0     |');
  });

  it('--md ends with a blank line (test_compare.py test_metrics_diff_md)', () => {
    const cml = repoWith('{"a": 1}', '{"a": 2}');
    expect(cml('--md').stdout.endsWith('|\n\n')).toBe(true);
    expect(cml().stdout.endsWith('1\n')).toBe(true);
  });

  it('--json is json.dumps: non-ASCII and DEL escaped as \\uXXXX', () => {
    const cml = repoWith('{"точность": 0.5, "a\\u007fb": 1}', '{"точность": 0.75, "a\\u007fb": 2}');
    expect(cml('--json').stdout).toBe(
      '{"m.json": {"a\\u007fb": {"old": 1, "new": 2, "diff": 1}, ' +
        '"\\u0442\\u043e\\u0447\\u043d\\u043e\\u0441\\u0442\\u044c": {"old": 0.5, "new": 0.75, "diff": 0.25}}}\n',
    );
  });
});

describe('DVC options of metrics diff and params diff (dvc/commands/metrics.py, params.py)', () => {
  beforeAll(() => {
    if (!existsSync(distEntry('cml'))) throw new Error('Build dist/cml first');
  });
  const run = (dir: string, ...args: string[]) =>
    spawnSync(node24(), [distEntry('cml'), ...args], {
      cwd: dir,
      env: cleanEnv(),
      encoding: 'utf8',
    });

  it("--precision is type=int: 2.5 and abc are refused in one line, as argparse's invalid int value", () => {
    const repo = newRepo();
    repo.write({ 'm.json': '{"a": 1.23456}' });
    repo.commit('base');
    for (const bad of ['2.5', 'abc']) {
      const r = run(repo.dir, 'metrics', 'diff', '--targets', 'm.json', '--precision', bad);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/--precision: invalid int value/);
      expect(r.stderr).not.toMatch(/Stack trace|at .*index\.js/);
    }
    expect(run(repo.dir, 'metrics', 'diff', '--targets', 'm.json', '--precision', '2').status).toBe(
      0,
    );
  });

  it('-R / --recursive is accepted (DVC parses it; folder targets are searched either way)', () => {
    const repo = newRepo();
    repo.write({ 'eval/m.json': '{"a": 1}' });
    repo.commit('base');
    repo.write({ 'eval/m.json': '{"a": 2}' });
    for (const flag of ['-R', '--recursive']) {
      const r = run(repo.dir, 'metrics', 'diff', '--targets', 'eval', flag);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toContain('eval/m.json');
    }
  });

  it('params diff --deps shows only the keys the stages depend on (_collect_params deps_only)', () => {
    const repo = newRepo();
    repo.write({
      'params.yaml': 'lr: 0.1\nepochs: 3\nunused: 1\n',
      'dvc.yaml': 'params: [extra.yaml]\nstages:\n  train:\n    cmd: x\n    params: [lr]\n',
      'extra.yaml': 'k: 1\n',
    });
    repo.commit('base');
    repo.write({ 'params.yaml': 'lr: 0.2\nepochs: 4\nunused: 2\n', 'extra.yaml': 'k: 2\n' });
    const all = run(repo.dir, 'params', 'diff');
    expect(all.stdout).toMatch(/epochs/);
    expect(all.stdout).toMatch(/extra\.yaml/);
    const deps = run(repo.dir, 'params', 'diff', '--deps');
    expect(deps.status, deps.stderr).toBe(0);
    expect(deps.stdout.trim().split('\n').slice(1)).toEqual([
      expect.stringMatching(/^params\.yaml\s+lr\s+0\.1\s+0\.2$/),
    ]);
  });
});

describe("YAML as DVC's loader (ruamel, YAML 1.2) reads it", () => {
  it('honours merge keys: own keys win, then each merged mapping in order', () => {
    const m = readYamlMetrics(
      'base: &b {lr: 0.1, epochs: 3}\ntrain:\n  <<: *b\n  lr: 0.2\nboth:\n  <<: [{a: 1}, {a: 2, b: 2}]\n',
      'params.yaml',
    );
    expect(Object.fromEntries([...m].map(([k, v]) => [k, v.value]))).toEqual({
      'base.lr': 0.1,
      'base.epochs': 3,
      'train.lr': 0.2,
      'train.epochs': 3,
      'both.a': 1,
      'both.b': 2,
    });
  });

  it("refuses a repeated key and an unknown tag, as ruamel's safe loader does (DuplicateKeyError, ConstructorError)", () => {
    expect(() => readYamlMetrics('a: 2\na: 3\n', 'm.yaml')).toThrow(
      /m\.yaml:2:1: invalid YAML: Map keys must be unique/,
    );
    expect(() => readYamlMetrics('a: 2\nc: !custom 3\n', 'm.yaml')).toThrow(
      /m\.yaml:2:4: invalid YAML: Unresolved tag: !custom/,
    );
    // Standard tags and repeated merge keys stay readable.
    expect(readYamlMetrics('a: !!int "3"\n', 'm.yaml').get('a')?.value).toBe(3);
  });

  it('reads digits grouped with _ as numbers (1_000), quoted ones as text', () => {
    const m = readYamlMetrics('n: 1_000\nf: 1_000.5\ns: "1_000"\n', 'm.yaml');
    expect(m.get('n')).toMatchObject({ value: 1000 });
    expect(m.get('n')?.float).toBeUndefined();
    expect(m.get('f')).toMatchObject({ value: 1000.5, float: true });
    expect(m.get('s')?.value).toBe('1_000');
    const json = dvcJson(diffMetrics([{ path: 'm.yaml', old: m, new: new Map() }]));
    expect(json).toContain('"n": {"old": 1000, "new": null}');
  });
});
