import type { RunContext } from '../core/context';
import { ConfigurationError } from '../core/errors';
import type { Logger } from '../core/logger';
import { ensureRevision, hasCommit } from './ensure-revision';
import { runGit } from './run-git';
import { platformInfo } from '../platforms';

export interface BaseRevision {
  /** What git reads: a sha or a ref this clone has (fetched when it was missing). */
  revision: string;
  /** What tables show in the column header: the branch name when known, else a short sha. */
  label: string;
  /** Where it came from, for the log. */
  source: string;
}

/**
 * The revision this run's metrics are compared against: an explicit one when given, else the
 * PR's base commit (GitHub payload base sha, GitLab CI_MERGE_REQUEST_DIFF_BASE_SHA), else its
 * base branch (GITHUB_BASE_REF, CI_MERGE_REQUEST_TARGET_BRANCH_NAME,
 * BITBUCKET_PR_DESTINATION_BRANCH), else the default branch.
 */
export async function resolveBaseRevision(options: {
  context: RunContext;
  cwd: string;
  logger: Logger;
  explicit?: string;
}): Promise<BaseRevision> {
  const { context, cwd, logger, explicit } = options;
  const pick = await chooseBase(context, cwd, explicit);
  const revision = await ensureRevision(pick.revision, cwd, logger);
  logger.debug(`Base revision: ${pick.revision} (${pick.source}), read as ${revision}`);
  return { ...pick, revision };
}

async function chooseBase(
  context: RunContext,
  cwd: string,
  explicit: string | undefined,
): Promise<BaseRevision> {
  if (explicit) return { revision: explicit, label: explicit, source: 'given' };
  if (context.baseSha) {
    const source = platformInfo(context.platform).baseSources?.sha ?? 'pull request base';
    return {
      revision: context.baseSha,
      label: context.baseRef ?? context.baseSha.slice(0, 7),
      source,
    };
  }
  if (context.baseRef) {
    return {
      revision: context.baseRef,
      label: context.baseRef,
      source: platformInfo(context.platform).baseSources?.ref ?? 'pull request base branch',
    };
  }
  const branch = context.defaultBranch ?? (await defaultBranchFromGit(cwd));
  if (!branch) {
    throw new ConfigurationError(
      'Cannot tell which revision to compare against: this is not a pull/merge request and the default branch is unknown. Name the base revision (the base input, or cml metrics diff <a_rev>).',
    );
  }
  return { revision: branch, label: branch, source: 'default branch' };
}

/** origin/HEAD's branch, else main or master when this clone knows one of them. */
async function defaultBranchFromGit(cwd: string): Promise<string | undefined> {
  const head = await runGit(
    ['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD'],
    cwd,
  );
  if (head.code === 0) {
    const name = head.stdout
      .toString('utf8')
      .trim()
      .replace(/^origin\//, '');
    if (name) return name;
  }
  for (const name of ['main', 'master']) {
    if ((await hasCommit(name, cwd)) || (await hasCommit(`refs/remotes/origin/${name}`, cwd))) {
      return name;
    }
  }
  return undefined;
}
