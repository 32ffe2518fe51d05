import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { Logger } from '../../core/logger';

const CmlOctokit = Octokit.plugin(retry, throttling);
export type GitHubClient = InstanceType<typeof CmlOctokit>;

/**
 * Octokit with the retry plugin (5xx, network) and the throttling plugin (primary and secondary
 * rate limits, honouring retry-after). Retries are bounded so a dead API fails the step in
 * seconds-to-minutes, not hours.
 */
export function createGitHubClient(options: {
  token: string;
  apiUrl: string;
  logger: Logger;
  /** Tests shorten waits; production keeps the plugins' defaults. */
  retryAfterBaseValue?: number;
}): GitHubClient {
  const { logger } = options;
  return new CmlOctokit({
    auth: options.token,
    baseUrl: options.apiUrl,
    userAgent: 'cml-ts',
    log: {
      debug: (m: string) => logger.debug(m),
      info: (m: string) => logger.debug(m),
      warn: (m: string) => logger.warning(m),
      error: (m: string) => logger.debug(m),
    },
    retry: { retries: 3 },
    throttle: {
      retryAfterBaseValue: options.retryAfterBaseValue,
      onRateLimit: (
        retryAfter: number,
        request: { method: string; url: string },
        _o: unknown,
        retryCount: number,
      ) => {
        logger.warning(
          `GitHub rate limit hit for ${request.method} ${request.url}; retrying in ${retryAfter} s.`,
        );
        return retryCount < 3;
      },
      onSecondaryRateLimit: (
        retryAfter: number,
        request: { method: string; url: string },
        _o: unknown,
        retryCount: number,
      ) => {
        logger.warning(
          `GitHub secondary rate limit hit for ${request.method} ${request.url}; retrying in ${retryAfter} s.`,
        );
        return retryCount < 3;
      },
    },
  });
}
