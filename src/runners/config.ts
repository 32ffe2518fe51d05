import type { CloudOptions } from '../clouds';
import { architectureOf } from '../clouds/aws/arch';
import { resolveSize } from '../clouds/sizes';
import { ConfigurationError } from '../core/errors';
import type { RunnerScope } from '../forge/types';
import type { InputValue } from '../inputs/parse';

export type Mode = 'start' | 'stop' | 'sweep';

/** Everything a start, stop or sweep needs, resolved from the inputs (action, component or CLI). */
export interface ProvisionConfig {
  mode: Mode;
  cloud: CloudOptions;
  labels: string[];
  count: number;
  namePrefix: string;
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
  runnerVersion?: string;
  runnerSha256?: string;
  userScript?: string;
  metadata: Record<string, string>;
  instanceIds: string[];
  runnerIds: number[];
  /** stop: the run (GitHub) or pipeline (GitLab) to act on instead of this one. */
  runId?: string;
  rerunOnReclaim: boolean;
}

const str = (v: InputValue): string | undefined =>
  typeof v === 'string' && v !== '' ? v : undefined;
const list = (v: InputValue): string[] => (Array.isArray(v) ? v : []);
const num = (v: InputValue, fallback: number): number => (typeof v === 'number' ? v : fallback);
const bool = (v: InputValue, fallback: boolean): boolean => (typeof v === 'boolean' ? v : fallback);

/**
 * Seconds between polls. Five in production (the forge and cloud see at most one request per
 * five seconds per launch); CML_RUNNER_POLL_SECONDS shortens it for tests against emulators.
 */
export function pollSeconds(env: NodeJS.ProcessEnv): number {
  const raw = Number(env.CML_RUNNER_POLL_SECONDS);
  return Number.isFinite(raw) && raw > 0 ? raw : 5;
}

export function buildConfig(
  inputs: Record<string, InputValue>,
  env: NodeJS.ProcessEnv = process.env,
): ProvisionConfig {
  const cloudKind = str(inputs.cloud) as 'aws' | 'gcp';
  const size = resolveSize(cloudKind, list(inputs['machine-types']), str(inputs.gpu));
  const poll = pollSeconds(env);
  const launchTimeout = num(inputs['launch-timeout'], 600);
  const spot = bool(inputs.spot, false);
  // auto: GCE gives an external address; EC2 leaves it to the subnet (MapPublicIpOnLaunch).
  const publicIp = str(inputs['public-ip']) ?? 'auto';
  const metadata: Record<string, string> = {};
  for (const pair of list(inputs.metadata)) {
    const at = pair.indexOf('=');
    if (at <= 0) {
      throw new ConfigurationError(`Input 'metadata': expected key=value, got '${pair}'.`, {
        input: 'metadata',
      });
    }
    metadata[pair.slice(0, at).trim()] = pair.slice(at + 1).trim();
  }
  let cloud: CloudOptions;
  if (cloudKind === 'aws') {
    const region = str(inputs.region) ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION;
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
        image: str(inputs.image),
        imageOwners: list(inputs['image-owners']),
        rootVolumeSize: num(inputs['disk-size'], 35),
        rootVolumeType: str(inputs['disk-type']),
        subnets: list(inputs.subnets),
        securityGroups: list(inputs['security-groups']),
        instanceProfile: str(inputs['instance-profile']),
        spot,
        spotMaxPrice: str(inputs['spot-max-price']),
        spotFallback: bool(inputs['spot-fallback'], true),
        gpu: size.wantsGpu,
        publicIp: publicIp === 'auto' ? undefined : publicIp === 'true',
        pollSeconds: poll,
        launchTimeoutSeconds: launchTimeout,
      },
    };
  } else {
    const project =
      str(inputs['gcp-project']) ??
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
    const zones = list(inputs.zones);
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
        image: str(inputs.image),
        diskSizeGb: num(inputs['disk-size'], 35),
        diskType: str(inputs['disk-type']),
        network: str(inputs.network),
        subnet: list(inputs.subnets)[0],
        gpu: size.gpu,
        wantsGpu: size.wantsGpu,
        spot,
        spotFallback: bool(inputs['spot-fallback'], true),
        serviceAccount: str(inputs['service-account']),
        scopes: list(inputs.scopes),
        publicIp: publicIp !== 'false',
        pollSeconds: poll,
        launchTimeoutSeconds: launchTimeout,
      },
    };
  }
  const maxLifetime = num(inputs['max-lifetime'], 21600);
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
    str(inputs.mode) === 'stop' &&
    env.GITLAB_CI === 'true' &&
    !list(inputs['instance-ids']).length &&
    !str(inputs['run-id']);
  const instanceIdsInput = fromDotenv
    ? (env.CML_RUNNER_INSTANCE_IDS ?? '').split(',')
    : list(inputs['instance-ids']);
  const runnerIdsInput =
    fromDotenv && env.CML_RUNNER_INSTANCE_IDS
      ? (env.CML_RUNNER_RUNNER_IDS ?? '').split(',')
      : list(inputs['runner-ids']);
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
    mode: (str(inputs.mode) ?? 'start') as Mode,
    cloud,
    labels: list(inputs.labels),
    count: num(inputs.count, 1),
    namePrefix: (str(inputs.name) ?? 'cml').toLowerCase(),
    ephemeral: bool(inputs.ephemeral, true),
    idleTimeoutSeconds: num(inputs['idle-timeout'], 300),
    maxLifetimeSeconds: maxLifetime,
    launchTimeoutSeconds: launchTimeout,
    pollSeconds: poll,
    wantsGpu: size.wantsGpu,
    spot,
    scope: {
      level: (str(inputs['runner-scope']) ?? 'repository') as RunnerScope['level'],
      owner: str(inputs['runner-scope-id']),
    },
    runnerGroupId: num(inputs['runner-group-id'], 1),
    runUntagged: bool(inputs['run-untagged'], false),
    locked: bool(inputs.locked, true),
    runnerVersion: str(inputs['runner-version']),
    runnerSha256: str(inputs['runner-sha256']),
    userScript: str(inputs['startup-script']),
    metadata,
    // Accept start's JSON array output as well as a plain list.
    instanceIds: instanceIdsInput.map(bare).filter(Boolean),
    runnerIds,
    runId: str(inputs['run-id']),
    rerunOnReclaim: bool(inputs['rerun-on-reclaim'], false),
  };
}
