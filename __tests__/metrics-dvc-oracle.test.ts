// DVC as the oracle for what metrics-diff reads and prints: iterative/dvc at
// 9f901e57a20889bd08f91479cd326c3b7f80d037 (dvc/repo/metrics/show.py, dvc/repo/params/show.py,
// dvc/utils/diff.py, dvc/compare.py, dvc/ui/table.py, dvc/commands/metrics.py and its tests).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContext } from '../src/platforms';
import { ConsoleLogger } from '../src/core/logger';
import { readTableMetrics } from '../src/metrics/csv-reader';
import { diffMetrics } from '../src/metrics/diff';
import { displayWidth } from '../src/metrics/display-width';
import { evaluateGates } from '../src/metrics/gate';
import { readJsonMetrics } from '../src/metrics/json-reader';
import { dvcLeaves } from '../src/metrics/read-metrics';
import { dvcJson, renderDiffTable } from '../src/metrics/render';
import { parseRule } from '../src/metrics/rules';
import {
  metricsJson,
  paramsJson,
  runMetricsDiff,
  type MetricsDiffRequest,
} from '../src/metrics/run-diff';
import { renderTable } from '../src/metrics/table';
import { readTomlMetrics } from '../src/metrics/toml-reader';
import { readYamlMetrics } from '../src/metrics/yaml-reader';
import { newRepo, removeTempDirs } from './metrics-fixtures';
import { cleanEnv, distEntry, node24 } from './support/dist';

afterAll(removeTempDirs);

function diff(cwd: string, request: Partial<MetricsDiffRequest> = {}) {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _e, done) {
      lines.push(String(chunk));
      done();
    },
  });
  const run = runMetricsDiff({
    cwd,
    logger: new ConsoleLogger(sink, sink, false, false),
    context: readContext({}),
    targets: [],
    allRows: false,
    rules: [],
    ...request,
  });
  return { run, lines };
}

const labels = { old: 'HEAD', new: 'workspace' };

describe('integers beyond 2^53 stay exact, as Python ints (json.loads, ruamel, tomlkit)', () => {
  const before = '9007199254740993'; // 2^53 + 1: a double reads it as 2^53
  const after = '9007199254740994';
  const files: [
    string,
    (v: string) => string,
    (t: string, f: string) => ReturnType<typeof readJsonMetrics>,
  ][] = [
    ['m.json', (v) => `{"n": ${v}}`, readJsonMetrics],
    ['m.yaml', (v) => `n: ${v}\n`, readYamlMetrics],
    ['m.toml', (v) => `n = ${v}\n`, readTomlMetrics],
    ['m.csv', (v) => `n\n${v}\n`, (t, f) => readTableMetrics(t, f, ',', false)],
  ];
  for (const [file, write, read] of files) {
    it(`${file}: a change of 1 shows, exactly, in the table, the JSON and the gates`, () => {
      const old = read(write(before), file);
      const next = read(write(after), file);
      expect(String(old.get('n')!.value)).toBe(before);
      const result = diffMetrics([{ path: file, old, new: next }]);
      const row = result.get(file)![0]!;
      expect(row.unchanged).toBe(false);
      // json.dumps of Python ints: digits as they are, diff 1.
      expect(dvcJson(result)).toBe(
        `{"${file}": {"n": {"old": ${before}, "new": ${after}, "diff": 1}}}`,
      );
      expect(
        renderDiffTable(result, {
          kind: 'metrics',
          oldLabel: 'HEAD',
          newLabel: 'workspace',
          markdown: false,
          noPath: true,
          precision: 5,
        }),
      ).toBe(
        `Metric    HEAD              workspace         Change\nn         ${before}  ${after}  1`,
      );
      const gate = evaluateGates(
        [
          parseRule('n may not rise', 'test'),
          parseRule(`n <= ${before}`, 'test'),
          parseRule(`n > ${before}`, 'test'),
          parseRule(`n == ${after}`, 'test'),
        ],
        result,
        labels,
      );
      expect(gate.results.map((r) => r.passed)).toEqual([false, false, true, true]);
      expect(gate.results[0]!.detail).toContain('rose by 1 (0.0 %)');
    });
  }

  it('equal big integers are unchanged, and an int against a float subtracts as floats', () => {
    const a = readJsonMetrics(`{"n": ${before}, "f": ${before}}`, 'm.json');
    const b = readJsonMetrics(`{"n": ${before}, "f": 1.5}`, 'm.json');
    const rows = diffMetrics([{ path: 'm.json', old: a, new: b }]).get('m.json')!;
    expect(rows.find((r) => r.key === 'n')!.unchanged).toBe(true);
    const f = rows.find((r) => r.key === 'f')!;
    expect(f.diffFloat).toBe(true);
    expect(f.diff).toBe(1.5 - 2 ** 53);
  });

  it('safe integers whose difference is not safe subtract exactly', () => {
    const a = readJsonMetrics('{"n": -9000000000000000}', 'm.json');
    const b = readJsonMetrics('{"n": 9000000000000001}', 'm.json');
    expect(dvcJson(diffMetrics([{ path: 'm.json', old: a, new: b }]))).toContain(
      '"diff": 18000000000000001',
    );
  });
});

describe("what DVC's metrics reader drops (show.py _extract_metrics keeps int, float, str)", () => {
  it('metrics: dates, nulls, empty mappings and empty lists give no row, even with --all', () => {
    const yaml =
      'acc: 0.9\nwhen: 2024-05-01\nat: 2024-05-01 10:00:00\nnone: null\nempty: {}\nlist: []\nnested: {x: null}\nflag: true\n';
    const old = dvcLeaves('metrics', readYamlMetrics(yaml, 'm.yaml'));
    const next = dvcLeaves('metrics', readYamlMetrics(yaml.replace('0.9', '0.8'), 'm.yaml'));
    expect([...old.keys()]).toEqual(['acc', 'flag']);
    const json = dvcLeaves(
      'metrics',
      readJsonMetrics('{"a": null, "b": {}, "c": [], "d": {"e": {}}, "f": 1}', 'm.json'),
    );
    expect([...json.keys()]).toEqual(['f']);
    const toml = dvcLeaves('metrics', readTomlMetrics('d = 2024-05-01\nn = 1\n[t]\n', 'm.toml'));
    expect([...toml.keys()]).toEqual(['n']);
    expect(dvcJson(diffMetrics([{ path: 'm.yaml', old, new: next }]))).toBe(
      '{"m.yaml": {"acc": {"old": 0.9, "new": 0.8, "diff": -0.09999999999999998}, "flag": {"old": true, "new": true, "diff": 0}}}',
    );
  });

  it('params: empty mappings flatten to nothing (flatten_dict); nulls, dates and [] stay', () => {
    const params = dvcLeaves(
      'params',
      readYamlMetrics('a: {}\nb: null\nc: 2024-05-01\nd: []\n', 'params.yaml'),
    );
    expect([...params].map(([k, v]) => [k, v.value])).toEqual([
      ['b', null],
      ['c', '2024-05-01'],
      ['d', '[]'],
    ]);
  });

  it('a repository diff: null on both sides and an empty mapping give no rows', async () => {
    const repo = newRepo();
    repo.write({
      'm.yaml': 'acc: 0.9\nx: null\ne: {}\nd: 2024-01-01\n',
      'params.yaml': 'lr: 0.1\ne: {}\nz: null\n',
    });
    repo.commit('base');
    repo.write({
      'm.yaml': 'acc: 0.8\nx: null\ne: {}\nd: 2024-02-01\n',
      'params.yaml': 'lr: 0.2\ne: {}\nz: null\n',
    });
    const outcome = await diff(repo.dir, {
      base: 'main',
      targets: ['m.yaml'],
      params: ['params.yaml'],
    }).run;
    expect(Object.keys(JSON.parse(metricsJson(outcome, true))['m.yaml'])).toEqual(['acc']);
    // Params keep a null (old None == new None: shown only with --all, as _diff_vals does).
    expect(Object.keys(JSON.parse(paramsJson(outcome, false))['params.yaml'])).toEqual(['lr']);
    expect(JSON.parse(paramsJson(outcome, true))['params.yaml']).toEqual({
      lr: { old: 0.1, new: 0.2, diff: 0.1 },
      z: { old: null, new: null },
    });
  });
});

describe("CJK keys are padded by display width (tabulate with wcwidth, as DVC's tables)", () => {
  // wcwidth.wcswidth 0.7.0 (CPython 3.11) on each string, generated offline. DVC installs
  // wcwidth (celery → click-repl → prompt-toolkit → wcwidth), so tabulate pads by it.
  const widths: [string, number][] = [
    ['精度', 4],
    ['准确率', 6],
    ['loss', 4],
    ['e\u0301', 1],
    ['ｱｲ', 2],
    ['한국어', 6],
    ['😀', 2],
    ['👍🏽', 2],
    ['a\u200bb', 2],
    ['Ω', 1],
    ['ＡＢ', 4],
    ['指标.f1', 7],
    ['ก่อน', 3],
    ['⚠️', 2],
    ['🇯🇵', 2],
    ['\u3000', 2],
    ['1\ufe0f', 2],
    ['a\ufe0f', 1],
    ['正确率 (%)', 10],
    ['テスト', 6],
  ];
  for (const [text, width] of widths) {
    it(`wcswidth(${JSON.stringify(text)}) = ${width}`, () =>
      expect(displayWidth(text)).toBe(width));
  }

  it('plain and Markdown tables line up CJK metric names', () => {
    const rows = [
      ['精度', '0.9'],
      ['准确率指标', '0.8'],
    ];
    // tabulate "plain": each column as wide as its widest cell (header + 2), 2 spaces between.
    expect(renderTable(['Metric', 'HEAD'], rows, false)).toBe(
      ['Metric      HEAD', '精度        0.9', '准确率指标  0.8'].join('\n'),
    );
    expect(renderTable(['Metric', 'HEAD'], rows, true)).toBe(
      [
        '| Metric     | HEAD   |',
        '|------------|--------|',
        '| 精度       | 0.9    |',
        '| 准确率指标 | 0.8    |',
        '',
      ].join('\n'),
    );
  });
});

describe('what DVC warns about and still prints (exit 0)', () => {
  beforeAll(() => {
    if (!existsSync(distEntry('cml'))) throw new Error('Build dist/cml first');
  });
  const cml = (cwd: string, ...args: string[]) =>
    spawnSync(node24(), [distEntry('cml'), ...args], { cwd, env: cleanEnv(), encoding: 'utf8' });

  it("a malformed file on one side: its keys show as absent, DVC's line on stderr", () => {
    // tests/func/metrics/test_diff.py test_metrics_diff_broken_json; dvc/commands/metrics.py.
    const repo = newRepo();
    repo.write({ 'm.json': '{"a": {"b": {"c": 1, "d": 1, "e": "3"}}}', 'n.json': '{"x": 1}' });
    repo.commit('base');
    repo.write({
      'm.json': '{"a": {"b": {"c": 1, "d": 1, "e": "3"}}}ma\nlformed\n',
      'n.json': '{"x": 2}',
    });
    const r = cml(repo.dir, 'metrics', 'diff', '--targets', 'm.json', 'n.json', '--json');
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      'm.json': {
        'a.b.c': { old: 1, new: null },
        'a.b.d': { old: 1, new: null },
        'a.b.e': { old: '3', new: null },
      },
      'n.json': { x: { old: 1, new: 2, diff: 1 } },
    });
    expect(r.stderr).toContain(
      "DVC failed to load some metrics for following revisions: 'workspace'.",
    );
    expect(r.stderr).toMatch(/m\.json:1:\d+: invalid JSON/);
    // A gate on the unreadable file cannot be checked: it fails (exit 1), the table still prints.
    const gated = cml(repo.dir, 'metrics', 'diff', '--targets', 'm.json', '--rule', 'a.b.c >= 1');
    expect(gated.status).toBe(1);
    expect(gated.stdout).toContain('a.b.c');
    expect(gated.stderr).toContain('m.json could not be read at workspace');
  });

  it('a target missing on both sides, and no metrics declared at all', () => {
    const repo = newRepo();
    repo.write({ 'n.json': '{"x": 1}' });
    repo.commit('base');
    repo.write({ 'n.json': '{"x": 2}' });
    const r = cml(repo.dir, 'metrics', 'diff', '--targets', 'nope.json', 'n.json');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe(
      'Path    Metric    HEAD    workspace    Change\nn.json  x         1       2            1\n',
    );
    expect(r.stderr).toContain(
      "DVC failed to load some metrics for following revisions: 'HEAD, workspace'.",
    );
    expect(r.stderr).toContain('nope.json exists neither at HEAD nor at workspace');
    // No dvc.yaml and no targets: DVC's diff is empty; the plain table prints nothing.
    const none = cml(repo.dir, 'metrics', 'diff');
    expect(none.status, none.stderr).toBe(0);
    expect(none.stdout).toBe('');
    expect(none.stderr).toMatch(/No metrics files to compare/);
    // A gate still fails when its metric is nowhere.
    expect(cml(repo.dir, 'metrics', 'diff', '--rule', 'acc >= 0.5').status).toBe(1);
  });
});

describe('what DVC reads without targets', () => {
  it('dvc.yaml in a subfolder: paths relative to it (test_diff.py test_diff_top_level_metrics)', async () => {
    const repo = newRepo();
    repo.write({
      'dir/dvc.yaml': 'metrics: [my_metrics.yaml, ../top.yaml]\n',
      'dir/my_metrics.yaml': 'foo: 3\n',
      'top.yaml': 'bar: 1\n',
    });
    repo.commit('base');
    repo.write({ 'dir/my_metrics.yaml': 'foo: 5\n', 'top.yaml': 'bar: 2\n' });
    const outcome = await diff(repo.dir, { base: 'main' }).run;
    expect(JSON.parse(metricsJson(outcome, false))).toEqual({
      'dir/my_metrics.yaml': { foo: { old: 3, new: 5, diff: 2 } },
      'top.yaml': { bar: { old: 1, new: 2, diff: 1 } },
    });
  });

  it('a directory target is every file below it (show.py try_expand_paths), on both sides', async () => {
    const repo = newRepo();
    repo.write({
      'eval/a.json': '{"x": 1}',
      'eval/sub/b.yaml': 'y: 1\n',
      'dvc.yaml': 'metrics: [eval]\n',
    });
    repo.commit('base');
    repo.write({
      'eval/a.json': '{"x": 2}',
      'eval/sub/b.yaml': 'y: 2\n',
      'eval/c.json': '{"z": 1}',
    });
    for (const request of [{}, { targets: ['eval'] }]) {
      const outcome = await diff(repo.dir, { base: 'main', ...request }).run;
      expect(JSON.parse(metricsJson(outcome, false))).toEqual({
        'eval/a.json': { x: { old: 1, new: 2, diff: 1 } },
        'eval/c.json': { z: { old: null, new: 1 } },
        'eval/sub/b.yaml': { y: { old: 1, new: 2, diff: 1 } },
      });
    }
  });

  it('all of params.yaml, and the vars keys stages interpolate (params/show.py _collect_vars)', async () => {
    const repo = newRepo();
    const dvc = [
      'vars: [config.yaml]',
      'stages:',
      '  train:',
      '    cmd: python train.py --lr ${model.lr} --seed ${seed}',
      '    params: [epochs]',
    ].join('\n');
    repo.write({
      'dvc.yaml': dvc,
      'params.yaml': 'epochs: 5\nseed: 1\nother: a\n',
      'config.yaml': 'model: {lr: 0.1, depth: 3}\n',
    });
    repo.commit('base');
    repo.write({
      'params.yaml': 'epochs: 6\nseed: 2\nother: b\n',
      'config.yaml': 'model: {lr: 0.2, depth: 4}\n',
    });
    const outcome = await diff(repo.dir, { base: 'main', params: [] }).run;
    expect(JSON.parse(paramsJson(outcome, false))).toEqual({
      'params.yaml': {
        epochs: { old: 5, new: 6, diff: 1 },
        other: { old: 'a', new: 'b' },
        seed: { old: 1, new: 2, diff: 1 },
      },
      'config.yaml': { 'model.lr': { old: 0.1, new: 0.2, diff: 0.1 } },
    });
  });
});
