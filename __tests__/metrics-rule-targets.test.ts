// Issue 11: a rule written `./file:metric` lost its direction marker. The rule's file is compared
// with the diff's path, which never starts with `./`; each test here fails when the parser keeps
// the prefix (mutant: `.replace(/^(?:\.\/)+/, '')` dropped from rules.ts's target()).
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { readContext } from '../src/platforms';
import { ConsoleLogger } from '../src/core/logger';
import { directionsFrom } from '../src/metrics/gate';
import { BETTER, WORSE } from '../src/metrics/render';
import { parseRule, parseRuleLines, parseRulesFile } from '../src/metrics/rules';
import { metricsTable, runMetricsDiff } from '../src/metrics/run-diff';
import { newRepo, removeTempDirs } from './metrics-fixtures';

afterAll(removeTempDirs);

describe('`./file:metric` rules keep their direction', () => {
  it('each kind of rule: direction words, change rules and thresholds', () => {
    const cases: [string, 'higher' | 'lower'][] = [
      ['./m.json:acc higher is better', 'higher'],
      ['./m.json:acc lower is better', 'lower'],
      ['./m.json:acc may not drop', 'higher'],
      ['./m.json:acc may not rise by more than 2%', 'lower'],
      ['./m.json:acc >= 0.5', 'higher'],
      ['./m.json:acc < 0.5', 'lower'],
      ['././sub/m.json:acc higher is better', 'higher'],
    ];
    for (const [text, direction] of cases) {
      const rule = parseRule(text, 't');
      expect(rule.file, text).toBe(text.includes('sub/') ? 'sub/m.json' : 'm.json');
      const path = rule.file!;
      expect(directionsFrom([rule])(path, 'acc'), text).toBe(direction);
      expect(directionsFrom([rule])('other.json', 'acc'), text).toBeUndefined();
    }
  });

  it('in rule lines and in a rules file', () => {
    const lines = parseRuleLines('./m.json:loss lower is better  # comment\n', 'rules');
    expect(directionsFrom(lines)('m.json', 'loss')).toBe('lower');
    const file = parseRulesFile('metrics:\n  ./m.json:acc:\n    direction: higher\n', 'gate.yaml');
    expect(directionsFrom(file)('m.json', 'acc')).toBe('higher');
  });

  it('the metrics table marks the change of a target given as ./m.json', async () => {
    const repo = newRepo();
    repo.write({ 'm.json': '{"acc": 0.8, "loss": 0.5}' });
    repo.commit('base');
    repo.write({ 'm.json': '{"acc": 0.9, "loss": 0.6}' });
    const sink = new Writable({ write: (_c, _e, done) => done() });
    const outcome = await runMetricsDiff({
      cwd: repo.dir,
      logger: new ConsoleLogger(sink, sink, false, false),
      context: readContext({}),
      base: 'HEAD',
      targets: ['./m.json'],
      allRows: false,
      rules: parseRuleLines('./m.json:acc higher is better\n./m.json:loss lower is better', 't'),
    });
    const table = metricsTable(outcome, {
      all: false,
      noPath: false,
      precision: 5,
      markdown: true,
    });
    const row = (metric: string) => table.split('\n').find((l) => l.includes(` ${metric} `))!;
    expect(row('acc')).toContain(`0.1 ${BETTER}`);
    expect(row('loss')).toContain(`0.1 ${WORSE}`);
  });
});
