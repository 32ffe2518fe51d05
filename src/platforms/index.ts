import type { Platform, RunContext } from '../core/context';
import type { CiPlatform } from './types';
import { githubActions } from './github-actions';
import { gitlabCi } from './gitlab-ci';
import { bitbucketPipelines } from './bitbucket-pipelines';
import { generic } from './generic';

/**
 * Every CI platform, in one place, the generic one last (it matches everything). Detection
 * reads each platform's own marker (GITHUB_ACTIONS, GITLAB_CI, BITBUCKET_BUILD_NUMBER), never
 * CI, which every CI sets, ours included. Adding a platform is a folder and one line here.
 */
const PLATFORMS: readonly CiPlatform[] = [githubActions, gitlabCi, bitbucketPipelines, generic];

export function detectPlatform(env: NodeJS.ProcessEnv = process.env): CiPlatform {
  return PLATFORMS.find((p) => p.detect(env))!;
}

export function platformInfo(name: Platform): CiPlatform {
  return PLATFORMS.find((p) => p.name === name)!;
}

/** Everything the library needs to know about where it runs, read once from the environment. */
export function readContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  return detectPlatform(env).context(env);
}

/** Checkout folders the platforms name (GITHUB_WORKSPACE, CI_PROJECT_DIR, BITBUCKET_CLONE_DIR). */
export function platformWorkspaces(env: NodeJS.ProcessEnv = process.env): string[] {
  return PLATFORMS.flatMap((p) =>
    p.workspaceVariable ? [env[p.workspaceVariable] ?? ''] : [],
  ).filter(Boolean);
}

/** Where this platform takes step outputs (GITHUB_OUTPUT on GitHub Actions), if anywhere. */
export function stepOutputFile(
  platform: Platform,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  return platformInfo(platform).stepOutputFile?.(env);
}

/**
 * The dotenv report a capability writes when its input names none: CML_DOTENV, else `name` on
 * platforms whose jobs read dotenv reports (GitLab CI), else none.
 */
export function defaultDotenvFile(
  platform: Platform,
  name: string,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  return env.CML_DOTENV || (platformInfo(platform).dotenvReports ? name : undefined);
}

/** Prefixes of every platform's variables, for clearing a test's environment. */
export const PLATFORM_VARIABLE_PREFIXES = PLATFORMS.flatMap((p) => p.variablePrefixes);

export type { CiPlatform } from './types';
