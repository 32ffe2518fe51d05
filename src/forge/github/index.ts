import type { RunContext } from '../../core/context';
import type { Logger } from '../../core/logger';
import type { Forge } from '../types';
import { createGitHubClient, type GitHubClientOptions } from './client';
import { githubComments } from './comments';
import { githubPulls } from './pulls';
import { githubAssets } from './assets';
import { githubChecks } from './checks';
import { githubRunners } from './runners';
import { githubWorkflows } from './workflows';

/**
 * The GitHub driver: one client shared by every capability. Each capability factory returns a
 * plain object of functions (no class instances: spreading would drop their prototype methods).
 */
export function createGitHubForge(
  context: RunContext,
  token: string,
  logger: Logger,
  /** Tests shorten retry waits and turn off write spacing; production passes nothing. */
  clientOptions: Pick<GitHubClientOptions, 'retryAfterBaseValue' | 'spaceWrites'> = {},
): Forge {
  const client = createGitHubClient({ ...clientOptions, token, apiUrl: context.apiUrl, logger });
  return {
    kind: 'github',
    commitUrl: (sha: string) => `${context.serverUrl}/${context.repository}/commit/${sha}`,
    ...githubComments(client, context, logger),
    ...githubPulls(client, context, logger),
    ...githubAssets(client, context, logger),
    ...githubChecks(client, context, logger),
    ...githubRunners(client, context, logger),
    ...githubWorkflows(client, context, logger),
  };
}
