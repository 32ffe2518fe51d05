/**
 * Shared set-up of the runner tests: the forge and cloud emulators, a play-acted instance (what
 * the startup script would do: bring its runner online, or not), a capturing logger and the
 * configuration builder fed with the same inputs the action reads.
 */
import { PassThrough } from 'node:stream';
import { FAKE_AWS, FAKE_GCP_TOKEN, GITHUB_TOKEN, RELEASES_ENV, type World } from './runner-world';
import { ConsoleLogger } from '../src/core/logger';
import type { RunContext } from '../src/core/context';
import { buildConfig, type ProvisionConfig } from '../src/runners/config';
import { readInputs } from '../src/inputs';
import { inputVariable } from '../src/inputs/parse';

export * from './runner-world';

export function githubContext(world: World): RunContext {
  return {
    platform: 'github',
    repository: 'octo/repo',
    sha: 'a'.repeat(40),
    runId: '1001',
    runAttempt: '1',
    apiUrl: world.github.url,
    serverUrl: 'https://github.com',
    workspace: process.cwd(),
  };
}

export function gitlabContext(world: World): RunContext {
  return {
    platform: 'gitlab',
    repository: 'group/ml',
    projectId: '42',
    sha: 'b'.repeat(40),
    runId: '555',
    apiUrl: world.gitlab.url,
    serverUrl: world.gitlab.serverUrl,
    workspace: process.cwd(),
  };
}

/**
 * The configuration the action would build from these inputs (strict parsing included). Runner
 * releases come from the world (actions/runner from the GitHub emulator with the forge token, as
 * the action reads them; gitlab-runner from the world's loopback server).
 */
export function configFrom(
  inputs: Record<string, string>,
  env: NodeJS.ProcessEnv = {},
): ProvisionConfig {
  const vars: NodeJS.ProcessEnv = { CML_RUNNER_POLL_SECONDS: '0.05', ...RELEASES_ENV, ...env };
  for (const [k, v] of Object.entries(inputs)) vars[inputVariable(k)] = v;
  const config = buildConfig(
    readInputs('runner-provision', () => undefined, vars),
    vars,
  );
  config.releases.githubToken ??= GITHUB_TOKEN;
  return config;
}

export function captureLogger(): { logger: ConsoleLogger; text: () => string } {
  let text = '';
  const sink = new PassThrough();
  sink.on('data', (d: Buffer) => (text += d.toString()));
  const logger = new ConsoleLogger(sink, sink, true, false);
  return { logger, text: () => text };
}

/** Points the SDKs at the emulators with fake credentials (never real ones). */
export function cloudEnv(world: World): Record<string, string> {
  return {
    ...FAKE_AWS,
    AWS_ENDPOINT_URL_EC2: world.ec2.url,
    AWS_REGION: world.ec2.region,
    CML_GCE_ENDPOINT: world.gce.url,
    CML_RUNNER_GITLAB_RELEASES_API: world.gitlabReleases.api,
    CML_RUNNER_GITLAB_DOWNLOADS: world.gitlabReleases.downloads,
    CLOUDSDK_AUTH_ACCESS_TOKEN: FAKE_GCP_TOKEN,
    GOOGLE_CLOUD_PROJECT: world.gce.project,
  };
}
