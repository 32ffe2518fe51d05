import type { RunContext } from '../core/context';
import { ConfigurationError } from '../core/errors';
import type { Logger } from '../core/logger';
import type { Forge } from './types';
import { createGitHubForge } from './github';
import { createGitLabForge } from './gitlab';

export type ForgeKind = 'github' | 'gitlab';

/**
 * The driver for the forge this run talks to. The kind comes from the platform (or an explicit
 * --driver), never from the host name, so GitHub Enterprise and self-managed GitLab work.
 */
export function createForge(options: {
  context: RunContext;
  token: string | undefined;
  logger: Logger;
  kind?: ForgeKind;
}): Forge {
  const kind =
    options.kind ?? (options.context.platform === 'local' ? undefined : options.context.platform);
  if (!kind) {
    throw new ConfigurationError(
      'Cannot tell which forge to use outside GitHub Actions or GitLab CI: pass --driver github|gitlab (and --repo) or write the report locally.',
    );
  }
  if (!options.token) {
    throw new ConfigurationError(
      kind === 'github'
        ? 'No GitHub token: set the token input, or REPO_TOKEN / GITHUB_TOKEN in the environment.'
        : 'No GitLab token: set the token input, or REPO_TOKEN / GITLAB_TOKEN (a project or personal access token with api scope; CI_JOB_TOKEN cannot write notes).',
    );
  }
  return kind === 'github'
    ? createGitHubForge(options.context, options.token, options.logger)
    : createGitLabForge(options.context, options.token, options.logger);
}
