import { describe, expect, it } from 'vitest';
import { readJsonMetrics } from '../src/metrics/json-reader';
import { readYamlMetrics } from '../src/metrics/yaml-reader';
import { readTableMetrics } from '../src/metrics/csv-reader';
import { parseMetrics } from '../src/metrics/read-metrics';
import { formatValue, pythonFloat } from '../src/metrics/python-format';
import { diffMetrics, visibleRows } from '../src/metrics/diff';
import { dvcJson, renderDiffTable } from '../src/metrics/render';
import { parseDvcYaml } from '../src/metrics/dvc-yaml';
import type { FlatMetrics } from '../src/metrics/types';

const values = (m: FlatMetrics) => Object.fromEntries([...m].map(([k, e]) => [k, e.value]));

describe('JSON reader', () => {
  it('flattens nested keys with dots and indexes list items, keeping file order', () => {
    const m = readJsonMetrics(
      '{"b": 1, "a": {"x": [0.5, {"y": "text"}], "2": true, "1": null}, "e": {}, "l": []}',
      'm.json',
    );
    expect([...m.keys()]).toEqual(['b', 'a.x.0', 'a.x.1.y', 'a.2', 'a.1', 'e', 'l']);
    expect(values(m)).toEqual({
      b: 1,
      'a.x.0': 0.5,
      'a.x.1.y': 'text',
      'a.2': true,
      'a.1': null,
      e: '{}',
      l: '[]',
    });
  });

  it('remembers which numbers were written as floats and the line of each key', () => {
    const m = readJsonMetrics(
      '{\n  "i": 1,\n  "f": 1.0,\n  "e": 2e3,\n  "s": "a\\"b\\u00e9"\n}',
      'm.json',
    );
    expect(m.get('i')).toEqual({ value: 1, line: 2 });
    expect(m.get('f')).toEqual({ value: 1, float: true, line: 3 });
    expect(m.get('e')).toEqual({ value: 2000, float: true, line: 4 });
    expect(m.get('s')?.value).toBe('a"bé');
  });

  it('reads the NaN and Infinity that Python writes, and lets a repeated key win', () => {
    const m = readJsonMetrics('{"a": NaN, "b": -Infinity, "a": 2}', 'm.json');
    expect(Number.isNaN(m.get('b')?.value as number)).toBe(false);
    expect(m.get('b')?.value).toBe(-Infinity);
    expect(m.get('a')?.value).toBe(2);
  });

  it('names the file, line and column of a syntax error', () => {
    expect(() => readJsonMetrics('{\n  "a": 1,\n  "b": 2,,\n}', 'eval/metrics.json')).toThrow(
      /^eval\/metrics\.json:3:10: invalid JSON: expected a "key", found ","/,
    );
    expect(() => readJsonMetrics('{"a": [1, 2}', 'm.json')).toThrow(
      /m\.json:1:12: .*expected ',' or '\]'/,
    );
    expect(() => readJsonMetrics('{"a": 1', 'm.json')).toThrow(/found end of file/);
  });
});

describe('YAML reader', () => {
  it('flattens nested mappings and sequences with lines and float-ness', () => {
    const m = readYamlMetrics(
      'train:\n  loss: 0.25\n  epochs: 10\n  tags: [a, b]\nscore: 1.0\n',
      'm.yaml',
    );
    expect(values(m)).toEqual({
      'train.loss': 0.25,
      'train.epochs': 10,
      'train.tags.0': 'a',
      'train.tags.1': 'b',
      score: 1,
    });
    expect(m.get('train.epochs')).toEqual({ value: 10, line: 3 });
    expect(m.get('score')).toEqual({ value: 1, float: true, line: 5 });
  });

  it('names the file and line of a syntax error', () => {
    expect(() => readYamlMetrics('a: 1\nb: [1, 2\nc: 3\n', 'params.yaml')).toThrow(
      /^params\.yaml:\d+:\d+: invalid YAML/,
    );
  });
});

describe('CSV and TSV reader', () => {
  const csv = 'epoch,loss,acc\n1,0.5,0.7\n2,0.4,0.8\n3,0.3,0.85\n';

  it('takes the last row by default, numbers as numbers, with its line', () => {
    const m = readTableMetrics(csv, 'log.csv', ',', false);
    expect(values(m)).toEqual({ epoch: 3, loss: 0.3, acc: 0.85 });
    expect(m.get('acc')?.line).toBe(4);
  });

  it('takes every row with allRows, indexed like a list', () => {
    const m = readTableMetrics(csv, 'log.csv', ',', true);
    expect(m.size).toBe(9);
    expect(m.get('0.loss')?.value).toBe(0.5);
    expect(m.get('2.acc')).toEqual({ value: 0.85, float: true, line: 4 });
  });

  it('reads TSV and keeps text cells as text', () => {
    const m = parseMetrics('name\tscore\nbaseline\t0.5\n', 'r.tsv', { allRows: false });
    expect(values(m)).toEqual({ name: 'baseline', score: 0.5 });
  });

  it('names the file and line of a malformed row', () => {
    expect(() => readTableMetrics('a,b\n1,2\n3\n', 'log.csv', ',', false)).toThrow(
      /^log\.csv:3: invalid CSV/,
    );
  });
});

describe('values printed as DVC prints them (Python str)', () => {
  it('follows Python float repr', () => {
    expect(pythonFloat(1)).toBe('1.0');
    expect(pythonFloat(0.1)).toBe('0.1');
    expect(pythonFloat(0.0001)).toBe('0.0001');
    expect(pythonFloat(0.00001)).toBe('1e-05');
    expect(pythonFloat(1e16)).toBe('1e+16');
    expect(pythonFloat(123456789012345.6)).toBe('123456789012345.6');
    expect(pythonFloat(-2.5e-7)).toBe('-2.5e-07');
    expect(pythonFloat(NaN)).toBe('nan');
    expect(pythonFloat(-Infinity)).toBe('-inf');
  });

  it('rounds floats to the precision, leaves ints, and shows booleans and missing values', () => {
    expect(formatValue(0.123456789, true, 5)).toBe('0.12346');
    expect(formatValue(0.04999999999999993, true, 5)).toBe('0.05');
    expect(formatValue(2, false, 5)).toBe('2');
    expect(formatValue(2, true, 5)).toBe('2.0');
    expect(formatValue(0.123456789, true, 2)).toBe('0.12');
    expect(formatValue(true, false, 5)).toBe('True');
    expect(formatValue(null, false, 5)).toBe('-');
    expect(formatValue('text', false, 5)).toBe('text');
  });
});

describe('diff and table (DVC semantics)', () => {
  const old = readJsonMetrics(
    '{"acc": 0.8, "loss": 0.5, "name": "a", "gone": 1, "same": 2}',
    'm.json',
  );
  const next = readJsonMetrics(
    '{"acc": 0.85, "loss": 0.5, "name": "b", "added": 3.0, "same": 2}',
    'm.json',
  );
  const result = diffMetrics([{ path: 'm.json', old, new: next }]);

  it('renders tabulate github tables: sorted keys, changes only, - for missing', () => {
    const table = renderDiffTable(visibleRows(result, false), {
      kind: 'metrics',
      oldLabel: 'main',
      newLabel: 'workspace',
      markdown: true,
      noPath: false,
      precision: 5,
    });
    expect(table).toBe(
      [
        '| Path   | Metric   | main   | workspace   | Change   |',
        '|--------|----------|--------|-------------|----------|',
        '| m.json | acc      | 0.8    | 0.85        | 0.05     |',
        '| m.json | added    | -      | 3.0         | -        |',
        '| m.json | gone     | 1      | -           | -        |',
        '| m.json | name     | a      | b           | -        |',
        '',
      ].join('\n'),
    );
  });

  it('shows unchanged rows with --all, drops Path with --no-path, and renders plain tables', () => {
    const table = renderDiffTable(visibleRows(result, true), {
      kind: 'metrics',
      oldLabel: 'HEAD',
      newLabel: 'workspace',
      markdown: false,
      noPath: true,
      precision: 5,
    });
    expect(table.split('\n')).toEqual([
      'Metric    HEAD    workspace    Change',
      'acc       0.8     0.85         0.05',
      'added     -       3.0          -',
      'gone      1       -            -',
      'loss      0.5     0.5          0.0',
      'name      a       b            -',
      'same      2       2            0',
    ]);
  });

  it('params tables have a Param column and no Change column', () => {
    const table = renderDiffTable(visibleRows(result, false), {
      kind: 'params',
      oldLabel: 'HEAD',
      newLabel: 'workspace',
      markdown: true,
      noPath: false,
    });
    expect(table.split('\n')[0]).toBe('| Path   | Param   | HEAD   | workspace   |');
  });

  it('marks better and worse changes when a direction is known', () => {
    const table = renderDiffTable(visibleRows(result, false), {
      kind: 'metrics',
      oldLabel: 'HEAD',
      newLabel: 'workspace',
      markdown: true,
      noPath: true,
      precision: 5,
      directionOf: (_p, key) => (key === 'acc' ? 'lower' : undefined),
    });
    expect(table).toContain('| acc      | 0.8    | 0.85        | 0.05 🔴  |');
  });

  it('writes DVC JSON as Python writes it: old/new/diff, null for a missing side, diff only for numbers', () => {
    expect(dvcJson(visibleRows(result, false))).toBe(
      '{"m.json": {"acc": {"old": 0.8, "new": 0.85, "diff": 0.04999999999999993}, ' +
        '"added": {"old": null, "new": 3.0}, "gone": {"old": 1, "new": null}, ' +
        '"name": {"old": "a", "new": "b"}}}',
    );
    const all = JSON.parse(dvcJson(visibleRows(result, true)));
    expect(all['m.json'].same).toEqual({ old: 2, new: 2, diff: 0 });
  });
});

describe('dvc.yaml discovery', () => {
  it('collects top-level and per-stage metrics and params, with default params.yaml keys', () => {
    const declared = parseDvcYaml(
      [
        'metrics:',
        '  - summary.json',
        'params:',
        '  - extra.yaml',
        'stages:',
        '  train:',
        '    cmd: python train.py',
        '    params:',
        '      - lr',
        '      - train.epochs',
        '      - custom.yaml: [seed]',
        '      - whole.yaml:',
        '    metrics:',
        '      - eval/metrics.json:',
        '          cache: false',
        '  report:',
        '    wdir: sub',
        '    cmd: make',
        '    metrics: [scores.yaml]',
        '    params: [depth]',
      ].join('\n'),
    );
    expect(declared.metrics).toEqual([
      { path: 'summary.json' },
      { path: 'eval/metrics.json' },
      { path: 'sub/scores.yaml' },
    ]);
    expect(declared.params).toEqual([
      { path: 'extra.yaml' },
      { path: 'params.yaml', keys: ['lr', 'train.epochs'] },
      { path: 'custom.yaml', keys: ['seed'] },
      { path: 'whole.yaml' },
      { path: 'sub/params.yaml', keys: ['depth'] },
    ]);
  });

  it('names dvc.yaml and the line of a YAML error', () => {
    expect(() => parseDvcYaml('stages:\n  train: [\n', 'dvc.yaml')).toThrow(
      /^dvc\.yaml:\d+:\d+: invalid YAML/,
    );
  });
});

describe('TOML reader (params.toml, as DVC reads it)', () => {
  const text = [
    '# training params',
    'seed = 42',
    'lr = 1.0',
    '',
    '[train]',
    'epochs = 10',
    'layers = [64, 32]',
    '"drop out" = 0.25',
    'optimizer.name = "adam"',
    '',
    '[[models]]',
    'name = "small"',
    'enabled = true',
    'created = 2024-05-01',
  ].join('\n');

  it('flattens tables with dots and indexes arrays, keeping float-ness and lines', () => {
    const m = parseMetrics(text, 'params.toml', { allRows: false });
    expect(values(m)).toEqual({
      seed: 42,
      lr: 1,
      'train.epochs': 10,
      'train.layers.0': 64,
      'train.layers.1': 32,
      'train.drop out': 0.25,
      'train.optimizer.name': 'adam',
      'models.0.name': 'small',
      'models.0.enabled': true,
      'models.0.created': '2024-05-01',
    });
    expect(m.get('seed')).toEqual({ value: 42, line: 2 });
    // 1.0 is a float in TOML: DVC prints it as 1.0, not 1.
    expect(m.get('lr')).toEqual({ value: 1, float: true, line: 3 });
    expect(formatValue(m.get('lr')!.value, m.get('lr')!.float, undefined)).toBe('1.0');
    expect(m.get('train.epochs')?.line).toBe(6);
    expect(m.get('train.drop out')?.line).toBe(8);
    expect(m.get('train.optimizer.name')?.line).toBe(9);
    expect(m.get('models.0.name')?.line).toBe(11);
  });

  it('diffs TOML params like the other formats', () => {
    const old = parseMetrics('[train]\nlr = 0.1\nepochs = 10\n', 'p.toml', { allRows: false });
    const next = parseMetrics('[train]\nlr = 0.01\nepochs = 10\n', 'p.toml', { allRows: false });
    const rows = visibleRows(diffMetrics([{ path: 'p.toml', old, new: next }]), false);
    expect(rows.get('p.toml')?.map((r) => [r.key, r.old?.value, r.new?.value])).toEqual([
      ['train.lr', 0.1, 0.01],
    ]);
  });

  it('names the file, line and column of a syntax error', () => {
    expect(() => parseMetrics('a = 1\nb = = 2\n', 'params.toml', { allRows: false })).toThrow(
      /^params\.toml:2:\d+: invalid TOML: /,
    );
  });
});
