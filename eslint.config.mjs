// Flat config: typescript-eslint's recommended rules on the library, the entries and the tests.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/**
 * The layers of src/, lowest first: core (with platforms, the CI platforms' run contexts) ←
 * inputs ← git, forge, clouds ← capabilities (report,
 * plots, metrics, runners, setup) ← entries (cli, compat, demo, main). A folder may import its
 * own layer's and lower layers' folders only; among the capabilities only report imports others
 * (plots, metrics and data, whose output it embeds) and data imports plots (its histograms). Checked on static imports, `export … from`, type
 * imports and dynamic `import()`, by relative path (the project has no path aliases).
 */
const ENTRIES = ['cli', 'compat', 'demo', 'main'];
const CAPABILITIES = ['report', 'plots', 'metrics', 'data', 'runners', 'setup'];
const SERVICES = ['git', 'forge', 'clouds'];
const LAYER_RULE =
  'Layers: core/platforms ← inputs ← git/forge/clouds ← report/plots/metrics/data/runners/setup ← cli/compat/demo/main';

/** The folders each folder of src/ may not import. */
const FORBIDDEN_IMPORTS = {
  core: ['inputs', ...SERVICES, ...CAPABILITIES, ...ENTRIES],
  platforms: ['inputs', ...SERVICES, ...CAPABILITIES, ...ENTRIES],
  inputs: [...SERVICES, ...CAPABILITIES, ...ENTRIES],
  git: [...CAPABILITIES, ...ENTRIES],
  forge: [...CAPABILITIES, ...ENTRIES],
  clouds: [...CAPABILITIES, ...ENTRIES],
  report: ['runners', 'setup', ...ENTRIES],
  plots: ['report', 'metrics', 'data', 'runners', 'setup', ...ENTRIES],
  metrics: ['report', 'plots', 'data', 'runners', 'setup', ...ENTRIES],
  // data-validate draws its histograms with the plots renderer.
  data: ['report', 'metrics', 'runners', 'setup', ...ENTRIES],
  runners: ['report', 'plots', 'metrics', 'data', 'setup', ...ENTRIES],
  setup: ['report', 'plots', 'metrics', 'data', 'runners', ...ENTRIES],
  cli: ['main'],
  compat: ['main'],
  demo: ['main'],
  main: [],
};

function layerBlock(folder, forbidden) {
  // The entries (main) sit on top: every folder is theirs to import.
  if (forbidden.length === 0) {
    return { files: [`src/${folder}/**/*.ts`], rules: { 'no-restricted-imports': ['error', {}] } };
  }
  // `../` (or `../../` from a subfolder) then a forbidden top-level folder of src/.
  const source = `^(\\.\\./)+(${forbidden.join('|')})(/|$)`;
  const message = `src/${folder} may not import src/{${forbidden.join(',')}}. ${LAYER_RULE}.`;
  return {
    files: [`src/${folder}/**/*.ts`],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: source, message }] }],
      // esquery's regex syntax has no `/`: \W stands for it.
      'no-restricted-syntax': [
        'error',
        {
          selector: `ImportExpression > Literal[value=/^(\\.\\.\\W)+(${forbidden.join('|')})(\\W|$)/]`,
          message,
        },
      ],
    },
  };
}

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'lib/**',
      '.gitlab-ci-local/**',
      '__tests__/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-console': 'off',
    },
  },
  ...Object.entries(FORBIDDEN_IMPORTS).map(([folder, forbidden]) => layerBlock(folder, forbidden)),
);
