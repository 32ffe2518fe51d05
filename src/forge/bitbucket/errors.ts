/**
 * Bitbucket's refusals as the project's errors. Bitbucket answers `{"type": "error", "error":
 * {"message", "detail"}}`; a 403 for a missing scope also names the scopes the operation accepts
 * in `X-Accepted-OAuth-Scopes`, which the message repeats so the user knows what to add.
 */
import { ConfigurationError, PermissionError } from '../../core/errors';

export class BitbucketRequestError extends Error {
  override readonly name = 'BitbucketRequestError';
  readonly status: number;
  /** Scopes the refused operation accepts (X-Accepted-OAuth-Scopes), when Bitbucket says. */
  readonly acceptedScopes?: string;
  constructor(
    readonly method: string,
    readonly path: string,
    response: Response,
    readonly body: unknown,
  ) {
    const error = (body as { error?: { message?: unknown; detail?: unknown } } | undefined)?.error;
    const detail = typeof error?.detail === 'string' ? ` (${error.detail})` : '';
    const message = typeof error?.message === 'string' ? error.message : response.statusText;
    super(`${method} ${path} answered ${response.status}: ${message}${detail}`);
    this.status = response.status;
    this.acceptedScopes = response.headers.get('x-accepted-oauth-scopes') ?? undefined;
  }
}

export function bitbucketStatus(error: unknown): number | undefined {
  return error instanceof BitbucketRequestError ? error.status : undefined;
}

export const isNotFound = (error: unknown) => bitbucketStatus(error) === 404;

const TOKEN_HINT =
  'Set BITBUCKET_TOKEN (or REPO_TOKEN) to a repository, project or workspace access token, or to `username:app-password`; check it has not expired or been revoked.';

/**
 * Runs a request; 401/403 become a PermissionError naming what was refused and the scope to
 * add, 404 a ConfigurationError naming what was not found (Bitbucket also answers 404 for a
 * private repository the token cannot see). Anything else passes through unchanged.
 */
export async function refusals<T>(
  what: { action: string; scope: string; notFound?: string },
  call: () => Promise<T>,
): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const status = bitbucketStatus(error);
    const reason = error instanceof Error ? error.message : String(error);
    if (status === 401) {
      throw new PermissionError(
        `Bitbucket did not accept the token when asked to ${what.action} (401).`,
        TOKEN_HINT,
      );
    }
    if (status === 403) {
      const accepted = (error as BitbucketRequestError).acceptedScopes;
      throw new PermissionError(
        `Bitbucket refused to ${what.action}: ${reason}`,
        `The token needs the ${accepted ?? what.scope} scope (an access token's or app password's permissions), and the account write access to the repository.`,
      );
    }
    if (status === 404 && what.notFound) {
      throw new ConfigurationError(
        `Bitbucket found no ${what.notFound} (404), or the token cannot read the repository: ${reason}`,
      );
    }
    throw error;
  }
}
