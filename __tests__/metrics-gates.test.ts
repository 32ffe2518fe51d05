import { describe, expect, it } from 'vitest';
import { parseRule, parseRuleLines, parseRulesFile } from '../src/metrics/rules';
import { directionsFrom, evaluateGates } from '../src/metrics/gate';
import { diffMetrics } from '../src/metrics/diff';
import { readJsonMetrics } from '../src/metrics/json-reader';

const labels = { old: 'main', new: 'workspace' };
const result = diffMetrics([
  {
    path: 'metrics.json',
    old: readJsonMetrics('{"accuracy": 0.9, "loss": 0.2, "f1": 0.8, "name": "a"}', 'metrics.json'),
    new: readJsonMetrics(
      '{\n"accuracy": 0.93,\n"loss": 0.203,\n"f1": 0.79,\n"name": "b",\n"fresh": 1}',
      'metrics.json',
    ),
  },
]);
const gate = (lines: string) =>
  evaluateGates(parseRuleLines(lines, "input 'rules'"), result, labels);

describe('rule syntax', () => {
  it('reads thresholds, change limits and directions', () => {
    expect(parseRule('accuracy >= 0.9', 'x')).toMatchObject({
      kind: 'threshold',
      metric: 'accuracy',
      op: '>=',
      value: 0.9,
    });
    expect(parseRule('eval/m.json:acc<1e-1', 'x')).toMatchObject({
      file: 'eval/m.json',
      metric: 'acc',
      op: '<',
      value: 0.1,
    });
    expect(parseRule('loss may not rise by more than 2 %', 'x')).toMatchObject({
      kind: 'change',
      forbid: 'rise',
      tolerance: 2,
      percent: true,
    });
    expect(parseRule('f1 may not drop', 'x')).toMatchObject({
      kind: 'change',
      forbid: 'drop',
      tolerance: 0,
      percent: false,
    });
    expect(parseRule('f1 must not decrease by more than 0.01', 'x')).toMatchObject({
      forbid: 'drop',
      tolerance: 0.01,
      percent: false,
    });
    expect(parseRule('loss lower is better', 'x')).toMatchObject({
      kind: 'direction',
      direction: 'lower',
    });
  });

  it('skips comments and blank lines, and names the input and line of a rule it cannot read', () => {
    expect(parseRuleLines('# gates\n\naccuracy >= 0.9  # floor\n', "input 'rules'")).toHaveLength(
      1,
    );
    expect(() => parseRuleLines('accuracy >= 0.9\naccuracy is great', "input 'rules'")).toThrow(
      /^input 'rules', line 2: cannot read the rule 'accuracy is great'\. Expected '<metric> >= <number>'/,
    );
  });

  it('reads a YAML rules file with rule lines and per-metric settings', () => {
    const rules = parseRulesFile(
      'rules:\n  - accuracy >= 0.9\nmetrics:\n  loss:\n    direction: lower\n    max-rise: 2%\n  f1:\n    max-drop: 0\n',
      'gates.yaml',
    );
    expect(rules.map((r) => r.text)).toEqual([
      'accuracy >= 0.9',
      'loss lower is better',
      'loss may not rise by more than 2%',
      'f1 may not drop',
    ]);
    expect(rules[0]?.origin).toBe('gates.yaml:2');
  });

  it('names the rules file and line of a mistake', () => {
    expect(() => parseRulesFile('metrics:\n  loss:\n    max-climb: 2\n', 'gates.yaml')).toThrow(
      /^gates\.yaml:2: unknown setting 'max-climb' for loss/,
    );
    expect(() => parseRulesFile('gates:\n  - a > 1\n', 'gates.yaml')).toThrow(
      /^gates\.yaml:1: unknown key 'gates'/,
    );
    expect(() => parseRulesFile('metrics:\n  loss:\n    min: low\n', 'gates.yaml')).toThrow(
      /loss\.min must be a number, got 'low'/,
    );
  });
});

describe('quality gates', () => {
  it('passes rules that hold, with what was found', () => {
    const report = gate('accuracy >= 0.9\nloss may not rise by more than 2%\nfresh may not drop');
    expect(report.passed).toBe(true);
    expect(report.results.map((r) => r.detail)).toEqual([
      'metrics.json: accuracy = 0.93',
      'metrics.json: loss rose by 0.003 (1.5 %): 0.2 → 0.203',
      'metrics.json: fresh is new (no number at main to compare with)',
    ]);
  });

  it('fails a violated rule with the reason and the metric line', () => {
    const report = gate(
      'accuracy >= 0.95\nloss may not rise by more than 1%\nf1 may not drop\nloss <= 0.3',
    );
    expect(report.passed).toBe(false);
    const failed = report.results.filter((r) => !r.passed);
    expect(failed.map((r) => [r.rule.text, r.detail, r.line])).toEqual([
      ['accuracy >= 0.95', 'metrics.json: accuracy = 0.93, but the rule requires >= 0.95', 2],
      [
        'loss may not rise by more than 1%',
        'metrics.json: loss rose by 0.003 (1.5 %): 0.2 → 0.203; the rule allows at most 1 %',
        3,
      ],
      [
        'f1 may not drop',
        'metrics.json: f1 dropped by 0.01 (1.25 %): 0.8 → 0.79; the rule allows none',
        4,
      ],
    ]);
  });

  it('fails a rule on a metric that exists nowhere, and one on text', () => {
    const report = gate('acuracy >= 0.9\nname >= 1');
    expect(report.results.map((r) => [r.passed, r.detail])).toEqual([
      [false, "no metric 'acuracy' at workspace or main"],
      [false, 'metrics.json: name = b is not a number'],
    ]);
  });

  it('matches * in metric names and limits rules to a file', () => {
    expect(gate('*s >= 0').results.map((r) => r.detail)).toEqual(['metrics.json: loss = 0.203']);
    expect(gate('other.json:accuracy >= 0').results[0]?.passed).toBe(false);
  });

  it('derives directions from rules, declared ones first', () => {
    const directionOf = directionsFrom(
      parseRuleLines('loss <= 1\naccuracy may not drop\nloss higher is better', 'x'),
    );
    expect(directionOf('metrics.json', 'accuracy')).toBe('higher');
    expect(directionOf('metrics.json', 'loss')).toBe('higher');
    expect(directionOf('metrics.json', 'f1')).toBeUndefined();
  });
});
