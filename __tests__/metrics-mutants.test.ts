// Tests written to kill hand-made bugs (mutants) in the metrics core that the other tests let
// through: each `it` names the mutant it kills. The mutation pass and its outcomes are listed
// in the report of issue 11; every test here failed with its mutant applied.
import { describe, expect, it } from 'vitest';
import { readTableMetrics } from '../src/metrics/csv-reader';
import { diffMetrics, visibleRows } from '../src/metrics/diff';
import { directionsFrom, evaluateGates } from '../src/metrics/gate';
import { readJsonMetrics } from '../src/metrics/json-reader';
import { REPORT_ROWS } from '../src/metrics/limits';
import { formatValue, pythonFloat, roundTo } from '../src/metrics/python-format';
import { BETTER, dvcJson, renderDiffTable, WORSE } from '../src/metrics/render';
import { parseRule } from '../src/metrics/rules';
import { reportMarkdown, type MetricsDiffOutcome } from '../src/metrics/run-diff';
import { renderTable } from '../src/metrics/table';
import { readTomlMetrics } from '../src/metrics/toml-reader';
import { readYamlMetrics } from '../src/metrics/yaml-reader';
import type { DiffResult, FlatMetrics } from '../src/metrics/types';

const labels = { old: 'main', new: 'workspace' };

function flat(values: Record<string, number | string | boolean | null>): FlatMetrics {
  return new Map(
    Object.entries(values).map(([k, value]) => [
      k,
      typeof value === 'number' && !Number.isInteger(value) ? { value, float: true } : { value },
    ]),
  );
}

function compare(
  old: Record<string, number | string | boolean | null>,
  next: Record<string, number | string | boolean | null>,
): DiffResult {
  return diffMetrics([{ path: 'm.json', old: flat(old), new: flat(next) }]);
}

function passes(rule: string, old: Record<string, number>, next: Record<string, number>): boolean {
  return evaluateGates([parseRule(rule, 'test')], compare(old, next), labels).passed;
}

describe('thresholds at their boundary (mutant: `>` read as `>=`, `<` as `<=`, `==` as `!=`)', () => {
  const cases: [string, boolean][] = [
    ['acc > 0.9', false],
    ['acc >= 0.9', true],
    ['acc < 0.9', false],
    ['acc <= 0.9', true],
    ['acc == 0.9', true],
    ['acc != 0.9', false],
    ['acc > 0.89', true],
    ['acc < 0.91', true],
  ];
  for (const [rule, expected] of cases) {
    it(`${rule} on acc = 0.9: ${expected ? 'passes' : 'fails'}`, () => {
      expect(passes(rule, { acc: 0.5 }, { acc: 0.9 })).toBe(expected);
    });
  }
  it('the parsed operator is the one written', () => {
    for (const op of ['>=', '>', '<=', '<', '==', '!=']) {
      expect(parseRule(`acc ${op} 1`, 't')).toMatchObject({ kind: 'threshold', op, value: 1 });
    }
  });
});

describe('change rules (mutants: verbs swapped, percent of a negative base, tolerance off by sign)', () => {
  it('"may not fall", "drop" and "decrease" forbid a fall; "rise", "increase" and "grow" a rise', () => {
    for (const verb of ['fall', 'drop', 'decrease']) {
      expect(parseRule(`acc may not ${verb}`, 't')).toMatchObject({ forbid: 'drop' });
      expect(passes(`acc may not ${verb}`, { acc: 0.9 }, { acc: 0.8 })).toBe(false);
      expect(passes(`acc may not ${verb}`, { acc: 0.8 }, { acc: 0.9 })).toBe(true);
    }
    for (const verb of ['rise', 'increase', 'grow']) {
      expect(parseRule(`loss may not ${verb}`, 't')).toMatchObject({ forbid: 'rise' });
      expect(passes(`loss may not ${verb}`, { loss: 0.8 }, { loss: 0.9 })).toBe(false);
      expect(passes(`loss may not ${verb}`, { loss: 0.9 }, { loss: 0.8 })).toBe(true);
    }
  });

  it('a percent tolerance is a share of the base size, also when the base is negative', () => {
    // -10 → -10.1 drops by 0.1, 1 % of |−10|: within 2 %, not within 0.5 %.
    expect(passes('score may not drop by more than 2%', { score: -10 }, { score: -10.1 })).toBe(
      true,
    );
    expect(passes('score may not drop by more than 0.5%', { score: -10 }, { score: -10.1 })).toBe(
      false,
    );
    expect(passes('score may not rise by more than 2%', { score: -10 }, { score: -9.9 })).toBe(
      true,
    );
    expect(passes('score may not rise by more than 0.5%', { score: -10 }, { score: -9.9 })).toBe(
      false,
    );
  });

  it('an absolute tolerance: up to it passes, beyond it fails, on both verbs', () => {
    expect(passes('loss may not rise by more than 0.1', { loss: 1 }, { loss: 1.1 })).toBe(true);
    expect(passes('loss may not rise by more than 0.1', { loss: 1 }, { loss: 1.2 })).toBe(false);
    expect(passes('acc may not drop by more than 0.1', { acc: 1 }, { acc: 0.9 })).toBe(true);
    expect(passes('acc may not drop by more than 0.1', { acc: 1 }, { acc: 0.8 })).toBe(false);
    // A negative tolerance is read as its size.
    expect(parseRule('acc may not drop by more than -0.1', 't')).toMatchObject({ tolerance: 0.1 });
  });

  it('a tolerance is read with its unit', () => {
    expect(parseRule('a may not drop by more than 2%', 't')).toMatchObject({
      tolerance: 2,
      percent: true,
    });
    expect(parseRule('a may not drop by more than 2 percent', 't')).toMatchObject({
      percent: true,
    });
    expect(parseRule('a may not drop by more than 2', 't')).toMatchObject({ percent: false });
  });

  it('a metric the base lacks passes a change rule; one missing now fails it', () => {
    expect(passes('acc may not drop', {}, { acc: 0.1 })).toBe(true);
    expect(passes('acc may not drop', { acc: 0.1 }, {})).toBe(false);
  });

  it('the failure message gives the movement and the share of the base', () => {
    const r = evaluateGates(
      [parseRule('loss may not rise by more than 1%', 't')],
      compare({ loss: 2 }, { loss: 2.5 }),
      labels,
    ).results[0]!;
    expect(r.detail).toBe(
      'm.json: loss rose by 0.5 (25.0 %): 2 → 2.5; the rule allows at most 1 %',
    );
  });
});

describe('rule targets (mutant: `./file:metric` loses its file, direction markers lost)', () => {
  it('`./m.json:acc` names m.json for the gate and for the table markers', () => {
    const rule = parseRule('./m.json:acc >= 0.5', 't');
    expect(rule).toMatchObject({ file: 'm.json', metric: 'acc' });
    const result = compare({ acc: 0.4 }, { acc: 0.6 });
    expect(evaluateGates([rule], result, labels).passed).toBe(true);
    const table = renderDiffTable(result, {
      kind: 'metrics',
      oldLabel: 'main',
      newLabel: 'workspace',
      markdown: true,
      noPath: false,
      precision: 5,
      directionOf: directionsFrom([rule]),
    });
    expect(table).toContain(`0.2 ${BETTER}`);
  });

  it('a rule on another file sees no metric and fails', () => {
    expect(passes('other.json:acc >= 0.5', {}, { acc: 0.6 })).toBe(false);
  });

  it('markers: better and worse by direction, none without one or without a change', () => {
    const result = compare(
      { acc: 0.5, loss: 0.5, x: 1, same: 1 },
      { acc: 0.4, loss: 0.4, x: 2, same: 1 },
    );
    const table = renderDiffTable(result, {
      kind: 'metrics',
      oldLabel: 'main',
      newLabel: 'workspace',
      markdown: false,
      noPath: true,
      precision: 5,
      directionOf: directionsFrom([
        parseRule('acc higher is better', 't'),
        parseRule('loss may not rise', 't'),
        parseRule('same >= 0', 't'),
      ]),
    });
    const line = (key: string) => table.split('\n').find((l) => l.startsWith(`${key} `))!;
    expect(line('acc')).toContain(WORSE);
    expect(line('loss')).toContain(BETTER);
    expect(line('x')).not.toMatch(new RegExp(`${BETTER}|${WORSE}`));
    expect(line('same')).not.toMatch(new RegExp(`${BETTER}|${WORSE}`));
  });

  it('a declared direction wins over an implied one', () => {
    const of = directionsFrom([parseRule('acc <= 2', 't'), parseRule('acc higher is better', 't')]);
    expect(of('m.json', 'acc')).toBe('higher');
    expect(directionsFrom([parseRule('acc <= 2', 't')])('m.json', 'acc')).toBe('lower');
    expect(directionsFrom([parseRule('acc == 2', 't')])('m.json', 'acc')).toBeUndefined();
  });
});

describe('gates on files that could not be read (mutant: a broken base ignored by change rules)', () => {
  const result = compare({}, { acc: 0.9 });
  it('a change rule needs the base: a base that could not be read fails it', () => {
    const unreadable = new Map([['m.json', { old: 'm.json (at main):1:1: invalid JSON' }]]);
    const gate = evaluateGates([parseRule('acc may not drop', 't')], result, labels, unreadable);
    expect(gate.passed).toBe(false);
    expect(gate.results[0]!.detail).toMatch(/^m\.json could not be read at main/);
  });
  it('a threshold needs only the new side: it is checked as usual', () => {
    const unreadable = new Map([['m.json', { old: 'broken' }]]);
    expect(evaluateGates([parseRule('acc >= 0.5', 't')], result, labels, unreadable).passed).toBe(
      true,
    );
    const broken = new Map([['m.json', { new: 'broken' }]]);
    expect(evaluateGates([parseRule('acc >= 0.5', 't')], result, labels, broken).passed).toBe(
      false,
    );
  });
  it('a rule limited to another file is not blocked', () => {
    const unreadable = new Map([['other.json', { new: 'broken' }]]);
    expect(
      evaluateGates([parseRule('m.json:acc >= 0.5', 't')], result, labels, unreadable).passed,
    ).toBe(true);
  });
});

describe('metric patterns (mutant: `.` in a pattern matches any character)', () => {
  it('`*` matches any text, every other character only itself', () => {
    const result = compare({}, { 'a.b': 1, aXb: 1, 'train.loss': 1, 'val.loss': 1 });
    const found = (metric: string) =>
      evaluateGates([parseRule(`${metric} >= 0`, 't')], result, labels).results.map(
        (r) => r.detail.split(' = ')[0],
      );
    expect(found('a.b')).toEqual(['m.json: a.b']);
    expect(found('a.*')).toEqual(['m.json: a.b']);
    expect(found('*.loss')).toEqual(['m.json: train.loss', 'm.json: val.loss']);
  });
});

describe('exact integers against floats (mutants: doubles for big ints, epsilon on exact movements)', () => {
  const big = (n: bigint): FlatMetrics => new Map([['n', { value: n }]]);
  it('2^53 + 1 against thresholds just around it', () => {
    const result = diffMetrics([{ path: 'm.json', old: big(1n), new: big(2n ** 53n + 1n) }]);
    const check = (rule: string) => evaluateGates([parseRule(rule, 't')], result, labels).passed;
    // Written with a fraction, the threshold is a double: 9007199254740992 (no fractions there).
    expect(check('n > 9007199254740992.5')).toBe(true);
    expect(check('n >= 9007199254740994.0')).toBe(false);
    expect(check('n < 9007199254740994')).toBe(true);
    expect(check('n == 9007199254740993')).toBe(true);
    expect(check('n != 9007199254740992')).toBe(true);
  });
  it('a tolerance is compared with the exact movement, not its double', () => {
    // 2^53 + 1 rounds to 2^53 as a double, which the tolerance allows.
    const result = diffMetrics([{ path: 'm.json', old: big(0n), new: big(2n ** 53n + 1n) }]);
    const rule = (t: string) => parseRule(`n may not rise by more than ${t}`, 't');
    expect(evaluateGates([rule('9007199254740992')], result, labels).passed).toBe(false);
    expect(evaluateGates([rule('9007199254740994')], result, labels).passed).toBe(true);
  });
  it('a rise of 1 on 2^60 is caught by "may not rise" and shown as 1', () => {
    const result = diffMetrics([{ path: 'm.json', old: big(2n ** 60n), new: big(2n ** 60n + 1n) }]);
    expect(result.get('m.json')![0]!.diff).toBe(1);
    const gate = evaluateGates([parseRule('n may not rise', 't')], result, labels);
    expect(gate.passed).toBe(false);
    expect(gate.results[0]!.detail).toContain(
      'rose by 1 (0.0 %): 1152921504606846976 → 1152921504606846977',
    );
  });
});

describe('tables keep their rows (mutant: a table cut right after its header row)', () => {
  it('a Markdown and a plain table hold every row after the header', () => {
    const rows = [
      ['a', '1'],
      ['b', '2'],
      ['c', '3'],
    ];
    const md = renderTable(['Metric', 'HEAD'], rows, true).trimEnd().split('\n');
    expect(md).toHaveLength(2 + rows.length);
    expect(md.slice(2).map((l) => l.split('|')[1]!.trim())).toEqual(['a', 'b', 'c']);
    const plain = renderTable(['Metric', 'HEAD'], rows, false).split('\n');
    expect(plain).toHaveLength(1 + rows.length);
  });

  function outcome(rows: number): MetricsDiffOutcome {
    const old: Record<string, number> = {};
    const next: Record<string, number> = {};
    for (let i = 0; i < rows; i++) {
      old[`k${String(i).padStart(5, '0')}`] = i;
      next[`k${String(i).padStart(5, '0')}`] = i + 1;
    }
    return {
      oldSide: { label: 'main', revision: 'main' },
      newSide: { label: 'workspace' },
      metrics: {
        result: compare(old, next),
        files: ['m.json'],
        unreadable: new Map(),
        failedSides: { old: false, new: false },
      },
      gate: { results: [], passed: true },
      directionOf: () => undefined,
      changed: rows > 0,
    };
  }

  for (const rows of [1, 3, REPORT_ROWS, REPORT_ROWS + 7]) {
    it(`a report with ${rows} changed rows shows min(rows, ${REPORT_ROWS}) of them`, () => {
      const md = reportMarkdown(outcome(rows), { all: false, noPath: false, precision: 5 });
      const dataRows = md.split('\n').filter((l) => l.startsWith('| m.json'));
      expect(dataRows).toHaveLength(Math.min(rows, REPORT_ROWS));
      if (rows > REPORT_ROWS) expect(md).toContain(`${rows - REPORT_ROWS} more metrics not shown`);
      else expect(md).not.toContain('more metrics not shown');
    });
  }

  it('unchanged rows are hidden unless --all; a file with none left is hidden', () => {
    const result = diffMetrics([
      { path: 'a.json', old: flat({ x: 1, y: 1 }), new: flat({ x: 1, y: 2 }) },
      { path: 'b.json', old: flat({ z: 1 }), new: flat({ z: 1.0 }) },
    ]);
    expect([...visibleRows(result, false)].map(([p, r]) => [p, r.map((x) => x.key)])).toEqual([
      ['a.json', ['y']],
    ]);
    expect([...visibleRows(result, true).keys()]).toEqual(['a.json', 'b.json']);
  });
});

describe('NaN and infinities are never read as 0 (mutant: NaN read as 0)', () => {
  const readers: [string, string, (t: string, f: string) => FlatMetrics][] = [
    ['m.json', '{"a": NaN, "b": Infinity, "c": -Infinity}', readJsonMetrics],
    ['m.yaml', 'a: .nan\nb: .inf\nc: -.inf\n', readYamlMetrics],
    ['m.toml', 'a = nan\nb = inf\nc = -inf\n', readTomlMetrics],
    ['m.csv', 'a,b,c\nnan,inf,-inf\n', (t, f) => readTableMetrics(t, f, ',', false)],
  ];
  for (const [file, text, read] of readers) {
    it(file, () => {
      const m = read(text, file);
      expect(Number.isNaN(m.get('a')!.value)).toBe(true);
      expect(m.get('b')!.value).toBe(Infinity);
      expect(m.get('c')!.value).toBe(-Infinity);
    });
  }

  it('NaN prints as DVC prints it, differs from itself, and fails a gate', () => {
    const result = diffMetrics([
      { path: 'm.json', old: flat({ a: 0 }), new: new Map([['a', { value: NaN, float: true }]]) },
    ]);
    expect(dvcJson(result)).toBe('{"m.json": {"a": {"old": 0, "new": NaN, "diff": NaN}}}');
    expect(result.get('m.json')![0]!.unchanged).toBe(false);
    expect(evaluateGates([parseRule('a >= 0', 't')], result, labels).passed).toBe(false);
    expect(formatValue(NaN, true, 5)).toBe('nan');
  });
});

describe('diff arithmetic and Python formatting (mutation pass)', () => {
  it('diff is new − old, with the sign of the change', () => {
    const rows = compare({ a: 1, b: 5 }, { a: 3, b: 2 }).get('m.json')!;
    expect(rows.map((r) => r.diff)).toEqual([2, -3]);
  });

  it('booleans count as numbers, text never does', () => {
    const rows = compare({ f: false, s: 'a', n: 1 }, { f: true, s: 'b', n: 's' }).get('m.json')!;
    expect(rows.find((r) => r.key === 'f')!.diff).toBe(1);
    expect(rows.find((r) => r.key === 's')!.diff).toBeUndefined();
    expect(rows.find((r) => r.key === 'n')!.diff).toBeUndefined();
    expect(rows.find((r) => r.key === 'n')!.unchanged).toBe(false);
  });

  it('1 and 1.0 are equal (Python ==), 1 and True too, "1" and 1 are not', () => {
    const rows = compare({ a: 1, b: 1, c: '1' }, { a: 1.0, b: true, c: 1 }).get('m.json')!;
    expect(rows.map((r) => r.unchanged)).toEqual([true, true, false]);
  });

  it('rows come sorted by key, files in their given order', () => {
    const result = diffMetrics([
      { path: 'z.json', old: flat({ b: 1, a: 1 }), new: flat({ c: 1 }) },
      { path: 'a.json', old: flat({ y: 1 }), new: flat({ y: 2 }) },
    ]);
    expect([...result.keys()]).toEqual(['z.json', 'a.json']);
    expect(result.get('z.json')!.map((r) => r.key)).toEqual(['a', 'b', 'c']);
  });

  it("Python's repr of floats: exponent outside 1e-4 ≤ |x| < 1e16", () => {
    expect(pythonFloat(0.0001)).toBe('0.0001');
    expect(pythonFloat(0.00001)).toBe('1e-05');
    expect(pythonFloat(1e16)).toBe('1e+16');
    expect(pythonFloat(1e15)).toBe('1000000000000000.0');
    expect(pythonFloat(-2.5)).toBe('-2.5');
    expect(pythonFloat(123.456)).toBe('123.456');
  });

  it('round(x, n) rounds, and only floats are rounded', () => {
    expect(roundTo(1.23456789, 3)).toBe(1.235);
    expect(roundTo(-1.23456789, 3)).toBe(-1.235);
    expect(formatValue(1.23456789, true, 2)).toBe('1.23');
    expect(formatValue(123456, false, 2)).toBe('123456');
    expect(formatValue(true, undefined, 2)).toBe('True');
    expect(formatValue(undefined, undefined, 2)).toBe('-');
  });
});
