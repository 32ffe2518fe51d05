// The cloud drivers against the EC2 and Compute Engine emulators, through the real SDKs.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createEc2Driver } from '../src/clouds/aws/ec2-driver';
import { createGceDriver } from '../src/clouds/gce/gce-driver';
import { instanceResource } from '../src/clouds/gce/resource';
import { resolveSize } from '../src/clouds/sizes';
import { CapacityError, type CloudDriver } from '../src/clouds/types';
import { captureLogger, cloudEnv, configFrom, startWorld, type World } from './runner-support';

let world: World;
const saved = { ...process.env };

beforeAll(async () => {
  world = await startWorld();
  Object.assign(process.env, cloudEnv(world));
});
afterAll(async () => {
  process.env = saved;
  await world.close();
});
beforeEach(() => {
  world.ec2.requests.length = 0;
  world.gce.requests.length = 0;
});

const request = (name: string) => ({
  name,
  startupScript: '#!/bin/bash\necho hello\n',
  tags: { 'cml-runner': 'true', 'cml-repository': 'octo/repo', 'cml-run-id': '7' },
  maxLifetimeSeconds: 3600,
});

function aws(inputs: Record<string, string>): CloudDriver {
  const config = configFrom({ cloud: 'aws', region: 'us-west-2', ...inputs });
  if (config.cloud.cloud !== 'aws') throw new Error('aws expected');
  return createEc2Driver(config.cloud.aws, captureLogger().logger);
}

function gcp(inputs: Record<string, string>, log = captureLogger()): CloudDriver {
  const config = configFrom({ cloud: 'gcp', 'gcp-project': world.gce.project, ...inputs });
  if (config.cloud.cloud !== 'gcp') throw new Error('gcp expected');
  return createGceDriver(config.cloud.gcp, log.logger);
}

describe('CML sizes', () => {
  it('maps CML sizes and GPUs onto each cloud, and passes cloud names through', () => {
    expect(resolveSize('aws', ['m'], undefined).types).toEqual(['m5.2xlarge']);
    expect(resolveSize('aws', ['m'], 'a10g')).toMatchObject({
      types: ['g5.xlarge'],
      wantsGpu: true,
    });
    expect(resolveSize('aws', ['l+t4', 'xl+a100', 'xl+h100', 'm+l4'], undefined)).toEqual({
      types: ['g4dn.12xlarge', 'p4d.24xlarge', 'p5.48xlarge', 'g6.xlarge'],
      wantsGpu: true,
    });
    expect(resolveSize('gcp', ['m+l4', 'xl+a100', 'xl+h100'], undefined)).toEqual({
      types: ['g2-standard-8', 'a2-highgpu-8g', 'a3-highgpu-8g'],
      wantsGpu: true,
    });
    // A GPU machine type is a GPU request even without the gpu input.
    expect(resolveSize('aws', ['g5.2xlarge'], undefined).wantsGpu).toBe(true);
    expect(resolveSize('gcp', ['a2-highgpu-1g'], undefined)).toEqual({
      types: ['a2-highgpu-1g'],
      wantsGpu: true,
    });
    expect(resolveSize('gcp', ['m'], 't4')).toMatchObject({
      types: ['n1-standard-4'],
      gpu: { type: 'nvidia-tesla-t4', count: 1 },
      wantsGpu: true,
    });
    expect(resolveSize('gcp', ['g2-standard-8'], 'nvidia-l4:2')).toMatchObject({
      types: ['g2-standard-8'],
      gpu: { type: 'nvidia-l4', count: 2 },
    });
    expect(resolveSize('gcp', ['xl'], 'nogpu')).toMatchObject({
      types: ['n2-custom-64-262144'],
      wantsGpu: false,
    });
  });

  it('refuses retired GPUs with the replacement named; tesla is CML’s V100 everywhere', () => {
    // EC2 P2 (K80) is retired and P3 (V100) no longer offered; GCE's K80 reached end of life.
    const refused = (cloud: 'aws' | 'gcp', types: string[], gpu?: string) => {
      try {
        resolveSize(cloud, types, gpu);
      } catch (error) {
        return (error as Error).message;
      }
      return 'accepted';
    };
    expect(refused('aws', ['m'], 'k80')).toMatch(/'m\+k80' .*retired.*Use m\+t4 \(g4dn\.xlarge\)/);
    expect(refused('aws', ['l+k80'])).toMatch(/K80 \(EC2 P2\) is retired/);
    expect(refused('aws', ['p2.xlarge'])).toMatch(/Use m\+t4/);
    expect(refused('aws', ['m'], 'v100')).toMatch(/V100 \(EC2 P3\).*Use m\+a10g \(g5\.xlarge\)/);
    expect(refused('aws', ['p3.8xlarge'])).toMatch(/Use m\+a10g/);
    // CML's table maps `tesla` to the V100: the same refusal, the same replacement.
    expect(refused('aws', ['m'], 'tesla')).toBe(refused('aws', ['m'], 'v100'));
    expect(refused('gcp', ['m'], 'k80')).toMatch(/nvidia-tesla-k80.*end of life.*Use m\+t4/);
    expect(refused('gcp', ['n1-standard-8'], 'nvidia-tesla-k80:2')).toMatch(/end of life/);
    // Compute Engine still offers the V100: tesla and v100 both attach it.
    expect(resolveSize('gcp', ['m'], 'tesla')).toEqual(resolveSize('gcp', ['m'], 'v100'));
    expect(resolveSize('gcp', ['m'], 'tesla').gpu).toEqual({ type: 'nvidia-tesla-v100', count: 1 });
  });

  it('reads gpu: true as “the type has GPUs” and gpu: false as none', () => {
    expect(resolveSize('aws', ['g5.xlarge'], 'true')).toEqual({
      types: ['g5.xlarge'],
      wantsGpu: true,
    });
    // No accelerator named "true" on GCE: a2/g2 types bring their own GPUs.
    const g2 = resolveSize('gcp', ['g2-standard-8'], 'true');
    expect(g2).toEqual({ types: ['g2-standard-8'], wantsGpu: true });
    expect(resolveSize('gcp', ['n1-standard-4'], 'false')).toEqual({
      types: ['n1-standard-4'],
      wantsGpu: false,
    });
    expect(resolveSize('aws', ['m'], 'false')).toEqual({ types: ['m5.2xlarge'], wantsGpu: false });
    const options = {
      project: 'p',
      zones: ['us-central1-a'],
      machineTypes: g2.types,
      spot: false,
      spotFallback: true,
      scopes: [],
      publicIp: true,
      pollSeconds: 5,
      launchTimeoutSeconds: 600,
    };
    const request = {
      name: 'cml-g2',
      startupScript: '#!/bin/bash\n',
      tags: {},
      maxLifetimeSeconds: 600,
    };
    const body = instanceResource(options, request, 'us-central1-a', 'g2-standard-8', false);
    expect(body.guestAccelerators).toEqual([]);
    // GPU machine families cannot live-migrate either.
    expect(body.scheduling).toMatchObject({ onHostMaintenance: 'TERMINATE' });
    expect(
      instanceResource(options, request, 'us-central1-a', 'n2-standard-4', false).scheduling,
    ).toMatchObject({ onHostMaintenance: 'MIGRATE' });
  });
});

describe('EC2 driver', () => {
  it('launches with IMDSv2, terminate-on-shutdown, base64 user data, tags, volume, subnet and profile', async () => {
    const driver = aws({
      'machine-types': 't3.large',
      subnets: 'subnet-1',
      'security-groups': 'sg-1,sg-2',
      'instance-profile': 'training-profile',
      'disk-size': '120',
    });
    const launched = await driver.launch(request('cml-ec2-basic'));
    const instance = world.ec2.instances.find((i) => i.id === launched.id)!;
    expect(instance).toMatchObject({
      type: 't3.large',
      httpTokens: 'required',
      shutdownBehavior: 'terminate',
      subnetId: 'subnet-1',
      securityGroupIds: ['sg-1', 'sg-2'],
      instanceProfile: 'training-profile',
      spot: false,
      userData: '#!/bin/bash\necho hello\n',
      rootVolume: { deviceName: '/dev/sda1', size: 120, type: 'gp3' },
      // The newest Ubuntu image matching the default name pattern.
      imageId: 'ami-0aaa000000000002',
    });
    expect(instance.tags).toMatchObject({
      Name: 'cml-ec2-basic',
      'cml-runner': 'true',
      'cml-run-id': '7',
    });
    expect(world.ec2.violations).toEqual([]);
    await driver.waitRunning(launched);
    const [found] = await driver.list({ 'cml-run-id': '7', 'cml-repository': 'octo/repo' });
    expect(found).toMatchObject({
      id: launched.id,
      name: 'cml-ec2-basic',
      state: 'running',
      ended: false,
    });
    expect(await driver.consoleTail(launched, 1)).toBe('');
    expect(await driver.consoleTail(launched, 5)).toContain('cloud-init');
    await driver.terminate([launched]);
    world.ec2.settle();
    expect(world.ec2.alive({ 'cml-run-id': '7' })).toEqual([]);
  });

  it('tags every resource it creates alike: instance, volume, network interface, spot request', async () => {
    const launched = await aws({ 'machine-types': 't3.micro', spot: 'true' }).launch(
      request('cml-ec2-tags'),
    );
    const instance = world.ec2.instances.find((i) => i.id === launched.id)!;
    // IAM's aws:RequestTag conditions apply per created resource (User Guide, "Grant permission
    // to tag resources during creation"): each must carry the marker tag.
    expect(Object.keys(instance.resourceTags).sort()).toEqual([
      'instance',
      'network-interface',
      'spot-instances-request',
      'volume',
    ]);
    for (const tags of Object.values(instance.resourceTags)) expect(tags).toEqual(instance.tags);
    expect(world.ec2.spotRequests.find((r) => r.instanceId === launched.id)?.tags).toEqual(
      instance.tags,
    );
    await aws({}).terminate([launched]);
  });

  it('public-ip: unset leaves the subnet’s setting; true/false set it on the primary interface', async () => {
    const base = { 'machine-types': 't3.micro', subnets: 'subnet-9', 'security-groups': 'sg-9' };
    const unset = await aws(base).launch(request('cml-ec2-ip-unset'));
    const off = await aws({ ...base, 'public-ip': 'false' }).launch(request('cml-ec2-ip-off'));
    const on = await aws({ ...base, 'public-ip': 'true' }).launch(request('cml-ec2-ip-on'));
    const find = (id: string) => world.ec2.instances.find((i) => i.id === id)!;
    expect(find(unset.id)).toMatchObject({ subnetId: 'subnet-9', securityGroupIds: ['sg-9'] });
    expect(find(unset.id).publicIp).toBeUndefined();
    // EC2 refuses a subnet or groups at both levels: they move onto the interface.
    expect(find(off.id)).toMatchObject({
      publicIp: false,
      subnetId: 'subnet-9',
      securityGroupIds: ['sg-9'],
    });
    expect(find(on.id)).toMatchObject({ publicIp: true, subnetId: 'subnet-9' });
    const runs = world.ec2.requests.filter((r) => r.action === 'RunInstances');
    expect(runs.at(-1)!.params.SubnetId).toBeUndefined();
    await aws({}).terminate([unset, off, on]);
  });

  it('tries the types in order on capacity errors, spot first, then on demand', async () => {
    world.ec2.failLaunches({ type: 'p4d.24xlarge' }, 'InsufficientInstanceCapacity');
    world.ec2.failLaunches({ type: 'g5.xlarge', spot: true }, 'SpotMaxPriceTooLow');
    const driver = aws({
      'machine-types': 'p4d.24xlarge,g5.xlarge',
      spot: 'true',
      'spot-max-price': '0.5',
    });
    const launched = await driver.launch(request('cml-ec2-fallback'));
    const runs = world.ec2.requests.filter((r) => r.action === 'RunInstances');
    expect(
      runs.map((r) => [
        r.params.InstanceType,
        (r.params.InstanceMarketOptions as { MarketType?: string })?.MarketType ?? 'on-demand',
      ]),
    ).toEqual([
      ['p4d.24xlarge', 'spot'],
      ['g5.xlarge', 'spot'],
      ['p4d.24xlarge', 'on-demand'],
      ['g5.xlarge', 'on-demand'],
    ]);
    expect(launched).toMatchObject({ type: 'g5.xlarge', spot: false });
    expect(
      (runs[0]!.params.InstanceMarketOptions as { SpotOptions: { MaxPrice: string } }).SpotOptions
        .MaxPrice,
    ).toBe('0.5');
    await driver.terminate([launched]);
  });

  it('reports a capacity error naming every choice when all fail, without spot fallback', async () => {
    world.ec2.failLaunches({ type: 'x2iedn.32xlarge' }, 'InstanceLimitExceeded');
    const driver = aws({
      'machine-types': 'x2iedn.32xlarge',
      spot: 'true',
      'spot-fallback': 'false',
    });
    const error = await driver.launch(request('cml-ec2-none')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CapacityError);
    expect(String(error)).toContain('x2iedn.32xlarge spot: InstanceLimitExceeded');
    expect(world.ec2.requests.filter((r) => r.action === 'RunInstances')).toHaveLength(1);
  });

  it('gzips a startup script over EC2’s 16 KB user-data limit (cloud-init unpacks it)', async () => {
    const long = `#!/bin/bash\n${'echo "a line of a long user script"\n'.repeat(700)}`;
    expect(long.length).toBeGreaterThan(16 * 1024);
    const driver = aws({ 'machine-types': 't3.micro' });
    const launched = await driver.launch({ ...request('cml-ec2-long'), startupScript: long });
    expect(world.ec2.instances.find((i) => i.id === launched.id)?.userData).toBe(long);
    const random = randomBytes(30_000).toString('base64');
    await expect(
      driver.launch({ ...request('cml-ec2-huge'), startupScript: random }),
    ).rejects.toThrow(/EC2 takes 16 KB of user data/);
    await driver.terminate([launched]);
  });

  it('picks an arm64 image for Graviton types and an AMI by id as given', async () => {
    const arm = await aws({ 'machine-types': 'm7g.large' }).launch(request('cml-ec2-arm'));
    expect(world.ec2.instances.find((i) => i.id === arm.id)).toMatchObject({
      architecture: 'arm64',
      imageId: 'ami-0bbb000000000003',
    });
    const byId = await aws({ 'machine-types': 't3.micro', image: 'ami-0aaa000000000001' }).launch(
      request('cml-ec2-id'),
    );
    expect(world.ec2.instances.find((i) => i.id === byId.id)?.imageId).toBe('ami-0aaa000000000001');
    await aws({}).terminate([arm, byId]);
  });

  it('says which image pattern matched nothing, as a configuration error', async () => {
    const error = await aws({ image: 'no-such-image-*' })
      .launch(request('cml-ec2-noimage'))
      .catch((e: Error) => e);
    expect(error).toMatchObject({ name: 'ConfigurationError' });
    expect((error as Error).message).toContain("No AMI matches 'no-such-image-*'");
  });

  it('sees a spot reclaim whether the guest powers off on the notice or waits for EC2', async () => {
    const driver = aws({ 'machine-types': 't3.micro', spot: 'true' });
    const [first, second, powered, onDemand] = await Promise.all([
      driver.launch(request('cml-ec2-spot-1')),
      driver.launch(request('cml-ec2-spot-2')),
      driver.launch(request('cml-ec2-spot-3')),
      aws({ 'machine-types': 't3.micro' }).launch(request('cml-ec2-od')),
    ]);
    // On the two-minute notice the guest powers itself off: EC2 records only
    // Client.InstanceInitiatedShutdown (EC2 API reference, StateReason); the spot request's
    // status still carries the interruption.
    world.ec2.reclaimSpot(first!.id);
    world.ec2.reclaimSpot(second!.id, { guest: 'waits' });
    // A spot instance the idle watchdog powered off was not reclaimed.
    world.ec2.powerOff(powered!.id);
    world.ec2.powerOff(onDemand!.id);
    world.ec2.settle();
    expect(world.ec2.instances.find((i) => i.id === first!.id)?.stateReason?.code).toBe(
      'Client.InstanceInitiatedShutdown',
    );
    expect(await driver.reclaimed([first!, second!, powered!, onDemand!])).toEqual([
      first!.id,
      second!.id,
    ]);
    const calls = world.ec2.requests.filter((r) => r.action === 'DescribeSpotInstanceRequests');
    expect(calls.length).toBeGreaterThan(0);
  });

  it('says which instance ids EC2 does not know instead of calling them terminated', async () => {
    const driver = aws({ 'machine-types': 't3.micro' });
    const launched = await driver.launch(request('cml-ec2-nf'));
    const result = await driver.terminate([
      launched,
      { id: 'i-0123456789abcdef0', name: '' },
      { id: 'i-nope', name: '' },
    ]);
    expect(result.notFound.sort()).toEqual(['i-0123456789abcdef0', 'i-nope']);
    world.ec2.settle();
    expect(world.ec2.alive({ 'cml-run-id': '7' })).toEqual([]);
  });
});

describe('Compute Engine driver', () => {
  it('inserts with GPU, spot, run-duration limit, labels and no service account, and waits on the operation', async () => {
    const driver = gcp({
      zones: 'us-central1-a',
      'machine-types': 'm',
      gpu: 't4',
      spot: 'true',
      'disk-size': '80',
    });
    const launched = await driver.launch(request('cml-gce-basic'));
    expect(launched).toMatchObject({
      id: 'us-central1-a/cml-gce-basic',
      zone: 'us-central1-a',
      type: 'n1-standard-4',
      spot: true,
    });
    const vm = world.gce.instances.find((i) => i.name === 'cml-gce-basic')!;
    expect(vm.resource).toMatchObject({
      machineType: 'zones/us-central1-a/machineTypes/n1-standard-4',
      guestAccelerators: [
        {
          acceleratorType: 'zones/us-central1-a/acceleratorTypes/nvidia-tesla-t4',
          acceleratorCount: 1,
        },
      ],
      scheduling: {
        onHostMaintenance: 'TERMINATE',
        provisioningModel: 'SPOT',
        instanceTerminationAction: 'DELETE',
        automaticRestart: false,
        maxRunDuration: { seconds: '3600' },
      },
      disks: [{ boot: true, autoDelete: true, initializeParams: { diskSizeGb: '80' } }],
    });
    expect(vm.resource.serviceAccounts ?? []).toEqual([]);
    // GCE label values cannot hold '/': the repository is encoded the same way for lookups.
    expect(vm.labels).toEqual({
      'cml-runner': 'true',
      'cml-repository': 'octo-repo',
      'cml-run-id': '7',
    });
    expect(vm.metadata['startup-script']).toBe('#!/bin/bash\necho hello\n');
    expect(world.gce.requests.every((r) => r.token === 'ya29.fake-access-token-for-tests')).toBe(
      true,
    );
    expect(world.gce.requests.some((r) => r.path.endsWith('/wait'))).toBe(true);
    await driver.waitRunning(launched);
    const found = await driver.list({ 'cml-repository': 'octo/repo', 'cml-run-id': '7' });
    expect(found.map((i) => i.id)).toEqual(['us-central1-a/cml-gce-basic']);
    expect(await driver.consoleTail(launched, 2)).toContain('Linux version');
    world.gce.preempt('cml-gce-basic');
    expect(await driver.reclaimed([launched])).toEqual(['us-central1-a/cml-gce-basic']);
    expect(world.gce.alive()).toEqual([]);
  });

  it('attaches a service account with its scopes, a subnetwork and an image family only when asked', async () => {
    const driver = gcp({
      zones: 'us-east4-a',
      'machine-types': 'e2-standard-4',
      'service-account': 'trainer@cml-test.iam.gserviceaccount.com',
      scopes: 'https://www.googleapis.com/auth/devstorage.read_only',
      subnets: 'regions/us-east4/subnetworks/ml',
      image:
        'projects/deeplearning-platform-release/global/images/family/common-cu128-ubuntu-2204-nvidia-570',
      'disk-type': 'pd-ssd',
      'public-ip': 'false',
    });
    const launched = await driver.launch(request('cml-gce-sa'));
    const vm = world.gce.instances.find((i) => i.name === 'cml-gce-sa')!;
    expect(vm.resource).toMatchObject({
      serviceAccounts: [
        {
          email: 'trainer@cml-test.iam.gserviceaccount.com',
          scopes: ['https://www.googleapis.com/auth/devstorage.read_only'],
        },
      ],
      networkInterfaces: [{ subnetwork: 'regions/us-east4/subnetworks/ml' }],
      disks: [
        {
          initializeParams: {
            sourceImage:
              'projects/deeplearning-platform-release/global/images/family/common-cu128-ubuntu-2204-nvidia-570',
            diskType: 'zones/us-east4-a/diskTypes/pd-ssd',
          },
        },
      ],
      scheduling: {
        onHostMaintenance: 'MIGRATE',
        provisioningModel: 'STANDARD',
        instanceTerminationAction: 'DELETE',
      },
    });
    await driver.terminate([launched]);
  });

  it('moves to the next zone when an operation ends DONE with a capacity or quota error', async () => {
    world.gce.failInserts({ zone: 'europe-west4-a' }, 'ZONE_RESOURCE_POOL_EXHAUSTED');
    world.gce.failInserts({ zone: 'europe-west4-b' }, 'QUOTA_EXCEEDED');
    const log = captureLogger();
    const driver = gcp(
      { zones: 'europe-west4-a,europe-west4-b,europe-west4-c', 'machine-types': 'n1-standard-8' },
      log,
    );
    const launched = await driver.launch(request('cml-gce-zones'));
    expect(launched.zone).toBe('europe-west4-c');
    expect(log.text()).toContain('ZONE_RESOURCE_POOL_EXHAUSTED');
    expect(log.text()).toContain('QUOTA_EXCEEDED');
    const inserts = world.gce.requests.filter(
      (r) => r.method === 'POST' && r.path.endsWith('/instances'),
    );
    expect(inserts.map((r) => r.path.split('/')[6])).toEqual([
      'europe-west4-a',
      'europe-west4-b',
      'europe-west4-c',
    ]);
    await driver.terminate([launched]);
    expect(world.gce.alive({ 'cml-run-id': '7' })).toEqual([]);
  });

  it('fails with every zone named when none has room', async () => {
    world.gce.failInserts(
      { machineType: 'a2-megagpu-16g' },
      'ZONE_RESOURCE_POOL_EXHAUSTED_WITH_DETAILS',
    );
    const driver = gcp({ zones: 'us-east1-b,us-east1-c', 'machine-types': 'a2-megagpu-16g' });
    const error = await driver.launch(request('cml-gce-none')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CapacityError);
    expect(String(error)).toMatch(/us-east1-b.*us-east1-c/);
  });

  it('retries 429 and 503 answers from the API', async () => {
    world.gce.failNext(2, 503, { method: 'POST' });
    world.gce.failNext(1, 429, { method: 'GET' });
    const driver = gcp({ zones: 'us-west1-b', 'machine-types': 'e2-standard-4' });
    const launched = await driver.launch(request('cml-gce-retry'));
    await driver.waitRunning(launched);
    await driver.terminate([launched]);
    expect(world.gce.alive({ 'cml-run-id': '7' })).toEqual([]);
  });
});
