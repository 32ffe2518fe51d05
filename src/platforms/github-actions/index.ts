import { readFileSync } from 'node:fs';
import type { RunContext } from '../../core/context';
import { ConfigurationError } from '../../core/errors';
import type { CiPlatform } from '../types';

/** The few fields of GitHub event payloads (pull_request, issue, repository) the context reads. */
interface EventObject {
  number?: number;
  head?: { sha?: string; ref?: string };
  base?: { sha?: string; ref?: string };
  pull_request?: unknown;
  default_branch?: string;
}

/** GitHub Actions: GITHUB_* variables and the event payload at GITHUB_EVENT_PATH. */
export const githubActions: CiPlatform = {
  name: 'github',
  title: 'GitHub Actions',
  forge: 'github',
  variablePrefixes: ['GITHUB_', 'RUNNER_', 'INPUT_'],
  workspaceVariable: 'GITHUB_WORKSPACE',
  baseSources: { sha: 'pull request base', ref: 'GITHUB_BASE_REF' },
  detect: (env) => env.GITHUB_ACTIONS === 'true',
  stepOutputFile: (env) => env.GITHUB_OUTPUT || undefined,
  missingTokenHint:
    'Pass `token: ${{ github.token }}` (or a personal access token) to the action, or set REPO_TOKEN.',
  context,
  fullReportLink: (c, _path, summaryWritten) =>
    c.runUrl && summaryWritten && c.summaryFile
      ? `the job summary of [this run](${c.runUrl})`
      : undefined,
};

function context(env: NodeJS.ProcessEnv): RunContext {
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
