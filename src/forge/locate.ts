import type { ForgeKind } from '../core/context';
import { ConfigurationError } from '../core/errors';
import { FORGE_KINDS, forgeInfo, forgeOfHost } from './registry';

/** Where a repository lives, as the forge driver needs it. */
export interface RepositoryLocation {
  forge: ForgeKind;
  /** owner/name, group/sub/project or workspace/slug. */
  repository: string;
  /** Web root (https://github.com, https://gitlab.example.com). */
  serverUrl: string;
  /** REST root. */
  apiUrl: string;
}

/**
 * A repository named by CML's `--repo` (web URL or slug) and `--driver`, as CML's constructor
 * and inferDriver read them: the forge is --driver, else the URL's host when it is a forge's
 * public service (github.com, gitlab.com, bitbucket.org). A self-hosted host needs --driver and
 * gets the API under the same host (GHES /api/v3, GitLab /api/v4). A slug is on `slugForge`'s
 * public service (the platform's forge, else GitHub, as CML's default), or at CML_SERVER_URL /
 * the forge's own server variable (GITHUB_SERVER_URL, CI_SERVER_URL) when set.
 * CML_API_URL, else the forge's own variable (GITHUB_API_URL, CI_API_V4_URL), replaces the
 * public API root: proxies and tests point it elsewhere.
 */
export function locateRepository(options: {
  repo: string;
  driver?: ForgeKind;
  slugForge?: ForgeKind;
  env?: NodeJS.ProcessEnv;
}): RepositoryLocation {
  const env = options.env ?? process.env;
  const repo = options.repo.trim().replace(/\/+$/, '');
  if (!/^https?:\/\//i.test(repo)) {
    if (!/^[\w.-]+(\/[\w.-]+)+$/.test(repo)) {
      throw new ConfigurationError(
        `--repo ${repo} is neither a repository URL nor an owner/name slug.`,
      );
    }
    const forge = options.driver ?? options.slugForge ?? 'github';
    const info = forgeInfo(forge);
    return {
      forge,
      repository: repo.replace(/\.git$/, ''),
      serverUrl: firstSet(info.webUrlVariables, env) ?? info.publicWebUrl,
      apiUrl: publicApi(forge, env),
    };
  }
  const url = new URL(repo);
  const repository = url.pathname.replace(/^\/+|\/+$/g, '').replace(/\.git$/, '');
  const hostForge = forgeOfHost(url.hostname);
  const forge = options.driver ?? hostForge;
  if (!forge) {
    throw new ConfigurationError(
      `--repo ${repo}: cannot tell the forge of ${url.host}; add --driver ${FORGE_KINDS.join('|')}.`,
    );
  }
  const info = forgeInfo(forge);
  if (hostForge === forge) {
    return { forge, repository, serverUrl: url.origin, apiUrl: publicApi(forge, env) };
  }
  if (!info.selfHostedApiUrl) {
    throw new ConfigurationError(
      `--repo ${repo}: ${info.title} is only supported at ${info.publicHosts[0]}, not ${url.host}.`,
    );
  }
  return {
    forge,
    repository,
    serverUrl: url.origin,
    apiUrl: (env.CML_API_URL || info.selfHostedApiUrl(url.origin)).replace(/\/+$/, ''),
  };
}

function publicApi(forge: ForgeKind, env: NodeJS.ProcessEnv): string {
  const info = forgeInfo(forge);
  return firstSet(info.apiUrlVariables, env) ?? info.publicApiUrl;
}

function firstSet(names: readonly string[], env: NodeJS.ProcessEnv): string | undefined {
  return names
    .map((name) => env[name]?.trim())
    .find(Boolean)
    ?.replace(/\/+$/, '');
}
