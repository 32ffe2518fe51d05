// Faults on the cloud APIs: capacity errors everywhere, 5xx, answers lost after the request was
// applied, and hung connections (bounded by the drivers' request timeouts). Each case ends with
// zero resources left in the emulator. Faults are injected by the emulators themselves (the
// shared fault proxy was not there when these were written).
import { afterEach, describe, expect, it } from 'vitest';
import { createEc2Driver } from '../src/clouds/aws/ec2-driver';
import { createGceDriver } from '../src/clouds/gce/gce-driver';
import { CapacityError, type CloudDriver, type LaunchRequest } from '../src/clouds/types';
import { type Ec2Emulator } from './emulators/ec2';
import { type GceEmulator } from './emulators/gce';
import { useCloudEmulators } from './support/cloud-emulators';
import { captureLogger, configFrom } from './runner-support';

let ec2: Ec2Emulator;
let gce: GceEmulator;
useCloudEmulators((started) => ({ ec2, gce } = started));
afterEach(() => {
  ec2.settle();
  const left = [
    ...ec2.alive({ 'cml-runner': 'true' }).map((i) => `${i.id} ${i.state}`),
    ...gce.alive({ 'cml-runner': 'true' }).map((i) => `${i.name} ${i.status}`),
  ];
  for (const i of ec2.alive()) i.state = 'terminated';
  gce.instances.length = 0;
  expect(left).toEqual([]);
});

const request = (name: string): LaunchRequest => ({
  name,
  startupScript: '#!/bin/bash\n',
  tags: { 'cml-runner': 'true', 'cml-run-id': '21' },
  maxLifetimeSeconds: 3600,
});

/** Drivers with one-second request timeouts, so a hang costs seconds, not the 30 s default. */
function aws(inputs: Record<string, string>): CloudDriver {
  const config = configFrom({ cloud: 'aws', region: ec2.region, ...inputs });
  if (config.cloud.cloud !== 'aws') throw new Error('aws expected');
  return createEc2Driver({ ...config.cloud.aws, requestTimeoutSeconds: 1 }, captureLogger().logger);
}

function gcp(inputs: Record<string, string>): CloudDriver {
  const config = configFrom({ cloud: 'gcp', 'gcp-project': gce.project, ...inputs });
  if (config.cloud.cloud !== 'gcp') throw new Error('gcp expected');
  return createGceDriver({ ...config.cloud.gcp, requestTimeoutSeconds: 1 }, captureLogger().logger);
}

describe('EC2', () => {
  it('no capacity anywhere: a CapacityError naming each choice, nothing launched', async () => {
    ec2.failLaunches({ type: 'g5.xlarge' }, 'InsufficientInstanceCapacity');
    ec2.failLaunches({ type: 'g6.xlarge' }, 'Unsupported');
    const error = await aws({
      'machine-types': 'g5.xlarge,g6.xlarge',
      subnets: 'subnet-1,subnet-2',
    })
      .launch(request('cml-f-cap'))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CapacityError);
    expect(String(error)).toMatch(
      /g5\.xlarge on-demand in subnet-1.*g6\.xlarge on-demand in subnet-2/,
    );
  });

  it('a RunInstances answer lost after EC2 applied it: the retry (same ClientToken) launches nothing more', async () => {
    ec2.failNext(
      1,
      { code: 'InternalError', status: 500, afterApply: true },
      { action: 'RunInstances' },
    );
    const driver = aws({ 'machine-types': 't3.micro' });
    const launched = await driver.launch(request('cml-f-lost'));
    const runs = ec2.requests.filter(
      (r) => r.action === 'RunInstances' && r.params.TagSpecification,
    );
    expect(runs.slice(-2).map((r) => r.status)).toEqual([500, 200]);
    expect(ec2.alive({ 'cml-run-id': '21' }).map((i) => i.id)).toEqual([launched.id]);
    await driver.terminate([launched]);
  });

  it('a hung RunInstances (applied, never answered) times out, is retried, and leaves one instance', async () => {
    ec2.failNext(1, { code: 'hang', hang: true, afterApply: true }, { action: 'RunInstances' });
    const driver = aws({ 'machine-types': 't3.micro' });
    const started = Date.now();
    const launched = await driver.launch(request('cml-f-hang'));
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(ec2.alive({ 'cml-run-id': '21' }).map((i) => i.id)).toEqual([launched.id]);
    await driver.terminate([launched]);
  }, 30_000);

  it('5xx and a hang on the way down: terminate still ends the instance', async () => {
    const driver = aws({ 'machine-types': 't3.micro' });
    const launched = await driver.launch(request('cml-f-down'));
    ec2.failNext(1, { code: 'hang', hang: true }, { action: 'TerminateInstances' });
    ec2.failNext(
      1,
      { code: 'ServiceUnavailable', status: 503, afterApply: true },
      {
        action: 'TerminateInstances',
      },
    );
    expect(await driver.terminate([launched])).toEqual({ notFound: [] });
  }, 30_000);
});

describe('Compute Engine', () => {
  const base = { zones: 'us-central1-a,us-central1-b', 'machine-types': 'e2-standard-4' };

  it('no capacity in any zone: a CapacityError, and the failed shells are gone', async () => {
    gce.failInserts({ machineType: 'n2-standard-8' }, 'ZONE_RESOURCE_POOL_EXHAUSTED');
    const error = await gcp({ ...base, 'machine-types': 'n2-standard-8' })
      .launch(request('cml-f-gcap'))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CapacityError);
    expect(String(error)).toMatch(/us-central1-a.*us-central1-b/);
  });

  it('an insert applied but never answered: timed out, retried (409 = it went through), one VM', async () => {
    gce.failNext(1, 'hang', { method: 'POST', path: /\/instances$/, afterApply: true });
    const driver = gcp(base);
    const started = Date.now();
    const vm = await driver.launch(request('cml-f-ghang'));
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(gce.alive({ 'cml-run-id': '21' }).map((i) => i.name)).toEqual(['cml-f-ghang']);
    await driver.terminate([vm]);
  }, 30_000);

  it('a delete whose answer was lost (503 after apply) is not reported as not found', async () => {
    const driver = gcp(base);
    const vm = await driver.launch(request('cml-f-gdel'));
    gce.failNext(1, 503, { method: 'DELETE', afterApply: true });
    expect(await driver.terminate([vm])).toEqual({ notFound: [] });
  });

  it('a hung operation wait is bounded and retried', async () => {
    gce.failNext(1, 'hang', { method: 'POST', path: /\/wait$/ });
    const driver = gcp(base);
    const vm = await driver.launch(request('cml-f-gwait'));
    await driver.terminate([vm]);
  }, 30_000);
});
