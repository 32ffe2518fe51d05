/**
 * Shared set-up of the runner tests: the forge and cloud emulators, a play-acted instance (what
 * the startup script would do: bring its runner online, or not), a capturing logger and the
 * configuration builder fed with the same inputs the action reads.
 */
import { PassThrough } from 'node:stream';
import { startGitHubEmulator, type GitHubEmulator } from './emulators/github';
import { startGitLabEmulator, type GitLabEmulator } from './emulators/gitlab';
import { startEc2Emulator, type Ec2Emulator } from './emulators/ec2';
import { startGceEmulator, type GceEmulator } from './emulators/gce';
import { ConsoleLogger } from '../src/core/logger';
import type { RunContext } from '../src/core/context';
import { buildConfig, type ProvisionConfig } from '../src/runners/config';
import { inputsOf } from '../src/inputs';
import { readInputs, inputVariable } from '../src/inputs/parse';

export const GITHUB_TOKEN = 'ghs_runnerTestToken0123456789abcdef';
export const GITLAB_TOKEN = 'glpat-runnerTestToken0123456789';
export const FAKE_AWS = { AWS_ACCESS_KEY_ID: 'AKIAFAKEFAKEFAKE0001', AWS_SECRET_ACCESS_KEY: 'fakeSecretKeyDoNotUse/0123456789abcdefghij' };
export const FAKE_GCP_TOKEN = 'ya29.fake-access-token-for-tests';

/** The value of VAR='…' in a rendered startup script. */
export function scriptValue(script: string, name: string): string | undefined {
  const m = new RegExp(`^${name}='((?:[^']|'"'"')*)'$`, 'm').exec(script);
  return m?.[1]?.replace(/'"'"'/g, "'");
}

export interface World {
  github: GitHubEmulator;
  gitlab: GitLabEmulator;
  ec2: Ec2Emulator;
  gce: GceEmulator;
  /** What a launched instance does: 'online' (default) brings its runner online, 'silent' never. */
  behaviour: 'online' | 'silent';
  /** Startup scripts seen, in launch order. */
  scripts: string[];
  close(): Promise<void>;
}

export async function startWorld(): Promise<World> {
  const github = await startGitHubEmulator({ repos: ['octo/repo'] });
  github.addToken(GITHUB_TOKEN, { login: 'github-actions[bot]', id: 41898282, type: 'Bot', installation: true });
  const gitlab = await startGitLabEmulator();
  gitlab.addToken(GITLAB_TOKEN, { username: 'ml-bot', id: 77, scopes: ['api', 'create_runner'] });
  gitlab.seedProject({ id: 42, path: 'group/ml' });
  const ec2 = await startEc2Emulator();
  const gce = await startGceEmulator();
  const world: World = {
    github,
    gitlab,
    ec2,
    gce,
    behaviour: 'online',
    scripts: [],
    close: async () => {
      await Promise.all([github.close(), gitlab.close(), ec2.close(), gce.close()]);
    },
  };
  const play = (script: string) => {
    world.scripts.push(script);
    if (world.behaviour !== 'online') return;
    // The runner registers a moment after boot, as on a real machine.
    setTimeout(() => {
      const name = scriptValue(script, 'CML_RUNNER_NAME');
      if (scriptValue(script, 'CML_FORGE') === 'github') {
        const runner = github.state.repo('octo', 'repo').runners.find((r) => r.name === name);
        if (runner) runner.status = 'online';
      } else {
        const token = scriptValue(script, 'CML_SECRET');
        const runner = gitlab.state.runners.find((r) => r.token === token);
        if (runner) runner.status = 'online';
      }
    }, 30);
  };
  ec2.onLaunch((i) => play(i.userData));
  gce.onInsert((i) => play(i.metadata['startup-script'] ?? ''));
  return world;
}

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

/** The configuration the action would build from these inputs (strict parsing included). */
export function configFrom(inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}): ProvisionConfig {
  const vars: NodeJS.ProcessEnv = { CML_RUNNER_POLL_SECONDS: '0.05', ...env };
  for (const [k, v] of Object.entries(inputs)) vars[inputVariable(k)] = v;
  return buildConfig(readInputs(inputsOf('runner-provision'), () => undefined, vars), vars);
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
    CLOUDSDK_AUTH_ACCESS_TOKEN: FAKE_GCP_TOKEN,
    GOOGLE_CLOUD_PROJECT: world.gce.project,
  };
}
