import type { RunContext } from '../../core/context';
import { ConfigurationError } from '../../core/errors';
import type { GitLabClient } from './client';

/** How the driver names this project to the API and on the web, read once per run. */
export interface ProjectRef {
  /** Numeric id (CI_PROJECT_ID) when known, else the full path; gitbeaker URL-encodes it. */
  id: string | number;
  /** Full path (group/sub/name) for web links; asked from the API when the context lacks it. */
  path(): Promise<string>;
  /** Web URL of the project. */
  webUrl(): Promise<string>;
}

export function projectRef(client: GitLabClient, context: RunContext): ProjectRef {
  if (!context.projectId && !context.repository) {
    // Without either, every request goes to `/projects/` and GitLab answers a bare 404.
    throw new ConfigurationError(
      context.platform === 'gitlab'
        ? 'CI_PROJECT_ID is not set (nor CI_PROJECT_PATH): cannot tell which GitLab project to use. GitLab CI sets both in every job; set CI_PROJECT_ID to the numeric project id if this job clears them.'
        : 'No GitLab project: pass --repo (group/project or its web URL).',
      { input: 'CI_PROJECT_ID' },
    );
  }
  const id =
    context.projectId && /^\d+$/.test(context.projectId)
      ? Number(context.projectId)
      : context.repository;
  let path: Promise<string> | undefined = context.repository
    ? Promise.resolve(context.repository)
    : undefined;
  const resolve = () =>
    (path ??= client.Projects.show(id).then((p) => String(p.path_with_namespace)));
  return {
    id,
    path: resolve,
    webUrl: async () => `${context.serverUrl}/${await resolve()}`,
  };
}
