import type { RunContext } from '../../core/context';
import type { Logger } from '../../core/logger';
import type { Forge } from '../types';

/** The Forge interface with Bitbucket's kind (tests reach Bitbucket-only details through it). */
export type BitbucketForge = Forge & { readonly kind: 'bitbucket' };
import { createBitbucketClient, type RetryPolicy } from './client';
import { bitbucketComments } from './comments';
import { bitbucketPulls } from './pulls';
import { bitbucketAssets } from './assets';
import { bitbucketChecks } from './checks';
import { bitbucketRunners, bitbucketWorkflows } from './unsupported';

/** Bitbucket Cloud's REST API root, when the context gives none. */
export const BITBUCKET_API_URL = 'https://api.bitbucket.org/2.0';

/**
 * The Bitbucket Cloud driver: one fetch-based client shared by every capability.
 * `context.repository` is `workspace/repo_slug`, `context.apiUrl` the REST root
 * (https://api.bitbucket.org/2.0), `context.serverUrl` the web root (https://bitbucket.org).
 * The token is an access token (Bearer) or `username:app-password` (Basic).
 */
export function createBitbucketForge(
  context: RunContext,
  token: string,
  logger: Logger,
  /** Tests shorten retry waits; production passes nothing. */
  retry?: Partial<RetryPolicy>,
): BitbucketForge {
  // The password half of `username:app-password` is the secret that must not show.
  logger.mask(token);
  if (token.includes(':')) logger.mask(token.slice(token.indexOf(':') + 1));
  const client = createBitbucketClient({
    token,
    apiUrl: context.apiUrl || BITBUCKET_API_URL,
    logger,
    retry,
  });
  return {
    kind: 'bitbucket',
    commitUrl: (sha: string) => `${context.serverUrl}/${context.repository}/commits/${sha}`,
    ...bitbucketComments(client, context, logger),
    ...bitbucketPulls(client, context, logger),
    ...bitbucketAssets(client, context, logger),
    ...bitbucketChecks(client, context, logger),
    ...bitbucketRunners(),
    ...bitbucketWorkflows(),
  };
}
