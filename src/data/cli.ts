import { ConsoleLogger } from '../core/logger';
import { ensureRevision } from '../git/ensure-revision';
import { GitObjectSession } from '../git/object-session';
import { DataRuleFailure } from './failure';
import { runDataDiff, runDataValidate } from './run-data';
import type { DataOutcome } from './types';

export interface DataCliArgs {
  mode: 'diff' | 'validate';
  baseRev?: string;
  headRev?: string;
  targets: string[];
  all: boolean;
  chartsDir?: string;
  rules: string[];
  rulesFile?: string;
  schemaFile?: string;
  md: boolean;
  json: boolean;
}

/**
 * `cml data diff` / `cml data validate`: the result (Markdown by default, or JSON) to stdout,
 * logs to stderr; a failed rule or schema check is an annotation and exit code 1. `objects` is
 * the git session the run asks (the command starts it early); it is closed when the run ends.
 */
export async function runDataCli(
  args: DataCliArgs,
  objects = new GitObjectSession(process.cwd()),
): Promise<void> {
  try {
    await run(args, objects);
  } finally {
    objects.close();
  }
}

async function run(args: DataCliArgs, objects: GitObjectSession): Promise<void> {
  const logger = new ConsoleLogger(process.stderr, process.stderr);
  const cwd = process.cwd();
  // An unknown revision is an error (fetched first when the clone lacks it), not "every dataset
  // was added": a dataset missing at a revision that exists still reads as added.
  const baseRev =
    args.mode === 'diff'
      ? await ensureRevision(
          args.baseRev ?? 'HEAD',
          cwd,
          logger,
          'origin',
          'base revision',
          objects,
        )
      : undefined;
  const headRev = args.headRev
    ? await ensureRevision(args.headRev, cwd, logger, 'origin', 'revision', objects)
    : undefined;
  const options = {
    cwd,
    targets: args.targets,
    baseRev,
    headRev,
    schemaFile: args.schemaFile,
    rules: args.rules,
    rulesFile: args.rulesFile,
    all: args.all,
    chartsDir: args.chartsDir,
  };
  const outcome: DataOutcome =
    args.mode === 'diff'
      ? await runDataDiff(options, logger, objects)
      : await runDataValidate(options, logger, objects);
  for (const warning of outcome.warnings) logger.warning(warning);
  process.stdout.write(
    args.json ? `${JSON.stringify(outcome.json, null, 2)}\n` : `${outcome.markdown.trimEnd()}\n\n`,
  );
  for (const f of outcome.failures)
    logger.error(`${f.rule}: ${f.message}`, {
      file: f.file,
      line: f.line,
      title: 'data rule failed',
    });
  if (!outcome.passed) {
    const first = outcome.failures.slice(0, 5).map((f) => `${f.rule}: ${f.message}`);
    throw new DataRuleFailure(
      `${outcome.failures.length} data rule(s) failed:\n${first.join('\n')}${outcome.failures.length > 5 ? `\n… and ${outcome.failures.length - 5} more` : ''}`,
    );
  }
}
