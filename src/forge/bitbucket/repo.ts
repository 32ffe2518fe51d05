import type { RunContext } from '../../core/context';
import { ConfigurationError } from '../../core/errors';

/**
 * `/repositories/{workspace}/{repo_slug}` for this run's repository (`workspace/slug`, as
 * BITBUCKET_REPO_FULL_NAME gives it). Both parts are path segments, encoded as such.
 */
export function repoPath(context: RunContext): string {
  const parts = context.repository.split('/');
  if (parts.length !== 2 || !parts[0] || !parts[1]) {
    throw new ConfigurationError(
      `Bitbucket repository '${context.repository}': expected workspace/repo_slug (BITBUCKET_REPO_FULL_NAME, or --repo).`,
    );
  }
  return `/repositories/${encodeURIComponent(parts[0])}/${encodeURIComponent(parts[1])}`;
}

/** Web URL of the repository, e.g. https://bitbucket.org/workspace/slug */
export function repoWebUrl(context: RunContext): string {
  return `${context.serverUrl.replace(/\/+$/, '')}/${context.repository}`;
}
