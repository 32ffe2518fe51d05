import type { RunContext } from '../core/context';
import { errorMessage, PermissionError } from '../core/errors';
import type { Logger } from '../core/logger';
import { forgeInfo } from './registry';
import type { CheckAnnotation, Forge } from './types';

/** What each way of publishing a check is called in the log. */
const CHECK_WORDS = {
  'check-run': 'check run',
  'commit-status': 'commit status',
  'code-insights': 'Code Insights report',
} as const;

/**
 * Puts a capability's verdict on the commit the way its forge keeps checks (a GitHub check run
 * with annotations, a GitLab commit status, a Bitbucket Code Insights report): metrics-diff's
 * gates and data-validate's rules share it. No sha in the environment, or a refused write (a
 * read-only token on a fork), warns unless failOnError; returns the check's URL when posted.
 */
export async function publishVerdictCheck(options: {
  forge: Forge;
  context: RunContext;
  logger: Logger;
  name: string;
  title: string;
  failed: boolean;
  /** The check's body: the capability's Markdown section. */
  markdown: string;
  annotations: CheckAnnotation[];
  failOnError: boolean;
}): Promise<string | undefined> {
  const { forge, context, logger, name, title } = options;
  if (!context.sha) {
    logger.warning('No commit sha in the environment: the check was not published.');
    return undefined;
  }
  try {
    const check = await forge.createCheck({
      name,
      sha: context.sha,
      conclusion: options.failed ? 'failure' : 'success',
      title,
      summary: options.markdown,
      annotations: options.annotations,
      detailsUrl: context.runUrl,
    });
    logger.info(`Published ${CHECK_WORDS[forgeInfo(forge.kind).checksKind]} '${name}': ${title}.`);
    return check.url;
  } catch (error) {
    if (options.failOnError) throw error;
    const hint = error instanceof PermissionError ? `\n${error.hint}` : '';
    logger.warning(`Could not publish the check '${name}': ${errorMessage(error)}${hint}`);
    return undefined;
  }
}
