// GitHub runners are just-in-time only (no reusable registration token ever reaches a machine),
// carry the labels config.sh would give them, and never stay registered after their machine is
// gone: the stop step deletes them by id, or by name when the ids were not passed on.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createCloud } from '../src/clouds';
import { createGitHubForge } from '../src/forge/github';
import { startRunners } from '../src/runners/start';
import { stopRunners } from '../src/runners/stop';
import {
  GITHUB_TOKEN,
  RUNNER_RELEASES,
  captureLogger,
  cloudEnv,
  configFrom,
  githubContext,
  scriptValue,
  startWorld,
  type World,
} from './runner-support';

let world: World;
const saved = { ...process.env };
beforeAll(async () => {
  world = await startWorld();
  Object.assign(process.env, cloudEnv(world));
});
afterAll(async () => {
  process.env = saved;
  await world.close();
});
afterEach(() => {
  world.ec2.settle();
  for (const i of world.ec2.alive()) i.state = 'terminated';
  expect(world.github.violations).toEqual([]);
  expect(world.ec2.violations).toEqual([]);
});

const INPUTS = { cloud: 'aws', region: 'us-west-2', 'machine-types': 't3.large', labels: 'gpu' };

async function start(inputs: Record<string, string>) {
  const log = captureLogger();
  const config = configFrom({ ...INPUTS, ...inputs });
  const context = githubContext(world);
  const forge = createGitHubForge(context, GITHUB_TOKEN, log.logger);
  const cloud = await createCloud(config.cloud, log.logger);
  world.github.resetRecords();
  const result = await startRunners({ config, context, forge, cloud, logger: log.logger });
  return { log, config, context, forge, cloud, result };
}

const repo = () => world.github.state.repo('octo', 'repo');

describe('GitHub just-in-time runners', () => {
  it('are registered with self-hosted, the OS and the architecture, as config.sh and philips-labs label them', async () => {
    const { result } = await start({});
    const [request] = world.github.requests.filter((r) => r.path.endsWith('/generate-jitconfig'));
    // GitHub's generate-jitconfig example passes `self-hosted` among the labels (@octokit/openapi);
    // philips-labs adds self-hosted, the OS and the architecture itself (main.tf).
    expect((request!.body as { labels: string[] }).labels).toEqual([
      'self-hosted',
      'linux',
      'x64',
      'gpu',
      result.label,
    ]);
    expect(result.labels).toContain('self-hosted');
    const arm = await start({ 'machine-types': 'm7g.large' });
    expect(arm.result.labels.slice(0, 3)).toEqual(['self-hosted', 'linux', 'arm64']);
  });

  it('ephemeral: false still hands the machine a single-use JIT configuration, never a registration token', async () => {
    const { log } = await start({ ephemeral: 'false' });
    expect(repo().registrationTokens).toEqual([]);
    const userData = world.ec2.instances.at(-1)!.userData;
    expect(scriptValue(userData, 'CML_REGISTRATION')).toBe('github-jit');
    expect(log.text()).toContain('GitHub runners take one job each');
  });

  it('installs the newest actions/runner, resolved before launch, with its checksum', async () => {
    await start({});
    const userData = world.ec2.instances.at(-1)!.userData;
    expect(scriptValue(userData, 'CML_RUNNER_VERSION')).toBe(RUNNER_RELEASES.github.version);
    expect(scriptValue(userData, 'CML_RUNNER_SHA256_X64')).toBe(RUNNER_RELEASES.github.x64);
  });

  it('a runner whose machine powered off is deleted by the stop step, by name when no runner ids are given', async () => {
    const { config, context, forge, cloud, log, result } = await start({});
    const name = result.runners[0]!.name;
    // The machine powers itself off at the idle timeout: the runner stays registered, offline.
    const instance = world.ec2.instances.find((i) => i.id === result.runners[0]!.instanceId)!;
    instance.state = 'terminated';
    repo().runners.find((r) => r.name === name)!.status = 'offline';
    await stopRunners({
      config: { ...config, mode: 'stop', instanceIds: [instance.id], runnerIds: [] },
      context,
      forge,
      cloud,
      logger: log.logger,
    });
    expect(repo().runners.map((r) => r.name)).not.toContain(name);
  });
});
