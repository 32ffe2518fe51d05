import { rm } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { ConfigurationError } from '../core/errors';
import { git, gitMaybe } from './git';
import { GIT_REMOTE, prepareRepo } from './prepare-repo';
import type { Session } from './session';
import { forgeInfo } from '../forge/registry';

export interface PrCreateOptions {
  paths: string[];
  md?: boolean;
  skipCi?: boolean;
  merge?: boolean;
  rebase?: boolean;
  squash?: boolean;
  branch?: string;
  targetBranch?: string;
  title?: string;
  body?: string;
  message?: string;
  remote?: string;
  userEmail?: string;
  userName?: string;
  reuse?: boolean;
  cwd?: string;
}

/**
 * `cml pr create`: commits the named paths (git pathspecs, globs as CML's globby reads them)
 * on top of the triggering commit to `<target>-cml-pr-<sha8>`, pushes it and opens a pull or
 * merge request, optionally with auto-merge. The commit is built in a private index, so the
 * user's working tree, index and HEAD stay as they were.
 * Returns what CML prints: the URL (or a Markdown link), or undefined when nothing changed.
 */
export async function createPullRequest(
  session: Session,
  options: PrCreateOptions,
): Promise<string | undefined> {
  const { context, logger, token } = session;
  const cwd = options.cwd ?? process.cwd();
  const remote = options.remote ?? GIT_REMOTE;
  const forge = await session.forge();
  await prepareRepo({
    cwd,
    context,
    logger,
    token,
    kind: forge.kind,
    userName: options.userName,
    userEmail: options.userEmail,
    remote,
  });
  const secrets = [token];
  const noun = forgeInfo(forge.kind).pullNoun;
  const render = (url: string) => (options.md ? `[CML's ${titleCase(noun)}](${url})` : url);

  const sha = context.sha || (await git(['rev-parse', 'HEAD'], cwd));
  const short = sha.slice(0, 8);
  const target = options.targetBranch ?? (await currentBranch(session, cwd));
  if (options.targetBranch) {
    const found = await git(['ls-remote', '--heads', remote, `refs/heads/${target}`], cwd, {
      secrets,
    });
    if (!found) {
      throw new ConfigurationError(
        `--target-branch: branch '${target}' does not exist on remote ${remote}.`,
      );
    }
  }
  const source = options.branch ?? `${target}-cml-pr-${short}`;
  const method = options.merge
    ? 'merge'
    : options.rebase
      ? 'rebase'
      : options.squash
        ? 'squash'
        : undefined;

  const existing = await git(['ls-remote', '--heads', remote, `refs/heads/${source}`], cwd, {
    secrets,
  });
  if (existing) {
    const open = await forge.findOpenPull(source, target);
    if (open) {
      if (!options.reuse) {
        throw new ConfigurationError(
          `A ${noun} for branch ${source} already exists: ${open.url}. Pass --reuse (or CML_PR_REUSE=true) to print it and carry on, or --branch to use another branch.`,
        );
      }
      logger.warning(`Branch ${source} already exists; reusing its request ${open.url}.`);
      return render(open.url);
    }
    logger.warning(`Branch ${source} already exists without an open request; opening one.`);
  } else {
    // Without paths CML proposes the commits the job already made (HEAD) as they are.
    const commit = options.paths.length
      ? await commitPaths({ cwd, sha, remote, options, short, secrets, logger })
      : await headCommit(cwd, sha, logger);
    if (commit === undefined) return undefined;
    await git(['push', remote, `${commit}:refs/heads/${source}`], cwd, { secrets });
    const what = options.paths.length ? options.paths.join(' ') : 'HEAD';
    logger.info(`Pushed ${what} to ${source} (${commit.slice(0, 8)}).`);
  }

  const pull = await forge.createPull({
    head: source,
    base: target,
    title: options.title || `CML PR for ${target} ${short}`,
    body:
      options.body ||
      `Automated commits for ${context.serverUrl}/${context.repository}/commit/${sha} created by CML.`,
  });
  if (method) await forge.enableAutoMerge(pull, method);
  return render(pull.url);
}

/** The branch the new request targets: the PR/MR head in CI, else the checked-out branch. */
async function currentBranch(session: Session, cwd: string): Promise<string> {
  if (session.context.ref) return session.context.ref;
  const branch = await gitMaybe(['symbolic-ref', '--short', 'HEAD'], cwd);
  if (!branch) {
    throw new ConfigurationError(
      'Cannot tell the target branch (detached HEAD outside CI): pass --target-branch.',
    );
  }
  return branch;
}

/** HEAD, when it holds commits the triggering commit does not; else undefined after a warning. */
async function headCommit(
  cwd: string,
  sha: string,
  logger: Session['logger'],
): Promise<string | undefined> {
  const head = await git(['rev-parse', 'HEAD'], cwd);
  const ahead = await gitMaybe(['rev-list', '--count', `${sha}..${head}`], cwd);
  if (head === sha || ahead === '0') {
    logger.warning(
      'No paths given and HEAD has no commits beyond the triggering commit. Nothing to do.',
    );
    return undefined;
  }
  return head;
}

/**
 * Builds the commit in a private index: the triggering commit's tree plus the matching working
 * tree files. Answers undefined (after CML's warning) when none of them changed.
 */
async function commitPaths(args: {
  cwd: string;
  sha: string;
  remote: string;
  short: string;
  options: PrCreateOptions;
  secrets: (string | undefined)[];
  logger: Session['logger'];
}): Promise<string | undefined> {
  const { cwd, sha, remote, options, secrets } = args;
  if ((await gitMaybe(['cat-file', '-e', `${sha}^{commit}`], cwd)) === undefined) {
    await git(['fetch', remote, sha], cwd, { secrets });
  }
  const gitDir = await git(['rev-parse', '--absolute-git-dir'], cwd);
  const index = join(gitDir, `cml-pr-index-${process.pid}`);
  const env = { ...process.env, GIT_INDEX_FILE: index };
  // Globs behave as in CML (globby): `**/*.json` also matches top-level files.
  const pathspecs = options.paths.map((p) =>
    p.startsWith(':') || isAbsolute(p) ? p : `:(glob)${p}`,
  );
  try {
    await git(['read-tree', sha], cwd, { env });
    const added = await gitMaybe(['add', '--', ...pathspecs], cwd, env);
    if (added === undefined) {
      // Re-run to surface git's reason (an ignored file, a path outside the repository).
      await git(['add', '--', ...pathspecs], cwd, { env }).catch((error: Error) => {
        if (/did not match any files/.test(error.message)) return '';
        throw new ConfigurationError(`Cannot stage ${options.paths.join(' ')}: ${error.message}`);
      });
    }
    const changed = await git(['diff-index', '--cached', '--name-only', sha], cwd, { env });
    if (!changed) {
      args.logger.warning(
        `Input files are not affected (${options.paths.join(' ')}). Nothing to do.`,
      );
      return undefined;
    }
    const tree = await git(['write-tree'], cwd, { env });
    let message = options.message || `CML PR for ${args.short}`;
    if (
      options.skipCi ||
      (!options.message && !(options.merge || options.rebase || options.squash))
    ) {
      message += ' [skip ci]';
    }
    return await git(['commit-tree', tree, '-p', sha, '-m', message], cwd);
  } finally {
    await rm(index, { force: true });
  }
}

/** "merge request" → "Merge Request", as CML's --md link reads. */
const titleCase = (words: string) => words.replace(/\b\w/g, (c) => c.toUpperCase());
