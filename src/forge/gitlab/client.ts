import { Gitlab, GitbeakerRequestError } from '@gitbeaker/rest';
import {
  createRequesterFn,
  type FormattedResponse,
  type RequestOptions,
  type ResponseBodyTypes,
} from '@gitbeaker/requester-utils';
import type { Logger } from '../../core/logger';

export type GitLabClient = InstanceType<typeof Gitlab<false>>;

export interface RetryPolicy {
  /** Retries after the first attempt. */
  retries: number;
  /** Backoff base when the server gives no Retry-After: base, 2×base, 4×base… */
  baseDelayMs: number;
  /** Longest single wait, whatever Retry-After says. */
  maxDelayMs: number;
}

const DEFAULT_RETRY: RetryPolicy = { retries: 4, baseDelayMs: 1000, maxDelayMs: 60_000 };

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
  const policy = { ...DEFAULT_RETRY, ...options.retry };
  const requesterFn = createRequesterFn(
    // gitbeaker's resource URL is `${host}/api/v4/<resource prefix>`; with host = apiUrl, cut
    // the `/api/v4` it inserted and keep the resource prefix (e.g. `projects`).
    (service, request) =>
      Promise.resolve({
        ...request,
        prefixUrl: apiUrl + service.url.slice(`${apiUrl}/api/v4`.length),
      }),
    (endpoint, request) =>
      send(endpoint, (request ?? {}) as RequestOptions, policy, options.logger),
  );
  return new Gitlab({ host: apiUrl, token: options.token, requesterFn });
}

/** Statuses worth another try. 500 only for idempotent methods: a POST may have been applied. */
function retryable(status: number, method: string): boolean {
  if (status === 429 || status === 502 || status === 503 || status === 504) return true;
  return status === 500 && method !== 'POST';
}

/** Retry-After in milliseconds (seconds or an HTTP date), if the server sent one. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  if (/^\d+(\.\d+)?$/.test(header.trim())) return Number(header) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

async function send(
  endpoint: string,
  request: RequestOptions,
  policy: RetryPolicy,
  logger: Logger,
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
      response = await fetch(req);
    } catch (error) {
      // Connection reset or refused: retry idempotent requests only (a POST may have arrived).
      if (attempt >= policy.retries || method === 'POST' || signal?.aborted) throw error;
      await sleep(backoff(attempt, policy), `${method} ${url.pathname}: ${String(error)}`, logger);
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
      const wait = retryAfterMs(response.headers.get('retry-after')) ?? backoff(attempt, policy);
      await response.body?.cancel();
      await sleep(
        Math.min(wait, policy.maxDelayMs),
        `${method} ${url.pathname}: ${response.status}`,
        logger,
      );
      continue;
    }
    throw await requestError(req, response);
  }
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
