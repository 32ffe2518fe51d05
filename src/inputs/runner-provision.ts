import type { InputDeclaration } from './types';

const A = ['runner-provision'] as const;

/**
 * The clouds runners launch on: the one list the cloud registry (src/clouds/index.ts, keyed by
 * these), CloudKind and the CLI's --cloud choices all come from. Adding a cloud is its folder,
 * its registry line, its name here, and the `cloud` input's description in action.yml.
 */
export const CLOUD_NAMES = ['aws', 'gcp', 'azure', 'alibaba', 'kubernetes'] as const;

/** Inputs of the runner-provision action (and its GitLab component). */
export const RUNNER_PROVISION_INPUTS = [
  {
    name: 'mode',
    type: { kind: 'enum', options: ['start', 'stop', 'sweep'] },
    default: 'start',
    description:
      'start: launch runners and wait until they are online. stop: terminate what start launched (by ids, or by the run’s tags when start was cancelled). sweep: terminate every runner instance of ours past its maximum lifetime.',
    actions: A,
  },
  {
    name: 'cloud',
    type: { kind: 'enum', options: CLOUD_NAMES },
    required: true,
    description:
      'Cloud to run on: aws (EC2), gcp (Compute Engine), azure (Azure VMs, docs/azure.md), alibaba (Alibaba Cloud ECS, docs/alibaba.md) or kubernetes (a Pod per runner in your cluster, docs/kubernetes.md).',
    actions: A,
  },
  {
    name: 'azure-subscription-id',
    type: { kind: 'string' },
    description: 'Azure subscription id (default: AZURE_SUBSCRIPTION_ID).',
    actions: A,
  },
  {
    name: 'azure-resource-group',
    type: { kind: 'string' },
    description:
      'Azure resource group the VMs, NICs, disks and addresses are created in (default: AZURE_RESOURCE_GROUP).',
    actions: A,
  },
  {
    name: 'region',
    type: { kind: 'string' },
    description:
      'AWS region (default: AWS_REGION or AWS_DEFAULT_REGION), Azure location (default: AZURE_LOCATION) or Alibaba Cloud region id (default: ALIBABA_CLOUD_REGION_ID).',
    actions: A,
  },
  {
    name: 'zones',
    type: { kind: 'list' },
    description:
      'Compute Engine zones, tried in order when one has no capacity (e.g. us-central1-a, us-central1-b).',
    actions: A,
  },
  {
    name: 'gcp-project',
    type: { kind: 'string' },
    description:
      'Google Cloud project (default: GOOGLE_CLOUD_PROJECT, CLOUDSDK_CORE_PROJECT or GCLOUD_PROJECT).',
    actions: A,
  },
  {
    name: 'machine-types',
    type: { kind: 'list' },
    default: 'm',
    description:
      'Instance or machine types, tried in order: CML sizes (s, m, l, xl, or with a GPU like m+t4, m+a10g, xl+a100) or the cloud’s own names (g5.xlarge, n1-standard-8). Retired GPUs (K80, AWS V100) are refused with the replacement named.',
    actions: A,
  },
  {
    name: 'gpu',
    type: { kind: 'string' },
    description:
      'GPU: CML’s words (nogpu, t4, a10g, l4, a100, h100, v100 or tesla, combined with a CML size), true when the machine type has its own GPUs (g5.xlarge, g2-standard-8), or, on gcp, an accelerator type with an optional count (nvidia-l4:2). GPU requests boot an image with the NVIDIA driver (AWS Deep Learning Base GPU AMI, GCE Deep Learning VM) unless image is given; the runner checks nvidia-smi before registering.',
    actions: A,
  },
  {
    name: 'spot',
    type: { kind: 'boolean' },
    default: 'false',
    description: 'Use spot capacity (AWS spot, GCE SPOT provisioning).',
    actions: A,
  },
  {
    name: 'spot-max-price',
    type: { kind: 'string' },
    description:
      'AWS spot maximum hourly price in USD (AWS advises leaving it unset: the on-demand price caps it).',
    actions: A,
  },
  {
    name: 'spot-fallback',
    type: { kind: 'boolean' },
    default: 'true',
    description: 'When no spot capacity is found for any type or zone, launch on demand instead.',
    actions: A,
  },
  {
    name: 'disk-size',
    type: { kind: 'number', integer: true, min: 8, max: 65536 },
    default: '35',
    description: 'Root disk size in GB (raised to the image’s own size when that is larger).',
    actions: A,
  },
  {
    name: 'disk-type',
    type: { kind: 'string' },
    description: 'Root disk type (AWS: gp3 by default; GCE: pd-balanced by default).',
    actions: A,
  },
  {
    name: 'image',
    type: { kind: 'string' },
    description:
      'AWS: an ami-… id or an image name pattern (newest match; default Ubuntu 22.04). GCE: an image or family path (default projects/ubuntu-os-cloud/global/images/family/ubuntu-2204-lts). Kubernetes: the runner container image (default ubuntu:24.04).',
    actions: A,
  },
  {
    name: 'image-owners',
    type: { kind: 'list' },
    description:
      'AWS accounts searched for an image name pattern (default: Canonical, 099720109477).',
    actions: A,
  },
  {
    name: 'subnets',
    type: { kind: 'list' },
    description: 'AWS subnet ids, tried in order; or, on gcp, one subnetwork path.',
    actions: A,
  },
  {
    name: 'security-groups',
    type: { kind: 'list' },
    description: 'AWS security group ids.',
    actions: A,
  },
  {
    name: 'instance-profile',
    type: { kind: 'string' },
    description:
      'AWS IAM instance profile (name or ARN) for the job’s own AWS access. The launch credentials never reach the instance.',
    actions: A,
  },
  {
    name: 'network',
    type: { kind: 'string' },
    description: 'GCE network (default: global/networks/default).',
    actions: A,
  },
  {
    name: 'public-ip',
    type: { kind: 'enum', options: ['auto', 'true', 'false'] },
    default: 'auto',
    description:
      'Give the instance a public IPv4 address, needed to reach the forge without a NAT gateway (GCE: Cloud NAT). auto: yes on gcp; on aws the subnet’s own setting (the default VPC’s subnets give one).',
    actions: A,
  },
  {
    name: 'service-account',
    type: { kind: 'string' },
    description:
      'GCE service account e-mail for the job’s own Google access; none by default, so the VM holds no Google credentials.',
    actions: A,
  },
  {
    name: 'scopes',
    type: { kind: 'list' },
    default: 'https://www.googleapis.com/auth/cloud-platform',
    description: 'OAuth scopes of the GCE service account, when one is given.',
    actions: A,
  },
  {
    name: 'labels',
    type: { kind: 'list' },
    default: 'cml',
    description:
      'Runner labels (GitHub) or tags (GitLab). A label unique to this start is always added.',
    actions: A,
  },
  {
    name: 'count',
    type: { kind: 'number', integer: true, min: 1, max: 50 },
    default: '1',
    description: 'How many runners to launch.',
    actions: A,
  },
  {
    name: 'name',
    type: { kind: 'string' },
    description:
      'Runner and instance name prefix (default: cml); a random suffix keeps names unique.',
    actions: A,
  },
  {
    name: 'ephemeral',
    type: { kind: 'boolean' },
    default: 'true',
    description:
      'GitLab: true runs one job per runner (run-single), false serves jobs until the idle timeout. GitHub runners always take one job each (a single-use just-in-time configuration, so no reusable registration token ever reaches the machine): launch count runners for count jobs.',
    actions: A,
  },
  {
    name: 'idle-timeout',
    type: { kind: 'number', integer: true, min: 0 },
    default: '300',
    description:
      'Seconds without a job after which the runner deregisters and the instance powers off (0: never).',
    actions: A,
  },
  {
    name: 'max-lifetime',
    type: { kind: 'number', integer: true, min: 0 },
    default: '21600',
    description:
      'Hard maximum lifetime of an instance, in seconds; enforced on the instance and by sweep. 0: no limit (at least 300 otherwise).',
    actions: A,
  },
  {
    name: 'launch-timeout',
    type: { kind: 'number', integer: true, min: 30 },
    default: '600',
    description:
      'Seconds to wait for the instance to run and the runner to come online before giving up (the instance is then terminated).',
    actions: A,
  },
  {
    name: 'runner-scope',
    type: { kind: 'enum', options: ['repository', 'organization', 'project', 'group', 'instance'] },
    default: 'repository',
    description:
      'Where runners register: GitHub repository or organization; GitLab project (repository means project), group or instance.',
    actions: A,
  },
  {
    name: 'runner-scope-id',
    type: { kind: 'string' },
    description: 'The organization login (GitHub) or group id (GitLab) for those scopes.',
    actions: A,
  },
  {
    name: 'runner-group-id',
    type: { kind: 'number', integer: true, min: 1 },
    default: '1',
    description: 'GitHub runner group of just-in-time runners (1 is the default group).',
    actions: A,
  },
  {
    name: 'run-untagged',
    type: { kind: 'boolean' },
    default: 'false',
    description: 'GitLab: let the runner take jobs without tags.',
    actions: A,
  },
  {
    name: 'locked',
    type: { kind: 'boolean' },
    default: 'true',
    description: 'GitLab: lock the runner to its project.',
    actions: A,
  },
  {
    name: 'runner-version',
    type: { kind: 'string' },
    description:
      'Forge runner version to install (major.minor.patch). Default: the newest actions/runner or gitlab-runner release, looked up when the job starts; its sha256 comes from the release notes (GitHub) or release.sha256 (GitLab) and is checked on the machine.',
    actions: A,
  },
  {
    name: 'runner-sha256',
    type: { kind: 'string' },
    description:
      'sha256 of the runner download for runner-version on the machine types’ architecture; read from the release when unset.',
    actions: A,
  },
  {
    name: 'gitlab-executor',
    type: { kind: 'enum', options: ['docker', 'shell'] },
    description:
      'GitLab: the executor the runner registers (default: docker; on kubernetes: shell). docker (as CML did): jobs run in their image: (gitlab-image when they name none), GPUs passed with --docker-gpus all and the nvidia runtime. shell: jobs run on the machine (on kubernetes: in the runner Pod).',
    actions: A,
  },
  {
    name: 'gitlab-image',
    type: { kind: 'string' },
    default: 'ubuntu:24.04',
    description: 'GitLab docker executor: the image of jobs that name none.',
    actions: A,
  },
  {
    name: 'docker',
    type: { kind: 'boolean' },
    default: 'false',
    description:
      'Install Docker on the machine when the image lacks it (and, with a GPU, the NVIDIA container toolkit), for GitHub container: jobs and docker run --gpus all. GitLab’s docker executor installs it regardless.',
    actions: A,
  },
  {
    name: 'startup-script',
    type: { kind: 'string' },
    description:
      'A script of yours run on the instance before the runner registers (drivers, mounts).',
    actions: A,
  },
  {
    name: 'metadata',
    type: { kind: 'list' },
    description: 'Extra key=value tags (AWS) or labels (GCE) on the instances.',
    actions: A,
  },
  {
    name: 'instance-ids',
    type: { kind: 'list' },
    description:
      'stop: instance ids from start’s instance-ids output. Empty: find the run’s instances by tags.',
    actions: A,
  },
  {
    name: 'runner-ids',
    type: { kind: 'list' },
    description:
      'stop: forge runner ids from start’s runner-ids output (tags are read when empty).',
    actions: A,
  },
  {
    name: 'run-id',
    type: { kind: 'string' },
    description:
      'stop: the GitHub workflow run id or GitLab pipeline id whose instances to end (found by tags, every attempt) and, with rerun-on-reclaim, to re-run. Default: this run; under workflow_run, the run that triggered it.',
    actions: A,
  },
  {
    name: 'rerun-on-reclaim',
    type: { kind: 'boolean' },
    default: 'false',
    description:
      'stop: when the cloud reclaimed a spot runner, re-run the workflow (GitHub: from a workflow_run workflow or with run-id) or retry the failed jobs of the pipeline (GitLab: this pipeline from a later job, or run-id).',
    actions: A,
  },
  // ---- kubernetes (docs/kubernetes.md) ----
  {
    name: 'kubeconfig',
    type: { kind: 'string' },
    secret: true,
    description:
      'kubernetes: a kubeconfig file path or its YAML (default: KUBERNETES_CONFIGURATION, then KUBECONFIG, then the in-cluster service account).',
    actions: A,
  },
  {
    name: 'kubernetes-context',
    type: { kind: 'string' },
    description: 'kubernetes: the kubeconfig context to use (default: its current-context).',
    actions: A,
  },
  {
    name: 'kubernetes-namespace',
    type: { kind: 'string' },
    description:
      "kubernetes: namespace of the runner Pods and Secrets (default: the context's namespace, else default).",
    actions: A,
  },
  {
    name: 'kubernetes-node-selector',
    type: { kind: 'list' },
    description:
      'kubernetes: key=value node labels the Pods must run on (CML --cloud-kubernetes-node-selector; a value of infer stands for the GPU model).',
    actions: A,
  },
  {
    name: 'kubernetes-tolerations',
    type: { kind: 'list' },
    description:
      'kubernetes: taints the Pods tolerate, as key=value:Effect, key:Effect or key (GPU and spot taints are added for you).',
    actions: A,
  },
  {
    name: 'kubernetes-cpu',
    type: { kind: 'string' },
    description:
      'kubernetes: CPU request (a Kubernetes quantity such as 4 or 500m; default: from machine-types).',
    actions: A,
  },
  {
    name: 'kubernetes-memory',
    type: { kind: 'string' },
    description:
      'kubernetes: memory request and limit (such as 16Gi; default: from machine-types).',
    actions: A,
  },
  {
    name: 'kubernetes-spot-provider',
    type: { kind: 'enum', options: ['eks', 'gke', 'aks'] },
    description:
      "kubernetes: with spot, whose spot node pools to target (eks, gke or aks): that provider's spot node label and taint.",
    actions: A,
  },
] as const satisfies readonly InputDeclaration[];
