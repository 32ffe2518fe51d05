// Tests written to kill hand-made bugs (mutants) in the plots core that the other plots tests
// let through: each `it` names the mutant it kills, and failed with that mutant applied.
// TABLE
import { describe, expect, it } from 'vitest';
import { parseDataFile } from '../src/plots/data-file';
import { checkDepth, checkPixelBudget, PLOT_LIMITS } from '../src/plots/limits';
import { REV_FIELD, STEP_FIELD, templateSpec } from '../src/plots/templates';

describe('data files', () => {
  it('exactly the row budget is accepted, one more refused (mutant P4: `>` read as `>=`)', () => {
    // The budget is lowered for the test: a million rows take 20 s to parse on a loaded runner.
    const limits = PLOT_LIMITS as { maxRows: number };
    const saved = limits.maxRows;
    limits.maxRows = 5;
    try {
      const rows = (n: number) => `[${Array<string>(n).fill('{"a":1}').join(',')}]`;
      expect(parseDataFile(rows(5), 'd.json')).toHaveLength(5);
      expect(parseDataFile(`a\n${'1\n'.repeat(5)}`, 'd.csv')).toHaveLength(5);
      expect(() => parseDataFile(rows(6), 'd.json')).toThrow(/d\.json: more than 5 rows/);
      expect(() => parseDataFile(`a\n${'1\n'.repeat(6)}`, 'd.csv')).toThrow(
        /d\.csv: more than 5 rows/,
      );
    } finally {
      limits.maxRows = saved;
    }
  });

  it('an empty CSV cell stays empty, not 0 (mutant P5: empty string cast to a number)', () => {
    expect(parseDataFile('step,loss\n0,\n1, 0.5\n2,  \n', 'l.csv')).toEqual([
      { step: 0, loss: '' },
      { step: 1, loss: 0.5 },
      { step: 2, loss: '' },
    ]);
    expect(parseDataFile('a\tb\n1\t\n', 'l.tsv')).toEqual([{ a: 1, b: '' }]);
  });
});

describe('image budgets at their boundary', () => {
  it('a side of exactly the maximum is drawn, one pixel more is refused (mutant P7: `>` read as `>=`)', () => {
    const max = PLOT_LIMITS.maxSide;
    expect(() => checkPixelBudget('p.json', max, 10, 1, 'png')).not.toThrow();
    expect(() => checkPixelBudget('p.json', 10, max, 1, 'svg')).not.toThrow();
    expect(() => checkPixelBudget('p.json', (max + 1) / 2, 10, 2, 'png')).toThrow(
      /each side may be at most/,
    );
    expect(() => checkPixelBudget('p.json', 10, max + 1, 1, 'svg')).toThrow(
      /p\.json: the image would be 10×32,768 at scale 1 = 10×32,768 pixels; each side may be at most 32,767 pixels/,
    );
  });
});

describe('nesting budget', () => {
  it('exactly the maximum depth is read, one level more refused (mutant P8: off by one)', () => {
    const nested = (levels: number) => {
      let value: unknown = 1;
      for (let i = 0; i < levels; i++) value = [value];
      return value;
    };
    expect(() => checkDepth(nested(PLOT_LIMITS.maxDepth), 's.json')).not.toThrow();
    expect(() => checkDepth(nested(PLOT_LIMITS.maxDepth + 1), 's.json')).toThrow(
      /s\.json: nested more than 200 levels deep/,
    );
  });
});

describe('DVC templates', () => {
  it('y defaults to the last field besides x, as DVC (mutant P10: the first)', () => {
    const spec = templateSpec([{ step: 0, acc: 0.5, loss: 1.2 }], {}, 'm.json') as {
      encoding: { x: { field: string }; y: { field: string } };
    };
    expect(spec.encoding.x.field).toBe('step');
    expect(spec.encoding.y.field).toBe('loss');
  });

  it('the implicit step counts rows per revision, each from 0 (mutant P11: across revisions)', () => {
    const rows: Record<string, unknown>[] = [
      { [REV_FIELD]: 'main', loss: 3 },
      { [REV_FIELD]: 'main', loss: 2 },
      { [REV_FIELD]: 'workspace', loss: 2.5 },
      { [REV_FIELD]: 'workspace', loss: 1.5 },
    ];
    templateSpec(rows, {}, 'loss.csv');
    expect(rows.map((r) => [r[REV_FIELD], r[STEP_FIELD]])).toEqual([
      ['main', 0],
      ['main', 1],
      ['workspace', 0],
      ['workspace', 1],
    ]);
  });
});
