import type { RunContext } from '../../core/context';
import type { Logger } from '../../core/logger';
import type { Forge } from '../types';
import { createGitLabClient } from './client';
import { gitlabComments } from './comments';
import { gitlabPulls } from './pulls';
import { gitlabAssets } from './assets';
import { gitlabChecks } from './checks';
import { gitlabRunners } from './runners';
import { gitlabWorkflows } from './workflows';

/**
 * The GitLab driver: one client shared by every capability. Each capability factory returns a
 * plain object of functions (no class instances: spreading would drop their prototype methods).
 */
export function createGitLabForge(context: RunContext, token: string, logger: Logger): Forge {
  const client = createGitLabClient({ token, apiUrl: context.apiUrl, logger });
  return {
    kind: 'gitlab',
    commitUrl: (sha: string) => `${context.serverUrl}/${context.repository}/-/commit/${sha}`,
    ...gitlabComments(client, context, logger),
    ...gitlabPulls(client, context, logger),
    ...gitlabAssets(client, context, logger),
    ...gitlabChecks(client, context, logger),
    ...gitlabRunners(client, context, logger),
    ...gitlabWorkflows(client, context, logger),
  };
}
