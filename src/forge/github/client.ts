import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { Logger } from '../../core/logger';

const CmlOctokit = Octokit.plugin(retry, throttling);
export type GitHubClient = InstanceType<typeof CmlOctokit>;

/** How many times a request is retried after a 5xx, a 429 or a rate limit answer. */
const RETRIES = 3;

export interface GitHubClientOptions {
  token: string;
  apiUrl: string;
  logger: Logger;
  /**
   * Milliseconds per unit of wait (default 1000): the throttling plugin waits retry-after ×
   * this, the retry plugin (5xx, 429) waits (attempt²) × this. Tests pass ~10 so retries take
   * milliseconds; production keeps GitHub's seconds.
   */
  retryAfterBaseValue?: number;
  /**
   * The throttling plugin spaces writes one second apart (three for comment-creating ones), as
   * GitHub asks of integrations to stay under secondary rate limits. Tests turn it off.
   */
  spaceWrites?: boolean;
}

/** A Bottleneck-shaped limiter that never waits (the throttling plugin only calls key().schedule()). */
const NO_WAIT = {
  key: () => ({
    schedule: <T>(_options: unknown, job: (...args: unknown[]) => Promise<T>, ...args: unknown[]) =>
      job(...args),
  }),
};

/**
 * Octokit with the retry plugin (5xx, 429, network) and the throttling plugin (primary and
 * secondary rate limits, honouring retry-after). Retries are bounded so a dead API fails the step
 * in seconds-to-minutes, not hours.
 */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const { logger } = options;
  const base = options.retryAfterBaseValue;
  const limiters = options.spaceWrites === false ? { write: NO_WAIT, notifications: NO_WAIT } : {};
  return new CmlOctokit({
    auth: options.token,
    baseUrl: options.apiUrl.replace(/\/+$/, ''),
    userAgent: 'cml-ts',
    log: {
      debug: (m: string) => logger.debug(m),
      info: (m: string) => logger.debug(m),
      warn: (m: string) => logger.warning(m),
      error: (m: string) => logger.debug(m),
    },
    retry: { retries: RETRIES, ...(base !== undefined ? { retryAfterBaseValue: base } : {}) },
    throttle: {
      ...(base !== undefined ? { retryAfterBaseValue: base } : {}),
      ...(limiters as Record<string, never>),
      onRateLimit: (
        retryAfter: number,
        request: { method: string; url: string },
        _o: unknown,
        retryCount: number,
      ) => {
        logger.warning(
          `GitHub rate limit hit for ${request.method} ${request.url}; retrying in ${retryAfter} s.`,
        );
        return retryCount < RETRIES;
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
        return retryCount < RETRIES;
      },
    },
  });
}
