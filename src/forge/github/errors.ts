/**
 * Recognising GitHub's refusals. Octokit throws RequestError with a numeric `status`; the
 * drivers turn permission refusals into PermissionError (src/core/errors.ts) whose hint names
 * the workflow permission to add, so callers can warn instead of failing.
 */
import { PermissionError } from '../../core/errors';
import { ForgeNotFoundError } from '../http';

export { ForgeNotFoundError };

/** Workflow `permissions:` each kind of write needs with GITHUB_TOKEN. */
export const GITHUB_PERMISSIONS = {
  pr: 'pull-requests: write',
  issue: 'issues: write',
  commit: 'contents: write',
  assets: 'contents: write',
  pulls: 'pull-requests: write',
  checks: 'checks: write',
  statuses: 'statuses: write',
  actions: 'actions: write',
} as const;

export type GitHubPermission = (typeof GITHUB_PERMISSIONS)[keyof typeof GITHUB_PERMISSIONS];

interface ErrorLike {
  status?: unknown;
  message?: unknown;
  response?: { headers?: Record<string, string | undefined> };
  errors?: { type?: string }[];
}

/** A refused write, naming the workflow permission that would allow it. */
export class GitHubPermissionError extends PermissionError {
  constructor(
    message: string,
    /** e.g. `pull-requests: write`, for the warning the caller prints. */
    readonly permission: GitHubPermission,
    cause?: unknown,
  ) {
    super(
      message,
      githubStatus(cause) === 401
        ? 'GitHub does not accept the token (401): check REPO_TOKEN / GITHUB_TOKEN, and that it has not expired.'
        : `The token needs \`permissions: ${permission}\` in the workflow. Pull requests from forks get a read-only GITHUB_TOKEN: use a token with write access there, or pull_request_target without running the fork's code.`,
    );
    this.cause = cause;
  }
}

/** The HTTP status of a failed octokit request, if the error is one. */
export function githubStatus(error: unknown): number | undefined {
  const status = (error as ErrorLike | undefined)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** 403/429 answers that are rate limits, not refusals (the plugins retry these a few times). */
export function isRateLimited(error: unknown): boolean {
  const status = githubStatus(error);
  if (status === 429) return true;
  if (status !== 403) return false;
  const e = error as ErrorLike;
  return (
    /\bsecondary rate\b|\brate limit\b/i.test(String(e.message ?? '')) ||
    e.response?.headers?.['x-ratelimit-remaining'] === '0'
  );
}

/**
 * GitHub refused the token: 401 (bad token), 403 that is not a rate limit ("Resource not
 * accessible by integration": a read-only token on a fork PR, or missing `permissions:`), a
 * GraphQL FORBIDDEN error, or a PermissionError the drivers already raised.
 */
export function isPermissionDenied(error: unknown): boolean {
  if (error instanceof PermissionError) return true;
  const status = githubStatus(error);
  if (status === 401) return true;
  if (status === 403) return !isRateLimited(error);
  const graphqlErrors = (error as ErrorLike | undefined)?.errors;
  return Array.isArray(graphqlErrors) && graphqlErrors.some((e) => e.type === 'FORBIDDEN');
}

/** 404: missing things, and private repositories the token cannot see. */
export function isNotFound(error: unknown): boolean {
  return githubStatus(error) === 404;
}

/**
 * Runs a write; a permission refusal becomes a PermissionError naming the permission to add
 * (the original error stays as `cause`). Anything else passes through unchanged.
 */
export async function withPermission<T>(
  permission: GitHubPermission,
  what: string,
  write: () => Promise<T>,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!isPermissionDenied(error) || error instanceof PermissionError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new GitHubPermissionError(`GitHub refused to ${what}: ${reason}`, permission, error);
  }
}

/**
 * Runs a request; a 404 becomes a ForgeNotFoundError naming what is missing. GitHub also answers
 * 404 for a private repository the token cannot see, so the repository is checked: if it is
 * invisible too, the message says both (missing, or hidden from this token).
 */
export async function explainNotFound<T>(
  what: string,
  repository: string,
  repoVisible: () => Promise<boolean>,
  request: () => Promise<T>,
): Promise<T> {
  try {
    return await request();
  } catch (error) {
    if (!isNotFound(error)) throw error;
    let visible = true;
    try {
      visible = await repoVisible();
    } catch {
      // Could not tell: name the thing asked for.
    }
    throw new ForgeNotFoundError(
      visible
        ? `GitHub has no ${what} in ${repository} (404 Not Found).`
        : `GitHub answers 404 for the repository ${repository}: it does not exist, or the token cannot see it (GitHub answers 404, not 403, for private repositories a token has no access to). Check the repository name, and that the token can read it.`,
      error,
    );
  }
}
