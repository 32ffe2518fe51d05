import { readFileSync } from 'node:fs';
import { ConfigurationError } from './errors';

export type Platform = 'github' | 'gitlab' | 'local';

/**
 * Everything the library needs to know about where it runs, read once from the environment.
 * Detection uses GITHUB_ACTIONS / GITLAB_CI, never CI (set by every CI, including ours).
 */
export interface RunContext {
  platform: Platform;
  /** owner/name on GitHub, the project path (group/sub/name) on GitLab. */
  repository: string;
  /** Numeric project id on GitLab (CI_PROJECT_ID), else undefined. */
  projectId?: string;
  sha: string;
  ref?: string;
  /** This run's PR (GitHub) or MR (GitLab) number, when the event is one. */
  pullNumber?: number;
  /** Base branch of this run's PR/MR. */
  baseRef?: string;
  /** Base commit of this run's PR/MR (the PR payload's base sha, CI_MERGE_REQUEST_DIFF_BASE_SHA). */
  baseSha?: string;
  /** Repository default branch when known. */
  defaultBranch?: string;
  workflow?: string;
  runId?: string;
  runAttempt?: string;
  job?: string;
  /** REST API root: GITHUB_API_URL (GHES-aware) or CI_API_V4_URL (self-managed aware). */
  apiUrl: string;
  /** Web root: GITHUB_SERVER_URL or CI_SERVER_URL. */
  serverUrl: string;
  graphqlUrl?: string;
  /** Link to this run, for report footers and truncation notes. */
  runUrl?: string;
  workspace: string;
  /** Event payload (GitHub) when present. */
  event?: Record<string, unknown>;
  eventName?: string;
  /** Where the job summary goes (GITHUB_STEP_SUMMARY), when the platform has one. */
  summaryFile?: string;
}

/** The few fields of GitHub event payloads (pull_request, issue, repository) the context reads. */
interface EventObject {
  number?: number;
  head?: { sha?: string; ref?: string };
  base?: { sha?: string; ref?: string };
  pull_request?: unknown;
  default_branch?: string;
}

export function detectPlatform(env: NodeJS.ProcessEnv = process.env): Platform {
  if (env.GITHUB_ACTIONS === 'true') return 'github';
  if (env.GITLAB_CI === 'true') return 'gitlab';
  return 'local';
}

export function readContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const platform = detectPlatform(env);
  if (platform === 'github') return githubContext(env);
  if (platform === 'gitlab') return gitlabContext(env);
  return localContext(env);
}

function githubContext(env: NodeJS.ProcessEnv): RunContext {
  const event = readEvent(env.GITHUB_EVENT_PATH);
  const pr = event?.pull_request as EventObject | undefined;
  const issue = event?.issue as EventObject | undefined;
  const repo = event?.repository as EventObject | undefined;
  const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/$/, '');
  const repository = env.GITHUB_REPOSITORY ?? '';
  const runId = env.GITHUB_RUN_ID;
  // An issue_comment on a PR carries the PR number in issue.number with issue.pull_request set.
  const pullNumber =
    typeof pr?.number === 'number'
      ? pr.number
      : issue?.pull_request && typeof issue.number === 'number'
        ? issue.number
        : undefined;
  return {
    platform: 'github',
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

function gitlabContext(env: NodeJS.ProcessEnv): RunContext {
  const iid = env.CI_MERGE_REQUEST_IID ? Number(env.CI_MERGE_REQUEST_IID) : undefined;
  const serverUrl = (env.CI_SERVER_URL ?? 'https://gitlab.com').replace(/\/$/, '');
  return {
    platform: 'gitlab',
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

function localContext(env: NodeJS.ProcessEnv): RunContext {
  return {
    platform: 'local',
    repository: env.CML_REPOSITORY ?? '',
    sha: env.CML_SHA ?? '',
    apiUrl: env.CML_API_URL ?? '',
    serverUrl: env.CML_SERVER_URL ?? '',
    workspace: process.cwd(),
  };
}

function readEvent(path: string | undefined): Record<string, unknown> | undefined {
  if (!path) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  } catch (error) {
    throw new ConfigurationError(
      `Cannot read the event payload GITHUB_EVENT_PATH=${path}: ${(error as Error).message}`,
    );
  }
}
