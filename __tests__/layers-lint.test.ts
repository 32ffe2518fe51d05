/**
 * The layer rule in eslint.config.mjs (no-restricted-imports and, for `import()`,
 * no-restricted-syntax, per folder of src/) run through ESLint's Node API with the project's own
 * configuration: the fixtures in __tests__/fixtures/layers/ are linted as if they sat at the same
 * place under src/, and the real tree must come out clean.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ESLint, type Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..');
const fixtures = join(__dirname, 'fixtures', 'layers');
const LAYER_RULES = new Set(['no-restricted-imports', 'no-restricted-syntax']);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function layerMessages(messages: Linter.LintMessage[]): Linter.LintMessage[] {
  return messages.filter((m) => m.ruleId !== null && LAYER_RULES.has(m.ruleId));
}

/** Lints a fixture's text as the file at the same relative path under src/. */
async function lintAsSource(eslint: ESLint, fixture: string): Promise<Linter.LintMessage[]> {
  const asSource = join(root, 'src', relative(fixtures, fixture));
  const [result] = await eslint.lintText(readFileSync(fixture, 'utf8'), { filePath: asSource });
  return layerMessages(result!.messages);
}

describe('the layer rule (eslint.config.mjs)', () => {
  const eslint = new ESLint({ cwd: root });

  it('puts every folder of src/ in a layer', async () => {
    const folders = readdirSync(join(root, 'src')).filter((n) =>
      statSync(join(root, 'src', n)).isDirectory(),
    );
    // A new folder without a line in eslint.config.mjs would be outside every layer.
    const unchecked: string[] = [];
    for (const folder of folders) {
      const config = await eslint.calculateConfigForFile(join(root, 'src', folder, 'x.ts'));
      if (!config?.rules?.['no-restricted-imports']) unchecked.push(folder);
    }
    expect(folders.length).toBeGreaterThan(10);
    expect(unchecked).toEqual([]);
  });

  it('fails on each deliberate violation, naming the layers', async () => {
    const cases: Record<string, number> = {
      [join('core', 'reads-an-input.ts')]: 2, // static and type-only import of inputs
      [join('metrics', 'loads-the-report.ts')]: 1, // dynamic import of another capability
      [join('report', 'images', 'uses-the-cli.ts')]: 1, // re-export from a subfolder
    };
    for (const [file, count] of Object.entries(cases)) {
      const messages = await lintAsSource(eslint, join(fixtures, file));
      expect(messages, file).toHaveLength(count);
      for (const m of messages) {
        expect(m.severity, file).toBe(2);
        expect(m.message, file).toMatch(/Layers: core\/platforms ← inputs ← git\/forge\/clouds/);
      }
    }
  });

  it('lets an entry import every layer below it', async () => {
    expect(await lintAsSource(eslint, join(fixtures, 'cli', 'allowed.ts'))).toEqual([]);
  });

  it('has every fixture covered by a case above', () => {
    const names = filesUnder(fixtures).map((f) => relative(fixtures, f).split(sep).join('/'));
    expect(names.sort()).toEqual([
      'cli/allowed.ts',
      'core/reads-an-input.ts',
      'metrics/loads-the-report.ts',
      'report/images/uses-the-cli.ts',
    ]);
  });

  it('passes on the real tree', async () => {
    const results = await eslint.lintFiles(['src']);
    const problems = results.flatMap((r) =>
      layerMessages(r.messages).map((m) => `${relative(root, r.filePath)}:${m.line}: ${m.message}`),
    );
    expect(results.length).toBeGreaterThan(100);
    expect(problems, problems.join('\n')).toEqual([]);
  }, 180_000);
});
