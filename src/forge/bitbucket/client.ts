import type { Logger } from '../../core/logger';
import { BitbucketRequestError } from './errors';

/**
 * A small REST 2.0 client over Node's fetch. No Bitbucket Cloud client is well kept: the npm
 * `bitbucket` package (node-bitbucket) last released in May 2024 and pulls in its own request
 * stack, and Atlassian publishes none for JavaScript; the driver needs a dozen endpoints, so the
 * requests are written here against the published description (see the emulator's fixture).
 */
export interface BitbucketClient {
  /** API root, e.g. https://api.bitbucket.org/2.0 */
  readonly apiUrl: string;
  request<T>(method: string, path: string, options?: RequestOptions): Promise<Answer<T>>;
  /** Every item of a paginated collection, following `next` links lazily. */
  pages<T>(path: string, query?: Record<string, string | string[]>): AsyncGenerator<T>;
}

export interface RequestOptions {
  query?: Record<string, string | string[]>;
  json?: unknown;
  form?: FormData;
}

export interface Answer<T> {
  status: number;
  data: T;
}

export interface RetryPolicy {
  retries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  timeoutMs: number;
}

const DEFAULT_RETRY: RetryPolicy = {
  retries: 3,
  baseDelayMs: 1000,
  maxDelayMs: 60_000,
  timeoutMs: 30_000,
};

/**
 * `username:app-password` (or `email:api-token`) goes as Basic; anything else is an access
 * token (repository, project or workspace) or OAuth token, sent as Bearer.
 */
export function authorization(token: string): string {
  return token.includes(':')
    ? `Basic ${Buffer.from(token, 'utf8').toString('base64')}`
    : `Bearer ${token}`;
}

export function createBitbucketClient(options: {
  token: string;
  apiUrl: string;
  logger: Logger;
  retry?: Partial<RetryPolicy>;
}): BitbucketClient {
  const apiUrl = options.apiUrl.replace(/\/+$/, '');
  const origin = new URL(apiUrl).origin;
  const policy = { ...DEFAULT_RETRY, ...options.retry };
  const auth = authorization(options.token);

  async function send(method: string, url: string, options2: RequestOptions) {
    const headers: Record<string, string> = { authorization: auth, accept: 'application/json' };
    let body: string | FormData | undefined;
    if (options2.form) body = options2.form;
    else if (options2.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options2.json);
    }
    // POSTs create things: a 5xx may have created it already, so only 429 (refused before any
    // work) is retried for them; reads, PUTs and DELETEs are idempotent and retry on 5xx too.
    const idempotent = method !== 'POST';
    for (let attempt = 0; ; attempt++) {
      let response: Response;
      try {
        response = await fetch(url, {
          method,
          headers,
          body,
          redirect: 'manual',
          signal: AbortSignal.timeout(policy.timeoutMs),
        });
      } catch (error) {
        if (!idempotent || attempt >= policy.retries) throw error;
        await wait(attempt, undefined);
        continue;
      }
      const retryable = response.status === 429 || (idempotent && response.status >= 500);
      if (!retryable || attempt >= policy.retries) return response;
      options.logger.warning(
        `Bitbucket answered ${response.status} to ${method} ${new URL(url).pathname}; retrying.`,
      );
      await response.arrayBuffer();
      await wait(attempt, response.headers.get('retry-after'));
    }
  }

  function wait(attempt: number, retryAfter: string | null | undefined) {
    const seconds = retryAfter && /^\d+$/.test(retryAfter) ? Number(retryAfter) : undefined;
    const ms = Math.min(
      policy.maxDelayMs,
      seconds !== undefined ? seconds * 1000 : policy.baseDelayMs * 2 ** attempt,
    );
    return new Promise((r) => setTimeout(r, ms));
  }

  async function request<T>(
    method: string,
    path: string,
    o: RequestOptions = {},
  ): Promise<Answer<T>> {
    const url = path.startsWith('http') ? new URL(path) : new URL(`${apiUrl}${path}`);
    // A `next` link is followed as given, but never to another host: it carries our token.
    if (url.origin !== origin) {
      throw new Error(
        `Bitbucket pointed at ${url.origin}, not ${origin}; refusing to send the token there.`,
      );
    }
    for (const [name, value] of Object.entries(o.query ?? {})) {
      for (const v of Array.isArray(value) ? value : [value]) url.searchParams.append(name, v);
    }
    const response = await send(method, url.toString(), o);
    const text = await response.text();
    let data: unknown = undefined;
    if (text && (response.headers.get('content-type') ?? '').includes('json')) {
      try {
        data = JSON.parse(text);
      } catch {
        data = text;
      }
    }
    if (response.status >= 400) {
      throw new BitbucketRequestError(
        method,
        url.pathname.replace(/^.*?\/2\.0/, ''),
        response,
        data,
      );
    }
    return { status: response.status, data: data as T };
  }

  async function* pages<T>(path: string, query?: Record<string, string | string[]>) {
    let next: string | undefined;
    let first = true;
    while (first || next) {
      const { data } = await request<{ values?: T[]; next?: string }>(
        'GET',
        first ? path : next!,
        first ? { query } : {},
      );
      first = false;
      for (const item of data?.values ?? []) yield item;
      next = data?.next;
    }
  }

  return { apiUrl, request, pages };
}
