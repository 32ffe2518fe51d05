import { readContext, type RunContext } from '../core/context';
import { ConfigurationError } from '../core/errors';
import type { Logger } from '../core/logger';
import { CliLogger } from './cli-logger';
import { readToken } from '../core/tokens';
import type { Forge } from '../forge/types';
import { driverOfHost, originWebUrl, type Driver } from './forge-host';

/** CML's generic options, accepted by every command that talks to a forge. */
export interface ForgeOptions {
  driver?: 'github' | 'gitlab' | 'bitbucket';
  repo?: string;
  token?: string;
  log?: string;
}

export interface Session {
  context: RunContext;
  logger: Logger;
  token?: string;
  /** The forge driver, built on first use (local runs without a forge never need one). */
  forge(): Promise<Forge>;
}

/**
 * Where a command runs and with which credentials: the platform context, overridden by CML's
 * `--driver`, `--repo` (URL or owner/name slug) and `--token`, as CML resolves them.
 */
export function openSession(options: ForgeOptions, env: NodeJS.ProcessEnv = process.env): Session {
  if (options.log === 'debug') process.env.CML_DEBUG = 'true';
  const logger = new CliLogger(env.GITHUB_ACTIONS === 'true');
  if (options.driver === 'bitbucket') {
    throw new ConfigurationError('--driver bitbucket is not supported: use github or gitlab.');
  }
  const detected = readContext(env);
  // Outside GitHub Actions and GitLab CI (Jenkins, CircleCI, a laptop) the repository is
  // --repo, else the origin remote, and the forge is --driver, else the repository's host
  // (github.com, gitlab.com), as CML's constructor and inferDriver resolve them.
  const local = detected.platform === 'local';
  const repo = options.repo ?? (local ? originWebUrl(detected.workspace) : undefined);
  const driver =
    (options.driver as Driver | undefined) ??
    (detected.platform === 'local' ? driverOfHost(repo) : detected.platform);
  const context = withRepo(
    detected,
    { ...options, driver, repo: local && driver ? repo : options.repo },
    env,
  );
  const token = readToken(logger, driver ?? context.platform, options.token, env);
  let forge: Forge | undefined;
  return {
    context,
    logger,
    token,
    async forge() {
      if (!forge) {
        const { createForge } = await import('../forge/index');
        forge = createForge({ context, token, logger, kind: driver });
      }
      return forge;
    },
  };
}

export function withRepo(
  context: RunContext,
  options: ForgeOptions,
  env: NodeJS.ProcessEnv,
): RunContext {
  const repo = options.repo?.trim();
  const kind = options.driver ?? (context.platform === 'local' ? undefined : context.platform);
  if (!repo) return context;
  if (!/^https?:\/\//.test(repo)) {
    // A slug: keep this platform's server, or the public one of the named driver outside CI.
    const publicServer = kind === 'gitlab' ? 'https://gitlab.com' : 'https://github.com';
    const serverUrl = context.serverUrl || publicServer;
    const apiUrl =
      context.apiUrl ||
      (kind === 'gitlab' ? `${serverUrl}/api/v4` : env.GITHUB_API_URL || 'https://api.github.com');
    const repository = repo.replace(/\.git$/, '');
    return {
      ...context,
      repository,
      serverUrl,
      apiUrl,
      projectId: repository === context.repository ? context.projectId : undefined,
    };
  }
  const url = new URL(repo);
  const repository = url.pathname.replace(/^\/+|\/+$/g, '').replace(/\.git$/, '');
  const serverUrl = url.origin;
  const sameServer = serverUrl === context.serverUrl;
  let apiUrl = context.apiUrl;
  if (!sameServer || !apiUrl) {
    if (kind === 'gitlab') apiUrl = `${serverUrl}/api/v4`;
    else if (url.hostname === 'github.com') apiUrl = env.GITHUB_API_URL || 'https://api.github.com';
    else apiUrl = `${serverUrl}/api/v3`;
  }
  return {
    ...context,
    repository,
    serverUrl,
    apiUrl,
    projectId: sameServer ? context.projectId : undefined,
  };
}

/**
 * yargs definitions of the generic options, to spread into a command's options. `--log` is
 * CML's global option, defined once for every command in src/cli/index.ts.
 */
export const FORGE_OPTIONS = {
  driver: {
    type: 'string',
    choices: ['github', 'gitlab', 'bitbucket'],
    description:
      'Forge where the repository is hosted. If unspecified, inferred from the environment',
  },
  repo: {
    type: 'string',
    description: 'Repository URL or slug. If unspecified, inferred from the environment',
  },
  token: {
    type: 'string',
    // CML 0.19+ names it --driver-token (env CML_DRIVER_TOKEN) and keeps --token as an alias.
    alias: 'driver-token',
    description: 'Personal access token. If unspecified, inferred from the environment',
  },
} as const;
