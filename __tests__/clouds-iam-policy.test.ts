// The README's least-privilege AWS policy and GCP custom role, checked against every request the
// drivers make (as the emulators recorded them): a policy that denies our own RunInstances fails
// here instead of on the first real launch.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEc2Driver } from '../src/clouds/aws/ec2-driver';
import { createGceDriver } from '../src/clouds/gce/gce-driver';
import type { CloudDriver, LaunchRequest } from '../src/clouds/types';
import { type Ec2Emulator } from './emulators/ec2';
import { allows, checksFor, type Policy } from './emulators/ec2/iam';
import { type GceEmulator } from './emulators/gce';
import { useCloudEmulators } from './support/cloud-emulators';
import { permissionsFor } from './emulators/gce/permissions';
import { captureLogger, configFrom } from './runner-support';

const README = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

function readmePolicy(): Policy {
  const section = README.slice(README.indexOf('### AWS IAM policy for the launching role'));
  const block = /```json\n([\s\S]*?)```/.exec(section);
  if (!block) throw new Error('README: no JSON block under the AWS IAM policy heading');
  return JSON.parse(block[1]!) as Policy;
}

function readmeGcpPermissions(): { always: Set<string>; withServiceAccount: Set<string> } {
  const section = README.slice(README.indexOf('### Google Cloud'));
  const block = /```\n([\s\S]*?)```/.exec(section)![1]!;
  const always = new Set<string>();
  const withServiceAccount = new Set<string>();
  for (const line of block.split('\n')) {
    const names = line.match(/\b(compute|iam)\.[A-Za-z]+\.[A-Za-z]+/g) ?? [];
    for (const n of names)
      (line.includes('only with service-account') ? withServiceAccount : always).add(n);
  }
  return { always, withServiceAccount };
}

const request = (name: string, tags: Record<string, string> = {}): LaunchRequest => ({
  name,
  startupScript: '#!/bin/bash\necho hi\n',
  tags: { 'cml-runner': 'true', 'cml-repository': 'octo/repo', 'cml-run-id': '9', ...tags },
  maxLifetimeSeconds: 3600,
});

let ec2: Ec2Emulator;
let gce: GceEmulator;
useCloudEmulators((started) => ({ ec2, gce } = started));

function aws(inputs: Record<string, string>): CloudDriver {
  const config = configFrom({ cloud: 'aws', region: ec2.region, ...inputs });
  if (config.cloud.cloud !== 'aws') throw new Error('aws expected');
  return createEc2Driver(config.cloud.aws, captureLogger().logger);
}

function gcp(inputs: Record<string, string>): CloudDriver {
  const config = configFrom({ cloud: 'gcp', 'gcp-project': gce.project, ...inputs });
  if (config.cloud.cloud !== 'gcp') throw new Error('gcp expected');
  return createGceDriver(config.cloud.gcp, captureLogger().logger);
}

describe('README AWS policy', () => {
  const policy = readmePolicy();
  const env = {
    region: 'us-west-2',
    account: '123456789012',
    instanceTags: (id: string) => ec2.instances.find((i) => i.id === id)?.tags,
    // The README's example role is cml-runner-job; the profile of that name carries it.
    profileRole: (profile: string) => profile,
  };

  it('allows every request the EC2 driver makes: launches of each kind, reads, reclaim checks, stop', async () => {
    const plain = aws({
      'machine-types': 't3.large',
      subnets: 'subnet-0a1',
      'security-groups': 'sg-0b2',
      'instance-profile': 'cml-runner-job',
    });
    const spot = aws({ 'machine-types': 'm5.large', spot: 'true', 'public-ip': 'false' });
    const gpu = aws({ 'machine-types': 'g5.xlarge', 'public-ip': 'true' });
    const launched = [
      await plain.launch(request('cml-iam-1')),
      await spot.launch(request('cml-iam-2')),
      await gpu.launch(request('cml-iam-3')),
    ];
    await plain.waitRunning(launched[0]!);
    await plain.consoleTail(launched[0]!, 5);
    await plain.list({ 'cml-run-id': '9' });
    await plain.get(launched[1]!);
    ec2.reclaimSpot(launched[1]!.id);
    expect(await spot.reclaimed([launched[1]!])).toEqual([launched[1]!.id]);
    await plain.terminate([...launched, { id: 'i-0fffffffffffffff0', name: '' }]);

    const actions = new Set(ec2.requests.map((r) => r.action));
    expect([...actions].sort()).toEqual([
      'DescribeImages',
      'DescribeInstances',
      'DescribeSpotInstanceRequests',
      'GetConsoleOutput',
      'RunInstances',
      'TerminateInstances',
    ]);
    const denied = ec2.requests.flatMap((r) =>
      checksFor(r, env)
        .filter((c) => !allows(policy, c))
        .map((c) => `${c.action} on ${c.resource} (${c.why})`),
    );
    expect(denied).toEqual([]);
  });

  it('denies what it should: untagged resources at launch, other instances at terminate', () => {
    // The evaluator is not vacuous: a launch whose volume lacks the marker tag (what the driver
    // sent before every created resource was tagged) and a terminate of someone else's instance.
    const run = {
      action: 'RunInstances',
      params: {
        ImageId: 'ami-0aaa000000000002',
        TagSpecification: [
          { ResourceType: 'instance', Tag: [{ Key: 'cml-runner', Value: 'true' }] },
          { ResourceType: 'volume', Tag: [{ Key: 'Name', Value: 'x' }] },
        ],
      },
    };
    const refused = checksFor(run, env).filter((c) => !allows(policy, c));
    expect(refused.map((c) => c.why)).toEqual(
      expect.arrayContaining(['the new volume', 'the new network-interface']),
    );
    const terminate = checksFor(
      { action: 'TerminateInstances', params: { InstanceId: ['i-0eeeeeeeeeeeeeee0'] } },
      { ...env, instanceTags: () => ({ team: 'other' }) },
    );
    expect(terminate.every((c) => !allows(policy, c))).toBe(true);
  });
});

describe('README GCP custom role', () => {
  it('holds every permission the Compute Engine driver’s requests need', async () => {
    const { always, withServiceAccount } = readmeGcpPermissions();
    const base = { zones: 'us-central1-a', 'machine-types': 'e2-standard-4' };
    const plain = gcp(base);
    const gpu = gcp({ ...base, 'machine-types': 'n1-standard-4', gpu: 't4', spot: 'true' });
    const withSa = gcp({ ...base, 'service-account': 'job@cml-test.iam.gserviceaccount.com' });
    const a = await plain.launch(request('cml-iam-gce-1'));
    const b = await gpu.launch(request('cml-iam-gce-2'));
    const c = await withSa.launch(request('cml-iam-gce-3'));
    await plain.waitRunning(a);
    await plain.consoleTail(a, 3);
    await plain.list({ 'cml-run-id': '9' });
    gce.preempt('cml-iam-gce-2');
    await gpu.reclaimed([b]);
    await plain.terminate([a, b, c]);
    const missing = new Set<string>();
    for (const r of gce.requests) {
      const sa = ((r.body as { serviceAccounts?: unknown[] }).serviceAccounts ?? []).length > 0;
      for (const p of permissionsFor(r)) {
        if (always.has(p) || (sa && withServiceAccount.has(p))) continue;
        // actAs comes with roles/iam.serviceAccountUser on the attached account (README).
        if (p === 'iam.serviceAccounts.actAs' && README.includes('roles/iam.serviceAccountUser'))
          continue;
        missing.add(`${p} (${r.method} ${r.path})`);
      }
    }
    expect([...missing]).toEqual([]);
  });
});
