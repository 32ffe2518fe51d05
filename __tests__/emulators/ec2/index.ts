/**
 * EC2 emulator for tests: a node:http server on 127.0.0.1 speaking the EC2 query protocol, driven
 * through the real @aws-sdk/client-ec2 (endpoint / AWS_ENDPOINT_URL_EC2). It keeps instances with
 * their tags, user data and launch options, moves them through EC2's states one step per
 * DescribeInstances call (pending → running, shutting-down → terminated), and answers the
 * capacity errors tests inject. Parameters are checked against the EC2 service model shipped with
 * the SDK (model.ts): unknown or missing ones get EC2's own error codes and are recorded as
 * violations. Spot instances have a spot request whose status tells a reclaim, as on AWS.
 */
import { createServer, type Server } from 'node:http';
import { gunzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { STATE_CODES, matchesWildcard } from './actions';
import { checkAgainstModel } from './model';
import {
  list,
  obj,
  parseQuery,
  str,
  xmlError,
  xmlResponse,
  type QueryObject,
  type XmlNode,
} from './query';
import { trackViolations } from '../../support/violations';

export interface Ec2Instance {
  id: string;
  imageId: string;
  type: string;
  state: keyof typeof STATE_CODES;
  launchTime: Date;
  tags: Record<string, string>;
  /** Tags of each resource RunInstances created, by TagSpecification ResourceType. */
  resourceTags: Record<string, Record<string, string>>;
  /** Decoded user data (the startup script). */
  userData: string;
  spot: boolean;
  spotRequestId?: string;
  maxPrice?: string;
  subnetId?: string;
  /** AssociatePublicIpAddress on the primary interface; undefined: the subnet's setting. */
  publicIp?: boolean;
  securityGroupIds: string[];
  instanceProfile?: string;
  httpTokens?: string;
  shutdownBehavior?: string;
  rootVolume?: { deviceName?: string; size?: number; type?: string };
  architecture: string;
  stateReason?: { code: string; message: string };
  console: string;
}

export interface Ec2Image {
  id: string;
  name: string;
  architecture: 'x86_64' | 'arm64';
  creationDate: string;
  ownerId: string;
  /** `amazon` for AWS's own images (DescribeImages Owners accepts the alias). */
  ownerAlias?: string;
  rootDeviceName: string;
  /** Size of the root snapshot, GiB: RunInstances refuses a smaller root volume. */
  rootSnapshotGb: number;
}

export interface Ec2SpotRequest {
  id: string;
  instanceId: string;
  state: 'open' | 'active' | 'closed' | 'cancelled' | 'failed';
  /** Status.Code (fulfilled, marked-for-termination, instance-terminated-by-user, …). */
  code: string;
  tags: Record<string, string>;
}

export interface Ec2Request {
  action: string;
  params: QueryObject;
  status: number;
  /** The access key id from the SigV4 Authorization header. */
  accessKeyId?: string;
}

export interface Ec2Failure {
  /** EC2 error code (InsufficientInstanceCapacity, RequestLimitExceeded, InternalError, …). */
  code: string;
  status?: number;
  message?: string;
  /** Apply the request, then answer with the failure (a lost answer). */
  afterApply?: boolean;
  /** Never answer (the client's request timeout must end it). */
  hang?: boolean;
}

export interface Ec2Emulator {
  url: string;
  region: string;
  instances: Ec2Instance[];
  images: Ec2Image[];
  spotRequests: Ec2SpotRequest[];
  requests: Ec2Request[];
  violations: string[];
  /** The next `count` calls of `action` (all actions when omitted) fail with `failure`. */
  failNext(count: number, failure: Ec2Failure, match?: { action?: string }): void;
  /** RunInstances for this type (and market, when given) always fails with `code`. */
  failLaunches(match: { type?: string; spot?: boolean }, code: string): void;
  /** Called for each launched instance (a test plays the startup script here). */
  onLaunch(listener: (instance: Ec2Instance) => void): void;
  /** The instance powers itself off (idle watchdog, max lifetime): terminate or stop per its setting. */
  powerOff(id: string): void;
  /**
   * AWS reclaims a spot instance: the spot request is marked for termination (the two-minute
   * notice); by default the guest then powers itself off, which EC2 records as
   * Client.InstanceInitiatedShutdown (the spot request keeps its marked-for-termination status).
   * `guest: 'waits'`: nothing on the guest reacts, and EC2 terminates the instance itself
   * (Server.SpotInstanceTermination, request status instance-terminated-no-capacity).
   */
  reclaimSpot(id: string, options?: { guest?: 'powers-off' | 'waits' }): void;
  /** Instances not terminated, optionally only those carrying `tags`. */
  alive(tags?: Record<string, string>): Ec2Instance[];
  /** Every instance reaches its resting state (pending → running, shutting-down → terminated). */
  settle(): void;
  close(): Promise<void>;
}

const OWNER = '123456789012';

export async function startEc2Emulator(options: { region?: string } = {}): Promise<Ec2Emulator> {
  const region = options.region ?? 'us-west-2';
  const instances: Ec2Instance[] = [];
  const requests: Ec2Request[] = [];
  const violations: string[] = [];
  const untrackViolations = trackViolations('EC2', violations);
  const failures: { left: number; failure: Ec2Failure; action?: string }[] = [];
  const launchFailures: { type?: string; spot?: boolean; code: string }[] = [];
  const listeners: ((i: Ec2Instance) => void)[] = [];
  const spotRequests: Ec2SpotRequest[] = [];
  const hung: import('node:http').ServerResponse[] = [];
  const images: Ec2Image[] = [
    image(
      'ami-0aaa000000000001',
      'ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-20250101',
      'x86_64',
      '2025-01-01T00:00:00.000Z',
    ),
    image(
      'ami-0aaa000000000002',
      'ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-20250601',
      'x86_64',
      '2025-06-01T00:00:00.000Z',
    ),
    // AWS's Deep Learning Base GPU AMIs (owner alias amazon); their snapshots are larger than
    // the default root volume.
    {
      ...image(
        'ami-0dda000000000004',
        'Deep Learning Base OSS Nvidia Driver GPU AMI (Ubuntu 22.04) 20250501',
        'x86_64',
        '2025-05-01T00:00:00.000Z',
      ),
      ownerId: '898082745236',
      ownerAlias: 'amazon',
      rootSnapshotGb: 75,
    },
    {
      ...image(
        'ami-0dda000000000005',
        'Deep Learning Base OSS Nvidia Driver GPU AMI (Ubuntu 22.04) 20250901',
        'x86_64',
        '2025-09-01T00:00:00.000Z',
      ),
      ownerId: '898082745236',
      ownerAlias: 'amazon',
      rootSnapshotGb: 75,
    },
    image(
      'ami-0bbb000000000003',
      'ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-arm64-server-20250601',
      'arm64',
      '2025-06-01T00:00:00.000Z',
    ),
  ];
  let counter = 0;
  const nextId = (prefix: string) =>
    `${prefix}-${(0x10000000 + ++counter).toString(16)}${'0'.repeat(9)}`;

  function advance(instance: Ec2Instance): void {
    if (instance.state === 'pending') instance.state = 'running';
    else if (instance.state === 'shutting-down') instance.state = 'terminated';
    else if (instance.state === 'stopping') instance.state = 'stopped';
  }

  function render(i: Ec2Instance): XmlNode {
    return {
      instanceId: i.id,
      imageId: i.imageId,
      instanceState: { code: STATE_CODES[i.state], name: i.state },
      privateDnsName: `ip-10-0-0-${counter}.${region}.compute.internal`,
      instanceType: i.type,
      launchTime: i.launchTime.toISOString(),
      placement: { availabilityZone: `${region}a` },
      subnetId: i.subnetId,
      architecture: i.architecture,
      instanceLifecycle: i.spot ? 'spot' : undefined,
      spotInstanceRequestId: i.spotRequestId,
      stateReason: i.stateReason,
      metadataOptions: { httpTokens: i.httpTokens ?? 'optional', state: 'applied' },
      tagSet: Object.entries(i.tags).map(([key, value]) => ({ key, value })),
    };
  }

  /** Tags per created resource type; a type RunInstances does not create here is refused. */
  function tagSpecs(params: QueryObject, spot: boolean): Record<string, Record<string, string>> {
    const byType: Record<string, Record<string, string>> = {};
    // RunInstances tags on create: instance, volume, network-interface, spot-instances-request
    // (API reference, RunInstances TagSpecification.N).
    const allowed = ['instance', 'volume', 'network-interface', 'spot-instances-request'];
    for (const spec of list(params.TagSpecification).map(obj)) {
      const type = str(spec.ResourceType) ?? '';
      if (!allowed.includes(type))
        throw new Ec2Error(
          'InvalidParameterValue',
          `'${type}' is not a valid taggable resource type for this operation.`,
        );
      if (type === 'spot-instances-request' && !spot)
        throw new Ec2Error(
          'InvalidParameterValue',
          'spot-instances-request tags need InstanceMarketOptions of spot.',
        );
      if (byType[type])
        throw new Ec2Error(
          'InvalidParameterValue',
          `The same resource type may not be specified more than once in tag specifications: ${type}`,
        );
      byType[type] = {};
      for (const tag of list(spec.Tag).map(obj))
        byType[type]![str(tag.Key) ?? ''] = str(tag.Value) ?? '';
    }
    return byType;
  }

  function filterInstances(params: QueryObject): Ec2Instance[] {
    const ids = list(params.InstanceId).map((v) => str(v));
    const malformed = ids.filter((id) => !/^i-[0-9a-f]{8}([0-9a-f]{9})?$/.test(id ?? ''));
    if (malformed.length)
      throw new Ec2Error('InvalidInstanceID.Malformed', `Invalid id: "${malformed[0]}"`);
    let result = instances.filter((i) => ids.length === 0 || ids.includes(i.id));
    if (ids.length > 0) {
      const missing = ids.filter((id) => !instances.some((i) => i.id === id));
      if (missing.length)
        throw new Ec2Error(
          'InvalidInstanceID.NotFound',
          `The instance IDs '${missing.join(', ')}' do not exist`,
        );
    }
    for (const filter of list(params.Filter).map(obj)) {
      const name = str(filter.Name) ?? '';
      const values = list(filter.Value).map((v) => str(v) ?? '');
      const field = (i: Ec2Instance): string | undefined => {
        if (name.startsWith('tag:')) return i.tags[name.slice(4)];
        if (name === 'instance-state-name') return i.state;
        if (name === 'instance-id') return i.id;
        if (name === 'instance-type') return i.type;
        if (name === 'tag-key') return undefined;
        violations.push(`DescribeInstances: unsupported filter ${name}`);
        return undefined;
      };
      if (name === 'tag-key') {
        result = result.filter((i) =>
          values.some((v) => Object.keys(i.tags).some((k) => matchesWildcard(v, k))),
        );
      } else {
        result = result.filter((i) => values.some((v) => matchesWildcard(v, field(i))));
      }
    }
    return result;
  }

  /** RunInstances answers by ClientToken: a retried request returns the first reservation. */
  const byClientToken = new Map<string, XmlNode>();

  function runInstances(params: QueryObject): XmlNode {
    // RunInstances is idempotent per ClientToken (the SDK fills one in and keeps it across its
    // retries): "Ensuring idempotency in Amazon EC2 API requests", EC2 API reference.
    const token = str(params.ClientToken);
    const earlier = token ? byClientToken.get(token) : undefined;
    if (earlier) return earlier;
    const answer = launchNew(params);
    if (token) byClientToken.set(token, answer);
    return answer;
  }

  function launchNew(params: QueryObject): XmlNode {
    const type = str(params.InstanceType) ?? 'm1.small';
    const market = obj(params.InstanceMarketOptions);
    const spot = str(market.MarketType) === 'spot';
    const imageId = str(params.ImageId);
    const img = images.find((i) => i.id === imageId);
    if (!img)
      throw new Ec2Error('InvalidAMIID.NotFound', `The image id '[${imageId}]' does not exist`);
    const fail = launchFailures.find(
      (f) => (f.type === undefined || f.type === type) && (f.spot === undefined || f.spot === spot),
    );
    if (fail)
      throw new Ec2Error(
        fail.code,
        `We currently do not have sufficient ${type} capacity (${fail.code}).`,
      );
    const armType = /^[a-z]+\d+g[a-z]*\./.test(type);
    if (armType !== (img.architecture === 'arm64')) {
      throw new Ec2Error(
        'InvalidParameterValue',
        `The architecture '${img.architecture}' of the specified instance type does not match the architecture of the AMI.`,
      );
    }
    const count = Number(str(params.MinCount) ?? '1');
    if (Number(str(params.MaxCount) ?? count) !== count)
      violations.push('RunInstances: MinCount != MaxCount');
    const packed = Buffer.from(str(params.UserData) ?? '', 'base64');
    if (str(params.UserData) && packed.toString('base64') !== str(params.UserData)) {
      violations.push('RunInstances: UserData is not base64');
    }
    if (packed.length > 16 * 1024) {
      throw new Ec2Error('InvalidParameterValue', 'User data is limited to 16384 bytes');
    }
    // cloud-init unpacks gzip-compressed user data, as the instance would.
    const userData = (
      packed[0] === 0x1f && packed[1] === 0x8b ? gunzipSync(packed) : packed
    ).toString('utf8');
    const bdm = obj(list(params.BlockDeviceMapping).map(obj)[0]);
    const size = Number(str(obj(bdm.Ebs).VolumeSize) ?? img.rootSnapshotGb);
    if (bdm.DeviceName !== undefined && size < img.rootSnapshotGb) {
      throw new Ec2Error(
        'InvalidBlockDeviceMapping',
        `Volume of size ${size}GB is smaller than snapshot 'snap-0${img.id.slice(4)}', expect size >= ${img.rootSnapshotGb}GB`,
      );
    }
    const nic = list(params.NetworkInterface).map(obj)[0];
    if (nic && (params.SubnetId !== undefined || params.SecurityGroupId !== undefined)) {
      throw new Ec2Error(
        'InvalidParameterCombination',
        'Network interfaces and an instance-level subnet ID or security groups may not be specified on the same request',
      );
    }
    const resourceTags = tagSpecs(params, spot);
    const spotOptions = obj(market.SpotOptions);
    const launched: Ec2Instance[] = [];
    for (let n = 0; n < count; n++) {
      const instance: Ec2Instance = {
        id: nextId('i'),
        imageId: img.id,
        type,
        state: 'pending',
        launchTime: new Date(),
        tags: { ...resourceTags.instance },
        resourceTags,
        userData,
        spot,
        maxPrice: str(spotOptions.MaxPrice),
        subnetId: str(params.SubnetId) ?? (nic ? str(nic.SubnetId) : undefined),
        publicIp:
          nic && str(nic.AssociatePublicIpAddress) !== undefined
            ? str(nic.AssociatePublicIpAddress) === 'true'
            : undefined,
        securityGroupIds: list(nic ? nic.SecurityGroupId : params.SecurityGroupId).map(
          (v) => str(v) ?? '',
        ),
        instanceProfile:
          str(obj(params.IamInstanceProfile).Name) ?? str(obj(params.IamInstanceProfile).Arn),
        httpTokens: str(obj(params.MetadataOptions).HttpTokens),
        shutdownBehavior: str(params.InstanceInitiatedShutdownBehavior),
        rootVolume: bdm.DeviceName
          ? {
              deviceName: str(bdm.DeviceName),
              size: Number(str(obj(bdm.Ebs).VolumeSize)),
              type: str(obj(bdm.Ebs).VolumeType),
            }
          : undefined,
        architecture: img.architecture,
        console: `[    0.000000] Linux version 6.8.0-aws\ncloud-init: booting ${type}\n`,
      };
      if (spot) {
        instance.spotRequestId = nextId('sir');
        spotRequests.push({
          id: instance.spotRequestId,
          instanceId: instance.id,
          state: 'active',
          code: 'fulfilled',
          tags: { ...resourceTags['spot-instances-request'] },
        });
      }
      instances.push(instance);
      launched.push(instance);
    }
    for (const i of launched) for (const l of listeners) l(i);
    return { reservationId: nextId('r'), ownerId: OWNER, instancesSet: launched.map(render) };
  }

  function terminate(params: QueryObject): XmlNode {
    const set = filterInstances({ InstanceId: params.InstanceId ?? [] });
    return {
      instancesSet: set.map((i) => {
        const previous = i.state;
        if (i.state !== 'terminated' && i.state !== 'shutting-down') {
          i.state = 'shutting-down';
          i.stateReason = {
            code: 'Client.UserInitiatedShutdown',
            message: 'Client.UserInitiatedShutdown: User initiated shutdown',
          };
          closeSpot(i, 'instance-terminated-by-user');
        }
        return {
          instanceId: i.id,
          currentState: { code: STATE_CODES[i.state], name: i.state },
          previousState: { code: STATE_CODES[previous], name: previous },
        };
      }),
    };
  }

  /** The spot request of an instance that ended; a reclaim's status is kept (AWS set it first). */
  function closeSpot(i: Ec2Instance, code: string): void {
    const r = spotRequests.find((x) => x.instanceId === i.id);
    if (!r || r.state === 'closed') return;
    r.state = 'closed';
    if (!r.code.startsWith('marked-for-')) r.code = code;
  }

  function powerOff(id: string): void {
    const i = instances.find((x) => x.id === id);
    if (!i || i.state === 'terminated' || i.state === 'shutting-down') return;
    i.state = i.shutdownBehavior === 'terminate' ? 'shutting-down' : 'stopping';
    i.stateReason = {
      code: 'Client.InstanceInitiatedShutdown',
      message: 'Client.InstanceInitiatedShutdown: Instance initiated shutdown',
    };
    closeSpot(i, 'instance-terminated-by-user');
  }

  function handle(action: string, params: QueryObject): XmlNode {
    switch (action) {
      case 'DescribeSpotInstanceRequests': {
        const ids = list(params.SpotInstanceRequestId).map((v) => str(v) ?? '');
        const missing = ids.filter((id) => !spotRequests.some((r) => r.id === id));
        if (missing.length)
          throw new Ec2Error(
            'InvalidSpotInstanceRequestID.NotFound',
            `The spot instance request ID '${missing[0]}' does not exist`,
          );
        let found = spotRequests.filter((r) => !ids.length || ids.includes(r.id));
        for (const filter of list(params.Filter).map(obj)) {
          const name = str(filter.Name);
          const values = list(filter.Value).map((v) => str(v) ?? '');
          if (name !== 'instance-id' && name !== 'state' && name !== 'status-code') {
            violations.push(`DescribeSpotInstanceRequests: unsupported filter ${name}`);
            continue;
          }
          found = found.filter((r) =>
            values.includes(
              name === 'instance-id' ? r.instanceId : name === 'state' ? r.state : r.code,
            ),
          );
        }
        return {
          spotInstanceRequestSet: found.map((r) => ({
            spotInstanceRequestId: r.id,
            instanceId: r.instanceId,
            state: r.state,
            type: 'one-time',
            status: { code: r.code, updateTime: new Date().toISOString(), message: r.code },
            tagSet: Object.entries(r.tags).map(([key, value]) => ({ key, value })),
          })),
        };
      }
      case 'RunInstances':
        return runInstances(params);
      case 'DescribeInstances': {
        const found = filterInstances(params);
        const body = {
          reservationSet: found.map((i) => ({
            reservationId: `r-${i.id.slice(2)}`,
            ownerId: OWNER,
            instancesSet: [render(i)],
          })),
        };
        // One state step per describe, after answering, so a caller sees pending once.
        for (const i of instances) advance(i);
        return body;
      }
      case 'TerminateInstances':
        return terminate(params);
      case 'CreateTags': {
        const ids = list(params.ResourceId).map((v) => str(v) ?? '');
        const set = filterInstances({ InstanceId: ids });
        for (const i of set)
          for (const t of list(params.Tag).map(obj)) i.tags[str(t.Key) ?? ''] = str(t.Value) ?? '';
        return { return: true };
      }
      case 'DescribeImages': {
        let result = images;
        const owners = list(params.Owner).map((v) => str(v));
        if (owners.length)
          result = result.filter((i) =>
            owners.some(
              (o) =>
                o === i.ownerId ||
                (o === 'amazon' && i.ownerAlias === 'amazon') ||
                (o === 'self' && i.ownerId === OWNER),
            ),
          );
        const ids = list(params.ImageId).map((v) => str(v));
        if (ids.length) result = result.filter((i) => ids.includes(i.id));
        for (const filter of list(params.Filter).map(obj)) {
          const name = str(filter.Name);
          const values = list(filter.Value).map((v) => str(v) ?? '');
          const field = (i: Ec2Image) =>
            name === 'name'
              ? i.name
              : name === 'architecture'
                ? i.architecture
                : name === 'state'
                  ? 'available'
                  : name === 'image-id'
                    ? i.id
                    : undefined;
          if (field(images[0]!) === undefined)
            violations.push(`DescribeImages: unsupported filter ${name}`);
          result = result.filter((i) => values.some((v) => matchesWildcard(v, field(i))));
        }
        return {
          imagesSet: result.map((i) => ({
            imageId: i.id,
            name: i.name,
            architecture: i.architecture,
            creationDate: i.creationDate,
            imageOwnerId: i.ownerId,
            imageOwnerAlias: i.ownerAlias,
            imageState: 'available',
            rootDeviceName: i.rootDeviceName,
            rootDeviceType: 'ebs',
            blockDeviceMapping: [
              {
                deviceName: i.rootDeviceName,
                ebs: {
                  snapshotId: `snap-0${i.id.slice(4)}`,
                  volumeSize: i.rootSnapshotGb,
                  deleteOnTermination: true,
                  volumeType: 'gp3',
                },
              },
            ],
          })),
        };
      }
      case 'GetConsoleOutput': {
        const [i] = filterInstances({
          InstanceId: params.InstanceId ? [params.InstanceId as string] : [],
        });
        return {
          instanceId: i?.id,
          timestamp: new Date().toISOString(),
          output: Buffer.from(i?.console ?? '').toString('base64'),
        };
      }
      default:
        throw new Ec2Error(
          'InvalidAction',
          `The action ${action} is not valid for this web service.`,
          400,
        );
    }
  }

  /** Parameters against the SDK's service model: EC2's own error for the first problem. */
  function check(action: string, params: QueryObject): Ec2Error | undefined {
    if (str(params.Version) !== '2016-11-15')
      violations.push(`${action}: Version ${str(params.Version)}`);
    const problems = checkAgainstModel(action, params);
    for (const p of problems) violations.push(`${action}: ${p.code}: ${p.message}`);
    const first = problems[0];
    return first ? new Ec2Error(first.code, first.message) : undefined;
  }

  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (d: Buffer) => (raw += d.toString()));
    req.on('end', () => {
      const params = parseQuery(raw);
      const action = str(params.Action) ?? '';
      const requestId = `req-${requests.length + 1}`;
      const accessKeyId = /Credential=([^/]+)\//.exec(req.headers.authorization ?? '')?.[1];
      const record: Ec2Request = { action, params, status: 200, accessKeyId };
      requests.push(record);
      res.setHeader('content-type', 'text/xml;charset=UTF-8');
      const reply = (status: number, text: string) => {
        record.status = status;
        res.statusCode = status;
        res.end(text);
      };
      if (req.method !== 'POST' || !req.headers.authorization?.startsWith('AWS4-HMAC-SHA256')) {
        violations.push(`${req.method} ${req.url}: not a signed POST`);
        return reply(
          400,
          xmlError(
            'MissingAuthenticationToken',
            'Request is missing Authentication Token',
            requestId,
          ),
        );
      }
      const refused = check(action, params);
      if (refused) return reply(refused.status, xmlError(refused.code, refused.message, requestId));
      const failure = failures.find((f) => f.left > 0 && (!f.action || f.action === action));
      if (failure) {
        failure.left--;
        const f = failure.failure;
        if (f.afterApply) {
          try {
            handle(action, params);
          } catch {
            // The answer is lost either way.
          }
        }
        if (f.hang) {
          record.status = 0;
          hung.push(res);
          return;
        }
        return reply(f.status ?? 400, xmlError(f.code, f.message ?? f.code, requestId));
      }
      try {
        reply(
          200,
          xmlResponse(action, handle(action, params) as Record<string, XmlNode>, requestId),
        );
      } catch (error) {
        if (error instanceof Ec2Error)
          return reply(error.status, xmlError(error.code, error.message, requestId));
        reply(500, xmlError('InternalError', String(error), requestId));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    region,
    instances,
    images,
    spotRequests,
    requests,
    violations,
    failNext(count, failure, match) {
      failures.push({ left: count, failure, action: match?.action });
    },
    failLaunches(match, code) {
      launchFailures.push({ ...match, code });
    },
    onLaunch(listener) {
      listeners.push(listener);
    },
    powerOff,
    reclaimSpot(id, options = {}) {
      const i = instances.find((x) => x.id === id);
      const r = spotRequests.find((x) => x.instanceId === id);
      if (!i || !i.spot || !r) throw new Error(`${id} is not a spot instance`);
      // The notice: the request is marked; instance metadata spot/instance-action appears.
      r.code = 'marked-for-termination';
      if ((options.guest ?? 'powers-off') === 'powers-off') {
        // The guest reacts by powering off: EC2 records only an OS-initiated shutdown.
        powerOff(id);
        return;
      }
      i.state = 'shutting-down';
      i.stateReason = {
        code: 'Server.SpotInstanceTermination',
        message: 'Server.SpotInstanceTermination: Spot instance termination',
      };
      r.code = 'instance-terminated-no-capacity';
      r.state = 'closed';
    },
    alive(tags) {
      return instances.filter(
        (i) =>
          i.state !== 'terminated' && Object.entries(tags ?? {}).every(([k, v]) => i.tags[k] === v),
      );
    },
    settle() {
      for (const i of instances) {
        advance(i);
        advance(i);
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        untrackViolations();
        for (const res of hung) res.destroy();
        server.close(() => resolve());
      }),
  };
}

class Ec2Error extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

function image(
  id: string,
  name: string,
  architecture: 'x86_64' | 'arm64',
  creationDate: string,
): Ec2Image {
  return {
    id,
    name,
    architecture,
    creationDate,
    ownerId: '099720109477',
    rootDeviceName: '/dev/sda1',
    rootSnapshotGb: 8,
  };
}
