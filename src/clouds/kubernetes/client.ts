import { delimiter } from 'node:path';
import { ConfigurationError, PermissionError, errorMessage } from '../../core/errors';
import type { Logger } from '../../core/logger';
import type { KubernetesOptions } from './options';

type ClientModule = typeof import('@kubernetes/client-node');
export type CoreApi = InstanceType<ClientModule['CoreV1Api']>;

export interface KubeClient {
  api: CoreApi;
  namespace: string;
}

/**
 * The CoreV1 client from the options' credentials. @kubernetes/client-node is ESM-only and
 * large: imported here, on first use, never by the other clouds' runs.
 */
export async function connect(options: KubernetesOptions): Promise<KubeClient> {
  const k8s = await import('@kubernetes/client-node');
  const kc = new k8s.KubeConfig();
  const source = options.kubeconfig;
  try {
    if (source.kind === 'inline') kc.loadFromString(source.yaml);
    else if (source.kind === 'in-cluster') kc.loadFromCluster();
    else if (source.path.includes(delimiter)) kc.loadFromDefault();
    else kc.loadFromFile(source.path);
    if (options.context) kc.setCurrentContext(options.context);
  } catch (error) {
    const where = source.kind === 'file' ? source.path : source.kind;
    throw new ConfigurationError(
      `Input 'kubeconfig': cannot load the kubeconfig (${where}): ${errorMessage(error)}`,
      { input: 'kubeconfig' },
    );
  }
  if (!kc.getCurrentCluster()) {
    throw new ConfigurationError(
      `Input 'kubeconfig': the kubeconfig has no cluster for context '${kc.getCurrentContext()}'.`,
      { input: 'kubeconfig' },
    );
  }
  const namespace =
    options.namespace ?? kc.getContextObject(kc.getCurrentContext())?.namespace ?? 'default';
  return { api: kc.makeApiClient(k8s.CoreV1Api), namespace };
}

/** The HTTP status of a failed call (ApiException.code), if it got an answer. */
export function statusOf(error: unknown): number | undefined {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'number' ? code : undefined;
}

/** The API server's own message (a Status object), else the error's. */
export function apiMessage(error: unknown): string {
  if (error instanceof KubernetesApiError) return error.message;
  const body = (error as { body?: unknown } | undefined)?.body;
  let parsed: unknown = body;
  if (typeof body === 'string') {
    try {
      parsed = JSON.parse(body);
    } catch {
      parsed = undefined;
    }
  }
  const message = (parsed as { message?: unknown } | undefined)?.message;
  const status = statusOf(error);
  if (typeof message === 'string') return status ? `HTTP ${status}: ${message}` : message;
  // ApiException's own text is "HTTP-Code: …\nMessage: …\nBody: …\nHeaders: …": keep the message.
  const text = errorMessage(error);
  const short = /^Message: (.*)$/m.exec(text)?.[1];
  return status ? `HTTP ${status}: ${short ?? text.split('\n')[0]}` : text;
}

/** A failed call, with the API server's message and the HTTP status (`code`) kept. */
export class KubernetesApiError extends Error {
  override readonly name = 'KubernetesApiError';
  readonly code?: number;
  constructor(what: string, cause: unknown) {
    super(`Kubernetes could not ${what}: ${apiMessage(cause)}`, { cause });
    this.code = statusOf(cause);
  }
}

const RETRY_STATUS = new Set([429, 500, 502, 503, 504]);
const RETRY_NETWORK =
  /ECONNRESET|ECONNREFUSED|ETIMEDOUT|EPIPE|EAI_AGAIN|socket hang up|network timeout/i;

function retryable(error: unknown): boolean {
  const status = statusOf(error);
  if (status !== undefined) return RETRY_STATUS.has(status);
  const code = (error as { code?: unknown; errno?: unknown } | undefined)?.code;
  return RETRY_NETWORK.test(`${typeof code === 'string' ? code : ''} ${errorMessage(error)}`);
}

function retryAfterMs(error: unknown): number | undefined {
  const headers = (error as { headers?: Record<string, string> } | undefined)?.headers;
  const value = Number(headers?.['retry-after']);
  return Number.isFinite(value) && value >= 0 ? value * 1000 : undefined;
}

/**
 * Runs `call`, retrying throttling (429), server errors (5xx) and dropped connections: the
 * client library retries nothing itself. Five attempts, delays doubling from `baseMs` (the
 * API server's Retry-After when it gives one, capped at 30 s). A 403 becomes a PermissionError
 * naming the Role in docs/kubernetes.md.
 */
export async function withRetry<T>(
  what: string,
  call: () => Promise<T>,
  deps: { baseMs: number; logger: Logger; attempts?: number },
): Promise<T> {
  const attempts = deps.attempts ?? 5;
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (statusOf(error) === 403) {
        throw new PermissionError(
          `Kubernetes refused to ${what}: ${apiMessage(error)}`,
          'Bind the Role in docs/kubernetes.md (pods, pods/log, secrets, events in the namespace) to the identity of the kubeconfig.',
        );
      }
      if (attempt >= attempts || !retryable(error)) throw new KubernetesApiError(what, error);
      const delay = Math.min(30_000, retryAfterMs(error) ?? deps.baseMs * 2 ** (attempt - 1));
      deps.logger.debug(
        `Kubernetes: ${what} failed (${apiMessage(error)}); retrying in ${delay} ms.`,
      );
      await new Promise((r) => setTimeout(r, delay));
    }
  }
}
