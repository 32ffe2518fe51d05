/**
 * Alibaba Cloud ECS emulator for tests: the RPC actions our driver calls (RunInstances,
 * DescribeInstances, DeleteInstances, GetInstanceConsoleOutput) on 127.0.0.1, driven through the
 * real @alicloud/ecs20140526 (the action in the x-acs-action header, version 2014-05-26,
 * parameters in the query string flattened as Tag.1.Key, SystemDisk.Size, InstanceId.2). Every
 * parameter is checked against the SDK's request model of that action (`names()`/`types()` of
 * RunInstancesRequest …, generated from Alibaba's ECS API metadata); an unknown action or
 * parameter is a violation and answers the service's error (InvalidAction.NotFound /
 * InvalidParameter). Errors are `{ Code, Message, RequestId }` with the HTTP status ECS uses.
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as ecs from '@alicloud/ecs20140526';
import { trackViolations } from '../../support/violations';

type ModelClass = { names(): Record<string, string>; types(): Record<string, unknown> };
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const ACTIONS: Record<string, ModelClass> = {
  RunInstances: ecs.RunInstancesRequest as unknown as ModelClass,
  DescribeInstances: ecs.DescribeInstancesRequest as unknown as ModelClass,
  DeleteInstances: ecs.DeleteInstancesRequest as unknown as ModelClass,
  GetInstanceConsoleOutput: ecs.GetInstanceConsoleOutputRequest as unknown as ModelClass,
};

/** Whether a flattened query key (Tag.1.Key) is a parameter of the model. */
function knownKey(model: ModelClass, key: string): boolean {
  const [head, ...rest] = key.split('.');
  const names = model.names();
  const types = model.types();
  const field = Object.keys(names).find((f) => names[f] === head);
  if (!field) return false;
  if (!rest.length) return true;
  const type = types[field] as { type?: string; itemType?: unknown } | ModelClass | string;
  if (typeof type === 'object' && 'type' in type && type.type === 'array') {
    if (!/^\d+$/.test(rest[0]!)) return false;
    if (rest.length === 1) return true;
    return (
      typeof type.itemType === 'function' &&
      knownKey(type.itemType as unknown as ModelClass, rest.slice(1).join('.'))
    );
  }
  return typeof type === 'function' && knownKey(type as unknown as ModelClass, rest.join('.'));
}

export interface EcsInstance {
  InstanceId: string;
  InstanceName: string;
  InstanceType: string;
  ZoneId: string;
  VSwitchId: string;
  Status: 'Pending' | 'Starting' | 'Running' | 'Stopping' | 'Stopped';
  SpotStrategy: string;
  CreationTime: string;
  AutoReleaseTime?: string;
  tags: Record<string, string>;
  userData: string;
  params: Record<string, string>;
  locks: string[];
}

export interface EcsRequest {
  action: string;
  /** Tags in the request (RunInstances), and of the instances it acts on: for the RAM policy test. */
  requestTags?: Record<string, string>;
  resourceTags?: Record<string, string>[];
  params: Record<string, string>;
  status: number;
  code?: string;
}

export interface EcsEmulator {
  url: string;
  regionId: string;
  vSwitches: Record<string, string>;
  securityGroupId: string;
  instances: EcsInstance[];
  requests: EcsRequest[];
  violations: string[];
  failRuns(match: { type?: string; vSwitchId?: string; spot?: boolean }, code: string): void;
  failNext(count: number, status: number, code: string, action?: string): void;
  /** The 5-minute notice of a spot reclaim (lock reason Recycling), then the release. */
  reclaim(id: string, release?: boolean): void;
  powerOff(id: string): void;
  onRun(listener: (i: EcsInstance) => void): void;
  resetFaults(): void;
  close(): Promise<void>;
}

export async function startEcsEmulator(): Promise<EcsEmulator> {
  const regionId = 'cn-hangzhou';
  const vSwitches: Record<string, string> = { 'vsw-a': 'cn-hangzhou-h', 'vsw-b': 'cn-hangzhou-i' };
  const securityGroupId = 'sg-runners';
  const instances: EcsInstance[] = [];
  const requests: EcsRequest[] = [];
  const violations: string[] = [];
  const runFailures: {
    match: { type?: string; vSwitchId?: string; spot?: boolean };
    code: string;
  }[] = [];
  const faults: { count: number; status: number; code: string; action?: string }[] = [];
  const listeners: ((i: EcsInstance) => void)[] = [];
  const tokens = new Map<string, string>();
  let next = 1;

  const error = (
    res: ServerResponse,
    status: number,
    code: string,
    message: string,
    record: EcsRequest,
  ) => {
    record.code = code;
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ Code: code, Message: message, RequestId: `req-${next++}` }));
  };
  const ok = (res: ServerResponse, body: Json) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ RequestId: `req-${next++}`, ...body }));
  };
  const list = (p: Record<string, string>, name: string) =>
    Object.keys(p)
      .filter((k) => new RegExp(`^${name}\\.\\d+$`).test(k))
      .sort((a, b) => Number(a.split('.')[1]) - Number(b.split('.')[1]))
      .map((k) => p[k]!);
  const tagsOf = (p: Record<string, string>) => {
    const tags: Record<string, string> = {};
    for (let n = 1; p[`Tag.${n}.Key`] !== undefined; n++)
      tags[p[`Tag.${n}.Key`]!] = p[`Tag.${n}.Value`] ?? '';
    return tags;
  };
  const describe = (i: EcsInstance) => ({
    InstanceId: i.InstanceId,
    InstanceName: i.InstanceName,
    InstanceType: i.InstanceType,
    ZoneId: i.ZoneId,
    Status: i.Status,
    SpotStrategy: i.SpotStrategy,
    CreationTime: i.CreationTime,
    ...(i.AutoReleaseTime ? { AutoReleaseTime: i.AutoReleaseTime } : {}),
    VpcAttributes: { VSwitchId: i.VSwitchId },
    Tags: { Tag: Object.entries(i.tags).map(([TagKey, TagValue]) => ({ TagKey, TagValue })) },
    OperationLocks: { LockReason: i.locks.map((LockReason) => ({ LockReason })) },
  });

  function handle(
    action: string,
    p: Record<string, string>,
    res: ServerResponse,
    record: EcsRequest,
  ): void {
    if (p.RegionId !== regionId)
      return error(
        res,
        404,
        'InvalidRegionId.NotFound',
        `The region ${p.RegionId} does not exist.`,
        record,
      );
    if (action === 'RunInstances') {
      for (const required of ['InstanceType', 'SecurityGroupId', 'VSwitchId'])
        if (!p[required])
          return error(
            res,
            400,
            'MissingParameter',
            `${required} is mandatory for this action.`,
            record,
          );
      if (!p.ImageId && !p.ImageFamily)
        return error(res, 400, 'MissingParameter', 'ImageId or ImageFamily is mandatory.', record);
      // RunInstances: UserData is Base64 and its raw data at most 32 KB.
      if (p.UserData && Buffer.from(p.UserData, 'base64').length > 32 * 1024)
        return error(
          res,
          400,
          'InvalidUserData.SizeExceeded',
          'The specified parameter UserData exceeds the size.',
          record,
        );
      if (!(p.VSwitchId! in vSwitches))
        return error(
          res,
          404,
          'InvalidVSwitchId.NotFound',
          `The VSwitchId ${p.VSwitchId} does not exist.`,
          record,
        );
      if (p.SecurityGroupId !== securityGroupId)
        return error(
          res,
          404,
          'InvalidSecurityGroupId.NotFound',
          'The SecurityGroupId does not exist.',
          record,
        );
      const spot = p.SpotStrategy === 'SpotAsPriceGo' || p.SpotStrategy === 'SpotWithPriceLimit';
      if (p.SpotStrategy === 'SpotWithPriceLimit' && !p.SpotPriceLimit)
        return error(
          res,
          400,
          'InvalidSpotPriceLimit.LowerThanPublicPrice',
          'SpotPriceLimit is required.',
          record,
        );
      if (p.AutoReleaseTime) {
        const at = Date.parse(p.AutoReleaseTime);
        if (
          !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(p.AutoReleaseTime) ||
          at < Date.now() + 30 * 60_000
        )
          return error(
            res,
            400,
            'InvalidAutoReleaseTime.Malformed',
            'The specified AutoReleaseTime is invalid: yyyy-MM-ddTHH:mm:ssZ, at least 30 minutes later.',
            record,
          );
      }
      if (p.ClientToken && tokens.has(p.ClientToken))
        return ok(res, { InstanceIdSets: { InstanceIdSet: [tokens.get(p.ClientToken)] } });
      const failure = runFailures.find(
        ({ match }) =>
          (match.type === undefined || match.type === p.InstanceType) &&
          (match.vSwitchId === undefined || match.vSwitchId === p.VSwitchId) &&
          (match.spot === undefined || match.spot === spot),
      );
      if (failure)
        return error(
          res,
          failure.code.startsWith('QuotaExceed') ? 403 : 400,
          failure.code,
          `Injected ${failure.code}.`,
          record,
        );
      const instance: EcsInstance = {
        InstanceId: `i-bp1${String(next++).padStart(17, '0')}`,
        InstanceName: p.InstanceName ?? '',
        InstanceType: p.InstanceType!,
        ZoneId: vSwitches[p.VSwitchId!]!,
        VSwitchId: p.VSwitchId!,
        Status: 'Pending',
        SpotStrategy: p.SpotStrategy ?? 'NoSpot',
        CreationTime: new Date().toISOString().replace(/:\d\d\.\d+Z$/, 'Z'),
        AutoReleaseTime: p.AutoReleaseTime,
        tags: tagsOf(p),
        userData: Buffer.from(p.UserData ?? '', 'base64').toString(),
        params: p,
        locks: [],
      };
      instances.push(instance);
      if (p.ClientToken) tokens.set(p.ClientToken, instance.InstanceId);
      // RunInstances instances start by themselves: Pending, then Running.
      setTimeout(() => {
        if (instance.Status === 'Pending') instance.Status = 'Running';
        for (const l of listeners) l(instance);
      }, 20);
      return ok(res, { InstanceIdSets: { InstanceIdSet: [instance.InstanceId] } });
    }
    if (action === 'DescribeInstances') {
      const ids = p.InstanceIds ? (JSON.parse(p.InstanceIds) as string[]) : undefined;
      const tags = tagsOf(p);
      const found = instances.filter(
        (i) =>
          (!ids || ids.includes(i.InstanceId)) &&
          Object.entries(tags).every(([k, v]) => i.tags[k] === v),
      );
      const size = Number(p.MaxResults ?? p.PageSize ?? 10);
      const start = p.NextToken ? Number(p.NextToken) : 0;
      const page = found.slice(start, start + size);
      return ok(res, {
        Instances: { Instance: page.map(describe) },
        TotalCount: found.length,
        NextToken: start + size < found.length ? String(start + size) : '',
      });
    }
    if (action === 'DeleteInstances') {
      const ids = list(p, 'InstanceId');
      for (const id of ids) {
        const i = instances.find((x) => x.InstanceId === id);
        if (!i)
          return error(
            res,
            404,
            'InvalidInstanceId.NotFound',
            `The specified InstanceId ${id} does not exist.`,
            record,
          );
        if (i.Status !== 'Stopped' && p.Force !== 'true')
          return error(
            res,
            403,
            'IncorrectInstanceStatus',
            'The current status of the resource does not support this operation.',
            record,
          );
      }
      for (const id of ids)
        instances.splice(
          instances.findIndex((x) => x.InstanceId === id),
          1,
        );
      return ok(res, {});
    }
    if (action === 'GetInstanceConsoleOutput') {
      const i = instances.find((x) => x.InstanceId === p.InstanceId);
      if (!i)
        return error(
          res,
          404,
          'InvalidInstanceId.NotFound',
          'The specified InstanceId does not exist.',
          record,
        );
      return ok(res, {
        InstanceId: i.InstanceId,
        ConsoleOutput: Buffer.from(`cloud-init: ${i.InstanceName} booting\n`).toString('base64'),
      });
    }
  }

  // The SDK sends every parameter in the query string, UserData (up to 32 KiB raw, about 43 KiB
  // in base64) included: a longer request line than Node's 16 KiB default allows.
  const server: Server = createServer({ maxHeaderSize: 128 * 1024 }, (req, res) => {
    req.resume();
    req.on('end', () => {
      const u = new URL(req.url ?? '/', 'http://x');
      const params = Object.fromEntries(u.searchParams);
      const action = String(req.headers['x-acs-action'] ?? params.Action ?? '');
      const record: EcsRequest = { action, params, status: 0 };
      requests.push(record);
      res.on('finish', () => (record.status = res.statusCode));
      if (req.headers['x-acs-version'] !== '2014-05-26')
        violations.push(`${action}: version ${String(req.headers['x-acs-version'])}`);
      if (
        !/^ACS3-HMAC-SHA256 Credential=\S+,SignedHeaders=.+,Signature=\w+$/.test(
          String(req.headers.authorization ?? ''),
        )
      )
        return error(
          res,
          400,
          'MissingAccessKeyId',
          'AccessKeyId is mandatory for this action.',
          record,
        );
      const model = ACTIONS[action];
      if (!model) {
        violations.push(`unknown action ${action}`);
        return error(
          res,
          404,
          'InvalidAction.NotFound',
          `Specified api is not found, please check your url and method.`,
          record,
        );
      }
      const unknown = Object.keys(params).filter((k) => !knownKey(model, k));
      if (unknown.length) {
        violations.push(`${action}: unknown parameters ${unknown.join(', ')}`);
        return error(
          res,
          400,
          'InvalidParameter',
          `Unknown parameters ${unknown.join(', ')}.`,
          record,
        );
      }
      const fault = faults.find((f) => f.count > 0 && (!f.action || f.action === action));
      if (fault) {
        fault.count--;
        return error(res, fault.status, fault.code, 'Injected fault.', record);
      }
      if (action === 'RunInstances') record.requestTags = tagsOf(params);
      const targets = [
        ...list(params, 'InstanceId'),
        ...(params.InstanceId ? [params.InstanceId] : []),
      ];
      if (action !== 'DescribeInstances')
        record.resourceTags = targets.map(
          (id) => instances.find((i) => i.InstanceId === id)?.tags ?? {},
        );
      handle(action, params, res, record);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const untrack = trackViolations('ecs', violations);
  return {
    url,
    regionId,
    vSwitches,
    securityGroupId,
    instances,
    requests,
    violations,
    failRuns: (match, code) => runFailures.push({ match, code }),
    failNext: (count, status, code, action) => faults.push({ count, status, code, action }),
    reclaim(id, release = false) {
      const at = instances.findIndex((i) => i.InstanceId === id);
      if (at < 0) return;
      if (release) instances.splice(at, 1);
      else instances[at]!.locks.push('Recycling');
    },
    powerOff(id) {
      const i = instances.find((x) => x.InstanceId === id);
      if (i) i.Status = 'Stopped';
    },
    onRun: (l) => listeners.push(l),
    resetFaults: () => {
      runFailures.length = 0;
      faults.length = 0;
    },
    close: async () => {
      untrack();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
