import { describe, expect, it } from 'vitest';
import { diffMetrics } from '../src/metrics/diff';
import { evaluateGates } from '../src/metrics/gate';
import { parseMetrics } from '../src/metrics/read-metrics';
import { dvcJson, renderDiffTable } from '../src/metrics/render';
import { parseRuleLines } from '../src/metrics/rules';

// Python's json writes NaN, Infinity and -Infinity (json.dumps allow_nan=True, its default);
// YAML 1.2 spells them .nan, .inf and -.inf; CSV cells as Python's float() reads them.
const FORMATS: Record<string, (v: 'nan' | 'inf' | '-inf' | number) => string> = {
  'm.json': (v) =>
    `{"m": ${v === 'nan' ? 'NaN' : v === 'inf' ? 'Infinity' : v === '-inf' ? '-Infinity' : v}}`,
  'm.yaml': (v) =>
    `m: ${v === 'nan' ? '.nan' : v === 'inf' ? '.inf' : v === '-inf' ? '-.inf' : v}\n`,
  'm.csv': (v) => `m\n${v}\n`,
  'm.toml': (v) => `m = ${v}\n`,
};

const RULES = [
  'm >= 0.1',
  'm > 0.1',
  'm <= 0.9',
  'm < 0.9',
  'm == 0.5',
  'm != 0.4',
  'm may not drop',
  'm may not rise',
  'm may not drop by more than 2%',
  'm may not rise by more than 2%',
  'm may not drop by more than 100',
  'm may not rise by more than 100',
];

function gates(file: string, before: string, after: string, rules: string) {
  const read = (text: string) => parseMetrics(text, file, { allRows: false });
  const result = diffMetrics([{ path: file, old: read(before), new: read(after) }]);
  return evaluateGates(parseRuleLines(rules, 'rules'), result, { old: 'main', new: 'workspace' });
}

describe('non-finite values fail every rule that involves them, naming the value', () => {
  it('the issue: 0.5 → -inf passes "may not drop"; 0.5 → inf passes "may not rise by more than 2%"', () => {
    const json = FORMATS['m.json']!;
    expect(gates('m.json', json(0.5), json('-inf'), 'm may not drop').passed).toBe(false);
    expect(gates('m.json', json(0.5), json('inf'), 'm may not rise by more than 2%').passed).toBe(
      false,
    );
  });

  for (const [file, write] of Object.entries(FORMATS)) {
    for (const bad of ['nan', 'inf', '-inf'] as const) {
      // TOML spells them nan, inf, -inf too.
      for (const [before, after] of [
        [0.5, bad],
        [bad, 0.5],
        [bad, bad],
      ] as const) {
        it(`${file}: ${before} → ${after}`, () => {
          const report = gates(file, write(before), write(after), RULES.join('\n'));
          const thresholdsOnly = after === 0.5;
          for (const r of report.results) {
            // A threshold sees only the new value; a change rule sees both.
            const involved = r.rule.kind === 'change' || !thresholdsOnly;
            if (!involved) continue;
            expect(r.passed, `${r.rule.text}: ${r.detail}`).toBe(false);
            expect(r.detail).toMatch(new RegExp(`m is ${bad === 'nan' ? 'nan' : bad} at`));
            expect(r.detail).toContain('not a finite number');
          }
        });
      }
    }
  }

  it('a finite change next to them still passes', () => {
    const json = FORMATS['m.json']!;
    expect(gates('m.json', json(0.5), json(0.6), RULES.slice(0, 1).join('\n')).passed).toBe(true);
  });
});

describe('NaN is never read as 0', () => {
  for (const [file, write] of Object.entries(FORMATS)) {
    it(file, () => {
      const m = parseMetrics(write('nan'), file, { allRows: false }).get('m');
      expect(Number.isNaN(m?.value)).toBe(true);
      const result = diffMetrics([
        {
          path: file,
          old: parseMetrics(write(0), file, { allRows: false }),
          new: new Map([['m', m!]]),
        },
      ]);
      // 0 → nan is a change (a NaN read as 0 would make the row unchanged and hide it).
      expect(result.get(file)![0]!.unchanged).toBe(false);
      const table = renderDiffTable(result, {
        kind: 'metrics',
        oldLabel: 'a',
        newLabel: 'b',
        markdown: true,
        noPath: true,
      });
      expect(table).toMatch(/\| m +\| 0(\.0)? +\| nan +\| nan +\|/);
      expect(dvcJson(result)).toMatch(/"new": NaN, "diff": NaN/);
    });
  }
});
