import { GitbeakerRequestError } from '@gitbeaker/rest';

/** The HTTP status of a failed gitbeaker request, if the error is one. */
export function gitlabStatus(error: unknown): number | undefined {
  if (!(error instanceof Error)) return undefined;
  const cause = (error as GitbeakerRequestError).cause as
    { response?: { status?: unknown } } | undefined;
  const status = cause?.response?.status;
  return typeof status === 'number' ? status : undefined;
}

/**
 * GitLab refused the token: 401 (unknown or expired token) or 403 (a read-only token, a
 * missing `api` scope, or CI_JOB_TOKEN, which cannot write notes). Callers turn this into a
 * warning that names the missing permission instead of failing the job.
 */
export function isPermissionDenied(error: unknown): boolean {
  const status = gitlabStatus(error);
  return status === 401 || status === 403;
}

/** 404: GitLab's answer for missing things and for private projects the token cannot see. */
export function isNotFound(error: unknown): boolean {
  return gitlabStatus(error) === 404;
}

/** What to tell the user when GitLab refuses a write. */
export const GITLAB_PERMISSION_HINT =
  'use a project or personal access token with the api scope (and at least the Reporter role to comment, Developer to open merge requests) in REPO_TOKEN or GITLAB_TOKEN; CI_JOB_TOKEN cannot write notes';
