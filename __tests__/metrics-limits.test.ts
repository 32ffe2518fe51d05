import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigurationError } from '../src/core/errors';
import { parseDvcYaml } from '../src/metrics/dvc-yaml';
import { METRICS_LIMITS } from '../src/metrics/limits';
import { parseMetrics, readSideText } from '../src/metrics/read-metrics';
import { parseRulesFile } from '../src/metrics/rules';
import { diffMetrics } from '../src/metrics/diff';
import { renderDiffTable } from '../src/metrics/render';
import { distEntry, runAction } from './support/dist';
import { newRepo, removeTempDirs } from './metrics-fixtures';

afterAll(removeTempDirs);

/** 201 bytes that expand to 9^5 = 59,049 strings when aliases are resolved one by one. */
const BOMB = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
  'g: [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
].join('\n');

const read = (text: string, file: string) => parseMetrics(text, file, { allRows: false });

function configurationError(fn: () => unknown): ConfigurationError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return error as ConfigurationError;
  }
  throw new Error('no error');
}

describe('YAML aliases: the yaml library counts them (maxAliasCount)', () => {
  it('refuses an alias bomb in a metrics file, naming the file, without expanding it', () => {
    const started = Date.now();
    const error = configurationError(() => read(BOMB, 'metrics.yaml'));
    expect(error.message).toMatch(/^metrics\.yaml: its YAML aliases .* limit of 100 alias uses/);
    expect(error.where?.file).toBe('metrics.yaml');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('refuses it in dvc.yaml and in a rules file too', () => {
    expect(configurationError(() => parseDvcYaml(BOMB)).message).toMatch(/^dvc\.yaml: its YAML/);
    expect(configurationError(() => parseRulesFile(BOMB, 'rules.yaml')).message).toMatch(
      /^rules\.yaml: its YAML/,
    );
  });

  it('still reads ordinary aliases', () => {
    const m = read('base: &b {lr: 0.1}\ntrain: *b\n', 'params.yaml');
    expect(m.get('train.lr')?.value).toBe(0.1);
  });

  it('a self-referencing alias stops at the depth limit, naming the file', () => {
    expect(configurationError(() => read('a: &a [1, *a]\n', 'loop.yaml')).message).toMatch(
      /^loop\.yaml.*nested deeper than 100 levels/,
    );
  });
});

describe('nesting: a clear error naming the file, never "Maximum call stack size exceeded"', () => {
  const deep = 20_000;
  const cases: [string, string][] = [
    ['deep.json', '['.repeat(deep) + ']'.repeat(deep)],
    ['deep.json', '{"a":'.repeat(deep) + '1' + '}'.repeat(deep)],
    ['deep', '['.repeat(deep) + ']'.repeat(deep)],
    ['deep.yaml', '['.repeat(deep) + ']'.repeat(deep)],
    ['deep.yaml', Array.from({ length: 300 }, (_, i) => `${' '.repeat(i)}a:`).join('\n') + ' 1'],
    ['deep.toml', `a = ${'['.repeat(deep)}${']'.repeat(deep)}`],
    ['deep.toml', `[${Array.from({ length: 300 }, () => 'a').join('.')}]\nx = 1\n`],
  ];
  for (const [file, text] of cases) {
    it(`${file}: ${text.slice(0, 12)}…`, () => {
      const error = configurationError(() => read(text, file));
      expect(error.message.startsWith(file)).toBe(true);
      expect(error.message).not.toMatch(/call stack/);
    });
  }

  it(`reads ${METRICS_LIMITS.depth} levels`, () => {
    const n = METRICS_LIMITS.depth;
    const m = read('{"a":'.repeat(n - 1) + '[1]' + '}'.repeat(n - 1), 'ok.json');
    expect(m.size).toBe(1);
  });

  it('bounds the flattened keys: a long prefix repeated on every value is refused', () => {
    const prefix = `{"${'k'.repeat(60_000)}":`.repeat(50);
    const leaves = Array.from({ length: 2000 }, (_, i) => `"v${i}": 1`).join(',');
    const text = `${prefix}{${leaves}}${'}'.repeat(50)}`;
    expect(configurationError(() => read(text, 'wide.json')).message).toMatch(
      /^wide\.json:\d+: its flattened keys exceed/,
    );
  });
});

describe('file size budget', () => {
  it('refuses a metrics file over the budget before reading it, on either side', async () => {
    const repo = newRepo();
    const big = `{"pad": "${'x'.repeat(METRICS_LIMITS.fileBytes)}"}`;
    repo.write({ 'metrics.json': big, 'small.yaml': 'a: 1\n' });
    repo.commit('big');
    const ctx = { cwd: repo.dir, prefix: '' };
    for (const side of [{ label: 'workspace' }, { revision: 'HEAD', label: 'HEAD' }]) {
      const error = await readSideText(side, 'metrics.json', ctx).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as Error).message).toMatch(
        new RegExp(
          `^metrics\\.json${side.revision ? ' \\(at HEAD\\)' : ''} is 8 MiB \\(${big.length} bytes\\), over the 8 MiB limit`,
        ),
      );
    }
    expect(await readSideText({ label: 'workspace' }, 'small.yaml', ctx)).toBe('a: 1\n');
  });

  it('YAML has the smaller budget', () => {
    const text = `a: "${'x'.repeat(METRICS_LIMITS.yamlFileBytes)}"\n`;
    expect(configurationError(() => read(text, 'p.yaml')).message).toMatch(/over the 2 MiB limit/);
  });

  it('reading, diffing and rendering grow linearly with the file below the budget', () => {
    const cost = (n: number) => {
      const items = Array.from({ length: n }, (_, i) => `"k${i}": {"x": [${i}.5, ${i}]}`);
      const text = `{${items.join(',\n')}}`;
      const started = performance.now();
      const m = read(text, 'm.json');
      const result = diffMetrics([{ path: 'm.json', old: new Map(), new: m }]);
      renderDiffTable(result, {
        kind: 'metrics',
        oldLabel: 'a',
        newLabel: 'b',
        markdown: true,
        noPath: false,
      });
      return performance.now() - started;
    };
    cost(10_000); // warm-up
    const small = Math.min(cost(10_000), cost(10_000));
    const large = Math.min(cost(80_000), cost(80_000));
    // 8× the input: linear is ~8× (sorting adds a log factor); quadratic would be ~64×.
    expect(large / small).toBeLessThan(32);
  });

  it('a long TOML table header is read in linear time', () => {
    const header = (n: number) =>
      `[${Array.from({ length: n }, () => '"a.b"').join('.')}]\nx = 1\n`;
    const time = (n: number) => {
      const started = performance.now();
      expect(() => read(header(n), 'p.toml')).toThrow(/nested deeper/);
      return performance.now() - started;
    };
    time(5_000);
    const small = Math.min(time(20_000), time(20_000));
    const large = Math.min(time(160_000), time(160_000));
    // 8× the input: quadratic would be ~64× (the old look-ahead split took 12 s at 100,000).
    expect(large / small).toBeLessThan(40);
  });
});

describe('metrics-diff bundle against the issue reproductions', () => {
  beforeAll(() => {
    if (!existsSync(distEntry('metrics-diff'))) throw new Error('Build dist/metrics-diff first');
  });

  it('a 201-byte alias bomb and a 45 MB JSON: one clear error each, no V8 crash', async () => {
    for (const [file, text] of [
      ['metrics.yaml', BOMB],
      ['metrics.json', `{"a": [${'0.123456,'.repeat(5_000_000)}1]}`],
    ] as const) {
      const repo = newRepo();
      repo.write({ [file]: file.endsWith('json') ? '{"a": 1}' : 'a: 1\n' });
      repo.commit('base');
      writeFileSync(join(repo.dir, file), text);
      const started = Date.now();
      const run = await runAction('metrics-diff', {
        cwd: repo.dir,
        inputs: { base: 'main', targets: file, check: 'false' },
      });
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(new RegExp(`::error file=${file}::${file}`));
      expect(run.stdout + run.stderr).not.toMatch(/heap|FATAL|call stack|\n\s+at /);
      expect(Date.now() - started).toBeLessThan(15_000);
    }
  });
});
