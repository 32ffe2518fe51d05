// Inputs to configuration (action and CLI): strict parsing, and errors that name what is wrong.
import { describe, expect, it } from 'vitest';
import { gcpZones, idleSeconds, ignoredOptions, launchInputs } from '../src/cli/commands/runner';
import { reusable } from '../src/runners/action';
import { exactRunnerName, runnerName } from '../src/runners/naming';
import { checkForForge } from '../src/runners/config';
import { readInputs } from '../src/inputs';
import { inputVariable } from '../src/inputs/parse';
import { configFrom } from './runner-support';

const base = { cloud: 'aws', region: 'us-west-2' };

describe('runner-provision inputs', () => {
  it('builds the EC2 options, with defaults, from the declared inputs', () => {
    const config = configFrom({
      ...base,
      'machine-types': 'g5.xlarge, g4dn.xlarge',
      spot: 'true',
      metadata: 'team=ml\ncost=42',
    });
    expect(config).toMatchObject({
      mode: 'start',
      count: 1,
      ephemeral: true,
      idleTimeoutSeconds: 300,
      maxLifetimeSeconds: 21600,
      labels: ['cml'],
      metadata: { team: 'ml', cost: '42' },
      scope: { level: 'repository' },
      cloud: {
        cloud: 'aws',
        aws: {
          region: 'us-west-2',
          instanceTypes: ['g5.xlarge', 'g4dn.xlarge'],
          spot: true,
          spotFallback: true,
          rootVolumeSize: 35,
        },
      },
    });
  });

  it('accepts start’s JSON array outputs as stop inputs', () => {
    const config = configFrom({
      ...base,
      mode: 'stop',
      'instance-ids': '["i-0abc","i-0def"]',
      'runner-ids': '[17,18]',
    });
    expect(config.instanceIds).toEqual(['i-0abc', 'i-0def']);
    expect(config.runnerIds).toEqual([17, 18]);
  });

  it.each([
    [{ cloud: 'oracle' }, "Input 'cloud' must be one of aws, gcp, azure, alibaba"],
    [{ cloud: 'aws' }, "Input 'region' is required for aws"],
    [{ cloud: 'gcp', 'gcp-project': 'p' }, "Input 'zones' is required for gcp"],
    [{ cloud: 'gcp', zones: 'us-central1-a' }, "Input 'gcp-project' is required for gcp"],
    [{ ...base, spot: 'yes' }, "Input 'spot' must be true or false, got 'yes'."],
    [{ ...base, count: '0' }, "Input 'count' must be between 1 and 50, got 0."],
    [
      { ...base, 'max-lifetime': '60' },
      "Input 'max-lifetime': 60 is too short; give 0 (no limit) or at least 300",
    ],
    [
      { ...base, 'machine-types': 'm7g.large,m7i.large' },
      "Input 'machine-types' mixes x86_64 and arm64 types",
    ],
    [{ ...base, metadata: 'novalue' }, "Input 'metadata': expected key=value, got 'novalue'."],
    [{ ...base, 'runner-ids': 'abc' }, "Input 'runner-ids': 'abc' is not a runner id."],
    [
      { cloud: 'gcp', 'gcp-project': 'p', zones: 'z', gpu: 'nvidia-l4:zero' },
      "GPU 'nvidia-l4:zero': expected <type> or <type>:<count>",
    ],
  ])('refuses %j', (inputs, message) => {
    expect(() => configFrom(inputs as Record<string, string>)).toThrow(message);
  });

  it('accepts every GPU word, a Compute Engine accelerator, and a pinned runner with its hash', () => {
    for (const gpu of ['t4', 'A10G', 'nogpu', 'true', 'false'])
      expect(() => configFrom({ ...base, gpu })).not.toThrow();
    expect(
      configFrom({ cloud: 'gcp', 'gcp-project': 'p', zones: 'z', gpu: 'nvidia-l4:2' }).wantsGpu,
    ).toBe(true);
    const pinned = configFrom({
      ...base,
      'runner-version': 'v2.330.0',
      'runner-sha256': 'A'.repeat(64),
    });
    expect(pinned).toMatchObject({ runnerVersion: '2.330.0', runnerSha256: 'a'.repeat(64) });
    expect(configFrom(base)).toMatchObject({
      gitlabExecutor: 'docker',
      gitlabImage: 'ubuntu:24.04',
      docker: false,
    });
  });

  it.each([
    [
      'github',
      'group',
      "Input 'runner-scope': 'group' is not a GitHub runner scope; give repository or organization.",
    ],
    ['github', 'instance', "Input 'runner-scope': 'instance' is not a GitHub runner scope"],
    [
      'gitlab',
      'organization',
      "Input 'runner-scope': 'organization' is not a GitLab runner scope; give project (or repository), group or instance.",
    ],
    ['gitlab', 'group', "Input 'runner-scope-id' is required with runner-scope: group"],
  ] as const)('refuses on %s the runner-scope %s', (forge, scope, message) => {
    expect(() => checkForForge(configFrom({ ...base, 'runner-scope': scope }), forge)).toThrow(
      message,
    );
  });
});

describe('cml runner launch options', () => {
  it('reads CML idle timeouts and regions', () => {
    expect(idleSeconds('300')).toBe(300);
    expect(idleSeconds('5m')).toBe(300);
    expect(idleSeconds('1h')).toBe(3600);
    expect(idleSeconds('never')).toBe(0);
    // CML's default and its timestring forms.
    expect(idleSeconds('5 minutes')).toBe(300);
    expect(idleSeconds('5min')).toBe(300);
    expect(idleSeconds('1h30m')).toBe(5400);
    expect(idleSeconds('2 hours')).toBe(7200);
    expect(idleSeconds('90sec')).toBe(90);
    expect(idleSeconds('-1')).toBe(0);
    expect(() => idleSeconds('soon')).toThrow(
      "--idle-timeout: expected seconds, a duration like 5min, 5 minutes or 1h30m, or never, got 'soon'.",
    );
    expect(() => idleSeconds('5 parsecs')).toThrow(/--idle-timeout/);
    expect(() => idleSeconds('5m later')).toThrow(/--idle-timeout/);
  });

  it('names the CML options that mean nothing here instead of dropping them silently', () => {
    const base = {
      cloudRegion: 'us-west',
      cloudSpot: false,
      cloudSpotPrice: -1,
      cloudMetadata: [],
    };
    const common = {
      ...base,
      labels: 'cml',
      idleTimeout: '300',
      single: false,
      reuse: false,
      reuseIdle: false,
    };
    expect(ignoredOptions(common)).toEqual([]);
    expect(ignoredOptions({ ...common, retry: true })).toEqual([]);
    expect(
      ignoredOptions({
        ...common,
        retry: false,
        dockerVolumes: ['/data:/data'],
        cloudSshPrivate: 'KEY',
      }).map((o) => o.split(' ')[0]),
    ).toEqual(['--no-retry', '--docker-volumes', '--cloud-ssh-private']);
    // CML 0.20.6's hidden launch options (bin/cml/runner/launch.js) are named, not refused.
    expect(
      ignoredOptions({
        ...common,
        cmlVersion: '0.20.6',
        tpiVersion: '0.11',
        gcpAccessToken: 'ya29.secret',
        destroyDelay: 30,
      }),
    ).toEqual([
      '--cml-version (the machine runs no CML of its own)',
      '--tpi-version (no Terraform provider is involved)',
      '--gcp-access-token (Google credentials come from the environment, see docs/runner-provision.md)',
      '--destroy-delay (the machine powers off when its runner ends)',
    ]);
    expect(gcpZones('us-west')).toEqual(['us-west1-b']);
    expect(gcpZones('europe-west4')).toEqual([
      'europe-west4-a',
      'europe-west4-b',
      'europe-west4-c',
    ]);
    expect(gcpZones('us-central1-f,us-east1-b')).toEqual(['us-central1-f', 'us-east1-b']);
  });

  it('maps CML options onto the action inputs', () => {
    const args = {
      cloud: 'gcp',
      cloudRegion: 'eu-west',
      cloudType: 'l',
      cloudGpu: 'v100',
      cloudSpot: true,
      cloudSpotPrice: -1,
      cloudMetadata: ['a=b'],
      cloudPermissionSet:
        'sa@p.iam.gserviceaccount.com,scopes=https://www.googleapis.com/auth/devstorage.read_only',
      labels: 'cml,gpu',
      idleTimeout: 'never',
      single: true,
      reuse: false,
      reuseIdle: false,
    };
    expect(launchInputs(args)).toEqual({
      mode: 'start',
      cloud: 'gcp',
      zones: 'europe-west1-d',
      'machine-types': 'l',
      gpu: 'v100',
      labels: 'cml,gpu',
      'idle-timeout': '0',
      ephemeral: 'true',
      spot: 'true',
      metadata: 'a=b',
      'service-account': 'sa@p.iam.gserviceaccount.com',
      scopes: 'https://www.googleapis.com/auth/devstorage.read_only',
    });
    expect(() => launchInputs({ ...args, cloud: 'oracle' })).toThrow(
      '--cloud oracle is not supported: use one of aws, gcp, azure, alibaba, kubernetes.',
    );
    // CML's region words on Azure (terraform-provider-iterative's azure region map) and Alibaba.
    expect(
      launchInputs({ ...args, cloud: 'azure', cloudPermissionSet: undefined, launchTimeout: 900 }),
    ).toMatchObject({ cloud: 'azure', region: 'westeurope', 'launch-timeout': '900' });
    expect(
      launchInputs({
        ...args,
        cloud: 'alibaba',
        cloudRegion: 'cn-hangzhou',
        cloudPermissionSet: undefined,
      }),
    ).toMatchObject({ cloud: 'alibaba', region: 'cn-hangzhou' });
    expect(ignoredOptions({ ...args, cloud: 'azure' })).toContain(
      '--cloud-permission-set (not used on azure)',
    );
    expect(() => launchInputs({ ...args, cloud: undefined })).toThrow('--cloud is required');
    // An option given with an empty value is refused, not read as unset (issue 9).
    expect(() => launchInputs({ ...args, labels: '' })).toThrow(
      '--labels: an empty value; give comma-separated runner labels, or leave the option out.',
    );
    expect(() => launchInputs({ ...args, cloudType: ' ' })).toThrow('--cloud-type: an empty value');
    expect(() => launchInputs({ ...args, name: '' })).toThrow('--name: an empty value');
    // CML's docker executor options now mean something on GitLab.
    expect(launchInputs({ ...args, gitlabExecutor: 'shell', docker: true })).toMatchObject({
      'gitlab-executor': 'shell',
      docker: 'true',
    });
  });
});

describe('CML runner reuse and names (iterative/cml src/cml.js runnersByLabels; bin/cml/runner/launch.js)', () => {
  const runner = (labels: string[], busy = false) => ({
    id: 1,
    name: 'r',
    status: 'online',
    busy,
    labels,
  });
  const forgeWith = (runners: ReturnType<typeof runner>[]) =>
    ({ listRunners: async () => runners }) as unknown as Parameters<typeof reusable>[0];
  const SCOPE = { level: 'repository' } as const;
  const quiet = { info: () => undefined } as unknown as Parameters<typeof reusable>[4];

  it('--reuse needs a runner carrying every requested label, not any one of them', async () => {
    const some = forgeWith([runner(['self-hosted', 'gpu'])]);
    expect(await reusable(some, ['gpu', 'a100'], SCOPE, 'reuse', quiet)).toBe(false);
    const all = forgeWith([runner(['self-hosted', 'gpu', 'a100'])]);
    expect(await reusable(all, ['gpu', 'a100'], SCOPE, 'reuse', quiet)).toBe(true);
    const busy = forgeWith([runner(['gpu', 'a100'], true)]);
    expect(await reusable(busy, ['gpu', 'a100'], SCOPE, 'reuse-idle', quiet)).toBe(false);
  });

  it('--name is the exact runner name (numbered when several), refused when a cloud would not take it', () => {
    expect(exactRunnerName('my-runner', 0, 1)).toBe('my-runner');
    expect(exactRunnerName('my-runner', 1, 3)).toBe('my-runner-2');
    expect(() => exactRunnerName('My Runner', 0, 1)).toThrow(/lowercase letters.*"my-runner"/);
    expect(runnerName('my-runner')).toMatch(/^my-runner-[0-9a-f]{8}$/);
  });
});

describe('kubernetes through the runner-provision inputs', () => {
  const kube = {
    cloud: 'kubernetes',
    kubeconfig: '/home/me/.kube/config',
    'kubernetes-namespace': 'ci',
    'kubernetes-node-selector': 'pool=gpu',
  };

  it('reads the kubernetes options through the cloud registry, GitLab on the shell executor', () => {
    const config = configFrom({
      ...kube,
      gpu: 't4',
      spot: 'true',
      'kubernetes-spot-provider': 'gke',
    });
    expect(config.cloud).toMatchObject({
      cloud: 'kubernetes',
      kubernetes: {
        kubeconfig: { kind: 'file', path: '/home/me/.kube/config' },
        namespace: 'ci',
        nodeSelector: { pool: 'gpu' },
        gpus: 1,
        spot: 'gke',
      },
    });
    expect(config.wantsGpu).toBe(true);
    // A Pod has no Docker daemon: jobs run in the Pod's image.
    expect(config).toMatchObject({ gitlabExecutor: 'shell', docker: false });
    // Elsewhere the default stays docker, as CML's.
    expect(configFrom(base)).toMatchObject({ gitlabExecutor: 'docker' });
  });

  it.each([
    [
      { 'gitlab-executor': 'docker' },
      "Input 'gitlab-executor': a kubernetes runner Pod has no Docker daemon",
    ],
    [{ docker: 'true' }, "Input 'docker': a kubernetes runner Pod has no Docker daemon"],
    [{ spot: 'true' }, "Input 'kubernetes-spot-provider'"],
    [{ 'kubernetes-node-selector': 'no-equals' }, "Input 'kubernetes-node-selector'"],
  ])('refuses %j with a message naming the input', (extra, message) => {
    expect(() => configFrom({ ...kube, ...extra })).toThrow(message);
  });

  it('masks an inline kubeconfig the moment it is read', () => {
    const yaml = 'apiVersion: v1\nkind: Config\nusers:\n- name: u\n  user: {token: s3cret-kube}\n';
    const masked: string[] = [];
    const vars = { [inputVariable('cloud')]: 'kubernetes', [inputVariable('kubeconfig')]: yaml };
    readInputs('runner-provision', (s: string) => masked.push(s), vars);
    expect(masked).toContain(yaml.trim());
  });
});

describe('cml runner launch --cloud kubernetes', () => {
  const args = {
    cloud: 'kubernetes',
    cloudRegion: 'us-west',
    cloudSpot: false,
    cloudSpotPrice: -1,
    cloudMetadata: [],
    labels: 'cml,gpu',
    idleTimeout: '5min',
  };

  it('maps CML’s node selector and our namespace and spot pool onto the inputs; no region', () => {
    const inputs = launchInputs({
      ...args,
      cloudGpu: 't4',
      cloudHddSize: 50,
      cloudSpot: true,
      cloudKubernetesNodeSelector: ['accelerator=infer', 'pool=train'],
      cloudKubernetesNamespace: 'ci',
      cloudKubernetesSpotProvider: 'eks',
    });
    expect(inputs).toMatchObject({
      cloud: 'kubernetes',
      gpu: 't4',
      'disk-size': '50',
      spot: 'true',
      'kubernetes-node-selector': 'accelerator=infer\npool=train',
      'kubernetes-namespace': 'ci',
      'kubernetes-spot-provider': 'eks',
    });
    expect(inputs.region).toBeUndefined();
    expect(ignoredOptions({ ...args, cloudKubernetesNodeSelector: ['a=b'] })).toEqual([]);
    expect(ignoredOptions({ ...args, cloud: 'aws', cloudKubernetesNodeSelector: ['a=b'] })).toEqual(
      ['--cloud-kubernetes-node-selector (only with --cloud kubernetes)'],
    );
    // The same inputs through the action's declarations: `infer` becomes the GPU's model.
    const config = configFrom({ ...inputs, kubeconfig: '/k' });
    expect(config.cloud).toMatchObject({
      cloud: 'kubernetes',
      kubernetes: { nodeSelector: { pool: 'train' }, gpus: 1, ephemeralStorageGb: 50 },
    });
  });
});
