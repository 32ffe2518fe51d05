import type { RunContext } from '../../core/context';
import type { CiPlatform } from '../types';

/**
 * Bitbucket Pipelines, from its default variables (Atlassian, "Variables and secrets",
 * https://support.atlassian.com/bitbucket-cloud/docs/variables-and-secrets/):
 * BITBUCKET_BUILD_NUMBER is set in every build (detection; the run id), BITBUCKET_COMMIT the
 * commit, BITBUCKET_WORKSPACE + BITBUCKET_REPO_SLUG (or BITBUCKET_REPO_FULL_NAME) the
 * repository, BITBUCKET_BRANCH the source branch (not on tag builds, where BITBUCKET_TAG is),
 * BITBUCKET_PR_ID and BITBUCKET_PR_DESTINATION_BRANCH on pull request pipelines only,
 * BITBUCKET_CLONE_DIR the checkout, BITBUCKET_GIT_HTTP_ORIGIN the repository's web URL.
 * Pipelines sets no API root: CML_API_URL replaces https://api.bitbucket.org/2.0 (proxies, tests).
 */
export const bitbucketPipelines: CiPlatform = {
  name: 'bitbucket',
  title: 'Bitbucket Pipelines',
  forge: 'bitbucket',
  variablePrefixes: ['BITBUCKET_'],
  workspaceVariable: 'BITBUCKET_CLONE_DIR',
  baseSources: { ref: 'BITBUCKET_PR_DESTINATION_BRANCH' },
  detect: (env) => Boolean(env.BITBUCKET_BUILD_NUMBER && env.BITBUCKET_COMMIT),
  context,
};

function context(env: NodeJS.ProcessEnv): RunContext {
  const repository =
    env.BITBUCKET_REPO_FULL_NAME ||
    (env.BITBUCKET_WORKSPACE && env.BITBUCKET_REPO_SLUG
      ? `${env.BITBUCKET_WORKSPACE}/${env.BITBUCKET_REPO_SLUG}`
      : '');
  const serverUrl = webRoot(env.BITBUCKET_GIT_HTTP_ORIGIN);
  const pr = env.BITBUCKET_PR_ID ? Number(env.BITBUCKET_PR_ID) : undefined;
  const build = env.BITBUCKET_BUILD_NUMBER;
  return {
    platform: 'bitbucket',
    forge: 'bitbucket',
    repository,
    sha: env.BITBUCKET_COMMIT ?? '',
    ref: env.BITBUCKET_BRANCH || env.BITBUCKET_TAG || undefined,
    pullNumber: pr !== undefined && Number.isInteger(pr) && pr > 0 ? pr : undefined,
    baseRef: env.BITBUCKET_PR_DESTINATION_BRANCH || undefined,
    workflow: env.BITBUCKET_PIPELINE_UUID || undefined,
    runId: build,
    job: env.BITBUCKET_STEP_UUID || undefined,
    apiUrl: (env.CML_API_URL || 'https://api.bitbucket.org/2.0').replace(/\/+$/, ''),
    serverUrl,
    // The pipeline's page: https://bitbucket.org/{workspace}/{repo_slug}/pipelines/results/{n}.
    runUrl:
      repository && build ? `${serverUrl}/${repository}/pipelines/results/${build}` : undefined,
    workspace: env.BITBUCKET_CLONE_DIR || process.cwd(),
  };
}

/** https://bitbucket.org from BITBUCKET_GIT_HTTP_ORIGIN (http://bitbucket.org/ws/repo). */
function webRoot(origin: string | undefined): string {
  if (origin) {
    try {
      const url = new URL(origin);
      // Pipelines gives the origin as http://; the site answers on https.
      return `https://${url.host}`;
    } catch {
      // fall through to the public site
    }
  }
  return 'https://bitbucket.org';
}
