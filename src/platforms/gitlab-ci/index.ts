import type { RunContext } from '../../core/context';
import type { CiPlatform } from '../types';

/** GitLab CI: the predefined CI_* variables (merge request pipelines add CI_MERGE_REQUEST_*). */
export const gitlabCi: CiPlatform = {
  name: 'gitlab',
  title: 'GitLab CI',
  forge: 'gitlab',
  variablePrefixes: ['CI_', 'GITLAB_'],
  workspaceVariable: 'CI_PROJECT_DIR',
  baseSources: {
    sha: 'CI_MERGE_REQUEST_DIFF_BASE_SHA',
    ref: 'CI_MERGE_REQUEST_TARGET_BRANCH_NAME',
  },
  detect: (env) => env.GITLAB_CI === 'true',
  dotenvReports: true,
  context,
  fullReportLink: (c, path) =>
    c.runUrl ? `the job artifacts: [${path}](${c.runUrl}/artifacts/file/${path})` : undefined,
};

function context(env: NodeJS.ProcessEnv): RunContext {
  const iid = env.CI_MERGE_REQUEST_IID ? Number(env.CI_MERGE_REQUEST_IID) : undefined;
  const serverUrl = (env.CI_SERVER_URL ?? 'https://gitlab.com').replace(/\/$/, '');
  return {
    platform: 'gitlab',
    forge: 'gitlab',
    repository: env.CI_PROJECT_PATH ?? '',
    projectId: env.CI_PROJECT_ID,
    sha: env.CI_COMMIT_SHA ?? '',
    ref: env.CI_MERGE_REQUEST_SOURCE_BRANCH_NAME ?? env.CI_COMMIT_REF_NAME,
    pullNumber: iid !== undefined && Number.isInteger(iid) ? iid : undefined,
    baseRef: env.CI_MERGE_REQUEST_TARGET_BRANCH_NAME || undefined,
    baseSha: env.CI_MERGE_REQUEST_DIFF_BASE_SHA || undefined,
    defaultBranch: env.CI_DEFAULT_BRANCH || undefined,
    workflow: env.CI_PIPELINE_NAME || undefined,
    runId: env.CI_PIPELINE_ID,
    job: env.CI_JOB_NAME,
    apiUrl: (env.CI_API_V4_URL ?? `${serverUrl}/api/v4`).replace(/\/$/, ''),
    serverUrl,
    runUrl: env.CI_JOB_URL ?? env.CI_PIPELINE_URL,
    workspace: env.CI_PROJECT_DIR ?? process.cwd(),
  };
}
