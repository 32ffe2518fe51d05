// The runner-provision bundle under Node 24, run as the Actions runner runs it, and `cml runner
// launch` from the CLI bundle, against the forge and cloud emulators (fake credentials only).
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { inputsOf } from '../src/inputs';
import { inputVariable } from '../src/inputs/parse';
import { ROOT, cleanEnv, distEntry, node24, runAction } from './support/dist';
import {
  FAKE_AWS,
  FAKE_GCP_TOKEN,
  GITHUB_TOKEN,
  GITLAB_TOKEN,
  scriptValue,
  startWorld,
  type World,
} from './runner-support';

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(async () => {
  await world.close();
});
afterEach(() => {
  world.behaviour = 'online';
  world.ec2.settle();
  const left = world.ec2.alive({ 'cml-runner': 'true' }).map((i) => i.id);
  for (const i of world.ec2.alive()) i.state = 'terminated';
  const gceLeft = world.gce.alive({ 'cml-runner': 'true' }).map((i) => i.name);
  world.gce.instances.length = 0;
  expect(left).toEqual([]);
  expect(gceLeft).toEqual([]);
  expect(world.github.violations).toEqual([]);
  expect(world.ec2.violations).toEqual([]);
  expect(world.gce.violations).toEqual([]);
});

const awsEnv = () => ({
  ...FAKE_AWS,
  AWS_ENDPOINT_URL_EC2: world.ec2.url,
  CML_RUNNER_POLL_SECONDS: '0.1',
});
const gcpEnv = () => ({
  CML_GCE_ENDPOINT: world.gce.url,
  CLOUDSDK_AUTH_ACCESS_TOKEN: FAKE_GCP_TOKEN,
  GOOGLE_CLOUD_PROJECT: world.gce.project,
  CML_RUNNER_POLL_SECONDS: '0.1',
});

/** Output lines with the runner's mask commands taken out (they carry the value they mask). */
const visible = (text: string) =>
  text
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');

describe('runner-provision action (dist, Node 24)', () => {
  it('starts on EC2 with outputs, masks the JIT config, and stop by tags ends it', async () => {
    const start = await runAction('runner-provision', {
      inputs: {
        cloud: 'aws',
        region: 'us-west-2',
        'machine-types': 't3.large',
        labels: 'cml,gpu',
        token: GITHUB_TOKEN,
      },
      env: awsEnv(),
      apiUrl: world.github.url,
    });
    expect(start.stderr + start.stdout).not.toMatch(/at .*\(.*:\d+:\d+\)/);
    expect(start.code, start.stdout + start.stderr).toBe(0);
    const ids = JSON.parse(start.outputs['instance-ids']!) as string[];
    const names = JSON.parse(start.outputs['runner-names']!) as string[];
    expect(ids).toHaveLength(1);
    // JIT runners carry config.sh's default labels too (runner-jit.test.ts).
    expect(JSON.parse(start.outputs.labels!)).toEqual([
      'self-hosted',
      'linux',
      'x64',
      'cml',
      'gpu',
      start.outputs.label,
    ]);
    const instance = world.ec2.instances.find((i) => i.id === ids[0])!;
    const jit = scriptValue(instance.userData, 'CML_SECRET')!;
    expect(start.stdout).toContain(`::add-mask::${jit}`);
    expect(start.stdout).toContain(`::add-mask::${FAKE_AWS.AWS_SECRET_ACCESS_KEY}`);
    expect(visible(start.stdout + start.stderr)).not.toContain(jit);
    expect(instance.userData).not.toContain(FAKE_AWS.AWS_SECRET_ACCESS_KEY);
    expect(instance.userData).not.toContain(GITHUB_TOKEN);
    for (const secret of [jit, GITHUB_TOKEN, FAKE_AWS.AWS_SECRET_ACCESS_KEY]) {
      expect(JSON.stringify(instance.tags)).not.toContain(secret);
      expect(JSON.stringify(start.outputs)).not.toContain(secret);
    }
    expect(world.ec2.requests.every((r) => r.accessKeyId === FAKE_AWS.AWS_ACCESS_KEY_ID)).toBe(
      true,
    );
    expect(world.github.state.repo('octo', 'repo').runners.map((r) => r.name)).toContain(names[0]);

    // The stop step of a run whose start outputs are missing: by the run's tags.
    const stop = await runAction('runner-provision', {
      inputs: { mode: 'stop', cloud: 'aws', region: 'us-west-2', token: GITHUB_TOKEN },
      env: awsEnv(),
      apiUrl: world.github.url,
    });
    expect(stop.code, stop.stdout + stop.stderr).toBe(0);
    expect(JSON.parse(stop.outputs['instance-ids']!)).toEqual(ids);
    expect(world.github.state.repo('octo', 'repo').runners.map((r) => r.name)).not.toContain(
      names[0],
    );
  }, 120_000);

  it('starts on Compute Engine and stops by the ids start gave', async () => {
    const start = await runAction('runner-provision', {
      inputs: {
        cloud: 'gcp',
        zones: 'us-central1-a',
        'machine-types': 'm',
        gpu: 't4',
        spot: 'true',
        token: GITHUB_TOKEN,
      },
      env: gcpEnv(),
      apiUrl: world.github.url,
    });
    expect(start.code, start.stdout + start.stderr).toBe(0);
    const ids = JSON.parse(start.outputs['instance-ids']!) as string[];
    expect(ids[0]).toMatch(/^us-central1-a\/cml-[0-9a-f]{8}$/);
    const vm = world.gce.instances[0]!;
    expect(vm.resource.guestAccelerators).toEqual([
      {
        acceleratorType: 'zones/us-central1-a/acceleratorTypes/nvidia-tesla-t4',
        acceleratorCount: 1,
      },
    ]);
    expect(vm.metadata['startup-script']).not.toContain(FAKE_GCP_TOKEN);
    // The JIT config lives only in the startup-script item: not in labels, other metadata or outputs.
    const jit = scriptValue(vm.metadata['startup-script']!, 'CML_SECRET')!;
    expect(jit.length).toBeGreaterThan(8);
    // A T4 boots the Deep Learning VM image, which installs its driver when asked by metadata.
    expect(Object.keys(vm.metadata).sort()).toEqual(['install-nvidia-driver', 'startup-script']);
    expect(JSON.stringify(vm.labels)).not.toContain(jit);
    expect(JSON.stringify(start.outputs)).not.toContain(jit);
    expect(visible(start.stdout + start.stderr)).not.toContain(jit);
    expect(start.stdout).toContain(`::add-mask::${jit}`);
    const stop = await runAction('runner-provision', {
      inputs: {
        mode: 'stop',
        cloud: 'gcp',
        zones: 'us-central1-a',
        token: GITHUB_TOKEN,
        'instance-ids': start.outputs['instance-ids']!,
        'runner-ids': start.outputs['runner-ids']!,
      },
      env: gcpEnv(),
      apiUrl: world.github.url,
    });
    expect(stop.code, stop.stdout + stop.stderr).toBe(0);
    expect(world.github.state.repo('octo', 'repo').runners).toEqual([]);
  }, 120_000);

  it('terminates what it launched when the job is cancelled (SIGINT) during the wait', async () => {
    world.behaviour = 'silent';
    const env = cleanEnv({
      GITHUB_ACTIONS: 'true',
      GITHUB_REPOSITORY: 'octo/repo',
      GITHUB_API_URL: world.github.url,
      GITHUB_RUN_ID: '3003',
      GITHUB_RUN_ATTEMPT: '1',
      [inputVariable('cloud')]: 'aws',
      [inputVariable('region')]: 'us-west-2',
      [inputVariable('token')]: GITHUB_TOKEN,
      ...awsEnv(),
    });
    const child = spawn(node24(), [distEntry('runner-provision')], { env });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const launched = new Promise<void>((resolve) => world.ec2.onLaunch(() => resolve()));
    await launched;
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).not.toBe(0);
    expect(out).toContain('Received SIGINT');
    world.ec2.settle();
    expect(world.ec2.alive({ 'cml-run-id': '3003' })).toEqual([]);
  }, 120_000);

  it('runs on GitLab: a glrt- runner per instance, masked, outputs in the dotenv file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cml-gitlab-'));
    const dotenv = join(dir, 'runner.env');
    const env = cleanEnv({
      GITLAB_CI: 'true',
      CI_API_V4_URL: world.gitlab.url,
      CI_SERVER_URL: world.gitlab.serverUrl,
      CI_PROJECT_ID: '42',
      CI_PROJECT_PATH: 'group/ml',
      CI_PIPELINE_ID: '777',
      GITLAB_TOKEN,
      CML_RUNNER_DOTENV: dotenv,
      CML_RUNNER_GITLAB_RELEASES_API: world.gitlabReleases.api,
      CML_RUNNER_GITLAB_DOWNLOADS: world.gitlabReleases.downloads,
      [inputVariable('cloud')]: 'aws',
      [inputVariable('region')]: 'eu-west-1',
      [inputVariable('labels')]: 'cml,gpu',
      ...awsEnv(),
    });
    const child = spawn(node24(), [distEntry('runner-provision')], { env, cwd: dir });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code, out).toBe(0);
    const outputs = Object.fromEntries(
      readFileSync(dotenv, 'utf8')
        .trim()
        .split('\n')
        .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
    );
    const [id] = JSON.parse(outputs.CML_RUNNER_INSTANCE_IDS!) as string[];
    const [runnerId] = JSON.parse(outputs.CML_RUNNER_RUNNER_IDS!) as number[];
    const runner = world.gitlab.state.runners.find((r) => r.id === runnerId)!;
    expect(runner.tagList).toEqual(['cml', 'gpu', outputs.CML_RUNNER_LABEL]);
    const instance = world.ec2.instances.find((i) => i.id === id)!;
    expect(scriptValue(instance.userData, 'CML_SECRET')).toBe(runner.token);
    expect(scriptValue(instance.userData, 'CML_TARGET_URL')).toBe(world.gitlab.serverUrl);
    expect(out).not.toContain(runner.token);
    expect(out).not.toContain(GITLAB_TOKEN);
    // Nothing secret in the dotenv handed to later jobs, nor in the instance's tags.
    const dotenvText = readFileSync(dotenv, 'utf8');
    const tagText = JSON.stringify(instance.tags);
    for (const secret of [runner.token, GITLAB_TOKEN, FAKE_AWS.AWS_SECRET_ACCESS_KEY]) {
      expect(dotenvText).not.toContain(secret);
      expect(tagText).not.toContain(secret);
    }
    // The clean-up job (when: always) without the start's outputs.
    const stop = spawn(node24(), [distEntry('runner-provision')], {
      env: { ...env, [inputVariable('mode')]: 'stop' },
      cwd: dir,
    });
    expect(await new Promise<number | null>((resolve) => stop.on('close', resolve))).toBe(0);
    expect(world.gitlab.state.runners.find((r) => r.id === runnerId)).toBeUndefined();
    expect(world.gitlab.violations).toEqual([]);
  }, 120_000);

  it('refuses a bad input with a message naming it, and no stack trace', async () => {
    const run = await runAction('runner-provision', {
      inputs: { cloud: 'oracle', token: GITHUB_TOKEN },
      apiUrl: world.github.url,
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      "Input 'cloud' must be one of aws, gcp, azure, alibaba, kubernetes, got 'oracle'.",
    );
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
  });

  it('declares in action.yml exactly the inputs the code reads', () => {
    const yml = parse(readFileSync(join(ROOT, 'actions/runner-provision/action.yml'), 'utf8')) as {
      inputs: Record<string, { description: string; default?: string; required?: boolean }>;
      runs: { using: string; main: string };
    };
    expect(yml.runs).toEqual({ using: 'node24', main: '../../dist/runner-provision/index.js' });
    const declared = inputsOf('runner-provision').filter(
      (d) => !d.platforms || d.platforms.includes('github'),
    );
    expect(Object.keys(yml.inputs).sort()).toEqual(declared.map((d) => d.name).sort());
    for (const d of declared) {
      expect(yml.inputs[d.name]).toMatchObject({ description: d.description });
      expect(yml.inputs[d.name]!.default).toBe(d.default);
    }
  });
});

describe('cml runner launch (CLI bundle)', () => {
  it('maps CML options onto a launch and keeps the cloud SDKs out of dist/cml', async () => {
    const env = cleanEnv({
      GITHUB_ACTIONS: 'true',
      GITHUB_REPOSITORY: 'octo/repo',
      GITHUB_API_URL: world.github.url,
      GITHUB_RUN_ID: '4004',
      GITHUB_RUN_ATTEMPT: '2',
      GITHUB_OUTPUT: '/dev/null',
      REPO_TOKEN: GITHUB_TOKEN,
      CML_RUNNER_CLOUD_SPOT: 'true',
      ...awsEnv(),
    });
    const script = Buffer.from('echo prepared\n').toString('base64');
    const child = spawn(
      node24(),
      [
        distEntry('cml'),
        'runner',
        'launch',
        '--cloud=aws',
        '--cloud-region=us-west',
        '--cloud-type=m',
        // CML's v100 sizes point at retired P3 hardware; a10g is the current m+ size (g5).
        '--cloud-gpu=a10g',
        '--cloud-hdd-size=100',
        '--labels=cml,gpu',
        '--idle-timeout=10 minutes',
        '--single',
        '--no-retry',
        `--cloud-startup-script=${script}`,
        '--cloud-metadata=team=ml',
        '--cloud-aws-subnet=subnet-9',
        '--cloud-aws-security-group=sg-9',
        '--cloud-permission-set=arn:aws:iam::123456789012:instance-profile/train',
      ],
      { env },
    );
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code, out).toBe(0);
    const instance = world.ec2.alive({ 'cml-run-id': '4004' })[0]!;
    expect(instance).toMatchObject({
      type: 'g5.xlarge',
      spot: true,
      subnetId: 'subnet-9',
      securityGroupIds: ['sg-9'],
      instanceProfile: 'arn:aws:iam::123456789012:instance-profile/train',
      rootVolume: { size: 100 },
    });
    expect(instance.tags).toMatchObject({ team: 'ml', 'cml-run-attempt': '2' });
    expect(scriptValue(instance.userData, 'CML_IDLE_TIMEOUT')).toBe('600');
    // CML's --no-retry is accepted and named as having no effect here.
    expect(out).toContain('cml: ignoring --no-retry');
    expect(scriptValue(instance.userData, 'CML_SINGLE')).toBe('true');
    expect(scriptValue(instance.userData, 'CML_GPU')).toBe('true');
    expect(
      Buffer.from(scriptValue(instance.userData, 'CML_USER_SCRIPT_B64')!, 'base64').toString(),
    ).toBe('echo prepared');
    // The EC2 region came from CML's word (us-west → us-west-1) in the request signature scope.
    const stop = await runAction('runner-provision', {
      inputs: { mode: 'stop', cloud: 'aws', region: 'us-west-1', token: GITHUB_TOKEN },
      env: { ...awsEnv(), GITHUB_RUN_ID: '4004', GITHUB_RUN_ATTEMPT: '2' },
      apiUrl: world.github.url,
    });
    expect(stop.code, stop.stdout + stop.stderr).toBe(0);
    const cmlBytes = readdirSync(join(ROOT, 'dist/cml')).reduce(
      (n, f) => n + statSync(join(ROOT, 'dist/cml', f)).size,
      0,
    );
    const bundle = readdirSync(join(ROOT, 'dist/cml'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(ROOT, 'dist/cml', f), 'utf8'))
      .join('');
    expect(bundle).not.toContain('compute.googleapis.com');
    expect(bundle).not.toContain('RunInstancesCommand');
    expect(cmlBytes).toBeLessThan(20 * 1024 * 1024);
  }, 120_000);

  it('--reuse launches nothing when an online runner has the labels (cml runner, CML_RUNNER_* env)', async () => {
    const runners = world.github.state.repo('octo', 'repo').runners;
    runners.push({
      id: 99001,
      name: 'long-lived',
      os: 'linux',
      status: 'online',
      busy: true,
      ephemeral: false,
      labels: ['self-hosted', 'gpu'],
      runnerGroupId: 1,
    });
    const env = cleanEnv({
      GITHUB_ACTIONS: 'true',
      GITHUB_REPOSITORY: 'octo/repo',
      GITHUB_API_URL: world.github.url,
      GITHUB_RUN_ID: '5005',
      GITHUB_OUTPUT: '/dev/null',
      REPO_TOKEN: GITHUB_TOKEN,
      CML_RUNNER_CLOUD: 'aws',
      CML_RUNNER_LABELS: 'gpu',
      ...awsEnv(),
    });
    const cli = (args: string[]) =>
      new Promise<{ code: number | null; out: string }>((resolve) => {
        const child = spawn(node24(), [distEntry('cml'), 'runner', ...args], { env });
        let out = '';
        child.stdout.on('data', (d: Buffer) => (out += d.toString()));
        child.stderr.on('data', (d: Buffer) => (out += d.toString()));
        child.on('close', (code) => resolve({ code, out }));
      });
    const reused = await cli(['--reuse']);
    expect(reused.code, reused.out).toBe(0);
    expect(reused.out).toContain('Reusing runner long-lived');
    // --reuse-idle wants an idle one: the busy runner does not count, so one is launched.
    const idle = await cli(['launch', '--reuse-idle', '--cloud-region=us-east']);
    expect(idle.code, idle.out).toBe(0);
    expect(world.ec2.alive({ 'cml-run-id': '5005' })).toHaveLength(1);
    runners.splice(
      runners.findIndex((r) => r.id === 99001),
      1,
    );
    const stop = await runAction('runner-provision', {
      inputs: { mode: 'stop', cloud: 'aws', region: 'us-east-1', token: GITHUB_TOKEN },
      env: { ...awsEnv(), GITHUB_RUN_ID: '5005' },
      apiUrl: world.github.url,
    });
    expect(stop.code, stop.stdout + stop.stderr).toBe(0);
    // The reusable runner registered itself (no id at launch); the stop found it by name.
    expect(runners.filter((r) => r.labels.includes('gpu'))).toEqual([]);
  }, 120_000);
});
