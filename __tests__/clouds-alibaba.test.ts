// The ECS driver through the real @alicloud/ecs20140526 against the loopback ECS emulator:
// launches (CPU, GPU, spot with fallback to pay-as-you-go), tags, AutoReleaseTime, capacity
// fallback over types and vSwitches, throttling and 5xx, spot reclaim, stop and sweep; each case
// ends with no instance left.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { autoReleaseTime, createEcsDriver } from '../src/clouds/alibaba/ecs-driver';
import { CapacityError, type CloudDriver, type LaunchRequest } from '../src/clouds/types';
import { startEcsEmulator, type EcsEmulator } from './emulators/alibaba';
import { acknowledgeViolations } from './support/violations';
import { captureLogger, configFrom } from './runner-support';

let ecs: EcsEmulator;
const saved = { ...process.env };

beforeAll(async () => {
  ecs = await startEcsEmulator();
  Object.assign(process.env, {
    CML_ALIBABA_ECS_ENDPOINT: ecs.url,
    ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAI5tFakeFakeFake0001',
    ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'fakeAlibabaSecretDoNotUse0123456',
  });
});
afterAll(async () => {
  process.env = saved;
  await ecs.close();
});
afterEach(() => {
  const left = ecs.instances.map((i) => `${i.InstanceId} ${i.InstanceName}`);
  ecs.instances.length = 0;
  ecs.resetFaults();
  expect(left).toEqual([]);
});

const TAGS = { 'cml-runner': 'true', 'cml-run-id': '41' };
const request = (name: string, maxLifetimeSeconds = 21600): LaunchRequest => ({
  name,
  startupScript: '#!/bin/bash\necho hello\n',
  tags: TAGS,
  maxLifetimeSeconds,
});

function driver(inputs: Record<string, string> = {}): CloudDriver {
  const config = configFrom({
    cloud: 'alibaba',
    region: ecs.regionId,
    subnets: 'vsw-a,vsw-b',
    'security-groups': ecs.securityGroupId,
    ...inputs,
  });
  if (config.cloud.cloud !== 'alibaba') throw new Error('alibaba expected');
  return createEcsDriver(config.cloud.alibaba, captureLogger().logger);
}

describe('ECS launch', () => {
  it('a CPU instance: user data, tags, AutoReleaseTime as the hard lifetime, no public address', async () => {
    const d = driver();
    const vm = await d.launch(request('cml-ali-cpu'));
    const [i] = ecs.instances;
    expect(i!.userData).toContain('echo hello');
    expect(i!.tags).toEqual(TAGS);
    expect(i!.InstanceType).toBe('ecs.g7.2xlarge');
    expect(i!.params).toMatchObject({
      InstanceChargeType: 'PostPaid',
      SpotStrategy: 'NoSpot',
      'SystemDisk.Size': '35',
    });
    expect(i!.params.InternetMaxBandwidthOut).toBeUndefined();
    const release = Date.parse(i!.AutoReleaseTime!);
    expect(release - Date.now()).toBeGreaterThan(21500_000);
    await d.waitRunning(vm);
    expect(await d.list(TAGS)).toEqual([
      expect.objectContaining({ id: vm.id, state: 'Running', ended: false }),
    ]);
    expect(await d.terminate([vm])).toEqual({ notFound: [] });
  });

  it('AutoReleaseTime is at least the 30 minutes ECS requires, and absent for no limit', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(autoReleaseTime(300, now)).toBe('2026-01-01T00:31:00Z');
    expect(autoReleaseTime(0, now)).toBeUndefined();
  });

  it('GPU words map to current ECS GPU families (T4 gn6i, A10 gn7i)', async () => {
    const d = driver({ 'machine-types': 'm', gpu: 'a10' });
    const vm = await d.launch(request('cml-ali-a10'));
    expect(ecs.instances[0]!.InstanceType).toMatch(/^ecs\.gn7i-/);
    await d.terminate([vm]);
    expect(() => driver({ gpu: 'k80' })).toThrow(/retired/);
  });

  it('spot: SpotAsPriceGo, or SpotWithPriceLimit with a price; no stock falls back to pay-as-you-go', async () => {
    ecs.failRuns({ spot: true }, 'OperationDenied.NoStock');
    const d = driver({ spot: 'true', 'spot-max-price': '0.8' });
    const vm = await d.launch(request('cml-ali-spot'));
    const spotTries = ecs.requests.filter(
      (r) => r.action === 'RunInstances' && r.params.SpotStrategy === 'SpotWithPriceLimit',
    );
    expect(spotTries.map((r) => r.params.VSwitchId)).toEqual(['vsw-a', 'vsw-b']);
    expect(spotTries[0]!.params.SpotPriceLimit).toBe('0.8');
    expect(vm.spot).toBe(false);
    await d.terminate([vm]);
  });
});

describe('ECS configuration', () => {
  it('bad configuration is one line naming the input', () => {
    expect(() => driver({ 'security-groups': '' })).toThrow(
      /Input 'security-groups' is required for alibaba/,
    );
    expect(() => driver({ subnets: '' })).toThrow(/Input 'subnets' is required for alibaba/);
    expect(() =>
      configFrom({ cloud: 'alibaba', subnets: 'vsw-a', 'security-groups': 'sg' }),
    ).toThrow(/Input 'region' is required for alibaba/);
    expect(() => driver({ gpu: 'quantum' })).toThrow(/Input 'gpu': 'quantum' is not an ECS GPU/);
  });
});

describe('ECS capacity and faults', () => {
  it('falls back over types and vSwitches (NoStock, type not offered, quota) and says each choice when all fail', async () => {
    ecs.failRuns({ type: 'ecs.gn6i-c4g1.xlarge', vSwitchId: 'vsw-a' }, 'OperationDenied.NoStock');
    ecs.failRuns(
      { type: 'ecs.gn6i-c4g1.xlarge', vSwitchId: 'vsw-b' },
      'InvalidInstanceType.ValueNotSupported',
    );
    const d = driver({ 'machine-types': 'm+t4,m+a10' });
    ecs.failRuns({ type: 'ecs.gn7i-c8g1.2xlarge', vSwitchId: 'vsw-a' }, 'QuotaExceed.ElasticQuota');
    const vm = await d.launch(request('cml-ali-fall'));
    expect(ecs.instances.map((i) => [i.InstanceType, i.VSwitchId])).toEqual([
      ['ecs.gn7i-c8g1.2xlarge', 'vsw-b'],
    ]);
    await d.terminate([vm]);
    ecs.failRuns({}, 'OperationDenied.NoStock');
    const error = await d.launch(request('cml-ali-none')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CapacityError);
    expect(String(error)).toMatch(
      /gn6i-c4g1\.xlarge pay-as-you-go in vsw-a.*gn7i-c8g1\.2xlarge pay-as-you-go in vsw-b/,
    );
  });

  it('Throttling and 5xx are retried, and launch once', async () => {
    ecs.failNext(1, 400, 'Throttling.User', 'RunInstances');
    ecs.failNext(1, 503, 'ServiceUnavailable', 'DescribeInstances');
    const d = driver();
    const vm = await d.launch(request('cml-ali-429'));
    expect(await d.get(vm)).toBeDefined();
    expect(ecs.instances).toHaveLength(1);
    await d.terminate([vm]);
  });

  it('a spot reclaim is reported by reclaimed() during the notice and after the release', async () => {
    const d = driver({ spot: 'true' });
    const a = await d.launch(request('cml-ali-r1'));
    const b = await d.launch(request('cml-ali-r2'));
    const c = await d.launch(request('cml-ali-r3'));
    ecs.reclaim(a.id);
    ecs.reclaim(b.id, true);
    expect((await d.reclaimed([a, b, c])).sort()).toEqual([a.id, b.id].sort());
    expect(await d.get(a)).toMatchObject({ ended: true, endReason: 'spot-reclaimed' });
    expect(await d.terminate([a, b, c])).toEqual({ notFound: [b.id] });
  });

  it('a powered-off instance is ended, and stop releases it (Force)', async () => {
    const d = driver();
    const vm = await d.launch(request('cml-ali-off'));
    ecs.powerOff(vm.id);
    expect(await d.get(vm)).toMatchObject({ state: 'Stopped', ended: true });
    await d.terminate([vm]);
    const del = ecs.requests.filter((r) => r.action === 'DeleteInstances').at(-1)!;
    expect(del.params.Force).toBe('true');
  });

  it('sweep by tags finds every instance of the run', async () => {
    const d = driver();
    const launched = [];
    for (let n = 0; n < 3; n++) launched.push(await d.launch(request(`cml-ali-p${n}`)));
    const found = await d.list({ 'cml-run-id': '41' });
    expect(found.map((i) => i.id).sort()).toEqual(launched.map((i) => i.id).sort());
    expect(await d.terminate(found)).toEqual({ notFound: [] });
  });
});

describe('ECS emulator strictness', () => {
  it('an action or parameter the SDK model does not have is refused and recorded', async () => {
    const headers = {
      'x-acs-version': '2014-05-26',
      authorization: 'ACS3-HMAC-SHA256 Credential=x,SignedHeaders=host,Signature=abc',
    };
    const bad = await fetch(`${ecs.url}/?RegionId=cn-hangzhou&InstanceTyp=ecs.g7.large`, {
      method: 'POST',
      headers: { ...headers, 'x-acs-action': 'RunInstances' },
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ Code: 'InvalidParameter' });
    const unknown = await fetch(`${ecs.url}/?RegionId=cn-hangzhou`, {
      method: 'POST',
      headers: { ...headers, 'x-acs-action': 'LaunchRockets' },
    });
    expect(unknown.status).toBe(404);
    expect(ecs.violations).toEqual([
      'RunInstances: unknown parameters InstanceTyp',
      'unknown action LaunchRockets',
    ]);
    acknowledgeViolations(ecs.violations);
  });
});
