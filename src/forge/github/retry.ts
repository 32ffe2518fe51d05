/**
 * Our retry policy for octokit, in place of @octokit/plugin-retry. That plugin retries every
 * answer of 400 or more outside a short list (so 5xx, 409 and network failures) whatever the
 * method (node_modules/@octokit/plugin-retry/dist-src/error-request.js): a POST whose answer was
 * lost (504 from a proxy, connection reset) is sent again and creates a second comment, and a
 * JIT registration meets a 409 for its own runner. Here a request is retried blindly only when
 * sending it twice is harmless; for the rest, the caller decides (src/report/create-once.ts
 * looks for what the lost request made; runners.ts deletes it before registering again).
 *
 * Primary and secondary rate limits stay with @octokit/plugin-throttling (it honours
 * retry-after); its callbacks in client.ts refuse waits over the cap and mark the request, and
 * this wrapper turns that into a clear error.
 */
import type { Logger } from '../../core/logger';
import { isAmbiguousFailure, retryAfterSeconds, sleep, type RequestBudget } from '../http';

/** POSTs that may be sent twice: reads over POST, content-addressed objects, last-wins writes. */
const REPEATABLE_POSTS = [
  /^\/graphql$/,
  /\/git\/(blobs|trees|commits)$/,
  /\/statuses\/\{sha\}$/,
  /\/actions\/runners\/(registration|remove)-token$/,
];

export function isRepeatable(method: string, route: string): boolean {
  if (method.toUpperCase() !== 'POST') return true;
  return REPEATABLE_POSTS.some((re) => re.test(route));
}

/** The throttling plugin refused to wait this long (seconds); set on options.request. */
export const REFUSED_WAIT = 'cmlRefusedRetryAfter';
/** The throttling plugin already retried this request for a rate limit. */
export const THROTTLED = 'cmlThrottled';

/** A rate limit whose wait is longer than we are willing to wait. */
export class RetryAfterTooLongError extends Error {
  override readonly name = 'RetryAfterTooLongError';
  readonly status = 429;
  constructor(
    message: string,
    readonly retryAfterS: number,
    override readonly cause: unknown,
  ) {
    super(message);
  }
}

interface ErrorShape {
  status?: number;
  response?: { headers?: Record<string, string | undefined> };
}

interface HookOptions {
  method?: string;
  url?: string;
  request?: Record<string, unknown>;
}

type RequestHook = {
  wrap(
    name: 'request',
    wrapper: (request: (o: HookOptions) => Promise<unknown>, options: HookOptions) => unknown,
  ): void;
};

export function installRetry(
  hook: RequestHook,
  budget: RequestBudget,
  logger: Logger,
  forge = 'GitHub',
): void {
  hook.wrap('request', async (request, options) => {
    const method = (options.method ?? 'GET').toUpperCase();
    const route = String(options.url ?? '');
    const repeatable = isRepeatable(method, route);
    for (let attempt = 0; ; attempt++) {
      try {
        return await request(options);
      } catch (error) {
        const refused = options.request?.[REFUSED_WAIT];
        if (typeof refused === 'number')
          throw tooLong(forge, method, route, refused, budget, error);
        const status = (error as ErrorShape).status;
        // The throttling plugin already waited and retried this rate limit.
        if (options.request?.[THROTTLED] && (status === 403 || status === 429)) throw error;
        const headers = (error as ErrorShape).response?.headers;
        const after = retryAfterSeconds(headers?.['retry-after']);
        const limited = status === 429;
        if (!limited && !(repeatable && isAmbiguousFailure(status))) throw error;
        if (!(error as { request?: unknown }).request && status === undefined) throw error;
        if (after !== undefined && after > budget.maxRetryAfterS) {
          throw tooLong(forge, method, route, after, budget, error);
        }
        if (attempt >= budget.retries) throw error;
        const waitS = after ?? (attempt + 1) ** 2;
        logger.info(
          `${forge}: ${method} ${route} failed (${status ?? 'no answer'}: ${(error as Error).message}); retrying in ${waitS} s (attempt ${attempt + 2} of ${budget.retries + 1}).`,
        );
        await sleep(waitS * budget.unitMs);
      }
    }
  });
}

function tooLong(
  forge: string,
  method: string,
  route: string,
  seconds: number,
  budget: RequestBudget,
  cause: unknown,
): RetryAfterTooLongError {
  return new RetryAfterTooLongError(
    `${forge} rate-limited ${method} ${route} and asked to wait ${Math.ceil(seconds)} s; cml waits at most ${budget.maxRetryAfterS} s (CML_FORGE_MAX_RETRY_AFTER_S). Run again later, or spread out the jobs that write to ${forge}.`,
    seconds,
    cause,
  );
}
