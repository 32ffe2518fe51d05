import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ConfigurationError } from '../core/errors';
import type { Logger } from '../core/logger';
import type { GitObjectSession } from './object-session';
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
 * With `objects`, the run's git session answers whether the revision is there (no process of
 * its own) and is retired before a fetch.
 */
export async function ensureRevision(
  revision: string,
  cwd: string,
  logger: Logger,
  remote = 'origin',
  /** What the revision is, for the error message. */
  what = 'base revision',
  objects?: GitObjectSession,
): Promise<string> {
  if (revision.startsWith('-')) {
    throw new ConfigurationError(
      `Invalid revision '${revision}': a revision cannot start with '-'.`,
    );
  }
  const known = (rev: string) => (objects ? objects.hasCommit(rev) : hasCommit(rev, cwd));
  if (await known(revision)) return revision;
  const tracking = `refs/remotes/${remote}/${revision}`;
  if (!FULL_SHA.test(revision) && (await known(tracking))) return tracking;
  objects?.retire();

  // A sha is fetched as itself; a name as a branch into origin/<name>, else as a tag.
  const name = revision.replace(/^refs\/(heads|tags)\//, '');
  const attempts = FULL_SHA.test(revision)
    ? [revision]
    : [`+refs/heads/${name}:${tracking}`, `+refs/tags/${name}:refs/tags/${name}`];
  logger.info(`Fetching ${revision} from ${remote} (depth 1): this clone does not have it.`);
  let fetched = { code: 1, stderr: '' };
  for (const refspec of attempts) {
    fetched = await runGit(['fetch', '--no-tags', '--depth=1', '--quiet', remote, refspec], cwd, {
      ...process.env,
      GIT_TERMINAL_PROMPT: '0',
    });
    if (fetched.code !== 0) continue;
    for (const candidate of [revision, tracking, `refs/tags/${name}`]) {
      if (await hasCommit(candidate, cwd)) return candidate;
    }
  }
  // git's first fatal/error line says what went wrong; its last is often advice ("and the
  // repository exists.").
  const lines = fetched.stderr.trim().split('\n').filter(Boolean);
  const reason = lines.find((l) => /^(fatal|error):/.test(l)) ?? lines.pop();
  throw new ConfigurationError(
    `Unknown ${what} '${revision}': this clone does not have it${
      reason ? ` and 'git fetch ${remote} ${revision}' failed (${reason})` : ''
    }. Fetch the history it needs: actions/checkout with 'fetch-depth: 0' on GitHub, ` +
      `'GIT_DEPTH: 0' on GitLab, or 'git fetch ${remote} ${revision}' before this step; ` +
      `or name a revision that exists.`,
  );
}

/**
 * The path of cwd inside its repository ('' at the top, 'sub/dir/' below), for `git show rev:path`.
 * Found by looking up for the `.git` entry git itself would find (a folder, or a file in a worktree
 * or submodule), so the common case costs no git process (~20 ms of a small job's cold start);
 * git answers when the environment points elsewhere (GIT_DIR, GIT_WORK_TREE) or no `.git` is found.
 */
export async function repositoryPrefix(cwd: string): Promise<string> {
  const fast = prefixFromDotGit(cwd);
  if (fast !== undefined) return fast;
  const r = await runGit(['rev-parse', '--show-prefix'], cwd);
  if (r.code !== 0) {
    throw new ConfigurationError(
      `${cwd} is not inside a git repository: metrics are compared between git revisions (${r.stderr.trim()}).`,
    );
  }
  return r.stdout.toString('utf8').trim();
}

function prefixFromDotGit(cwd: string): string | undefined {
  if (process.env.GIT_DIR || process.env.GIT_WORK_TREE) return undefined;
  let dir: string;
  try {
    dir = realpathSync(cwd);
  } catch {
    return undefined;
  }
  const parts: string[] = [];
  for (;;) {
    if (existsSync(join(dir, '.git'))) {
      return parts.length ? `${parts.reverse().join('/')}/` : '';
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    // Inside the .git folder itself git has no prefix to give: let it answer.
    if (basename(dir) === '.git') return undefined;
    parts.push(basename(dir));
    dir = parent;
  }
}
