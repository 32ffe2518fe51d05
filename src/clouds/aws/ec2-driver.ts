import {
  DescribeInstancesCommand,
  DescribeSpotInstanceRequestsCommand,
  EC2Client,
  GetConsoleOutputCommand,
  RunInstancesCommand,
  TerminateInstancesCommand,
  paginateDescribeInstances,
  waitUntilInstanceRunning,
  type Instance,
  type RunInstancesCommandInput,
  type TagSpecification,
} from '@aws-sdk/client-ec2';
import { gzipSync } from 'node:zlib';
import { ConfigurationError, PermissionError, errorMessage } from '../../core/errors';
import type { Logger } from '../../core/logger';
import { isGpuType } from '../sizes';
import {
  CapacityError,
  type CloudDriver,
  type CloudInstance,
  type LaunchRequest,
  type TerminateResult,
} from '../types';
import {
  attemptPlan,
  isCapacityCode,
  isNotFoundCode,
  isPermissionCode,
  isReclaimStatus,
} from './errors';
import { resolveImage, type ResolvedImage } from './images';

export interface AwsOptions {
  region: string;
  /** Instance types, tried in order. */
  instanceTypes: string[];
  /** `ami-…` id, or an image name pattern (`*` wildcards) resolved to the newest match. */
  image?: string;
  /** Owners searched for a name pattern (default: Canonical). */
  imageOwners?: string[];
  rootVolumeSize?: number;
  rootVolumeType?: string;
  subnets: string[];
  securityGroups: string[];
  /** Instance profile name or ARN, for the job's own AWS access (never our launch keys). */
  instanceProfile?: string;
  spot: boolean;
  spotMaxPrice?: string;
  /** Fall back to on-demand when no spot capacity is found. */
  spotFallback: boolean;
  /** Seconds between state polls (≥5 in production). */
  pollSeconds: number;
  /** Longest wait for the instance to run, seconds. */
  launchTimeoutSeconds: number;
  /** A GPU was asked for: the default image is then the Deep Learning Base GPU AMI. */
  gpu?: boolean;
  /**
   * Public IPv4 address on the primary interface: true or false, or undefined for the subnet's
   * own setting (MapPublicIpOnLaunch; the default VPC's subnets give one), as machulav/ec2-github-runner
   * and CML's provider leave it.
   */
  publicIp?: boolean;
  /** Longest wait for one API answer, seconds (a hung connection fails and is retried). */
  requestTimeoutSeconds?: number;
  /** Test hook: the SDK also honours AWS_ENDPOINT_URL_EC2. */
  endpoint?: string;
}

/** EC2 takes 16 KB of user data before base64; cloud-init unpacks gzip, so a long script is compressed. */
const USER_DATA_LIMIT = 16 * 1024;

export function userData(script: string): string {
  const raw = Buffer.from(script, 'utf8');
  const packed = raw.length > USER_DATA_LIMIT ? gzipSync(raw, { level: 9 }) : raw;
  if (packed.length > USER_DATA_LIMIT) {
    throw new ConfigurationError(
      `The instance startup script is ${Math.round(packed.length / 1024)} KB compressed; EC2 takes 16 KB of user data. Shorten the startup-script input (download a longer script from it instead).`,
      { input: 'startup-script' },
    );
  }
  return packed.toString('base64');
}

/** Launches, lists and terminates EC2 instances with the real SDK (retries and waiters built in). */
export function createEc2Driver(options: AwsOptions, logger: Logger): CloudDriver {
  const client = new EC2Client({
    region: options.region,
    endpoint: options.endpoint,
    maxAttempts: 6,
    // Without throwOnRequestTimeout the SDK only warns about a hung request and keeps waiting.
    requestHandler: {
      requestTimeout: (options.requestTimeoutSeconds ?? 30) * 1000,
      connectionTimeout: 10_000,
      throwOnRequestTimeout: true,
    },
  });
  const wantsGpu = Boolean(options.gpu) || options.instanceTypes.some((t) => isGpuType('aws', t));
  let image: Promise<ResolvedImage> | undefined;

  function toInstance(i: Instance): CloudInstance {
    const tags = Object.fromEntries((i.Tags ?? []).map((t) => [t.Key ?? '', t.Value ?? '']));
    const state = i.State?.Name ?? 'unknown';
    return {
      id: i.InstanceId ?? '',
      name: tags.Name ?? i.InstanceId ?? '',
      state,
      ended: state === 'terminated' || state === 'shutting-down',
      launchedAt: i.LaunchTime,
      zone: i.Placement?.AvailabilityZone,
      type: i.InstanceType,
      spot: i.InstanceLifecycle === 'spot',
      tags,
      endReason:
        i.StateReason?.Code === 'Server.SpotInstanceTermination'
          ? 'spot-reclaimed'
          : i.StateReason?.Code,
    };
  }

  async function runOnce(
    request: LaunchRequest,
    resolved: ResolvedImage,
    type: string,
    subnet: string | undefined,
    spot: boolean,
  ): Promise<Instance> {
    // Every resource RunInstances creates carries the same tags: tag-on-create IAM conditions
    // (aws:RequestTag) are evaluated per created resource, so an untagged volume or spot request
    // would make the README's least-privilege policy deny the whole launch.
    const tags = [
      { Key: 'Name', Value: request.name },
      ...Object.entries(request.tags).map(([Key, Value]) => ({ Key, Value })),
    ];
    const created = [
      'instance',
      'volume',
      'network-interface',
      ...(spot ? ['spot-instances-request'] : []),
    ];
    const tagSpecifications: TagSpecification[] = created.map((ResourceType) => ({
      ResourceType: ResourceType as TagSpecification['ResourceType'],
      Tags: tags,
    }));
    const groups = options.securityGroups.length ? options.securityGroups : undefined;
    // A public-IP choice is made on the primary network interface, which then also takes the
    // subnet and security groups (EC2 refuses them at both levels).
    const explicitInterface = options.publicIp !== undefined;
    // GPU images' snapshots are larger than the default disk: EC2 refuses a smaller root volume.
    const volumeSize = Math.max(options.rootVolumeSize ?? 0, resolved.rootSnapshotGb ?? 0);
    const input: RunInstancesCommandInput = {
      ImageId: resolved.id,
      InstanceType: type as RunInstancesCommandInput['InstanceType'],
      MinCount: 1,
      MaxCount: 1,
      UserData: userData(request.startupScript),
      // The runner powers the machine off when done, idle or out of time: that ends it for good.
      InstanceInitiatedShutdownBehavior: 'terminate',
      MetadataOptions: {
        HttpTokens: 'required',
        HttpEndpoint: 'enabled',
        HttpPutResponseHopLimit: 2,
      },
      SubnetId: explicitInterface ? undefined : subnet,
      SecurityGroupIds: explicitInterface ? undefined : groups,
      NetworkInterfaces: explicitInterface
        ? [
            {
              DeviceIndex: 0,
              AssociatePublicIpAddress: options.publicIp,
              SubnetId: subnet,
              Groups: groups,
              DeleteOnTermination: true,
            },
          ]
        : undefined,
      IamInstanceProfile: options.instanceProfile
        ? options.instanceProfile.startsWith('arn:')
          ? { Arn: options.instanceProfile }
          : { Name: options.instanceProfile }
        : undefined,
      BlockDeviceMappings: volumeSize
        ? [
            {
              DeviceName: resolved.rootDeviceName,
              Ebs: {
                VolumeSize: volumeSize,
                VolumeType: (options.rootVolumeType ?? 'gp3') as 'gp3',
                DeleteOnTermination: true,
              },
            },
          ]
        : undefined,
      InstanceMarketOptions: spot
        ? {
            MarketType: 'spot',
            SpotOptions: {
              SpotInstanceType: 'one-time',
              InstanceInterruptionBehavior: 'terminate',
              MaxPrice: options.spotMaxPrice,
            },
          }
        : undefined,
      TagSpecifications: tagSpecifications,
    };
    const answer = await client.send(new RunInstancesCommand(input));
    const instance = answer.Instances?.[0];
    if (!instance?.InstanceId) throw new Error('RunInstances answered without an instance id.');
    return instance;
  }

  return {
    kind: 'aws',
    async launch(request) {
      image ??= resolveImage(client, options, wantsGpu);
      const resolved = await image.catch((error: unknown) => {
        image = undefined;
        throw error;
      });
      if (options.rootVolumeSize && (resolved.rootSnapshotGb ?? 0) > options.rootVolumeSize) {
        logger.info(
          `Root volume: ${resolved.rootSnapshotGb} GB, the size of image ${resolved.id}'s snapshot (disk-size asked ${options.rootVolumeSize}).`,
        );
      }
      const failures: string[] = [];
      for (const attempt of attemptPlan(options)) {
        try {
          const launched = await runOnce(
            request,
            resolved,
            attempt.type,
            attempt.subnet,
            attempt.spot,
          );
          logger.info(
            `Launched ${launched.InstanceId} (${attempt.type}${attempt.spot ? ', spot' : ''}${attempt.subnet ? `, ${attempt.subnet}` : ''}) for ${request.name}.`,
          );
          return toInstance(launched);
        } catch (error) {
          const code = (error as Error).name;
          if (isPermissionCode(code)) {
            throw new PermissionError(
              `EC2 refused RunInstances: ${errorMessage(error)}`,
              'Give the launching role the permissions listed in docs/runner-provision.md (ec2:RunInstances, ec2:CreateTags, iam:PassRole for the instance profile).',
            );
          }
          if (!isCapacityCode(code)) throw error;
          const where = `${attempt.type}${attempt.spot ? ' spot' : ' on-demand'}${attempt.subnet ? ` in ${attempt.subnet}` : ''}`;
          failures.push(`${where}: ${code}`);
          logger.warning(`No capacity for ${where} (${code}); trying the next choice.`);
        }
      }
      throw new CapacityError(
        `No EC2 capacity for any choice: ${failures.join('; ')}.`,
        'InsufficientInstanceCapacity',
      );
    },
    async list(tags) {
      const found: CloudInstance[] = [];
      const filters = Object.entries(tags).map(([k, v]) => ({ Name: `tag:${k}`, Values: [v] }));
      for await (const page of paginateDescribeInstances({ client }, { Filters: filters })) {
        for (const r of page.Reservations ?? [])
          for (const i of r.Instances ?? []) found.push(toInstance(i));
      }
      return found;
    },
    async get(instance) {
      try {
        const answer = await client.send(
          new DescribeInstancesCommand({ InstanceIds: [instance.id] }),
        );
        const i = answer.Reservations?.[0]?.Instances?.[0];
        return i ? toInstance(i) : undefined;
      } catch (error) {
        if ((error as Error).name === 'InvalidInstanceID.NotFound') return undefined;
        throw error;
      }
    },
    async terminate(instances): Promise<TerminateResult> {
      const ids = instances.map((i) => i.id).filter(Boolean);
      const notFound: string[] = [];
      if (!ids.length) return { notFound };
      try {
        await client.send(new TerminateInstancesCommand({ InstanceIds: ids }));
      } catch (error) {
        if (!isNotFoundCode((error as Error).name)) throw error;
        // One unknown (or malformed) id fails the whole call: terminate the others one by one.
        for (const id of ids) {
          await client
            .send(new TerminateInstancesCommand({ InstanceIds: [id] }))
            .catch((e: Error) => {
              if (!isNotFoundCode(e.name)) throw e;
              notFound.push(id);
            });
        }
      }
      return { notFound };
    },
    async consoleTail(instance, lines) {
      const answer = await client.send(
        new GetConsoleOutputCommand({ InstanceId: instance.id, Latest: true }),
      );
      const text = Buffer.from(answer.Output ?? '', 'base64').toString('utf8');
      return text.split('\n').slice(-lines).join('\n');
    },
    async waitRunning(instance) {
      // The SDK's waiter: polls DescribeInstances and fails at once if the instance terminates.
      await waitUntilInstanceRunning(
        {
          client,
          minDelay: options.pollSeconds,
          maxDelay: options.pollSeconds,
          maxWaitTime: options.launchTimeoutSeconds,
        },
        { InstanceIds: [instance.id] },
      );
    },
    async reclaimed(instances) {
      const ids = instances.map((i) => i.id).filter((id) => /^i-[0-9a-f]+$/.test(id));
      if (!ids.length) return [];
      const described: Instance[] = [];
      for (const id of ids) {
        // One at a time: an id that no longer exists would fail the others.
        const answer = await client
          .send(new DescribeInstancesCommand({ InstanceIds: [id] }))
          .catch(() => undefined);
        described.push(...(answer?.Reservations ?? []).flatMap((r) => r.Instances ?? []));
      }
      const hit = new Set(
        described
          .filter((i) => i.StateReason?.Code === 'Server.SpotInstanceTermination')
          .map((i) => i.InstanceId ?? ''),
      );
      // A guest that powers off on the two-minute notice is recorded as
      // Client.InstanceInitiatedShutdown; the spot request's status still says why it ended
      // (docs.aws.amazon.com/AWSEC2/latest/UserGuide/spot-request-status.html).
      const requests = described.flatMap((i) =>
        i.SpotInstanceRequestId && !hit.has(i.InstanceId ?? '') ? [i.SpotInstanceRequestId] : [],
      );
      if (requests.length) {
        const answer = await client
          .send(new DescribeSpotInstanceRequestsCommand({ SpotInstanceRequestIds: requests }))
          .catch(() => undefined);
        for (const r of answer?.SpotInstanceRequests ?? [])
          if (r.InstanceId && isReclaimStatus(r.Status?.Code)) hit.add(r.InstanceId);
      }
      return ids.filter((id) => hit.has(id));
    },
  };
}
