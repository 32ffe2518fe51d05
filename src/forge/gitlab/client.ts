import { Gitlab, GitbeakerRequestError } from '@gitbeaker/rest';
import {
  createRequesterFn,
  type FormattedResponse,
  type RequestOptions,
  type ResponseBodyTypes,
} from '@gitbeaker/requester-utils';
import type { Logger } from '../../core/logger';
import { registerSecret } from '../../core/secrets';
import {
  budgetFromEnv,
  ForgeNetworkError,
  forgeFetch,
  retryAfterSeconds,
  ForgeTimeoutError,
} from '../http';

export type GitLabClient = InstanceType<typeof Gitlab<false>>;

export interface RetryPolicy {
  /** Retries after the first attempt. */
  retries: number;
  /** Backoff base when the server gives no Retry-After: base, 2×base, 4×base… */
  baseDelayMs: number;
  /**
   * Longest Retry-After we wait for; a longer one fails at once with a message that says so
   * (waiting 10 minutes inside a CI step helps nobody). Backoff waits are cut to it too.
   */
  maxDelayMs: number;
  /** Client timeout per attempt. */
  timeoutMs: number;
}

/** The defaults, with the CML_FORGE_* overrides of src/forge/http.ts (docs/limits.md). */
function defaultRetry(): RetryPolicy {
  const budget = budgetFromEnv();
  return {
    retries: budget.retries,
    baseDelayMs: budget.unitMs,
    maxDelayMs: budget.maxRetryAfterS * 1000,
    timeoutMs: budget.timeoutMs,
  };
}

/**
 * A gitbeaker client for this instance's API root. gitbeaker builds its URL as
 * `${host}/api/v4`, so it cannot take an arbitrary CI_API_V4_URL (a reverse proxy may mount the
 * API elsewhere), and its own request handler retries only 429 and 502, ignores Retry-After and
 * backs off by fractions of a millisecond. So we give it our requester: same request options
 * and error type (GitbeakerRequestError with cause.response), our URL root and retry policy.
 */
export function createGitLabClient(options: {
  token: string;
  apiUrl: string;
  logger: Logger;
  retry?: Partial<RetryPolicy>;
}): GitLabClient {
  const apiUrl = options.apiUrl.replace(/\/+$/, '');
  // Masked in every logger before the first request, whoever built this client.
  registerSecret(options.token);
  const policy = { ...defaultRetry(), ...options.retry };
  const fetcher = forgeFetch({
    forge: 'GitLab',
    timeoutMs: policy.timeoutMs,
    secrets: [options.token],
  });
  const requesterFn = createRequesterFn(
    // gitbeaker's resource URL is `${host}/api/v4/<resource prefix>`; with host = apiUrl, cut
    // the `/api/v4` it inserted and keep the resource prefix (e.g. `projects`).
    (service, request) =>
      Promise.resolve({
        ...request,
        prefixUrl: apiUrl + service.url.slice(`${apiUrl}/api/v4`.length),
      }),
    (endpoint, request) =>
      send(endpoint, (request ?? {}) as RequestOptions, policy, options.logger, fetcher),
  );
  return new Gitlab({ host: apiUrl, token: options.token, requesterFn });
}

/**
 * Statuses worth another try. A POST is retried only after 429 (a rate limit refuses before
 * doing anything): after a 5xx it may have been applied (a 504 from a proxy whose upstream
 * created the note), and a second one would post it twice. src/report/create-once.ts looks
 * for what a lost create made before trying again.
 */
function retryable(status: number, method: string): boolean {
  if (status === 429) return true;
  if (method === 'POST') return false;
  return status === 500 || status === 502 || status === 503 || status === 504;
}

/** Retry-After in milliseconds (seconds or an HTTP date), if the server sent one. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  const seconds = retryAfterSeconds(header, now);
  return seconds === undefined ? undefined : seconds * 1000;
}

async function send(
  endpoint: string,
  request: RequestOptions,
  policy: RetryPolicy,
  logger: Logger,
  fetcher: typeof fetch,
): Promise<FormattedResponse> {
  const { prefixUrl, searchParams, method = 'GET', asStream, headers, body, signal } = request;
  const url = new URL(endpoint, prefixUrl!.endsWith('/') ? prefixUrl : `${prefixUrl}/`);
  url.search = searchParams ?? '';
  for (let attempt = 0; ; attempt++) {
    const req = new Request(url, {
      method,
      headers: headers as Record<string, string>,
      body: body as string | FormData | undefined,
      signal,
    });
    let response: Response;
    try {
      response = await fetcher(req, signal ? { signal } : undefined);
    } catch (error) {
      if (signal?.aborted) throw error;
      const failure = networkError(method, url, error);
      // Connection reset or refused, or no answer in time: retry idempotent requests only (a
      // POST may have arrived).
      if (attempt >= policy.retries || method === 'POST') throw failure;
      await sleep(
        backoff(attempt, policy),
        `${method} ${url.pathname}: ${failure.message}`,
        logger,
      );
      continue;
    }
    if (response.ok) {
      return {
        status: response.status,
        headers: Object.fromEntries(response.headers.entries()),
        body: asStream ? (response.body as ResponseBodyTypes) : await readBody(response),
      };
    }
    if (attempt < policy.retries && retryable(response.status, method)) {
      const asked = retryAfterMs(response.headers.get('retry-after'));
      if (asked !== undefined && asked > policy.maxDelayMs) {
        throw tooLong(await requestError(req, response), method, url, asked, policy);
      }
      await response.body?.cancel();
      await sleep(
        asked ?? backoff(attempt, policy),
        `${method} ${url.pathname}: ${response.status}`,
        logger,
      );
      continue;
    }
    throw await requestError(req, response);
  }
}

/** A failure without an answer, saying what was asked and what went wrong. */
function networkError(method: string, url: URL, error: unknown): ForgeNetworkError {
  const cause = (error as { cause?: unknown }).cause;
  if (cause instanceof ForgeTimeoutError)
    return Object.assign(new ForgeNetworkError(cause.message), { cause: error });
  const detail =
    cause instanceof Error
      ? `${(cause as { code?: string }).code ?? cause.name}: ${cause.message}`
      : String((error as Error).message ?? error);
  return Object.assign(
    new ForgeNetworkError(`GitLab: ${method} ${url.pathname} got no answer (${detail})`),
    { cause: error },
  );
}

function tooLong(
  error: GitbeakerRequestError,
  method: string,
  url: URL,
  askedMs: number,
  policy: RetryPolicy,
): GitbeakerRequestError {
  error.message = `GitLab rate-limited ${method} ${url.pathname} and asked to wait ${Math.ceil(askedMs / 1000)} s; cml waits at most ${policy.maxDelayMs / 1000} s (CML_FORGE_MAX_RETRY_AFTER_S). Run again later, or spread out the jobs that write to GitLab.`;
  return error;
}

function backoff(attempt: number, policy: RetryPolicy): number {
  return Math.min(policy.baseDelayMs * 2 ** attempt, policy.maxDelayMs);
}

async function sleep(ms: number, what: string, logger: Logger): Promise<void> {
  logger.info(`GitLab: ${what}; retrying in ${Math.round(ms / 100) / 10} s`);
  await new Promise((resolve) => setTimeout(resolve, ms));
}

async function readBody(response: Response): Promise<ResponseBodyTypes> {
  if (response.status === 204) return null;
  const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim();
  if (type === 'application/json') return ((await response.json()) as ResponseBodyTypes) || {};
  if (type.startsWith('text/')) return response.text();
  return response.blob();
}

/** The same error gitbeaker's own handler throws, so callers read `cause.response.status`. */
async function requestError(request: Request, response: Response): Promise<GitbeakerRequestError> {
  const text = await response.text();
  let description = text;
  if (response.headers.get('content-type')?.includes('application/json')) {
    try {
      const parsed = JSON.parse(text) as { error?: unknown; message?: unknown };
      const detail = parsed?.error ?? parsed?.message ?? '';
      description = typeof detail === 'string' ? detail : JSON.stringify(detail);
    } catch {
      // Not JSON after all: keep the text.
    }
  }
  return new GitbeakerRequestError(description, {
    cause: { description, request, response: Object.assign(response, { text: async () => text }) },
  });
}
