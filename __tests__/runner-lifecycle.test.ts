// The lifecycle (start, stop, sweep) against the forge and cloud emulators, and the fault suite:
// every case ends with zero instances of ours left running.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createCloud } from '../src/clouds';
import type { CloudDriver } from '../src/clouds/types';
import { createGitHubForge } from '../src/forge/github';
import { createGitLabForge } from '../src/forge/gitlab';
import { instanceTags } from '../src/runners/naming';
import { startRunners } from '../src/runners/start';
import { stopRunners, sweepRunners } from '../src/runners/stop';
import { renderStartupScript } from '../src/runners/render-startup';
import type { ProvisionConfig } from '../src/runners/config';
import {
  FAKE_AWS,
  FAKE_GCP_TOKEN,
  GITHUB_TOKEN,
  GITLAB_TOKEN,
  captureLogger,
  cloudEnv,
  configFrom,
  githubContext,
  gitlabContext,
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
  world.behaviour = 'online';
  // Every case must leave nothing of ours running (after the emulators' state transitions).
  world.ec2.settle();
  const ec2Left = world.ec2.alive({ 'cml-runner': 'true' }).map((i) => `${i.id} ${i.state}`);
  const gceLeft = world.gce.alive({ 'cml-runner': 'true' }).map((i) => `${i.name} ${i.status}`);
  // Clear leftovers so one failure does not cascade into the next case.
  for (const i of world.ec2.alive()) i.state = 'terminated';
  world.gce.instances.length = 0;
  world.ec2.requests.length = 0;
  world.gce.requests.length = 0;
  expect(ec2Left).toEqual([]);
  expect(gceLeft).toEqual([]);
  expect(world.github.violations).toEqual([]);
  expect(world.gitlab.violations).toEqual([]);
  expect(world.ec2.violations).toEqual([]);
  expect(world.gce.violations).toEqual([]);
});

const AWS_INPUTS = {
  cloud: 'aws',
  region: 'us-west-2',
  'machine-types': 't3.large',
  labels: 'cml,gpu',
};
const GCP_INPUTS = {
  cloud: 'gcp',
  zones: 'us-central1-a,us-central1-b',
  'machine-types': 'n1-standard-4',
};

async function github(inputs: Record<string, string> = {}) {
  const log = captureLogger();
  const config = configFrom({ ...AWS_INPUTS, ...inputs });
  const context = githubContext(world);
  const forge = createGitHubForge(context, GITHUB_TOKEN, log.logger);
  const cloud = await createCloud(config.cloud, log.logger);
  return { log, config, context, forge, cloud };
}

async function gitlab(inputs: Record<string, string> = {}) {
  const log = captureLogger();
  const config = configFrom({ ...GCP_INPUTS, 'gcp-project': world.gce.project, ...inputs });
  const context = gitlabContext(world);
  const forge = createGitLabForge(context, GITLAB_TOKEN, log.logger);
  const cloud = await createCloud(config.cloud, log.logger);
  return { log, config, context, forge, cloud };
}

const repoRunners = () => world.github.state.repo('octo', 'repo').runners;

describe('GitHub on EC2', () => {
  it('starts count runners with JIT configs, waits until online, then stops them by id', async () => {
    const { log, config, context, forge, cloud } = await github({ count: '2', spot: 'true' });
    world.github.resetRecords();
    world.ec2.requests.length = 0;
    const result = await startRunners({ config, context, forge, cloud, logger: log.logger });
    expect(result.runners).toHaveLength(2);
    // JIT runners get config.sh's default labels too (runner-jit.test.ts).
    expect(result.labels).toEqual(['self-hosted', 'linux', 'x64', 'cml', 'gpu', result.label]);
    expect(result.label).toMatch(/^cml-1001-1-[0-9a-f]{6}$/);
    const jit = world.github.requests.filter((r) => r.path.endsWith('/generate-jitconfig'));
    expect(jit.map((r) => r.body)).toEqual(
      result.runners.map((r) => ({
        name: r.name,
        runner_group_id: 1,
        labels: result.labels,
        work_folder: '_work',
      })),
    );
    // The forge secret reaches the instance only as its single-use JIT config; no cloud key does.
    for (const r of result.runners) {
      const instance = world.ec2.instances.find((i) => i.id === r.instanceId)!;
      const runner = repoRunners().find((x) => x.name === r.name)!;
      expect(scriptValue(instance.userData, 'CML_SECRET')).toBe(runner.jitConfig);
      expect(scriptValue(instance.userData, 'CML_REGISTRATION')).toBe('github-jit');
      expect(instance.userData).not.toContain(FAKE_AWS.AWS_ACCESS_KEY_ID);
      expect(instance.userData).not.toContain(FAKE_AWS.AWS_SECRET_ACCESS_KEY);
      expect(instance.userData).not.toContain(GITHUB_TOKEN);
      expect(instance.tags).toMatchObject({
        'cml-runner': 'true',
        'cml-repository': 'octo/repo',
        'cml-run-id': '1001',
        'cml-run-attempt': '1',
        'cml-forge': 'github',
        'cml-forge-runner-id': String(r.runnerId),
      });
      expect(instance).toMatchObject({
        httpTokens: 'required',
        shutdownBehavior: 'terminate',
        spot: true,
      });
      expect(log.text()).not.toContain(runner.jitConfig!);
    }
    // Each poll asks once: the runner list with the name filter.
    const polls = world.github.requests.filter(
      (r) => r.path === '/repos/octo/repo/actions/runners',
    );
    expect(polls.every((r) => result.runners.some((x) => x.name === r.query.name))).toBe(true);
    const stop = await stopRunners({
      config: configFrom({
        ...AWS_INPUTS,
        mode: 'stop',
        'instance-ids': JSON.stringify(result.runners.map((r) => r.instanceId)),
        'runner-ids': JSON.stringify(result.runners.map((r) => r.runnerId)),
      }),
      context,
      forge,
      cloud,
      logger: log.logger,
    });
    expect(stop.terminated.sort()).toEqual(result.runners.map((r) => r.instanceId).sort());
    expect(repoRunners().filter((r) => result.runners.some((x) => x.name === r.name))).toEqual([]);
  });

  it('falls back past capacity errors on the first choices', async () => {
    world.ec2.failLaunches({ type: 'p4d.24xlarge' }, 'InsufficientInstanceCapacity');
    world.ec2.failLaunches({ type: 'g6.12xlarge' }, 'Unsupported');
    const { log, config, context, forge, cloud } = await github({
      'machine-types': 'p4d.24xlarge,g6.12xlarge,g5.12xlarge',
    });
    const result = await startRunners({ config, context, forge, cloud, logger: log.logger });
    expect(result.runners[0]!.type).toBe('g5.12xlarge');
    expect(log.text()).toContain(
      'No capacity for p4d.24xlarge on-demand (InsufficientInstanceCapacity)',
    );
    await stopRunners({
      config: { ...config, mode: 'stop' },
      context,
      forge,
      cloud,
      logger: log.logger,
    });
  });

  it('terminates the instance, shows its console and deletes the runner when it never comes online', async () => {
    world.behaviour = 'silent';
    const { log, config, context, forge, cloud } = await github();
    config.launchTimeoutSeconds = 1;
    const error = await startRunners({ config, context, forge, cloud, logger: log.logger }).catch(
      (e: Error) => e,
    );
    expect(error).toMatchObject({ name: 'LaunchError' });
    expect((error as Error).message).toMatch(/did not come online within 1 s/);
    expect(log.text()).toContain('Console output of i-');
    expect(log.text()).toContain('cloud-init: booting t3.large');
    expect(repoRunners().filter((r) => r.status === 'offline')).toEqual([]);
  });

  it('cleans up when the start is cancelled after the launch', async () => {
    world.behaviour = 'silent';
    const { log, config, context, forge, cloud } = await github({ count: '2' });
    const controller = new AbortController();
    world.ec2.onLaunch(() => setTimeout(() => controller.abort(), 20));
    const error = await startRunners({
      config,
      context,
      forge,
      cloud,
      logger: log.logger,
      signal: controller.signal,
    }).catch((e: Error) => e);
    expect(error).toMatchObject({ name: 'CancelledError' });
    expect(log.text()).toMatch(/Terminating i-\w+/);
    expect(repoRunners()).toEqual([]);
  });

  it('finds and ends a killed start’s instances by the run’s tags when no ids are given', async () => {
    // What a start killed between launch and its outputs leaves behind.
    const { log, config, context, forge, cloud } = await github();
    const registration = await forge.registerRunner({
      name: 'cml-orphan',
      labels: ['cml'],
      ephemeral: true,
    });
    const orphan = await cloud.launch({
      name: 'cml-orphan',
      startupScript: renderStartupScript({
        forge: 'github',
        cloud: 'aws',
        name: 'cml-orphan',
        labels: ['cml'],
        targetUrl: 'https://github.com/octo/repo',
        pin: {
          version: '1',
          url: 'https://example.invalid/@ARCH@',
          sha256: { x64: 'a', arm64: 'a' },
        },
        registration,
        idleTimeoutSeconds: 300,
        maxLifetimeSeconds: 3600,
        single: true,
        gpu: false,
        spot: false,
        docker: false,
        gitlabExecutor: 'docker',
        gitlabImage: 'ubuntu:24.04',
      }),
      tags: {
        ...instanceTags(config, context, 'github'),
        'cml-forge-runner-id': String(registration.id),
      },
      maxLifetimeSeconds: 3600,
    });
    // Another run's instance must survive this stop.
    const other = await cloud.launch({
      name: 'cml-other-run',
      startupScript: '#!/bin/bash\n',
      tags: instanceTags(config, { ...context, runId: '2002' }, 'github'),
      maxLifetimeSeconds: 3600,
    });
    const stop = await stopRunners({
      config: configFrom({ ...AWS_INPUTS, mode: 'stop' }),
      context,
      forge,
      cloud,
      logger: log.logger,
    });
    expect(stop.terminated).toEqual([orphan.id]);
    expect(stop.deletedRunners).toContain(registration.id);
    expect(world.ec2.alive({ 'cml-run-id': '2002' }).map((i) => i.id)).toEqual([other.id]);
    await cloud.terminate([other]);
  });

  it('re-runs the workflow when the stop finds a spot instance the cloud reclaimed', async () => {
    world.github.seedWorkflowRun('octo/repo', {
      id: 1001,
      status: 'completed',
      conclusion: 'failure',
    });
    const { log, config, context, forge, cloud } = await github({ spot: 'true' });
    const result = await startRunners({ config, context, forge, cloud, logger: log.logger });
    world.ec2.reclaimSpot(result.runners[0]!.instanceId);
    const stopConfig = configFrom({ ...AWS_INPUTS, mode: 'stop', 'rerun-on-reclaim': 'true' });
    // Inside the run itself: no re-run (it would cancel this very step), a warning instead.
    const inside = await stopRunners({
      config: stopConfig,
      context,
      forge,
      cloud,
      logger: log.logger,
    });
    expect(inside.reclaimed).toEqual([result.runners[0]!.instanceId]);
    expect(log.text()).toContain('Not re-running 1001 from inside itself');
    expect(world.github.state.repo('octo', 'repo').workflowRuns.get(1001)?.actions).toEqual([]);
    // From a workflow triggered by workflow_run: the triggering run's instances, and a re-run.
    const cleanup = {
      ...context,
      runId: '1500',
      eventName: 'workflow_run',
      event: { workflow_run: { id: 1001, run_attempt: 1 } },
    };
    const after = await stopRunners({
      config: stopConfig,
      context: cleanup,
      forge,
      cloud,
      logger: log.logger,
    });
    expect(after.reclaimed).toEqual([result.runners[0]!.instanceId]);
    expect(world.github.state.repo('octo', 'repo').workflowRuns.get(1001)?.actions).toEqual([
      'rerun',
    ]);
    expect(log.text()).toContain('reclaimed spot instance');
  });

  it('run-id: a later run ends another run’s instances (every attempt) and re-runs it', async () => {
    world.github.seedWorkflowRun('octo/repo', {
      id: 1002,
      status: 'completed',
      conclusion: 'failure',
    });
    // Start ran in attempt 2 of run 1002 and the cloud reclaimed its spot instance.
    const { log, config, context, forge, cloud } = await github({ spot: 'true' });
    const attempt2 = { ...context, runId: '1002', runAttempt: '2' };
    const result = await startRunners({
      config,
      context: attempt2,
      forge,
      cloud,
      logger: log.logger,
    });
    world.ec2.reclaimSpot(result.runners[0]!.instanceId);
    const stop = await stopRunners({
      config: configFrom({
        ...AWS_INPUTS,
        mode: 'stop',
        'run-id': '1002',
        'rerun-on-reclaim': 'true',
      }),
      context: { ...context, runId: '1700', runAttempt: '1' },
      forge,
      cloud,
      logger: log.logger,
    });
    expect(stop.reclaimed).toEqual([result.runners[0]!.instanceId]);
    expect(world.github.state.repo('octo', 'repo').workflowRuns.get(1002)?.actions).toEqual([
      'rerun',
    ]);
    const filters = world.ec2.requests.filter((r) => r.action === 'DescribeInstances');
    expect(JSON.stringify(filters)).not.toContain('cml-run-attempt');
  });

  it('rides out 5xx and 429 bursts from the forge and the cloud', async () => {
    world.github.failNext(
      2,
      { status: 502, body: { message: 'Bad gateway' } },
      { method: 'POST', path: /generate-jitconfig$/ },
    );
    world.github.failNext(
      1,
      { status: 429, headers: { 'retry-after': '0' }, body: { message: 'rate limited' } },
      { method: 'GET', path: /actions\/runners$/ },
    );
    world.ec2.failNext(
      2,
      { code: 'RequestLimitExceeded', status: 503 },
      { action: 'RunInstances' },
    );
    world.ec2.failNext(1, { code: 'InternalError', status: 500 }, { action: 'DescribeInstances' });
    const { log, config, context, forge, cloud } = await github();
    const result = await startRunners({ config, context, forge, cloud, logger: log.logger });
    expect(result.runners).toHaveLength(1);
    expect(
      world.ec2.requests.filter((r) => r.action === 'RunInstances').map((r) => r.status),
    ).toEqual([503, 503, 200]);
    await stopRunners({
      config: { ...config, mode: 'stop' },
      context,
      forge,
      cloud,
      logger: log.logger,
    });
  }, 120_000);

  it('reports a forge auth failure while polling instead of waiting for the timeout', async () => {
    world.behaviour = 'silent';
    world.github.failNext(
      1,
      { status: 401, body: { message: 'Bad credentials' } },
      { method: 'GET', path: /actions\/runners$/ },
    );
    const { log, config, context, forge, cloud } = await github();
    const error = await startRunners({ config, context, forge, cloud, logger: log.logger }).catch(
      (e: Error) => e,
    );
    expect((error as Error).message).toContain('Bad credentials');
    world.github.resetRecords();
  });

  it('idle timeout: the instance powers itself off and EC2 terminates it', async () => {
    const { log, config, context, forge, cloud } = await github();
    const result = await startRunners({ config, context, forge, cloud, logger: log.logger });
    world.ec2.powerOff(result.runners[0]!.instanceId); // the watchdog's poweroff
    world.ec2.settle();
    const [found] = await cloud
      .list({ 'cml-run-id': '1001' })
      .then((l) => l.filter((i) => i.id === result.runners[0]!.instanceId));
    expect(found).toMatchObject({ state: 'terminated', ended: true });
  });
});

describe('GitLab on Compute Engine', () => {
  it('creates a project runner with POST /user/runners, and the stop finds it by tags', async () => {
    const { log, config, context, forge, cloud } = await gitlab({
      labels: 'cml,train',
      'run-untagged': 'false',
    });
    world.gitlab.requests.length = 0;
    const result = await startRunners({ config, context, forge, cloud, logger: log.logger });
    const create = world.gitlab.requests.find((r) => r.path === '/user/runners')!;
    expect(create.body).toMatchObject({
      runner_type: 'project_type',
      project_id: 42,
      description: result.runners[0]!.name,
      tag_list: ['cml', 'train', result.label],
      run_untagged: false,
      locked: true,
    });
    const runner = world.gitlab.state.runners.find((r) => r.id === result.runners[0]!.runnerId)!;
    const vm = world.gce.instances.find((i) => i.name === result.runners[0]!.name)!;
    const script = vm.metadata['startup-script']!;
    expect(scriptValue(script, 'CML_SECRET')).toBe(runner.token);
    expect(runner.token).toMatch(/^glrt-/);
    expect(script).not.toContain(GITLAB_TOKEN);
    expect(script).not.toContain(FAKE_GCP_TOKEN);
    expect(vm.resource.serviceAccounts ?? []).toEqual([]);
    expect(log.text()).not.toContain(runner.token);
    // GitLab runners are polled by id.
    expect(world.gitlab.requests.some((r) => r.path === `/runners/${runner.id}`)).toBe(true);
    const stop = await stopRunners({
      config: { ...config, mode: 'stop' },
      context,
      forge,
      cloud,
      logger: log.logger,
    });
    expect(stop.terminated).toEqual([`us-central1-a/${result.runners[0]!.name}`]);
    expect(world.gitlab.state.runners.find((r) => r.id === runner.id)).toBeUndefined();
  });

  it('tries the next zone on ZONE_RESOURCE_POOL_EXHAUSTED and launches SPOT with DELETE', async () => {
    world.gce.failInserts({ zone: 'us-central1-a', spot: true }, 'ZONE_RESOURCE_POOL_EXHAUSTED');
    const { log, config, context, forge, cloud } = await gitlab({
      spot: 'true',
      gpu: 'nvidia-tesla-t4',
    });
    const result = await startRunners({ config, context, forge, cloud, logger: log.logger });
    expect(result.runners[0]).toMatchObject({ zone: 'us-central1-b', spot: true });
    const vm = world.gce.instances.find((i) => i.name === result.runners[0]!.name)!;
    expect(vm.resource.scheduling).toMatchObject({
      provisioningModel: 'SPOT',
      instanceTerminationAction: 'DELETE',
      onHostMaintenance: 'TERMINATE',
    });
    expect(scriptValue(vm.metadata['startup-script']!, 'CML_GPU')).toBe('true');
    world.gce.preempt(result.runners[0]!.name);
    await stopRunners({
      config: { ...config, mode: 'stop' },
      context,
      forge,
      cloud,
      logger: log.logger,
    });
  });

  it('spot reclaim on GCE: a later job retries its own pipeline’s failed jobs without cancelling', async () => {
    world.gitlab.seedPipeline(42, { id: 555, sha: 'b'.repeat(40), ref: 'main', status: 'failed' });
    const { log, config, context, forge, cloud } = await gitlab({ spot: 'true' });
    const result = await startRunners({ config, context, forge, cloud, logger: log.logger });
    world.gce.preempt(result.runners[0]!.name);
    const stopInputs = {
      ...GCP_INPUTS,
      'gcp-project': world.gce.project,
      mode: 'stop',
      'rerun-on-reclaim': 'true',
    };
    // By tags alone the deleted VM is invisible: say so, and retry nothing.
    const byTags = await stopRunners({
      config: configFrom(stopInputs),
      context,
      forge,
      cloud,
      logger: log.logger,
    });
    expect(byTags.reclaimed).toEqual([]);
    expect(log.text()).toContain('cannot see a reclaim');
    world.gitlab.requests.length = 0;
    // A stop job of the same pipeline gets start's dotenv outputs as variables.
    const stop = await stopRunners({
      config: configFrom(stopInputs, {
        GITLAB_CI: 'true',
        CML_RUNNER_INSTANCE_IDS: JSON.stringify([result.runners[0]!.instanceId]),
        CML_RUNNER_RUNNER_IDS: JSON.stringify([result.runners[0]!.runnerId]),
      }),
      context,
      forge,
      cloud,
      logger: log.logger,
    });
    expect(stop.reclaimed).toEqual([result.runners[0]!.instanceId]);
    const paths = world.gitlab.requests.map((r) => `${r.method} ${r.path}`);
    expect(paths).toContain('POST /projects/42/pipelines/555/retry');
    // Cancelling its own pipeline would cancel this very job.
    expect(paths.some((p) => p.endsWith('/cancel'))).toBe(false);
    expect(world.gitlab.state.pipelines.find((p) => p.id === 555)?.retries).toBe(1);
    expect(log.text()).toContain('retry the failed jobs of pipeline 555');
  });

  it('run-id on GitLab: a later pipeline ends and retries the named pipeline', async () => {
    world.gitlab.seedPipeline(42, { id: 556, sha: 'b'.repeat(40), ref: 'main', status: 'failed' });
    const log = captureLogger();
    const context = gitlabContext(world);
    const forge = createGitLabForge(context, GITLAB_TOKEN, log.logger);
    const config = configFrom({ ...AWS_INPUTS, spot: 'true' });
    const cloud = await createCloud(config.cloud, log.logger);
    const result = await startRunners({
      config,
      context: { ...context, runId: '556' },
      forge,
      cloud,
      logger: log.logger,
    });
    world.ec2.reclaimSpot(result.runners[0]!.instanceId);
    const stop = await stopRunners({
      config: configFrom({
        ...AWS_INPUTS,
        mode: 'stop',
        'run-id': '556',
        'rerun-on-reclaim': 'true',
      }),
      context: { ...context, runId: '600' },
      forge,
      cloud,
      logger: log.logger,
    });
    expect(stop.reclaimed).toEqual([result.runners[0]!.instanceId]);
    expect(world.gitlab.state.pipelines.find((p) => p.id === 556)?.retries).toBe(1);
    // Retrying failed jobs needs no cancel, so a pipeline still going is never cut short.
    expect(world.gitlab.requests.some((r) => r.path.endsWith('/cancel'))).toBe(false);
    expect(
      world.gitlab.state.runners.find((r) => r.id === result.runners[0]!.runnerId),
    ).toBeUndefined();
  });

  it('GCE: never online → the VM is deleted, its console shown, the glrt- runner deleted', async () => {
    const before = new Set(world.gitlab.state.runners.map((r) => r.id));
    world.behaviour = 'silent';
    const { log, config, context, forge, cloud } = await gitlab();
    config.launchTimeoutSeconds = 1;
    const error = await startRunners({ config, context, forge, cloud, logger: log.logger }).catch(
      (e: Error) => e,
    );
    expect(error).toMatchObject({ name: 'LaunchError' });
    expect(log.text()).toContain('Console output of us-central1-a/');
    expect(world.gitlab.state.runners.filter((r) => !before.has(r.id))).toEqual([]);
  });

  it('GCE: a start cancelled after the inserts deletes every VM it made', async () => {
    const before = new Set(world.gitlab.state.runners.map((r) => r.id));
    world.behaviour = 'silent';
    const { log, config, context, forge, cloud } = await gitlab({ count: '2' });
    const controller = new AbortController();
    world.gce.onInsert(() => setTimeout(() => controller.abort(), 20));
    const error = await startRunners({
      config,
      context,
      forge,
      cloud,
      logger: log.logger,
      signal: controller.signal,
    }).catch((e: Error) => e);
    expect(error).toMatchObject({ name: 'CancelledError' });
    expect(log.text()).toMatch(/Terminating us-central1-a\/cml-/);
    expect(world.gitlab.state.runners.filter((r) => !before.has(r.id))).toEqual([]);
  });

  it('GCE: rides out 5xx and 429 bursts from GitLab and Compute Engine', async () => {
    world.gitlab.failNext(
      2,
      { status: 502, body: { message: '502 Bad Gateway' } },
      { method: 'POST', path: /\/user\/runners$/ },
    );
    world.gitlab.failNext(
      1,
      { status: 429, headers: { 'retry-after': '0' }, body: { message: 'Retry later' } },
      { method: 'GET', path: /\/runners\/\d+$/ },
    );
    world.gce.failNext(2, 503, { method: 'POST', path: /\/instances$/ });
    world.gce.failNext(1, 429, { method: 'GET', path: /\/instances\/[^/]+$/ });
    const { log, config, context, forge, cloud } = await gitlab();
    const result = await startRunners({ config, context, forge, cloud, logger: log.logger });
    expect(result.runners).toHaveLength(1);
    expect(
      world.gce.requests
        .filter((r) => r.method === 'POST' && /\/instances$/.test(r.path))
        .map((r) => r.status),
    ).toEqual([503, 503, 200]);
    await stopRunners({
      config: { ...config, mode: 'stop' },
      context,
      forge,
      cloud,
      logger: log.logger,
    });
  }, 120_000);

  it('GCE: the sweep deletes VMs past their maximum lifetime and keeps younger ones', async () => {
    const { log, context, forge, cloud } = await gitlab();
    const inputs = { ...GCP_INPUTS, 'gcp-project': world.gce.project };
    const old = configFrom({ ...inputs, 'max-lifetime': '600' });
    const young = configFrom({ ...inputs, 'max-lifetime': '86400' });
    const launch = (config: ProvisionConfig, name: string) =>
      cloud.launch({
        name,
        startupScript: '#!/bin/bash\n',
        tags: instanceTags(config, context, 'gitlab'),
        maxLifetimeSeconds: config.maxLifetimeSeconds,
      });
    const a = await launch(old, 'cml-old-vm');
    const b = await launch(young, 'cml-young-vm');
    const swept = await sweepRunners({
      config: { ...old, mode: 'sweep' },
      context,
      forge,
      cloud,
      logger: log.logger,
      now: new Date(Date.now() + 3600_000),
    });
    expect(swept.terminated).toEqual([a.id]);
    expect(world.gce.alive({ 'cml-runner': 'true' }).map((i) => i.name)).toEqual(['cml-young-vm']);
    await cloud.terminate([b]);
  });

  it('idle timeout on GCE: a VM that powered itself off is deleted by the sweep', async () => {
    const { log, config, context, forge, cloud } = await gitlab();
    const result = await startRunners({ config, context, forge, cloud, logger: log.logger });
    world.gce.powerOff(result.runners[0]!.name);
    await cloud.list({}); // the next look sees it TERMINATED
    const swept = await sweepRunners({
      config: { ...config, mode: 'sweep' },
      context,
      forge,
      cloud,
      logger: log.logger,
    });
    expect(swept.terminated).toEqual([result.runners[0]!.instanceId]);
  });
});

describe('sweep', () => {
  it('terminates every instance of ours past its maximum lifetime and leaves younger ones', async () => {
    const { log, context, forge, cloud } = await github();
    const old = configFrom({ ...AWS_INPUTS, 'max-lifetime': '600' });
    const young = configFrom({ ...AWS_INPUTS, 'max-lifetime': '86400' });
    const launch = async (config: ProvisionConfig, name: string, d: CloudDriver) =>
      d.launch({
        name,
        startupScript: '#!/bin/bash\n',
        tags: instanceTags(config, context, 'github'),
        maxLifetimeSeconds: config.maxLifetimeSeconds,
      });
    const a = await launch(old, 'cml-old', cloud);
    const b = await launch(young, 'cml-young', cloud);
    const later = new Date(Date.now() + 3600_000);
    const swept = await sweepRunners({
      config: { ...old, mode: 'sweep' },
      context,
      forge,
      cloud,
      logger: log.logger,
      now: later,
    });
    expect(swept.terminated).toEqual([a.id]);
    world.ec2.settle();
    expect(world.ec2.alive({ 'cml-runner': 'true' }).map((i) => i.id)).toEqual([b.id]);
    const end = await sweepRunners({
      config: { ...old, mode: 'sweep' },
      context,
      forge,
      cloud,
      logger: log.logger,
      now: new Date(Date.now() + 2 * 86400_000),
    });
    expect(end.terminated).toEqual([b.id]);
  });
});
