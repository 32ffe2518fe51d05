import type { ForgeKind, RunContext } from '../core/context';
import { readContext } from '../platforms';
import type { Logger } from '../core/logger';
import { CliLogger } from './cli-logger';
import { readForgeToken } from '../forge/token';
import { FORGE_KINDS, forgeOfHost, parseForgeKind } from '../forge/registry';
import { locateRepository } from '../forge/locate';
import type { Forge } from '../forge/types';
import { originWebUrl } from './forge-host';

/** CML's generic options, accepted by every command that talks to a forge. */
export interface ForgeOptions {
  driver?: ForgeKind;
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
  const driver = options.driver === undefined ? undefined : parseForgeKind(options.driver);
  const detected = readContext(env);
  // Outside a known CI platform (Jenkins, CircleCI, a laptop) the repository is --repo, else
  // the origin remote, and the forge is --driver, else the repository's host (github.com,
  // gitlab.com, bitbucket.org), as CML's constructor and inferDriver resolve them.
  const local = detected.platform === 'local';
  const repo = options.repo ?? (local ? originWebUrl(detected.workspace) : undefined);
  const context = withRepo(detected, { ...options, driver, repo }, env);
  const token = readForgeToken(logger, context.forge, options.token, env);
  let forge: Forge | undefined;
  return {
    context,
    logger,
    token,
    async forge() {
      if (!forge) {
        const { createForge } = await import('../forge/index');
        forge = await createForge({ context, token, logger });
      }
      return forge;
    },
  };
}

/**
 * The context with --repo and --driver applied. A repository on the platform's own server keeps
 * the platform's API root (GHES, self-managed GitLab) and project id; another one is located as
 * src/forge/locate.ts says. A URL on a host no forge is known at, without --driver, keeps no
 * forge: creating the driver then asks for --driver.
 */
export function withRepo(
  context: RunContext,
  options: ForgeOptions,
  env: NodeJS.ProcessEnv,
): RunContext {
  const repo = options.repo?.trim();
  const kind = options.driver ?? context.forge;
  if (!repo) return kind === context.forge ? context : { ...context, forge: kind };
  if (!/^https?:\/\//i.test(repo)) {
    const repository = repo.replace(/\.git$/, '');
    // A slug in CI stays on this platform's server; outside CI it is on the forge's public one.
    if (context.serverUrl && context.apiUrl && kind === context.forge) {
      return {
        ...context,
        repository,
        projectId: repository === context.repository ? context.projectId : undefined,
      };
    }
    // A slug names no host: without --driver there is no forge to put it on.
    if (!kind) return { ...context, repository, projectId: undefined };
    return { ...context, ...locateRepository({ repo, driver: kind, env }), projectId: undefined };
  }
  const url = new URL(repo);
  if (url.origin === context.serverUrl && context.apiUrl && kind === context.forge) {
    const repository = url.pathname.replace(/^\/+|\/+$/g, '').replace(/\.git$/, '');
    return {
      ...context,
      repository,
      projectId: repository === context.repository ? context.projectId : undefined,
    };
  }
  if (!kind && !forgeOfHost(url.hostname)) {
    return {
      ...context,
      forge: undefined,
      repository: url.pathname.replace(/^\/+|\/+$/g, '').replace(/\.git$/, ''),
      serverUrl: url.origin,
      apiUrl: '',
      projectId: undefined,
    };
  }
  return { ...context, ...locateRepository({ repo, driver: kind, env }), projectId: undefined };
}

/**
 * yargs definitions of the generic options, to spread into a command's options. `--log` is
 * CML's global option, defined once for every command in src/cli/index.ts.
 */
export const FORGE_OPTIONS = {
  driver: {
    type: 'string',
    choices: FORGE_KINDS,
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
