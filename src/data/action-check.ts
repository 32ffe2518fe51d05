import type { RunContext } from '../core/context';
import type { Logger } from '../core/logger';
import { publishVerdictCheck } from '../forge/publish-check';
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
 * Puts the data-validate result on the commit, as metrics-diff does its gates: the check's
 * summary is the section and its annotations point at the rule, schema or data line of each
 * violation. A refused write (a read-only token on a fork) warns unless failOnError.
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
  const { outcome } = options;
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
  return publishVerdictCheck({
    ...options,
    title: checkTitle(outcome, options.compared),
    failed: outcome.failures.length > 0 || !outcome.passed,
    annotations,
  });
}
