import { Octokit } from '@octokit/rest';
import { throttling } from '@octokit/plugin-throttling';
import type { Logger } from '../../core/logger';
import { registerSecret } from '../../core/secrets';
import { budgetFromEnv, forgeFetch, type RequestBudget } from '../http';
import { installRetry, REFUSED_WAIT, THROTTLED } from './retry';

const CmlOctokit = Octokit.plugin(throttling);
export type GitHubClient = InstanceType<typeof CmlOctokit>;

export interface GitHubClientOptions {
  token: string;
  apiUrl: string;
  logger: Logger;
  /**
   * Milliseconds per second of wait (default 1000, or CML_FORGE_RETRY_UNIT_MS): retry-after ×
   * this, and backoff (attempt²) × this. Tests pass ~5 so retries take milliseconds.
   */
  retryAfterBaseValue?: number;
  /** Overrides of the request budget (timeout, retries, retry-after cap); default from env. */
  budget?: Partial<RequestBudget>;
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

interface LimitedRequest {
  method: string;
  url: string;
  request?: Record<string, unknown>;
}

/**
 * Octokit with the throttling plugin (primary and secondary rate limits, honouring retry-after
 * up to a cap) and our retry policy (src/forge/github/retry.ts: 5xx and lost answers retried
 * only where a second request is harmless). Every attempt has a client timeout. Retries are
 * bounded so a dead API fails the step in seconds-to-minutes, not hours.
 */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const { logger } = options;
  // Masked in every logger before the first request, whoever built this client.
  registerSecret(options.token);
  const budget: RequestBudget = {
    ...budgetFromEnv(),
    ...(options.retryAfterBaseValue !== undefined ? { unitMs: options.retryAfterBaseValue } : {}),
    ...options.budget,
  };
  const limiters = options.spaceWrites === false ? { write: NO_WAIT, notifications: NO_WAIT } : {};
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: LimitedRequest, _o: unknown, retryCount: number) => {
      request.request ??= {};
      if (retryAfter > budget.maxRetryAfterS) {
        // Refuse; retry.ts turns the error into one that says why.
        request.request[REFUSED_WAIT] = retryAfter;
        return false;
      }
      if (retryCount >= budget.retries) return false;
      request.request[THROTTLED] = true;
      logger.warning(
        `GitHub ${kind} hit for ${request.method} ${request.url}; retrying in ${retryAfter} s.`,
      );
      return true;
    };
  const client = new CmlOctokit({
    auth: options.token,
    baseUrl: options.apiUrl.replace(/\/+$/, ''),
    userAgent: 'cml-ts',
    request: {
      fetch: forgeFetch({ forge: 'GitHub', timeoutMs: budget.timeoutMs, secrets: [options.token] }),
    },
    log: {
      debug: (m: string) => logger.debug(m),
      info: (m: string) => logger.debug(m),
      warn: (m: string) => logger.warning(m),
      error: (m: string) => logger.debug(m),
    },
    throttle: {
      retryAfterBaseValue: budget.unitMs,
      ...(limiters as Record<string, never>),
      onRateLimit: onLimit('rate limit'),
      onSecondaryRateLimit: onLimit('secondary rate limit'),
    },
  });
  installRetry(client.hook as unknown as Parameters<typeof installRetry>[0], budget, logger);
  return client;
}
