import { revisionsAsText } from '../revisions-as-text';
import type { Argv, CommandModule, Options } from 'yargs';

/** Options shared by `cml metrics diff` and `cml params diff`, spelled as DVC spells them. */
export function diffOptions(kind: 'metrics' | 'params'): Record<string, Options> {
  // Each command's own DVC options (dvc/commands/metrics.py, params.py add_parser).
  const own: Record<string, Options> =
    kind === 'metrics'
      ? {
          recursive: {
            alias: 'R',
            type: 'boolean',
            default: false,
            // DVC parses it and expands folder targets either way (repo/metrics/show.py
            // try_expand_paths); so does cml.
            description: 'Accepted for DVC compatibility: folder targets are always searched.',
          },
        }
      : {
          deps: {
            type: 'boolean',
            default: false,
            description: 'Show only the params stages depend on (the keys dvc.yaml names).',
          },
        };
  return {
    ...own,
    targets: {
      type: 'array',
      string: true,
      default: [],
      description: `${kind === 'metrics' ? 'Metrics' : 'Params'} files to compare (JSON, YAML, TOML, CSV, TSV). Default: those declared in dvc.yaml${kind === 'params' ? ', else params.yaml' : ''}.`,
    },
    all: { type: 'boolean', default: false, description: 'Show unchanged rows too.' },
    precision: {
      type: 'number',
      description: 'Round floats to this many decimal places (default 5 for metrics).',
      // DVC: add_argument('--precision', type=int), so 2.5, abc or '' are refused.
      coerce: (value: unknown) => {
        const n = Array.isArray(value) ? value.at(-1) : value;
        if (typeof n !== 'number' || !Number.isInteger(n)) {
          throw new Error(`--precision: invalid int value: '${String(n)}'`);
        }
        return n;
      },
    },
    path: {
      type: 'boolean',
      default: true,
      description: 'Show the Path column (--no-path hides it).',
    },
    md: { type: 'boolean', default: false, description: 'Print a Markdown table.' },
    json: {
      type: 'boolean',
      default: false,
      description: 'Print JSON: {path: {key: {old, new, diff}}}.',
    },
    'all-rows': {
      type: 'boolean',
      default: false,
      description: 'CSV/TSV: compare every row (0.col, 1.col, …), not only the last.',
    },
    rule: {
      type: 'array',
      string: true,
      default: [],
      description:
        "Quality gate, e.g. 'accuracy >= 0.9', 'loss may not rise by more than 2%', 'f1 may not drop' (repeatable). A failed gate exits 1.",
    },
    'rules-file': {
      type: 'string',
      description: 'YAML file of quality gates (rules: / metrics:).',
    },
  };
}

/** The yargs handler both commands share; the implementation loads only when the command runs. */
export function diffHandler(kind: 'metrics' | 'params') {
  return async (argv: Record<string, unknown>): Promise<void> => {
    const { runDiffCli } = await import('../../metrics/cli');
    const strings = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);
    await runDiffCli({
      kind,
      aRev: argv.a_rev as string | undefined,
      bRev: argv.b_rev as string | undefined,
      targets: strings(argv.targets)
        .flatMap((t) => t.split(','))
        .filter(Boolean),
      all: argv.all === true,
      precision: typeof argv.precision === 'number' ? argv.precision : undefined,
      path: argv.path !== false,
      md: argv.md === true,
      json: argv.json === true,
      allRows: argv['all-rows'] === true,
      rules: strings(argv.rule),
      rulesFile: argv['rules-file'] as string | undefined,
      depsOnly: argv.deps === true,
    });
  };
}

export const metricsCommand: CommandModule = {
  command: 'metrics',
  describe: 'Compare metrics between revisions: cml metrics diff [a_rev] [b_rev]',
  builder: (yargs: Argv) =>
    yargs
      .command({
        command: 'diff [a_rev] [b_rev]',
        describe:
          'Show changes in metrics between revisions (a_rev: old, default HEAD; b_rev: new, default the working tree)',
        builder: (y: Argv) => revisionsAsText(y).env('CML_METRICS').options(diffOptions('metrics')),
        handler: diffHandler('metrics'),
      })
      .demandCommand(1, 'Name a subcommand: cml metrics diff [a_rev] [b_rev]'),
  handler: () => undefined,
};
