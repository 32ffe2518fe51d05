import type { RunContext } from '../core/context';
import { errorMessage, PermissionError } from '../core/errors';
import type { Logger } from '../core/logger';
import type { CheckAnnotation, Forge } from '../forge/types';
import type { DataOutcome } from './types';

/** What the check says in one line: the verdict users see in the PR's checks list. */
export function checkTitle(outcome: DataOutcome, compared: boolean): string {
  const failed = outcome.failures.length;
  if (failed > 0) return `${failed} data rule${failed > 1 ? 's' : ''} failed`;
  if (!compared) return 'The data passed every check';
  return outcome.changed ? 'The data changed; every rule passed' : 'No data changed';
}

/**
 * Puts the data-validate result on the commit, as metrics-diff does its gates: on GitHub a check
 * run whose summary is the section and whose annotations point at the rule, schema or data line
 * of each violation; on GitLab a commit status. A refused write (a read-only token on a fork)
 * warns unless failOnError.
 */
export async function publishDataCheck(options: {
  forge: Forge;
  context: RunContext;
  logger: Logger;
  name: string;
  markdown: string;
  outcome: DataOutcome;
  compared: boolean;
  /** Repository path of the working directory ('' at the top), so annotation paths are repo-relative. */
  prefix: string;
  failOnError: boolean;
}): Promise<string | undefined> {
  const { forge, context, logger, outcome } = options;
  if (!context.sha) {
    logger.warning('No commit sha in the environment: the check was not published.');
    return undefined;
  }
  const title = checkTitle(outcome, options.compared);
  // A failure without a file (a dataset that could not be read at all) is in the summary only:
  // an annotation needs a path.
  const annotations: CheckAnnotation[] = outcome.failures
    .filter((f) => f.file !== undefined)
    .map((f) => ({
      path: options.prefix + f.file!,
      line: f.line ?? 1,
      level: 'failure',
      title: `Data rule: ${f.rule}`,
      message: f.message,
    }));
  try {
    const check = await forge.createCheck({
      name: options.name,
      sha: context.sha,
      conclusion: outcome.failures.length > 0 || !outcome.passed ? 'failure' : 'success',
      title,
      summary: options.markdown,
      annotations,
      detailsUrl: context.runUrl,
    });
    logger.info(
      `Published ${forge.kind === 'github' ? 'check run' : 'commit status'} '${options.name}': ${title}.`,
    );
    return check.url;
  } catch (error) {
    if (options.failOnError) throw error;
    const hint = error instanceof PermissionError ? `\n${error.hint}` : '';
    logger.warning(`Could not publish the check '${options.name}': ${errorMessage(error)}${hint}`);
    return undefined;
  }
}
