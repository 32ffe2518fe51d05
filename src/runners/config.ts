import { releaseSources } from './resolve-pin';
import { readCloudOptions, type CloudKind, type CloudOptions } from '../clouds';
import { architectureOf } from '../clouds/aws/arch';
import { GPU_WORDS, resolveSize } from '../clouds/sizes';
import { ConfigurationError } from '../core/errors';
import { runnerSupport, type RunnerForgeKind } from '../forge/registry';
import type { RunnerScope } from '../forge/types';
import type { Inputs } from '../inputs';
import { checkSha256, normaliseVersion, type ReleaseSources } from './versions';

export type Mode = 'start' | 'stop' | 'sweep';

/** Everything a start, stop or sweep needs, resolved from the inputs (action, component or CLI). */
export interface ProvisionConfig {
  mode: Mode;
  cloud: CloudOptions;
  labels: string[];
  count: number;
  namePrefix: string;
  /**
   * `cml runner launch --name` names the runner exactly, as CML does (CML_RUNNER_EXACT_NAME, set
   * by the CLI); the action's `name` input stays a prefix with a random suffix.
   */
  exactName: boolean;
  ephemeral: boolean;
  idleTimeoutSeconds: number;
  maxLifetimeSeconds: number;
  launchTimeoutSeconds: number;
  pollSeconds: number;
  wantsGpu: boolean;
  spot: boolean;
  scope: RunnerScope;
  runnerGroupId: number;
  runUntagged: boolean;
  locked: boolean;
  /** A pinned forge runner version (major.minor.patch); unset: the newest release. */
  runnerVersion?: string;
  runnerSha256?: string;
  /** Where the forge runner's newest release and checksums are read (CML_RUNNER_*_RELEASES_* env). */
  releases: ReleaseSources;
  /** GitLab: the executor the runner registers (docker by default, as CML did). */
  gitlabExecutor: 'docker' | 'shell';
  /** GitLab docker executor: the image of jobs that name none. */
  gitlabImage: string;
  /** Install Docker (and, with a GPU, the NVIDIA container toolkit) when the image lacks them. */
  docker: boolean;
  userScript?: string;
  metadata: Record<string, string>;
  instanceIds: string[];
  runnerIds: number[];
  /** stop: the run (GitHub) or pipeline (GitLab) to act on instead of this one. */
  runId?: string;
  rerunOnReclaim: boolean;
}

type ProvisionInputs = Inputs<'runner-provision'>;

/**
 * Seconds between polls. Five in production (the forge and cloud see at most one request per
 * five seconds per launch); CML_RUNNER_POLL_SECONDS shortens it for tests against emulators.
 */
export function pollSeconds(env: NodeJS.ProcessEnv): number {
  const raw = Number(env.CML_RUNNER_POLL_SECONDS);
  return Number.isFinite(raw) && raw > 0 ? raw : 5;
}

export function buildConfig(
  inputs: ProvisionInputs,
  env: NodeJS.ProcessEnv = process.env,
): ProvisionConfig {
  const cloudKind: CloudKind = inputs.cloud;
  if (cloudKind === 'aws' || cloudKind === 'gcp') checkGpu(cloudKind, inputs.gpu);
  const poll = pollSeconds(env);
  const launchTimeout = inputs['launch-timeout'];
  // Clouds in the registry that read their own inputs (src/clouds/index.ts).
  const own = readCloudOptions(cloudKind, inputs, env, {
    pollSeconds: poll,
    launchTimeoutSeconds: launchTimeout,
  });
  const size = own
    ? { types: [], wantsGpu: own.wantsGpu }
    : resolveSize(cloudKind, inputs['machine-types'], inputs.gpu);
  const spot = inputs.spot;
  // auto: GCE gives an external address; EC2 leaves it to the subnet (MapPublicIpOnLaunch).
  const publicIp = inputs['public-ip'];
  const metadata: Record<string, string> = {};
  for (const pair of inputs.metadata) {
    const at = pair.indexOf('=');
    if (at <= 0) {
      throw new ConfigurationError(`Input 'metadata': expected key=value, got '${pair}'.`, {
        input: 'metadata',
      });
    }
    metadata[pair.slice(0, at).trim()] = pair.slice(at + 1).trim();
  }
  let cloud: CloudOptions;
  if (own) {
    cloud = own.cloud;
  } else if (cloudKind === 'aws') {
    const region = inputs.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION;
    if (!region) {
      throw new ConfigurationError("Input 'region' is required for aws (or set AWS_REGION).", {
        input: 'region',
      });
    }
    const arches = new Set(size.types.map(architectureOf));
    if (arches.size > 1) {
      throw new ConfigurationError(
        `Input 'machine-types' mixes x86_64 and arm64 types (${size.types.join(', ')}); one image cannot serve both.`,
        { input: 'machine-types' },
      );
    }
    cloud = {
      cloud: 'aws',
      aws: {
        region,
        instanceTypes: size.types,
        image: inputs.image,
        imageOwners: inputs['image-owners'],
        rootVolumeSize: inputs['disk-size'],
        rootVolumeType: inputs['disk-type'],
        subnets: inputs.subnets,
        securityGroups: inputs['security-groups'],
        instanceProfile: inputs['instance-profile'],
        spot,
        spotMaxPrice: inputs['spot-max-price'],
        spotFallback: inputs['spot-fallback'],
        gpu: size.wantsGpu,
        publicIp: publicIp === 'auto' ? undefined : publicIp === 'true',
        pollSeconds: poll,
        launchTimeoutSeconds: launchTimeout,
      },
    };
  } else {
    const project =
      inputs['gcp-project'] ??
      env.GOOGLE_CLOUD_PROJECT ??
      env.CLOUDSDK_CORE_PROJECT ??
      env.GCLOUD_PROJECT;
    if (!project) {
      throw new ConfigurationError(
        "Input 'gcp-project' is required for gcp (or set GOOGLE_CLOUD_PROJECT).",
        {
          input: 'gcp-project',
        },
      );
    }
    const zones = inputs.zones;
    if (!zones.length) {
      throw new ConfigurationError(
        "Input 'zones' is required for gcp: list one or more zones, tried in order.",
        {
          input: 'zones',
        },
      );
    }
    cloud = {
      cloud: 'gcp',
      gcp: {
        project,
        zones,
        machineTypes: size.types,
        image: inputs.image,
        diskSizeGb: inputs['disk-size'],
        diskType: inputs['disk-type'],
        network: inputs.network,
        subnet: inputs.subnets[0],
        gpu: size.gpu,
        wantsGpu: size.wantsGpu,
        spot,
        spotFallback: inputs['spot-fallback'],
        serviceAccount: inputs['service-account'],
        scopes: inputs.scopes,
        publicIp: publicIp !== 'false',
        pollSeconds: poll,
        launchTimeoutSeconds: launchTimeout,
      },
    };
  }
  const maxLifetime = inputs['max-lifetime'];
  if (maxLifetime > 0 && maxLifetime < 300) {
    throw new ConfigurationError(
      `Input 'max-lifetime': ${maxLifetime} is too short; give 0 (no limit) or at least 300 seconds.`,
      { input: 'max-lifetime' },
    );
  }
  // GitLab passes start's dotenv outputs to later jobs as variables: a stop job of the same
  // pipeline gets start's ids without wiring them (a preempted GCE VM is deleted with its labels,
  // so only its id tells a reclaim apart).
  const fromDotenv =
    inputs.mode === 'stop' &&
    env.GITLAB_CI === 'true' &&
    !inputs['instance-ids'].length &&
    !inputs['run-id'];
  const instanceIdsInput = fromDotenv
    ? (env.CML_RUNNER_INSTANCE_IDS ?? '').split(',')
    : inputs['instance-ids'];
  const runnerIdsInput =
    fromDotenv && env.CML_RUNNER_INSTANCE_IDS
      ? (env.CML_RUNNER_RUNNER_IDS ?? '').split(',')
      : inputs['runner-ids'];
  // Start's outputs are JSON arrays ("[]" when GitHub gave no ids): strip the brackets.
  const bare = (id: string) => id.replace(/[[\]"\s]/g, '');
  const runnerIds = runnerIdsInput.filter(bare).map((id) => {
    const n = Number(bare(id));
    if (!Number.isInteger(n)) {
      throw new ConfigurationError(`Input 'runner-ids': '${id}' is not a runner id.`, {
        input: 'runner-ids',
      });
    }
    return n;
  });
  return {
    mode: inputs.mode,
    cloud,
    labels: inputs.labels,
    count: inputs.count,
    namePrefix: (inputs.name ?? 'cml').toLowerCase(),
    exactName: env.CML_RUNNER_EXACT_NAME === 'true' && inputs.name !== undefined,
    ephemeral: inputs.ephemeral,
    idleTimeoutSeconds: inputs['idle-timeout'],
    maxLifetimeSeconds: maxLifetime,
    launchTimeoutSeconds: launchTimeout,
    pollSeconds: poll,
    wantsGpu: size.wantsGpu,
    spot,
    scope: {
      level: inputs['runner-scope'],
      owner: inputs['runner-scope-id'],
    },
    runnerGroupId: inputs['runner-group-id'],
    runUntagged: inputs['run-untagged'],
    locked: inputs.locked,
    ...runnerVersionInputs(inputs),
    releases: releaseSources(env),
    ...dockerSettings(cloudKind, inputs),
    gitlabImage: inputs['gitlab-image'],
    userScript: inputs['startup-script'],
    metadata,
    // Accept start's JSON array output as well as a plain list.
    instanceIds: instanceIdsInput.map(bare).filter(Boolean),
    runnerIds,
    runId: inputs['run-id'],
    rerunOnReclaim: inputs['rerun-on-reclaim'],
  };
}

/**
 * GitLab's executor and whether to install Docker. A Kubernetes Pod has no Docker daemon (and
 * giving it one means a privileged Pod), so there the runner uses the shell executor in the
 * Pod's own image, and asking for docker is an error that names the alternatives.
 */
function dockerSettings(
  cloud: CloudKind,
  inputs: Inputs<'runner-provision'>,
): { gitlabExecutor: 'docker' | 'shell'; docker: boolean } {
  const executor = inputs['gitlab-executor'];
  const docker = inputs.docker;
  if (cloud !== 'kubernetes') return { gitlabExecutor: executor ?? 'docker', docker };
  if (executor === 'docker' || docker) {
    throw new ConfigurationError(
      `Input '${docker ? 'docker' : 'gitlab-executor'}': a kubernetes runner Pod has no Docker daemon; jobs run in the Pod's image (input 'image'), or use GitLab's Kubernetes executor or actions-runner-controller for a container per job (docs/kubernetes.md).`,
      { input: docker ? 'docker' : 'gitlab-executor' },
    );
  }
  return { gitlabExecutor: 'shell', docker: false };
}

/**
 * Refuses a `gpu` value neither cloud can read, before anything is launched (a typo would
 * otherwise ask for a GPU machine and wait five minutes for nvidia-smi).
 */
function checkGpu(cloud: 'aws' | 'gcp', value: string | undefined): void {
  if (value === undefined) return;
  const v = value.trim().toLowerCase();
  if (v === 'true' || v === 'false' || GPU_WORDS.includes(v)) return;
  // Compute Engine accelerator types: nvidia-l4, nvidia-tesla-t4:2, nvidia-h100-80gb:8.
  if (cloud === 'gcp' && /^nvidia-[a-z0-9-]+(:.*)?$/.test(v)) return;
  throw new ConfigurationError(
    `Input 'gpu': '${value}' is not a GPU; give ${GPU_WORDS.join(', ')} (with a CML size such as m), true (the machine type has its own GPUs) or false${
      cloud === 'gcp'
        ? ', or a Compute Engine accelerator type with an optional count (nvidia-l4:2)'
        : ''
    }.`,
    { input: 'gpu' },
  );
}

/**
 * runner-version and runner-sha256, checked up front: a version is major.minor.patch and a hash
 * 64 hexadecimal digits; a hash alone pins nothing (it needs the version it belongs to). A
 * version alone is fine: its hash is read from the release (versions.ts).
 */
function runnerVersionInputs(inputs: ProvisionInputs): {
  runnerVersion?: string;
  runnerSha256?: string;
} {
  const version = inputs['runner-version'];
  const sha = inputs['runner-sha256'];
  if (sha && !version) {
    throw new ConfigurationError(
      `Input 'runner-sha256' is given without 'runner-version': a hash belongs to one version; give both, or neither for the newest release.`,
      { input: 'runner-sha256' },
    );
  }
  return {
    runnerVersion: version ? normaliseVersion(version) : undefined,
    runnerSha256: sha ? checkSha256(sha) : undefined,
  };
}

/**
 * What depends on the forge, checked once the forge is known and before anything is launched:
 * the runner scope (the forge's own check, src/forge/<forge>/runner-support.ts).
 */
export function checkForForge(config: ProvisionConfig, forge: RunnerForgeKind): void {
  runnerSupport(forge).checkScope(config.scope);
}
