import type { RunContext } from '../../core/context';
import { ConfigurationError } from '../../core/errors';

/** owner and repo from the context's owner/name, as octokit's route parameters want them. */
export function repoParams(context: RunContext): { owner: string; repo: string } {
  const [owner, repo, extra] = context.repository.split('/');
  if (!owner || !repo || extra !== undefined) {
    throw new ConfigurationError(
      `The GitHub repository '${context.repository}' is not owner/name: set GITHUB_REPOSITORY or pass --repo owner/name.`,
    );
  }
  return { owner, repo };
}

/** The page number of a Link header's rel (GitHub's pagination), if present. */
export function linkPage(link: string | undefined, rel: string): number | undefined {
  if (!link) return undefined;
  for (const part of link.split(',')) {
    const m = /<([^>]+)>\s*;\s*rel="([^"]+)"/.exec(part.trim());
    if (m?.[2] !== rel || !m[1]) continue;
    const page = new URL(m[1]).searchParams.get('page');
    return page === null ? undefined : Number(page);
  }
  return undefined;
}
