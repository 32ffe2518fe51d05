import type { ForgeKind, RunContext } from '../core/context';
import { forgeInfo } from '../forge/registry';
import { ConfigurationError } from '../core/errors';
import type { Logger } from '../core/logger';
import { git, gitMaybe } from './git';

/** CML's commit identity defaults, kept so existing pipelines produce the same commits. */
export const GIT_USER_NAME = 'Olivaw[bot]';
export const GIT_USER_EMAIL = 'olivaw@iterative.ai';
export const GIT_REMOTE = 'origin';

export interface PrepareOptions {
  cwd: string;
  context: RunContext;
  logger: Logger;
  token?: string;
  kind?: ForgeKind;
  userName?: string;
  userEmail?: string;
  remote?: string;
  /** Commits to fetch; 0 or less fetches everything (unshallow). Undefined: no fetch. */
  fetchDepth?: number;
  unshallow?: boolean;
}

/**
 * `cml repo prepare` / `cml ci`: makes a CI checkout ready to commit and push as CML does:
 * the commit identity, the remote rewritten to carry the token (so a push with a personal
 * token triggers workflows, which GITHUB_TOKEN pushes do not), actions/checkout's persisted
 * Authorization header removed (it would win over the token), and an optional deeper fetch.
 */
export async function prepareRepo(options: PrepareOptions): Promise<string> {
  const { cwd, logger } = options;
  const remote = options.remote ?? GIT_REMOTE;
  if ((await gitMaybe(['rev-parse', '--git-dir'], cwd)) === undefined) {
    throw new ConfigurationError(`${cwd} is not a git repository: run cml inside the checkout.`);
  }
  await git(['config', '--local', 'user.name', options.userName ?? GIT_USER_NAME], cwd);
  await git(['config', '--local', 'user.email', options.userEmail ?? GIT_USER_EMAIL], cwd);
  if (options.token) await useTokenRemote(options, remote);

  const depth = options.fetchDepth ?? (options.unshallow ? 0 : undefined);
  if (depth === undefined) return '';
  const secrets = [options.token];
  if (depth <= 0) {
    const shallow = await git(['rev-parse', '--is-shallow-repository'], cwd);
    if (shallow !== 'true') {
      logger.info('The repository is already complete; nothing to unshallow.');
      return '';
    }
    return git(['fetch', '--all', '--tags', '--unshallow'], cwd, { secrets });
  }
  return git(['fetch', '--all', '--tags', '--depth', String(depth)], cwd, { secrets });
}

/**
 * Puts the token into the remote's URL when the remote is this forge over HTTPS. Remotes that
 * are local paths, SSH or another host are left alone: the token is meaningless (or a leak) there.
 */
async function useTokenRemote(options: PrepareOptions, remote: string): Promise<void> {
  const { cwd, context, logger, token } = options;
  if (!token) return;
  const current = await gitMaybe(['remote', 'get-url', remote], cwd);
  if (current === undefined) {
    logger.debug(`No remote named ${remote}; the token remote is not set.`);
    return;
  }
  let url: URL;
  try {
    url = new URL(current);
  } catch {
    logger.debug(`Remote ${remote} is not an HTTP(S) URL; left unchanged.`);
    return;
  }
  const server = context.serverUrl ? new URL(context.serverUrl) : undefined;
  if (!/^https?:$/.test(url.protocol) || (server && server.host !== url.host)) {
    logger.debug(`Remote ${remote} is not on ${context.serverUrl}; left unchanged.`);
    return;
  }
  // actions/checkout persists GITHUB_TOKEN as an extra header for the server URL.
  await gitMaybe(['config', '--local', '--unset-all', `http.${url.origin}/.extraheader`], cwd);
  const credentials = forgeInfo(options.kind ?? context.forge ?? 'github').gitCredentials(token);
  url.username = credentials.username;
  url.password = credentials.password;
  if (!url.pathname.endsWith('.git')) url.pathname += '.git';
  await git(['remote', 'set-url', remote, url.toString()], cwd, {
    secrets: [token, credentials.password],
  });
  logger.info(`Remote ${remote} now pushes with the token.`);
}
