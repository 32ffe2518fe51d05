"use strict";
exports.id = 163;
exports.ids = [163];
exports.modules = {

/***/ 9163:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  li: () => (/* binding */ detectPlatform),
  UW: () => (/* binding */ platformInfo),
  Gi: () => (/* binding */ platformWorkspaces),
  yI: () => (/* binding */ readContext)
});

// UNUSED EXPORTS: PLATFORM_VARIABLE_PREFIXES, defaultDotenvFile, stepOutputFile

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/platforms/github-actions/index.ts


/** GitHub Actions: GITHUB_* variables and the event payload at GITHUB_EVENT_PATH. */
const githubActions = {
    name: 'github',
    title: 'GitHub Actions',
    forge: 'github',
    variablePrefixes: ['GITHUB_', 'RUNNER_', 'INPUT_'],
    workspaceVariable: 'GITHUB_WORKSPACE',
    baseSources: { sha: 'pull request base', ref: 'GITHUB_BASE_REF' },
    detect: (env) => env.GITHUB_ACTIONS === 'true',
    stepOutputFile: (env) => env.GITHUB_OUTPUT || undefined,
    missingTokenHint: 'Pass `token: ${{ github.token }}` (or a personal access token) to the action, or set REPO_TOKEN.',
    context,
    fullReportLink: (c, _path, summaryWritten) => c.runUrl && summaryWritten && c.summaryFile
        ? `the job summary of [this run](${c.runUrl})`
        : undefined,
};
function context(env) {
    const event = readEvent(env.GITHUB_EVENT_PATH);
    const pr = event?.pull_request;
    const issue = event?.issue;
    const repo = event?.repository;
    const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/$/, '');
    const repository = env.GITHUB_REPOSITORY ?? '';
    const runId = env.GITHUB_RUN_ID;
    // An issue_comment on a PR carries the PR number in issue.number with issue.pull_request set.
    const pullNumber = typeof pr?.number === 'number'
        ? pr.number
        : issue?.pull_request && typeof issue.number === 'number'
            ? issue.number
            : undefined;
    return {
        platform: 'github',
        forge: 'github',
        repository,
        sha: pr?.head?.sha ?? env.GITHUB_SHA ?? '',
        ref: env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME || undefined,
        pullNumber,
        baseRef: env.GITHUB_BASE_REF || pr?.base?.ref || undefined,
        baseSha: pr?.base?.sha,
        defaultBranch: repo?.default_branch,
        workflow: env.GITHUB_WORKFLOW,
        runId,
        runAttempt: env.GITHUB_RUN_ATTEMPT,
        job: env.GITHUB_JOB,
        apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/$/, ''),
        graphqlUrl: env.GITHUB_GRAPHQL_URL,
        serverUrl,
        runUrl: runId && repository ? `${serverUrl}/${repository}/actions/runs/${runId}` : undefined,
        workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
        event,
        eventName: env.GITHUB_EVENT_NAME,
        summaryFile: env.GITHUB_STEP_SUMMARY || undefined,
    };
}
function readEvent(path) {
    if (!path)
        return undefined;
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch (error) {
        throw new errors.ConfigurationError(`Cannot read the event payload GITHUB_EVENT_PATH=${path}: ${error.message}`);
    }
}

;// CONCATENATED MODULE: ./src/platforms/gitlab-ci/index.ts
/** GitLab CI: the predefined CI_* variables (merge request pipelines add CI_MERGE_REQUEST_*). */
const gitlabCi = {
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
    context: gitlab_ci_context,
    fullReportLink: (c, path) => c.runUrl ? `the job artifacts: [${path}](${c.runUrl}/artifacts/file/${path})` : undefined,
};
function gitlab_ci_context(env) {
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

;// CONCATENATED MODULE: ./src/platforms/bitbucket-pipelines/index.ts
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
const bitbucketPipelines = {
    name: 'bitbucket',
    title: 'Bitbucket Pipelines',
    forge: 'bitbucket',
    variablePrefixes: ['BITBUCKET_'],
    workspaceVariable: 'BITBUCKET_CLONE_DIR',
    baseSources: { ref: 'BITBUCKET_PR_DESTINATION_BRANCH' },
    detect: (env) => Boolean(env.BITBUCKET_BUILD_NUMBER && env.BITBUCKET_COMMIT),
    context: bitbucket_pipelines_context,
};
function bitbucket_pipelines_context(env) {
    const repository = env.BITBUCKET_REPO_FULL_NAME ||
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
        runUrl: repository && build ? `${serverUrl}/${repository}/pipelines/results/${build}` : undefined,
        workspace: env.BITBUCKET_CLONE_DIR || process.cwd(),
    };
}
/** https://bitbucket.org from BITBUCKET_GIT_HTTP_ORIGIN (http://bitbucket.org/ws/repo). */
function webRoot(origin) {
    if (origin) {
        try {
            const url = new URL(origin);
            // Pipelines gives the origin as http://; the site answers on https.
            return `https://${url.host}`;
        }
        catch {
            // fall through to the public site
        }
    }
    return 'https://bitbucket.org';
}

;// CONCATENATED MODULE: ./src/platforms/generic/index.ts
/**
 * Any other CI (Jenkins, CircleCI, Azure Pipelines) and a plain shell. Nothing identifies the
 * run; the repository comes from --repo or the origin remote (src/compat/session.ts), or from
 * CML_REPOSITORY / CML_SERVER_URL / CML_API_URL / CML_RUNNER_DRIVER, which `cml runner launch`
 * hands to the runner-provision bundle.
 */
const generic = {
    name: 'local',
    title: 'a shell or another CI',
    variablePrefixes: ['CML_'],
    detect: () => true,
    context: (env) => ({
        platform: 'local',
        repository: env.CML_REPOSITORY ?? '',
        sha: env.CML_SHA ?? '',
        apiUrl: env.CML_API_URL ?? '',
        serverUrl: env.CML_SERVER_URL ?? '',
        workspace: process.cwd(),
    }),
};

;// CONCATENATED MODULE: ./src/platforms/index.ts




/**
 * Every CI platform, in one place, the generic one last (it matches everything). Detection
 * reads each platform's own marker (GITHUB_ACTIONS, GITLAB_CI, BITBUCKET_BUILD_NUMBER), never
 * CI, which every CI sets, ours included. Adding a platform is a folder and one line here.
 */
const PLATFORMS = [githubActions, gitlabCi, bitbucketPipelines, generic];
function detectPlatform(env = process.env) {
    return PLATFORMS.find((p) => p.detect(env));
}
function platformInfo(name) {
    return PLATFORMS.find((p) => p.name === name);
}
/** Everything the library needs to know about where it runs, read once from the environment. */
function readContext(env = process.env) {
    return detectPlatform(env).context(env);
}
/** Checkout folders the platforms name (GITHUB_WORKSPACE, CI_PROJECT_DIR, BITBUCKET_CLONE_DIR). */
function platformWorkspaces(env = process.env) {
    return PLATFORMS.flatMap((p) => p.workspaceVariable ? [env[p.workspaceVariable] ?? ''] : []).filter(Boolean);
}
/** Where this platform takes step outputs (GITHUB_OUTPUT on GitHub Actions), if anywhere. */
function stepOutputFile(platform, env = process.env) {
    return platformInfo(platform).stepOutputFile?.(env);
}
/**
 * The dotenv report a capability writes when its input names none: CML_DOTENV, else `name` on
 * platforms whose jobs read dotenv reports (GitLab CI), else none.
 */
function defaultDotenvFile(platform, name, env = process.env) {
    return env.CML_DOTENV || (platformInfo(platform).dotenvReports ? name : undefined);
}
/** Prefixes of every platform's variables, for clearing a test's environment. */
const PLATFORM_VARIABLE_PREFIXES = PLATFORMS.flatMap((p) => p.variablePrefixes);


/***/ })

};
;