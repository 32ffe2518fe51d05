import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { locateRepository } from '../../forge/locate';
import { FORGE_KINDS, parseForgeKind } from '../../forge/registry';
import type { Argv, CommandModule } from 'yargs';
import { ConfigurationError } from '../../core/errors';
import { CLOUD_NAMES } from '../../inputs/runner-provision';
import type { RawInputs } from '../../inputs';
import { inputVariable } from '../../inputs/parse';
import { CliLogger } from '../../compat/cli-logger';

/** CML's region words and what they mean on each cloud. */
// AWS, GCP and Azure as terraform-provider-iterative maps them (iterative/cml's launch passes the
// word through to it); Alibaba Cloud, which CML did not drive, by the nearest region.
const REGIONS: Record<string, Partial<Record<(typeof CLOUD_NAMES)[number], string>>> = {
  'us-east': { aws: 'us-east-1', gcp: 'us-east1-c', azure: 'eastus', alibaba: 'us-east-1' },
  'us-west': { aws: 'us-west-1', gcp: 'us-west1-b', azure: 'westus2', alibaba: 'us-west-1' },
  'eu-north': {
    aws: 'eu-north-1',
    gcp: 'europe-north1-a',
    azure: 'northeurope',
    alibaba: 'eu-central-1',
  },
  'eu-west': { aws: 'eu-west-1', gcp: 'europe-west1-d', azure: 'westeurope', alibaba: 'eu-west-1' },
};

/** The clouds `cml runner launch --cloud` drives (the runner-provision action's `cloud` input). */
const CLOUDS = CLOUD_NAMES;
type CliCloud = (typeof CLOUDS)[number];

interface LaunchArgs {
  cloud?: string;
  cloudRegion: string;
  cloudType?: string;
  cloudGpu?: string;
  cloudHddSize?: number;
  cloudSpot: boolean;
  launchTimeout?: number;
  cloudSpotPrice: number;
  cloudImage?: string;
  cloudPermissionSet?: string;
  cloudMetadata: string[];
  cloudStartupScript?: string;
  cloudAwsSubnet?: string;
  cloudAwsSecurityGroup?: string;
  gcpProject?: string;
  labels: string;
  idleTimeout: string;
  name?: string;
  single?: boolean;
  reuse?: boolean;
  reuseIdle?: boolean;
  driver?: string;
  repo?: string;
  token?: string;
  maxLifetime?: number;
  retry?: boolean;
  dockerVolumes?: string[];
  cloudSshPrivate?: string;
  cloudKubernetesNodeSelector?: string[];
  cloudKubernetesNamespace?: string;
  cloudKubernetesSpotProvider?: string;
  workdir?: string;
  gitlabExecutor?: string;
  docker?: boolean;
  /** CML's hidden options (bin/cml/runner/launch.js): accepted and named as ignored. */
  cmlVersion?: string;
  tpiVersion?: string;
  tfResource?: string;
  gcpAccessToken?: string;
  runnerPath?: string;
  destroyDelay?: number;
}

/**
 * CML 0.20.6's hidden options of `runner launch` (bin/cml/runner/launch.js): what each did there,
 * which cml does its own way, so pipelines that pass them keep working.
 */
const CML_HIDDEN_OPTIONS = {
  'cml-version': 'the machine runs no CML of its own',
  'tpi-version': 'no Terraform provider is involved',
  'tf-resource': 'no Terraform resource is involved',
  'gcp-access-token': 'Google credentials come from the environment, see docs/runner-provision.md',
  'runner-path': 'the runner is installed from its release, checked by its sha256',
  'destroy-delay': 'the machine powers off when its runner ends',
} as const;

/**
 * CML options with no meaning here (no SSH, no host volumes for the docker executor, no
 * Kubernetes, no local workdir, no automatic restart from launch): accepted so pipelines keep
 * working, and named.
 */
export function ignoredOptions(args: LaunchArgs): string[] {
  const ignored: string[] = [];
  if (args.retry === false)
    ignored.push(
      '--no-retry (launch never re-runs workflows; see the stop mode’s rerun-on-reclaim)',
    );
  if (args.dockerVolumes?.length)
    ignored.push('--docker-volumes (the docker executor mounts no host volumes)');
  if (args.cloudPermissionSet && args.cloud !== 'aws' && args.cloud !== 'gcp')
    ignored.push(`--cloud-permission-set (not used on ${args.cloud})`);
  if (args.cloudSshPrivate) ignored.push('--cloud-ssh-private (instances take no SSH key)');
  if (args.cloudKubernetesNodeSelector?.length && args.cloud !== 'kubernetes')
    ignored.push('--cloud-kubernetes-node-selector (only with --cloud kubernetes)');
  if (args.workdir) ignored.push('--workdir');
  const given = args as unknown as Record<string, unknown>;
  for (const [name, why] of Object.entries(CML_HIDDEN_OPTIONS)) {
    const key = name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
    if (given[key] !== undefined) ignored.push(`--${name} (${why})`);
  }
  return ignored;
}

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };

/**
 * CML's --idle-timeout (default "5 minutes"): whole seconds, `never`, or a duration as CML's
 * timestring reads it ("5min", "5 minutes", "1h30m", "2 hours"). Zero or less means never.
 */
export function idleSeconds(value: string): number {
  const v = value.trim().toLowerCase();
  if (v === 'never') return 0;
  if (/^-?\d+$/.test(v)) return Math.max(0, Number(v));
  const part =
    /(\d+(?:\.\d+)?)\s*(s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?)(?![a-z])/g;
  let total = 0;
  let consumed = '';
  for (const m of v.matchAll(part)) {
    total += Number(m[1]) * UNIT_SECONDS[m[2]![0]!]!;
    consumed += m[0];
  }
  if (!consumed || consumed.replace(/\s+/g, '') !== v.replace(/[\s,]+|and/g, '')) {
    throw new ConfigurationError(
      `--idle-timeout: expected seconds, a duration like 5min, 5 minutes or 1h30m, or never, got '${value}'.`,
    );
  }
  return Math.round(total);
}

/** GCE zones for CML's --cloud-region: a CML word, a zone list, or a region (its a, b and c zones). */
export function gcpZones(region: string): string[] {
  return region.split(',').flatMap((r) => {
    const zone = REGIONS[r.trim()]?.gcp;
    if (zone) return [zone];
    if (/-[a-z]$/.test(r.trim())) return [r.trim()];
    return ['a', 'b', 'c'].map((z) => `${r.trim()}-${z}`);
  });
}

/**
 * Maps CML's options onto the runner-provision inputs (the same declarations the action reads),
 * so the CLI and the action share one parser and one behaviour.
 */
export function launchInputs(args: LaunchArgs): RawInputs<'runner-provision'> {
  refuseEmptyValues(args);
  if (!args.cloud) {
    throw new ConfigurationError(
      `--cloud is required to launch on a cloud (${CLOUDS.join(', ')}); without it, cml runner launch registers this machine.`,
    );
  }
  if (!(CLOUDS as readonly string[]).includes(args.cloud)) {
    throw new ConfigurationError(
      `--cloud ${args.cloud} is not supported: use one of ${CLOUDS.join(', ')}.`,
    );
  }
  const cloud = args.cloud as CliCloud;
  // Typed by the declarations: an option mapped onto a misspelt input does not compile.
  const inputs: RawInputs<'runner-provision'> = {
    mode: 'start',
    cloud,
    labels: args.labels,
    'idle-timeout': String(idleSeconds(args.idleTimeout)),
    ephemeral: String(args.single === true),
    spot: String(args.cloudSpot),
  };
  if (cloud === 'gcp') {
    inputs.zones = gcpZones(args.cloudRegion).join(',');
    if (args.gcpProject) inputs['gcp-project'] = args.gcpProject;
  } else if (cloud === 'kubernetes') {
    // A cluster has no region: the kubeconfig (KUBERNETES_CONFIGURATION, as CML read it, or
    // KUBECONFIG) says where. CML's node selector, `key=value` each, maps one to one.
    if (args.cloudKubernetesNodeSelector?.length)
      inputs['kubernetes-node-selector'] = args.cloudKubernetesNodeSelector.join('\n');
    if (args.cloudKubernetesNamespace)
      inputs['kubernetes-namespace'] = args.cloudKubernetesNamespace;
    if (args.cloudKubernetesSpotProvider)
      inputs['kubernetes-spot-provider'] = args.cloudKubernetesSpotProvider;
  } else {
    inputs.region = args.cloudRegion
      .split(',')
      .map((r) => REGIONS[r.trim()]?.[cloud] ?? r.trim())[0]!;
  }
  if (args.launchTimeout !== undefined) inputs['launch-timeout'] = String(args.launchTimeout);
  if (args.cloudType) inputs['machine-types'] = args.cloudType;
  // CML: "tesla" is the deprecated name of v100 (bin/cml/runner/launch.js), not any Tesla.
  if (args.cloudGpu === 'tesla') {
    process.stderr.write('cml: GPU model "tesla" is deprecated; use "v100" (the same GPU).\n');
    inputs.gpu = 'v100';
  } else if (args.cloudGpu) inputs.gpu = args.cloudGpu;
  if (args.cloudHddSize) inputs['disk-size'] = String(args.cloudHddSize);
  if (args.cloudSpotPrice > 0) inputs['spot-max-price'] = String(args.cloudSpotPrice);
  if (args.cloudImage) inputs.image = args.cloudImage;
  if (args.cloudPermissionSet) {
    // CML: an instance profile ARN on AWS; `email,scopes=a,b` on GCP.
    if (cloud === 'aws') inputs['instance-profile'] = args.cloudPermissionSet;
    else if (cloud === 'gcp') {
      const [email, ...rest] = args.cloudPermissionSet.split(',');
      inputs['service-account'] = email!;
      const scopes = rest.join(',').replace(/^scopes=/, '');
      if (scopes) inputs.scopes = scopes;
    }
  }
  if (args.cloudMetadata.length) inputs.metadata = args.cloudMetadata.join('\n');
  if (args.cloudStartupScript) {
    // CML takes the script base64-encoded.
    inputs['startup-script'] = Buffer.from(args.cloudStartupScript, 'base64').toString('utf8');
  }
  if (args.cloudAwsSubnet) inputs.subnets = args.cloudAwsSubnet;
  if (args.cloudAwsSecurityGroup) inputs['security-groups'] = args.cloudAwsSecurityGroup;
  if (args.name) inputs.name = args.name;
  if (args.token) inputs.token = args.token;
  if (args.maxLifetime) inputs['max-lifetime'] = String(args.maxLifetime);
  if (args.gitlabExecutor) inputs['gitlab-executor'] = args.gitlabExecutor;
  if (args.docker !== undefined) inputs.docker = String(args.docker);
  return inputs;
}

/** What each string option takes, for the message when it is given empty. */
const EMPTY_HINTS: [keyof LaunchArgs, string, string][] = [
  [
    'cloudRegion',
    '--cloud-region',
    'us-east, us-west, eu-north, eu-west, or the cloud’s own region or zones',
  ],
  ['cloudType', '--cloud-type', 'a size (s, m, l, xl) or the cloud’s own type'],
  ['cloudGpu', '--cloud-gpu', 'nogpu, t4, a10g, l4, a100, h100, v100, or a GCE accelerator type'],
  ['cloudImage', '--cloud-image', 'an AMI id or name pattern, or a GCE image or family'],
  [
    'cloudPermissionSet',
    '--cloud-permission-set',
    'an AWS instance profile or a GCP service account',
  ],
  ['cloudStartupScript', '--cloud-startup-script', 'a base64-encoded script'],
  ['cloudAwsSubnet', '--cloud-aws-subnet', 'AWS subnet ids'],
  ['cloudAwsSecurityGroup', '--cloud-aws-security-group', 'AWS security group ids'],
  ['gcpProject', '--gcp-project', 'a Google Cloud project id'],
  ['labels', '--labels', 'comma-separated runner labels'],
  ['idleTimeout', '--idle-timeout', 'seconds, a duration like 5min, or never'],
  ['name', '--name', 'a runner name prefix'],
  ['repo', '--repo', 'a repository URL or owner/name'],
  ['token', '--token', 'a forge token'],
];

/**
 * `--labels=` (or CML_RUNNER_LABELS='') is a mistake, not a request for the default: it is
 * refused with the option named, as CML's strict parser would refuse an unknown one.
 */
function refuseEmptyValues(args: LaunchArgs): void {
  for (const [key, option, accepted] of EMPTY_HINTS) {
    const value = args[key];
    if (typeof value === 'string' && value.trim() === '') {
      throw new ConfigurationError(
        `${option}: an empty value; give ${accepted}, or leave the option out.`,
      );
    }
  }
}

/**
 * Where the runner registers, outside CI, for the provision bundle's local context
 * (src/core/context.ts: CML_REPOSITORY, CML_SERVER_URL, CML_API_URL, CML_RUNNER_DRIVER).
 * `--repo` is a URL or, as CML accepts, an `owner/name` slug (on github.com, or gitlab.com with
 * --driver gitlab); the driver is --driver, else the host's (github.com, gitlab.com), as CML's
 * inferDriver; other hosts need --driver, with the API under the same host (GHES /api/v3,
 * GitLab /api/v4).
 */
export function runnerRepoEnvironment(args: {
  repo?: string;
  driver?: string;
}): Record<string, string> {
  const repo = args.repo?.trim();
  if (!repo) return {};
  // The public API roots, not this process's overrides: launch() lets CML_API_URL win itself.
  const where = locateRepository({
    repo,
    driver: args.driver === undefined ? undefined : parseForgeKind(args.driver),
    env: {},
  });
  return {
    CML_REPOSITORY: where.repository,
    CML_SERVER_URL: where.serverUrl,
    CML_API_URL: where.apiUrl,
    CML_RUNNER_DRIVER: where.forge,
  };
}

/** The runner-provision bundle next to this one (dist/cml → dist/runner-provision). */
function provisionEntry(): string {
  const candidates = [
    process.env.CML_RUNNER_PROVISION_ENTRY,
    join(__dirname, '../runner-provision/index.js'),
    join(__dirname, '../../../dist/runner-provision/index.js'),
  ].filter((c): c is string => Boolean(c));
  const found = candidates.find((c) => existsSync(c));
  if (!found)
    throw new Error(`The runner-provision bundle is missing (looked in ${candidates.join(', ')}).`);
  return found;
}

/**
 * Runs the runner-provision bundle as a child process: the cloud SDKs (tens of MB, seconds to
 * load) live only in that bundle, so `cml` itself stays small and quick for every other command.
 */
async function launch(args: LaunchArgs): Promise<void> {
  if (!args.cloud) {
    process.exitCode = await launchHere(args);
    return;
  }
  const env: NodeJS.ProcessEnv = { ...process.env, ...heldEnvironment };
  for (const [name, value] of Object.entries(launchInputs(args))) {
    if (value !== undefined) env[inputVariable(name)] = value;
  }
  for (const option of ignoredOptions(args)) process.stderr.write(`cml: ignoring ${option}.\n`);
  // An API root set in the environment (CML_API_URL) wins: tests and proxies point it elsewhere.
  const { CML_API_URL: apiUrl, ...where } = runnerRepoEnvironment(args);
  Object.assign(env, where);
  if (apiUrl) env.CML_API_URL ??= apiUrl;
  if (args.driver) env.CML_RUNNER_DRIVER = args.driver;
  // CML names the runner exactly --name; the action's `name` input is a prefix.
  if (args.name) env.CML_RUNNER_EXACT_NAME = 'true';
  if (args.reuse || args.reuseIdle) env.CML_RUNNER_REUSE = args.reuseIdle ? 'reuse-idle' : 'reuse';
  const child = spawn(process.execPath, [provisionEntry()], { env, stdio: 'inherit' });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  process.off('SIGINT', forward);
  process.off('SIGTERM', forward);
  if (code !== 0) process.exitCode = code;
}

/** Options that mean something only with --cloud, as they appear in `args`. */
const CLOUD_ONLY: [keyof LaunchArgs, string][] = [
  ['cloudType', '--cloud-type'],
  ['cloudGpu', '--cloud-gpu'],
  ['cloudHddSize', '--cloud-hdd-size'],
  ['cloudImage', '--cloud-image'],
  ['cloudPermissionSet', '--cloud-permission-set'],
  ['cloudStartupScript', '--cloud-startup-script'],
  ['cloudAwsSubnet', '--cloud-aws-subnet'],
  ['cloudAwsSecurityGroup', '--cloud-aws-security-group'],
  ['cloudSshPrivate', '--cloud-ssh-private'],
  ['gcpProject', '--gcp-project'],
  ['launchTimeout', '--launch-timeout'],
  ['maxLifetime', '--max-lifetime'],
  ['docker', '--docker'],
];

/**
 * Without --cloud: this machine becomes the runner, in the foreground (src/runners/local). It
 * runs in this process: it needs the forge client, which this bundle has, and no cloud SDK.
 */
async function launchHere(args: LaunchArgs): Promise<number> {
  refuseEmptyValues(args);
  const idle = idleSeconds(args.idleTimeout);
  const logger = new CliLogger();
  for (const [key, option] of CLOUD_ONLY) {
    if (args[key] !== undefined)
      logger.warning(`ignoring ${option}: it applies with --cloud only.`);
  }
  if (args.cloudSpot) logger.warning('ignoring --cloud-spot: it applies with --cloud only.');
  if (args.retry === false) {
    logger.warning(
      'ignoring --no-retry: this runner never re-runs workflows (a job it was running when stopped is cancelled).',
    );
  }
  // The CML_RUNNER_* variables that are not options (release mirrors, …) were held out of yargs.
  const env: NodeJS.ProcessEnv = { ...process.env, ...heldEnvironment };
  const { CML_API_URL: apiUrl, ...where } = runnerRepoEnvironment(args);
  Object.assign(env, where);
  if (apiUrl) env.CML_API_URL ??= apiUrl;
  const { launchLocalRunner } = await import('../../runners/local');
  return launchLocalRunner(
    {
      name: args.name,
      labels: args.labels,
      idleSeconds: idle,
      single: args.single,
      reuse: args.reuse,
      reuseIdle: args.reuseIdle,
      workdir: args.workdir,
      gitlabExecutor: args.gitlabExecutor,
      dockerVolumes: args.dockerVolumes,
      token: args.token,
      driver: args.driver ?? where.CML_RUNNER_DRIVER,
    },
    env,
    logger,
  );
}

/** Every option of `cml runner launch` (and alias), as CML_RUNNER_<NAME> reads it. */
const LAUNCH_OPTIONS = [
  'cloud',
  'cloud-region',
  'cloud-type',
  'cloud-gpu',
  'cloud-hdd-size',
  'cloud-spot',
  'cloud-spot-price',
  'cloud-image',
  'cloud-permission-set',
  'cloud-metadata',
  'cloud-startup-script',
  'cloud-aws-subnet',
  'cloud-aws-subnet-id',
  'cloud-aws-security-group',
  'gcp-project',
  'launch-timeout',
  'labels',
  'idle-timeout',
  'max-lifetime',
  'name',
  'single',
  'reuse',
  'reuse-idle',
  'retry',
  'docker-volumes',
  'cloud-ssh-private',
  'cloud-kubernetes-node-selector',
  'cloud-kubernetes-namespace',
  'cloud-kubernetes-spot-provider',
  'workdir',
  'path',
  'driver',
  'repo',
  'token',
  'driver-token',
  'gitlab-executor',
  'docker',
  'log',
  ...Object.keys(CML_HIDDEN_OPTIONS),
];
const heldEnvironment: Record<string, string> = {};

/**
 * yargs reads every CML_RUNNER_* variable as an option, and the strict parser then refuses the
 * ones that are not (CML_RUNNER_LABEL and the other outputs start writes to GitLab's dotenv,
 * CML_RUNNER_POLL_SECONDS, CML_RUNNER_DOTENV): those are held out of the parse and handed to the
 * provision bundle unchanged.
 */
function holdOtherRunnerVariables(env: NodeJS.ProcessEnv): void {
  const options = new Set(
    LAUNCH_OPTIONS.map((o) => `CML_RUNNER_${o.toUpperCase().replace(/-/g, '_')}`),
  );
  for (const key of Object.keys(env)) {
    if (key.startsWith('CML_RUNNER_') && !options.has(key)) {
      heldEnvironment[key] = env[key]!;
      delete env[key];
    }
  }
}

const launchCommand: CommandModule<object, LaunchArgs> = {
  command: ['launch', '$0'],
  describe: `Launch self-hosted runners on a cloud (${CLOUDS.join(', ')}), or register this machine`,
  builder: (y: Argv) => {
    holdOtherRunnerVariables(process.env);
    return y
      .env('CML_RUNNER')
      .option('cloud', {
        type: 'string',
        choices: [...CLOUDS],
        describe: 'Cloud to run on; without it, this machine becomes the runner',
      })
      .option('launch-timeout', {
        type: 'number',
        describe: 'Seconds to wait for the runner to come online before giving up and cleaning up',
      })
      .option('cloud-region', {
        type: 'string',
        default: 'us-west',
        describe: 'us-east, us-west, eu-north, eu-west, or the cloud’s own region or zones',
      })
      .option('cloud-type', {
        type: 'string',
        describe: 'Size (s, m, l, xl) or the cloud’s type; a comma list is tried in order',
      })
      .option('cloud-gpu', {
        type: 'string',
        describe:
          'nogpu, t4, a10g, l4, a100, h100 (k80 and v100 are retired: the error names the replacement), or a GCE accelerator type[:count]',
      })
      .option('cloud-hdd-size', { type: 'number', describe: 'Root disk size in GB' })
      .option('cloud-spot', { type: 'boolean', default: false, describe: 'Use spot instances' })
      .option('cloud-spot-price', {
        type: 'number',
        default: -1,
        describe: 'Maximum spot price in USD (-1: the on-demand price)',
      })
      .option('cloud-image', {
        type: 'string',
        describe: 'AMI id or name pattern; GCE image or family',
      })
      .option('cloud-permission-set', {
        type: 'string',
        describe: 'AWS instance profile ARN; GCP service-account e-mail[,scopes=…]',
      })
      .option('cloud-metadata', {
        type: 'array',
        string: true,
        default: [] as string[],
        describe: 'key=value tags or labels',
      })
      .option('cloud-startup-script', {
        type: 'string',
        describe: 'Base64-encoded script run before the runner starts',
      })
      .option('cloud-aws-subnet', {
        type: 'string',
        alias: 'cloud-aws-subnet-id',
        describe: 'AWS subnet id(s)',
      })
      .option('cloud-aws-security-group', { type: 'string', describe: 'AWS security group id(s)' })
      .option('gcp-project', {
        type: 'string',
        describe: 'Google Cloud project (default: GOOGLE_CLOUD_PROJECT)',
      })
      .option('labels', {
        type: 'string',
        default: 'cml',
        describe: 'Comma-separated runner labels',
      })
      .option('idle-timeout', {
        type: 'string',
        default: '5 minutes',
        describe: 'Time without a job before the runner ends: seconds, 5min, 1h30m, or never',
      })
      .option('max-lifetime', {
        type: 'number',
        describe: 'Hard maximum lifetime in seconds (default 21600)',
      })
      .option('name', { type: 'string', describe: 'Runner name (default cml-<random>)' })
      .option('single', {
        type: 'boolean',
        conflicts: ['reuse', 'reuse-idle'],
        describe: 'Take one job, then end',
      })
      .option('reuse', {
        type: 'boolean',
        conflicts: ['single', 'reuse-idle'],
        describe: 'Launch nothing if an online runner has one of the labels',
      })
      .option('reuse-idle', {
        type: 'boolean',
        conflicts: ['single', 'reuse'],
        describe: 'Launch only if no idle runner has one of the labels',
      })
      .option('gitlab-executor', {
        type: 'string',
        choices: ['docker', 'shell'],
        describe:
          'GitLab executor: docker or shell (default: docker with --cloud, as CML; shell on this machine)',
      })
      .option('docker', {
        type: 'boolean',
        describe:
          'Install Docker (and the NVIDIA container toolkit on GPUs) when the image lacks it',
      })
      .option('retry', { type: 'boolean', hidden: true })
      .option('docker-volumes', {
        type: 'array',
        string: true,
        describe: 'Without --cloud, GitLab docker executor: host volumes for jobs',
      })
      .option('cloud-ssh-private', { type: 'string', hidden: true })
      .option('cml-version', { type: 'string', hidden: true })
      .option('tpi-version', { type: 'string', hidden: true })
      .option('tf-resource', { type: 'string', hidden: true })
      .option('gcp-access-token', { type: 'string', hidden: true })
      .option('runner-path', { type: 'string', hidden: true })
      .option('destroy-delay', { type: 'number', hidden: true })
      .option('cloud-kubernetes-node-selector', {
        type: 'array',
        string: true,
        describe:
          'kubernetes: key=value node labels the runner Pod must run on (infer: the GPU model)',
      })
      .option('cloud-kubernetes-namespace', {
        type: 'string',
        describe: 'kubernetes: namespace of the runner Pods (default: the context’s, else default)',
      })
      .option('cloud-kubernetes-spot-provider', {
        type: 'string',
        choices: ['eks', 'gke', 'aks'],
        describe: 'kubernetes, with --cloud-spot: whose spot node pools to target',
      })
      .option('workdir', {
        type: 'string',
        alias: 'path',
        describe: 'Without --cloud: the runner’s folder (default ~/.cml/<name>)',
      })
      .option('driver', {
        type: 'string',
        choices: [...FORGE_KINDS],
        describe: 'Forge, outside CI',
      })
      .option('repo', { type: 'string', describe: 'Repository or project URL, outside CI' })
      .option('token', {
        type: 'string',
        // CML 0.19+ names it --driver-token (env CML_DRIVER_TOKEN); --token is the alias.
        alias: 'driver-token',
        describe: 'Forge token (default: REPO_TOKEN, GITHUB_TOKEN, GITLAB_TOKEN)',
      }) as unknown as Argv<LaunchArgs>;
  },
  handler: launch,
};

/** `cml runner launch` (CML's command; `cml-runner` maps here). */
export const runnerCommand: CommandModule = {
  command: 'runner',
  describe: 'Launch self-hosted runners on a cloud, or register this machine',
  builder: (y: Argv) => y.command(launchCommand as unknown as CommandModule),
  handler: () => undefined,
};
