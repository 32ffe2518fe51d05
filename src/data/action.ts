import { resolve } from 'node:path';
import type { RunContext } from '../core/context';
import { defaultDotenvFile, readContext, stepOutputFile } from '../platforms';
import { errorMessage } from '../core/errors';
import type { Logger } from '../core/logger';
import { readForgeToken } from '../forge/token';
import { createForge } from '../forge';
import { resolveBaseRevision } from '../git/base-revision';
import { ensureRevision, repositoryPrefix } from '../git/ensure-revision';
import { readInputs } from '../inputs';
import { writeJobSummary } from '../core/outputs';
import { LIMITS, truncateMarkdown } from '../core/markdown-truncate';
import { publishDataCheck } from './action-check';
import { OUTPUT_LIMIT, writeDataOutputs } from './action-outputs';
import { runDataDiff, runDataValidate } from './run-data';
import { DataRuleFailure } from './failure';
import type { DataFailure, DataRunOptions } from './types';

/** GitHub shows only the first 10 error annotations of a step; the check run carries them all. */
const STEP_ANNOTATIONS = 10;

export { DataRuleFailure } from './failure';

/**
 * The data-validate action (GitHub) and component (GitLab): profiles the datasets at HEAD and,
 * unless compare is off, at the base revision; writes the outputs and the job summary; annotates
 * and publishes every violated rule; then fails the step, after everything is written.
 */
export async function runDataValidateAction(
  logger: Logger,
  env: NodeJS.ProcessEnv = process.env,
  cwd: string = process.cwd(),
): Promise<void> {
  const inputs = readInputs('data-validate', (s) => logger.mask(s), env);
  const context = readContext(env);
  const token = readForgeToken(logger, context.forge, inputs.token, env);
  const compared = inputs.compare;

  const chartsDir = inputs['charts-dir'];
  const options: DataRunOptions = {
    cwd,
    targets: inputs.targets,
    schemaFile: inputs.schema,
    rules: ruleLines(inputs.rules),
    rulesFile: inputs['rules-file'],
    all: inputs.all,
    chartsDir: chartsDir ? resolve(cwd, chartsDir) : undefined,
    ...(compared ? await revisions(context, cwd, logger, inputs.base, inputs.head) : {}),
  };
  const outcome = compared
    ? await runDataDiff(options, logger)
    : await runDataValidate(options, logger);
  for (const warning of outcome.warnings) logger.warning(warning);

  // A step output is capped at 1 MB by the runner; the job summary and check run have their own
  // limits. The JSON output stays whole (a cut would not parse): over 1 MB it goes to a file.
  const markdown = (
    await truncateMarkdown(outcome.markdown, OUTPUT_LIMIT, {
      fullReport: 'the JSON output',
      unit: 'bytes',
    })
  ).text;
  logger.info(markdown);
  const failed = !outcome.passed || outcome.failures.length > 0;
  writeDataOutputs(
    {
      markdown,
      json: JSON.stringify(outcome.json),
      changed: String(outcome.changed),
      passed: String(!failed),
    },
    {
      githubOutputFile: stepOutputFile(context.platform, env),
      dotenv:
        inputs['dotenv-file'] ?? defaultDotenvFile(context.platform, 'cml-data-validate.env', env),
      cwd,
    },
    logger,
  );
  if (inputs.summary && context.summaryFile) {
    await writeJobSummary(context.summaryFile, markdown, 'the JSON output');
  }

  const prefix = await pathPrefix(cwd, logger);
  annotate(outcome.failures, prefix, logger);

  if (inputs.check && context.forge) {
    if (!token) {
      logger.warning(
        'No token (the token input, REPO_TOKEN, GITHUB_TOKEN or GITLAB_TOKEN): the check was not published.',
      );
    } else {
      await publishDataCheck({
        forge: await createForge({ context, token, logger }),
        context,
        logger,
        name: inputs['check-name'] ?? 'cml data-validate',
        markdown: (
          await truncateMarkdown(outcome.markdown, LIMITS.checkRunSummary, {
            fullReport: 'the job summary',
          })
        ).text,
        outcome,
        compared,
        prefix,
        failOnError: inputs['fail-on-error'],
      });
    }
  }
  if (failed) throw new DataRuleFailure(failureMessage(outcome.failures));
}

/** The rules input holds one rule a line; blank lines and `#` comments are skipped. */
export function ruleLines(text: string | undefined): string[] {
  return (text ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** The base (explicit, else the PR's base, else the default branch) and HEAD git can read. */
async function revisions(
  context: RunContext,
  cwd: string,
  logger: Logger,
  base: string | undefined,
  head: string | undefined,
): Promise<Pick<DataRunOptions, 'baseRev' | 'headRev'>> {
  const resolved = await resolveBaseRevision({ context, cwd, logger, explicit: base });
  const from = resolved.source === 'given' ? '' : ` (the base, from the ${resolved.source})`;
  const headRev =
    head && head !== 'workspace'
      ? await ensureRevision(head, cwd, logger, 'origin', 'revision')
      : undefined;
  logger.info(`Comparing the data at ${resolved.label}${from} with ${head ?? 'the workspace'}.`);
  return { baseRev: resolved.revision, headRev };
}

/** Each violation is a workflow annotation at its file and line (GitLab and local: file:line). */
function annotate(failures: DataFailure[], prefix: string, logger: Logger): void {
  for (const f of failures.slice(0, STEP_ANNOTATIONS)) {
    logger.error(`Data rule failed: ${f.rule}: ${f.message}`, {
      file: f.file !== undefined ? prefix + f.file : undefined,
      line: f.line,
      title: 'Data rule',
    });
  }
  if (failures.length > STEP_ANNOTATIONS) {
    logger.info(
      `${failures.length - STEP_ANNOTATIONS} more failed data rules are in the check and the job summary.`,
    );
  }
}

/** The step's failure message: the first few violations in full, then how many more. */
export function failureMessage(failures: DataFailure[], shown = 5): string {
  if (failures.length === 0) return 'The data check failed (see the report above).';
  const listed = failures.slice(0, shown).map((f) => `${f.rule} (${f.message})`);
  if (failures.length > shown) listed.push(`and ${failures.length - shown} more`);
  return `${failures.length} data rule${failures.length > 1 ? 's' : ''} failed: ${listed.join('; ')}`;
}

/**
 * Annotation paths are repository-relative. Validating HEAD alone needs no repository, so outside
 * one the paths stay relative to the working directory.
 */
async function pathPrefix(cwd: string, logger: Logger): Promise<string> {
  try {
    return await repositoryPrefix(cwd);
  } catch (error) {
    logger.debug(`Annotation paths relative to ${cwd}: ${errorMessage(error)}`);
    return '';
  }
}
