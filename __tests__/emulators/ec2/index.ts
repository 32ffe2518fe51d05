/**
 * EC2 emulator for tests: a node:http server on 127.0.0.1 speaking the EC2 query protocol, driven
 * through the real @aws-sdk/client-ec2 (endpoint / AWS_ENDPOINT_URL_EC2). It keeps instances with
 * their tags, user data and launch options, moves them through EC2's states one step per
 * DescribeInstances call (pending → running, shutting-down → terminated), and answers the
 * capacity errors tests inject.
 */
import { createServer, type Server } from 'node:http';
import { gunzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { ACTION_PARAMETERS, STATE_CODES, matchesWildcard } from './actions';
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
  /** Decoded user data (the startup script). */
  userData: string;
  spot: boolean;
  maxPrice?: string;
  subnetId?: string;
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
  rootDeviceName: string;
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
}

export interface Ec2Emulator {
  url: string;
  region: string;
  instances: Ec2Instance[];
  images: Ec2Image[];
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
  /** AWS reclaims a spot instance. */
  reclaimSpot(id: string): void;
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
      stateReason: i.stateReason,
      metadataOptions: { httpTokens: i.httpTokens ?? 'optional', state: 'applied' },
      tagSet: Object.entries(i.tags).map(([key, value]) => ({ key, value })),
    };
  }

  function tagSpecs(params: QueryObject): Record<string, string> {
    const tags: Record<string, string> = {};
    for (const spec of list(params.TagSpecification).map(obj)) {
      if (str(spec.ResourceType) !== 'instance') continue;
      for (const tag of list(spec.Tag).map(obj)) tags[str(tag.Key) ?? ''] = str(tag.Value) ?? '';
    }
    return tags;
  }

  function filterInstances(params: QueryObject): Ec2Instance[] {
    const ids = list(params.InstanceId).map((v) => str(v));
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

  function runInstances(params: QueryObject): XmlNode {
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
    const spotOptions = obj(market.SpotOptions);
    const launched: Ec2Instance[] = [];
    for (let n = 0; n < count; n++) {
      const instance: Ec2Instance = {
        id: nextId('i'),
        imageId: img.id,
        type,
        state: 'pending',
        launchTime: new Date(),
        tags: tagSpecs(params),
        userData,
        spot,
        maxPrice: str(spotOptions.MaxPrice),
        subnetId: str(params.SubnetId),
        securityGroupIds: list(params.SecurityGroupId).map((v) => str(v) ?? ''),
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
        if (i.state !== 'terminated') i.state = 'shutting-down';
        return {
          instanceId: i.id,
          currentState: { code: STATE_CODES[i.state], name: i.state },
          previousState: { code: STATE_CODES[previous], name: previous },
        };
      }),
    };
  }

  function handle(action: string, params: QueryObject): XmlNode {
    switch (action) {
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
            owners.some((o) => o === i.ownerId || o === 'amazon' || o === 'self'),
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
            imageState: 'available',
            rootDeviceName: i.rootDeviceName,
            rootDeviceType: 'ebs',
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

  function check(action: string, params: QueryObject): void {
    const rules = ACTION_PARAMETERS[action];
    if (!rules) return;
    for (const key of Object.keys(params)) {
      if (key === 'Action' || key === 'Version') continue;
      if (!rules.allowed.includes(key)) violations.push(`${action}: unknown parameter ${key}`);
    }
    for (const key of rules.required)
      if (params[key] === undefined) violations.push(`${action}: missing ${key}`);
    if (str(params.Version) !== '2016-11-15')
      violations.push(`${action}: Version ${str(params.Version)}`);
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
      check(action, params);
      const failure = failures.find((f) => f.left > 0 && (!f.action || f.action === action));
      if (failure) {
        failure.left--;
        const f = failure.failure;
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
    powerOff(id) {
      const i = instances.find((x) => x.id === id);
      if (!i || i.state === 'terminated') return;
      i.state = i.shutdownBehavior === 'terminate' ? 'shutting-down' : 'stopping';
      i.stateReason = {
        code: 'Client.InstanceInitiatedShutdown',
        message: 'Client.InstanceInitiatedShutdown: Instance initiated shutdown',
      };
    },
    reclaimSpot(id) {
      const i = instances.find((x) => x.id === id);
      if (!i || !i.spot) throw new Error(`${id} is not a spot instance`);
      i.state = 'shutting-down';
      i.stateReason = {
        code: 'Server.SpotInstanceTermination',
        message: 'Server.SpotInstanceTermination: Spot instance termination',
      };
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
  };
}
