import { revisionsAsText } from '../revisions-as-text';
import type { Argv, CommandModule, Options } from 'yargs';
import { GitObjectSession } from '../../git/object-session';

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

/** Options shared by `cml data diff` and `cml data validate`, spelled as metrics diff's. */
function ruleOptions(): Record<string, Options> {
  return {
    rule: {
      type: 'array',
      string: true,
      default: [],
      description:
        "Data rule, e.g. 'missing(age) <= 1%', 'rows may not drop by more than 5%', 'psi(income) < 0.2', 'schema may not change', 'range(price) within 0..10000' (repeatable). A failed rule exits 1.",
    },
    'rules-file': { type: 'string', description: 'YAML file with a rules: list of data rules.' },
    schema: {
      type: 'string',
      description: 'YAML schema file: columns with type, nullable, min, max, allowed.',
    },
    md: { type: 'boolean', default: false, description: 'Print the Markdown report section.' },
    json: { type: 'boolean', default: false, description: 'Print the JSON document.' },
    // Also read from CML_DATA_ENGINE (this command's CML_DATA_ prefix), which the action reads too.
    engine: {
      type: 'string',
      choices: ['auto', 'js', 'duckdb'],
      description:
        'Profiling engine: auto (JavaScript for CSV/TSV files up to 512 KB, else DuckDB), or force js / duckdb.',
    },
    // DuckDB's threads and memory limit (CML_DATA_THREADS, CML_DATA_MEMORY, read by the engine):
    // declared so that yargs, which reads every CML_DATA_ variable as an option, accepts them.
    threads: { type: 'string', hidden: true, description: 'DuckDB threads (default 2).' },
    memory: { type: 'string', hidden: true, description: 'DuckDB memory limit (default 512MB).' },
  };
}

/** The engine option reaches the data code through its variable, as the action's does. */
function useEngine(argv: Record<string, unknown>): void {
  if (typeof argv.engine === 'string') process.env.CML_DATA_ENGINE = argv.engine;
  if (typeof argv.threads === 'string') process.env.CML_DATA_THREADS = argv.threads;
  if (typeof argv.memory === 'string') process.env.CML_DATA_MEMORY = argv.memory;
}

export const dataCommand: CommandModule = {
  command: 'data',
  describe: 'Profile datasets and compare them between revisions: cml data diff|validate',
  builder: (yargs: Argv) =>
    yargs
      .command({
        command: 'diff [a_rev] [b_rev]',
        describe:
          'Schema, missing rates and drift of datasets between revisions (a_rev: base, default HEAD; b_rev: default the working tree)',
        builder: (y: Argv) =>
          revisionsAsText(y)
            .env('CML_DATA')
            .options({
              targets: {
                type: 'array',
                string: true,
                default: [],
                description:
                  'Datasets (CSV, TSV, JSON Lines, Parquet; gzip; files, globs, folders). Default: those in dvc.yaml deps/outs and .dvc files.',
              },
              all: { type: 'boolean', default: false, description: 'Show unchanged columns too.' },
              charts: { type: 'string', description: 'Folder for histograms of drifted columns.' },
              ...ruleOptions(),
            }),
        handler: async (argv: Record<string, unknown>) => {
          useEngine(argv);
          // git looks up the base revision while the data code loads (and yargs finishes); the
          // answer waits in the session for ensureRevision (src/data/cli.ts).
          const objects = new GitObjectSession(process.cwd());
          const base = argv.a_rev ?? 'HEAD';
          if (typeof base === 'string') void objects.hasCommit(base);
          const { runDataCli } = await import('../../data/cli');
          await runDataCli(
            {
              mode: 'diff',
              baseRev: argv.a_rev as string | undefined,
              headRev: argv.b_rev as string | undefined,
              targets: strings(argv.targets)
                .flatMap((t) => t.split(','))
                .filter(Boolean),
              all: argv.all === true,
              chartsDir: argv.charts as string | undefined,
              rules: strings(argv.rule),
              rulesFile: argv['rules-file'] as string | undefined,
              schemaFile: argv.schema as string | undefined,
              md: argv.md === true,
              json: argv.json === true,
            },
            objects,
          );
        },
      })
      .command({
        command: 'validate [targets..]',
        describe: 'Profile datasets in the working tree and check a schema and rules',
        builder: (y: Argv) =>
          y
            .env('CML_DATA')
            .positional('targets', {
              type: 'string',
              array: true,
              description: 'Datasets (default: from dvc.yaml and .dvc files).',
            })
            .options(ruleOptions()),
        handler: async (argv: Record<string, unknown>) => {
          useEngine(argv);
          const { runDataCli } = await import('../../data/cli');
          await runDataCli({
            mode: 'validate',
            targets: strings(argv.targets),
            all: true,
            rules: strings(argv.rule),
            rulesFile: argv['rules-file'] as string | undefined,
            schemaFile: argv.schema as string | undefined,
            md: argv.md === true,
            json: argv.json === true,
          });
        },
      })
      .demandCommand(
        1,
        'Name a subcommand: cml data diff [a_rev] [b_rev] | cml data validate [targets..]',
      ),
  handler: () => undefined,
};
