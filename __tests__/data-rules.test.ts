import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DatasetResult } from '../src/data/compare';
import { evaluateRules } from '../src/data/evaluate';
import type { ColumnProfile, TableProfile } from '../src/data/profile';
import { loadDataRules, parseRule } from '../src/data/rules';
import { openEngine } from '../src/data/engine';
import { profileFile } from '../src/data/profile';
import { checkSchema, loadSchema } from '../src/data/schema';
import { removeTempDirs, tempDir } from './metrics-fixtures';

afterAll(removeTempDirs);

function col(name: string, extra: Partial<ColumnProfile>): ColumnProfile {
  return {
    name,
    type: 'number',
    engineType: 'DOUBLE',
    rows: 100,
    missing: 0,
    missingRate: 0,
    distinct: 50,
    ...extra,
  };
}
function table(rows: number, columns: ColumnProfile[], duplicates = 0): TableProfile {
  return { dataset: 'd.csv', rows, duplicates, columns, malformed: { count: 0, first: [] } };
}

const base = table(1000, [
  col('age', { type: 'integer', missingRate: 0 }),
  col('income', {}),
  col('city', { type: 'string' }),
]);
const head = table(
  940,
  [
    col('age', {
      type: 'integer',
      missing: 20,
      missingRate: 0.02,
      min: 0,
      max: 130,
      mean: 40,
      std: 12,
    }),
    col('income', { min: 10, max: 9000, mean: 5000, std: 100 }),
    col('city', { type: 'string', distinct: 7 }),
  ],
  10,
);
const result: DatasetResult = {
  dataset: 'd.csv',
  base,
  head,
  schema: [],
  drift: [
    { column: 'age', method: 'psi+ks', psi: 0.05, ks: 0.04, drifted: false },
    { column: 'income', method: 'psi+ks', psi: 0.31, ks: 0.15, drifted: true },
    { column: 'city', method: 'js+psi', js: 0.2, psi: 0.5, drifted: true },
  ],
};

/** The messages a rule produces against `result` (empty = passes). */
function check(text: string, r: DatasetResult = result, mode: 'diff' | 'validate' = 'diff') {
  return evaluateRules([parseRule(text)], [r], mode).map((f) => f.message);
}

describe('data rules: every form passes and fails', () => {
  it.each([
    // [rule, passes?, message part when failing]
    ['missing(age) <= 3%', true, ''],
    ['missing(age) <= 1%', false, 'missing(age) is 2.00%, expected <= 1%'],
    ['missing(age) < 0.05', true, ''],
    ['missing(*) <= 1%', false, 'missing(age)'],
    ['rows may not drop by more than 10%', true, ''],
    [
      'rows may not drop by more than 5%',
      false,
      'rows dropped from 1000 to 940 (6.00%), more than 5% allowed',
    ],
    ['rows may not drop by more than 60', true, ''],
    ['rows may not drop', false, 'rows dropped'],
    ['rows may not rise', true, ''],
    ['rows >= 900', true, ''],
    ['rows >= 1000', false, '940 rows, expected >= 1000'],
    ['duplicates <= 10', true, ''],
    ['duplicates <= 0.5%', false, '10 duplicate rows (1.06%), expected <= 0.5%'],
    ['psi(age) < 0.2', true, ''],
    ['psi(income) < 0.2', false, 'psi(income) is 0.3100, expected < 0.2'],
    ['ks(income) < 0.2', true, ''],
    ['ks(income) < 0.1', false, 'ks(income) is 0.1500'],
    ['js(city) < 0.3', true, ''],
    ['js(city) < 0.1', false, 'js(city) is 0.2000'],
    ['distinct(city) >= 5', true, ''],
    ['distinct(city) >= 10', false, 'distinct(city) is 7'],
    ['mean(income) <= 5000', true, ''],
    ['std(income) < 50', false, 'std(income) is 100'],
    ['min(income) >= 0', true, ''],
    ['max(income) < 1000', false, 'max(income) is 9000'],
    ['range(income) within 0..10000', true, ''],
    ['range(age) within 0..120', false, 'age spans 0..130, outside 0..120'],
    ['schema may not change', true, ''],
  ])('%s', (text, passes, part) => {
    const messages = check(text);
    if (passes) expect(messages).toEqual([]);
    else expect(messages.join('\n')).toContain(part);
  });

  it('schema may not change fails on any schema change', () => {
    const changed = {
      ...result,
      schema: [{ column: 'zip', kind: 'added' as const, to: 'string' }],
    };
    expect(check('schema may not change', changed)).toEqual([
      'd.csv: schema changed: zip added (string)',
    ]);
  });
  it('a rule on a column no dataset has fails instead of passing silently', () => {
    expect(check('missing(agee) <= 1%')).toEqual(['no dataset has a column agee']);
  });
  it('ks() on a categorical column says which statistics it has', () => {
    expect(check('ks(city) < 0.1')[0]).toContain('use js() or psi()');
  });
  it('a drift rule in validate (no base) is a configuration error', () => {
    expect(() =>
      check('psi(income) < 0.2', { ...result, base: undefined, drift: [] }, 'validate'),
    ).toThrow(
      "data rule 'psi(income) < 0.2' compares with a base: use it with cml data diff, not validate",
    );
  });
});

describe('bad rules: one line naming the rule', () => {
  it.each([
    ['missing(age) <== 1%'],
    ['rows may shrink'],
    ['psi(income) < 20%'],
    ['range(price) within 10..0'],
    ['hello'],
  ])('%s', (text) => {
    expect(() => parseRule(text)).toThrow(
      new RegExp(`invalid data rule '${text.replace(/[()|.*+?]/g, '\\$&')}'`),
    );
    try {
      parseRule(text);
    } catch (e) {
      expect((e as Error).name).toBe('ConfigurationError');
      expect((e as Error).message).not.toContain('\n');
    }
  });
  it('rules from a file carry their file and line into failures', async () => {
    const dir = tempDir('cml-data-rules-');
    writeFileSync(
      join(dir, 'rules.yaml'),
      '# data gates\nrules:\n  - rows >= 1\n  - missing(age) <= 1%\n',
    );
    const rules = await loadDataRules([], 'rules.yaml', (p) => join(dir, p));
    expect(rules.map((r) => [r.text, r.line])).toEqual([
      ['rows >= 1', 3],
      ['missing(age) <= 1%', 4],
    ]);
    const failures = evaluateRules(rules, [result], 'diff');
    expect(failures).toEqual([
      {
        rule: 'missing(age) <= 1%',
        message: 'd.csv: missing(age) is 2.00%, expected <= 1%',
        file: 'rules.yaml',
        line: 4,
      },
    ]);
    writeFileSync(join(dir, 'bad.yaml'), 'rules:\n  - rows >= 1\n  - rows are fine\n');
    await expect(loadDataRules([], 'bad.yaml', (p) => join(dir, p))).rejects.toThrow(
      /^bad\.yaml:3: invalid data rule 'rows are fine'/,
    );
  });
});

describe('schema file', () => {
  it('checks types, nullability, ranges, allowed values and strictness, at the schema line', async () => {
    const dir = tempDir('cml-data-schema-');
    writeFileSync(
      join(dir, 'd.csv'),
      'age,city,price,extra\n20,paris,5,x\n,lyon,12000,y\n30,tokyo,7,z\n',
    );
    writeFileSync(
      join(dir, 'schema.yaml'),
      [
        'columns:',
        '  age: { type: integer, nullable: false, min: 0, max: 120 }',
        '  city:',
        '    type: string',
        '    allowed: [paris, lyon]',
        '  price: { type: number, max: 10000 }',
        '  zip: { type: string }',
        'strict: true',
        '',
      ].join('\n'),
    );
    const schema = await loadSchema('schema.yaml', join(dir, 'schema.yaml'));
    const conn = await openEngine();
    const profile = await profileFile(conn, join(dir, 'd.csv'), 'd.csv');
    const failures = await checkSchema(conn, schema, profile, join(dir, 'd.csv'));
    expect(failures.map((f) => [f.line, f.message])).toEqual([
      [2, 'd.csv: column age has 1 missing values, expected none'],
      [3, 'd.csv: column city has values outside the allowed list: tokyo (1)'],
      [6, 'd.csv: column price has maximum 12000, above 10000'],
      [7, 'd.csv: column zip is missing'],
      [1, 'd.csv: column extra is not in the schema (strict)'],
    ]);
    expect(failures.every((f) => f.file === 'schema.yaml')).toBe(true);
    // a passing schema
    writeFileSync(join(dir, 'ok.yaml'), 'columns:\n  age: { type: number, min: 0 }\n  city: {}\n');
    expect(
      await checkSchema(
        conn,
        await loadSchema('ok.yaml', join(dir, 'ok.yaml')),
        profile,
        join(dir, 'd.csv'),
      ),
    ).toEqual([]);
    writeFileSync(join(dir, 'typo.yaml'), 'columns:\n  age: { type: int }\n');
    await expect(loadSchema('typo.yaml', join(dir, 'typo.yaml'))).rejects.toThrow(
      "typo.yaml:2: column age: type 'int' is not one of integer, number, string, boolean, date, timestamp",
    );
  });

  it.each(['js', 'duckdb'])(
    'compares a numeric column with a list of numbers by value (%s engine)',
    async (engine) => {
      const dir = tempDir('cml-data-allowed-');
      writeFileSync(join(dir, 'd.csv'), 'v,n\n1.0,1\n2.0,2\n2.5,3\n3.25,3\n');
      writeFileSync(
        join(dir, 's.yaml'),
        'columns:\n  v: { type: number, allowed: [1.0, 2.0, 2.5] }\n  n: { allowed: [1, 2, 3] }\n',
      );
      const saved = process.env.CML_DATA_ENGINE;
      process.env.CML_DATA_ENGINE = engine;
      try {
        const conn = await openEngine();
        const profile = await profileFile(conn, join(dir, 'd.csv'), 'd.csv');
        const failures = await checkSchema(
          conn,
          await loadSchema('s.yaml', join(dir, 's.yaml')),
          profile,
          join(dir, 'd.csv'),
        );
        expect(failures.map((f) => [f.line, f.message])).toEqual([
          [2, 'd.csv: column v has values outside the allowed list: 3.25 (1)'],
        ]);
      } finally {
        if (saved === undefined) delete process.env.CML_DATA_ENGINE;
        else process.env.CML_DATA_ENGINE = saved;
      }
    },
  );

  it('refuses unknown top-level keys and a strict that is not true or false, at their line', async () => {
    const dir = tempDir('cml-data-strict-');
    const load = (text: string) => {
      writeFileSync(join(dir, 's.yaml'), text);
      return loadSchema('s.yaml', join(dir, 's.yaml'));
    };
    await expect(load('columns:\n  id: { type: integer }\nstrikt: true\n')).rejects.toThrow(
      "s.yaml:3: unknown key 'strikt' (expected columns, strict)",
    );
    await expect(load('columns:\n  id: { type: integer }\nstrict: yes\n')).rejects.toThrow(
      's.yaml:3: strict must be true or false',
    );
    expect((await load('columns:\n  id: {}\nstrict: false\n')).strict).toBe(false);
    expect((await load('columns:\n  id: {}\nstrict: true\n')).strict).toBe(true);
  });
});
