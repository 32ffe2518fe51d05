import type { RunContext } from '../core/context';
import { errorMessage, PermissionError } from '../core/errors';
import type { Logger } from '../core/logger';
import type { CheckAnnotation, Forge } from '../forge/types';
import { forgeInfo } from '../forge/registry';
import type { GateReport } from './gate';

/**
 * Puts the result on the commit: on GitHub a check run whose output carries the tables and
 * whose annotations point at each violated metric's line; on GitLab a commit status; on
 * Bitbucket a Code Insights report with annotations and a build status. A refused
 * write (read-only token on a fork) warns unless failOnError.
 */
export async function publishCheck(options: {
  forge: Forge;
  context: RunContext;
  logger: Logger;
  name: string;
  markdown: string;
  gate: GateReport;
  changed: boolean;
  /** Repository path of the working directory ('' at the top), so annotation paths are repo-relative. */
  prefix: string;
  failOnError: boolean;
}): Promise<string | undefined> {
  const { forge, context, logger, gate } = options;
  const sha = context.sha;
  if (!sha) {
    logger.warning('No commit sha in the environment: the check was not published.');
    return undefined;
  }
  const failed = gate.results.filter((r) => !r.passed);
  const title =
    gate.results.length === 0
      ? options.changed
        ? 'Metrics changed'
        : 'No metric changed'
      : failed.length > 0
        ? `${failed.length} of ${gate.results.length} quality gates failed`
        : `All ${gate.results.length} quality gates passed`;
  const annotations: CheckAnnotation[] = failed
    .filter((r) => r.path !== undefined)
    .map((r) => ({
      path: options.prefix + r.path!,
      line: r.line ?? 1,
      level: 'failure',
      title: `Quality gate: ${r.rule.text}`,
      message: r.detail,
    }));
  try {
    const check = await forge.createCheck({
      name: options.name,
      sha,
      conclusion: failed.length > 0 ? 'failure' : 'success',
      title,
      summary: options.markdown,
      annotations,
      detailsUrl: context.runUrl,
    });
    logger.info(
      `Published ${CHECK_WORDS[forgeInfo(forge.kind).checksKind]} '${options.name}': ${title}.`,
    );
    return check.url;
  } catch (error) {
    if (options.failOnError) throw error;
    const hint = error instanceof PermissionError ? `\n${error.hint}` : '';
    logger.warning(`Could not publish the check '${options.name}': ${errorMessage(error)}${hint}`);
    return undefined;
  }
}

/** What each way of publishing a check is called in the log. */
const CHECK_WORDS = {
  'check-run': 'check run',
  'commit-status': 'commit status',
  'code-insights': 'Code Insights report',
} as const;
