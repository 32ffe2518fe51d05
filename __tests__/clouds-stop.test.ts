// What stop and sweep do with what the clouds leave: Compute Engine VMs that powered themselves
// off (TERMINATED, disk still billed, maxRunDuration cleared), `max-lifetime: 0`, zones that do
// not offer a type, and instance ids the cloud does not know.
import { afterEach, describe, expect, it } from 'vitest';
import { createCloud } from '../src/clouds';
import type { RunContext } from '../src/core/context';
import { instanceTags } from '../src/runners/naming';
import { stopRunners, sweepRunners } from '../src/runners/stop';
import { type Ec2Emulator } from './emulators/ec2';
import { type GceEmulator } from './emulators/gce';
import { useCloudEmulators } from './support/cloud-emulators';
import { captureLogger, configFrom } from './runner-support';

let ec2: Ec2Emulator;
let gce: GceEmulator;
useCloudEmulators((started) => ({ ec2, gce } = started));
afterEach(() => {
  // Every case ends with nothing of ours left, stopped VMs included (they bill their disks).
  const left = gce.alive({ 'cml-runner': 'true' }).map((i) => `${i.name} ${i.status}`);
  gce.instances.length = 0;
  expect(left).toEqual([]);
});

const context: RunContext = {
  platform: 'github',
  repository: 'octo/repo',
  sha: 'a'.repeat(40),
  runId: '3001',
  runAttempt: '1',
  apiUrl: 'http://127.0.0.1:9',
  serverUrl: 'https://github.com',
  workspace: process.cwd(),
};

const GCP = {
  cloud: 'gcp',
  zones: 'us-central1-a,us-central1-b',
  'machine-types': 'e2-standard-4',
};

async function gcp(inputs: Record<string, string> = {}) {
  const log = captureLogger();
  const config = configFrom({ ...GCP, 'gcp-project': gce.project, ...inputs });
  const cloud = await createCloud(config.cloud, log.logger);
  const launch = (name: string) =>
    cloud.launch({
      name,
      startupScript: '#!/bin/bash\n',
      tags: instanceTags(config, context, 'github'),
      maxLifetimeSeconds: config.maxLifetimeSeconds,
    });
  return { log, config, cloud, launch };
}

describe('Compute Engine: a VM that powered itself off', () => {
  it('is TERMINATED, keeps its disk and loses maxRunDuration; stop by ids deletes it', async () => {
    const { log, config, cloud, launch } = await gcp();
    const vm = await launch('cml-stopped-1');
    gce.powerOff('cml-stopped-1');
    await cloud.get(vm); // the next look sees it TERMINATED
    const stopped = gce.instances.find((i) => i.name === 'cml-stopped-1')!;
    expect(stopped.status).toBe('TERMINATED');
    // "When a VM stops, Compute Engine clears maxRunDuration": nothing deletes it by itself.
    expect((stopped.resource.scheduling as Record<string, unknown>).maxRunDuration).toBeUndefined();
    const stop = await stopRunners({
      config: { ...config, mode: 'stop', instanceIds: [vm.id] },
      context,
      cloud,
      logger: log.logger,
    });
    expect(stop.terminated).toEqual([vm.id]);
  });

  it('stop by tags and sweep delete TERMINATED VMs too', async () => {
    const { log, config, cloud, launch } = await gcp();
    await launch('cml-stopped-2');
    gce.powerOff('cml-stopped-2');
    const byTags = await stopRunners({
      config: { ...config, mode: 'stop' },
      context,
      cloud,
      logger: log.logger,
    });
    expect(byTags.terminated).toEqual(['us-central1-a/cml-stopped-2']);
    await launch('cml-stopped-3');
    gce.powerOff('cml-stopped-3');
    await cloud.list({});
    const swept = await sweepRunners({
      config: { ...config, mode: 'sweep' },
      context,
      cloud,
      logger: log.logger,
    });
    expect(swept.terminated).toEqual(['us-central1-a/cml-stopped-3']);
  });
});

describe('max-lifetime: 0 means no limit', () => {
  it('sends no maxRunDuration (Compute Engine refuses under 30 s) and the sweep keeps the VM', async () => {
    const { log, config, cloud, launch } = await gcp({ 'max-lifetime': '0' });
    expect(config.maxLifetimeSeconds).toBe(0);
    const vm = await launch('cml-forever');
    const created = gce.instances.find((i) => i.name === 'cml-forever')!;
    expect(created.resource.scheduling).not.toHaveProperty('maxRunDuration');
    const swept = await sweepRunners({
      config: { ...config, mode: 'sweep' },
      context,
      cloud,
      logger: log.logger,
      now: new Date(Date.now() + 30 * 86400_000),
    });
    expect(swept.terminated).toEqual([]);
    await cloud.terminate([vm]);
  });

  it('refuses a lifetime too short to mean anything, naming the input', () => {
    expect(() => configFrom({ ...GCP, 'gcp-project': 'p', 'max-lifetime': '20' })).toThrow(
      /Input 'max-lifetime': 20 is too short; give 0 \(no limit\) or at least 300/,
    );
  });
});

describe('a type a zone does not offer', () => {
  it('is refused at once (HTTP 400) and the next zone is tried', async () => {
    // Compute Engine refuses the insert synchronously: "Machine type with name 'g2-standard-8'
    // does not exist in zone …", not in the operation.
    gce.notOffered('us-central1-a', { machineType: 'g2-standard-8' });
    const { log, cloud } = await gcp({ 'machine-types': 'g2-standard-8' });
    const vm = await cloud.launch({
      name: 'cml-g2',
      startupScript: '#!/bin/bash\n',
      tags: { 'cml-runner': 'true' },
      maxLifetimeSeconds: 3600,
    });
    expect(vm.zone).toBe('us-central1-b');
    expect(log.text()).toContain('us-central1-a does not offer g2-standard-8');
    await cloud.terminate([vm]);
  });

  it('an accelerator missing in a zone moves on too', async () => {
    gce.notOffered('us-central1-a', { acceleratorType: 'nvidia-tesla-t4' });
    const { cloud } = await gcp({ 'machine-types': 'n1-standard-4', gpu: 't4' });
    const vm = await cloud.launch({
      name: 'cml-t4',
      startupScript: '#!/bin/bash\n',
      tags: { 'cml-runner': 'true' },
      maxLifetimeSeconds: 3600,
    });
    expect(vm.zone).toBe('us-central1-b');
    await cloud.terminate([vm]);
  });
});

describe('stop with ids the cloud does not know', () => {
  it('EC2: says they were not found instead of "Terminated"', async () => {
    const log = captureLogger();
    const config = configFrom({
      cloud: 'aws',
      region: ec2.region,
      mode: 'stop',
      'instance-ids': '["i-0123456789abcdef0","i-typo"]',
    });
    const cloud = await createCloud(config.cloud, log.logger);
    const stop = await stopRunners({ config, context, cloud, logger: log.logger });
    expect(stop.terminated).toEqual([]);
    expect(log.text()).toContain('Not found: i-0123456789abcdef0, i-typo');
    expect(log.text()).not.toContain('Terminated');
  });

  it('Compute Engine: the same', async () => {
    const { log, config, cloud } = await gcp({ mode: 'stop' });
    const stop = await stopRunners({
      config: { ...config, instanceIds: ['us-central1-a/cml-never-was'] },
      context,
      cloud,
      logger: log.logger,
    });
    expect(stop.terminated).toEqual([]);
    expect(log.text()).toContain('Not found: us-central1-a/cml-never-was');
  });
});
