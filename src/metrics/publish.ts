import type { RunContext } from '../core/context';
import type { Logger } from '../core/logger';
import { publishVerdictCheck } from '../forge/publish-check';
import type { CheckAnnotation, Forge } from '../forge/types';
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
  const { gate } = options;
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
  return publishVerdictCheck({ ...options, title, failed: failed.length > 0, annotations });
}
