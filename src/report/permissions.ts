import { PermissionError } from '../core/errors';

/** The HTTP status of a forge error (octokit RequestError, gitbeaker's cause.response), if any. */
export function httpStatusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const e = error as { status?: unknown; response?: { status?: unknown }; cause?: unknown };
  if (typeof e.status === 'number') return e.status;
  if (typeof e.response?.status === 'number') return e.response.status;
  if (e.cause && e.cause !== error) return httpStatusOf(e.cause);
  return undefined;
}

export type WriteKind = 'comment' | 'assets';

/** What the user must grant so the write succeeds, in the words of the forge's own settings. */
export function permissionHint(
  forge: 'github' | 'gitlab',
  kind: WriteKind,
  targetKind?: 'pr' | 'issue' | 'commit',
): string {
  if (forge === 'gitlab') {
    return kind === 'assets'
      ? 'The token must be able to upload to the project (a project or personal access token with api scope, Developer role or higher, in REPO_TOKEN or GITLAB_TOKEN).'
      : 'The token must be able to write notes: a project or personal access token with api scope (Developer role or higher) in REPO_TOKEN or GITLAB_TOKEN; CI_JOB_TOKEN cannot write notes.';
  }
  if (kind === 'assets') {
    return 'Images are committed to the cml-assets branch: add `permissions: contents: write` to the job.';
  }
  const permission =
    targetKind === 'commit'
      ? 'contents: write'
      : targetKind === 'issue'
        ? 'issues: write'
        : 'pull-requests: write';
  return `Add \`permissions: ${permission}\` to the job. Pull requests from forks get a read-only GITHUB_TOKEN: post the report from a workflow_run workflow, or read it in the job summary.`;
}

/** Whether an error means "not allowed" (or hidden from this token) rather than a bug or outage. */
export function isPermissionFailure(error: unknown): boolean {
  if (error instanceof PermissionError) return true;
  const status = httpStatusOf(error);
  return status === 401 || status === 403 || status === 404;
}
