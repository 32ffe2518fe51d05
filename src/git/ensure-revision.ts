import { ConfigurationError } from '../core/errors';
import type { Logger } from '../core/logger';
import { runGit } from './run-git';

/** Whether `revision` names a commit this clone has. */
export async function hasCommit(revision: string, cwd: string): Promise<boolean> {
  const r = await runGit(['rev-parse', '--verify', '--quiet', `${revision}^{commit}`], cwd);
  return r.code === 0;
}

const FULL_SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/i;

/**
 * Makes sure a revision is readable, fetching only that commit (depth 1) when a shallow or
 * single-branch clone lacks it, and returns the name git can read it by. Branch names missing
 * locally are looked up as origin/<branch> and fetched into that remote-tracking ref.
 * An unknown revision is the user's to fix: the error names it and says how to fetch history.
 */
export async function ensureRevision(
  revision: string,
  cwd: string,
  logger: Logger,
  remote = 'origin',
): Promise<string> {
  if (revision.startsWith('-')) {
    throw new ConfigurationError(
      `Invalid revision '${revision}': a revision cannot start with '-'.`,
    );
  }
  if (await hasCommit(revision, cwd)) return revision;
  const tracking = `refs/remotes/${remote}/${revision}`;
  if (!FULL_SHA.test(revision) && (await hasCommit(tracking, cwd))) return tracking;

  const refspec = FULL_SHA.test(revision)
    ? revision
    : `+refs/heads/${revision.replace(/^refs\/heads\//, '')}:${tracking}`;
  logger.info(`Fetching ${revision} from ${remote} (depth 1): this clone does not have it.`);
  const fetched = await runGit(
    ['fetch', '--no-tags', '--depth=1', '--quiet', remote, refspec],
    cwd,
    { ...process.env, GIT_TERMINAL_PROMPT: '0' },
  );
  if (fetched.code === 0) {
    if (await hasCommit(revision, cwd)) return revision;
    if (await hasCommit(tracking, cwd)) return tracking;
  }
  const reason = fetched.stderr.trim().split('\n').filter(Boolean).pop();
  throw new ConfigurationError(
    `Unknown base revision '${revision}': this clone does not have it${
      reason ? ` and 'git fetch ${remote} ${revision}' failed (${reason})` : ''
    }. Fetch the history it needs: actions/checkout with 'fetch-depth: 0' on GitHub, ` +
      `'GIT_DEPTH: 0' on GitLab, or 'git fetch ${remote} ${revision}' before this step; ` +
      `or name a revision that exists.`,
  );
}

/** The path of cwd inside its repository ('' at the top, 'sub/dir/' below), for `git show rev:path`. */
export async function repositoryPrefix(cwd: string): Promise<string> {
  const r = await runGit(['rev-parse', '--show-prefix'], cwd);
  if (r.code !== 0) {
    throw new ConfigurationError(
      `${cwd} is not inside a git repository: metrics are compared between git revisions (${r.stderr.trim()}).`,
    );
  }
  return r.stdout.toString('utf8').trim();
}
