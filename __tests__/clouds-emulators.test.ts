// The cloud emulators are as strict as the services: parameters checked against the EC2 service
// model that ships with @aws-sdk/client-ec2, routes and bodies against the Compute Engine API
// description shipped with @google-cloud/compute. What they refuse is also recorded as a
// violation, which fails any test that provoked it by accident (support/violations.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEc2Emulator, type Ec2Emulator } from './emulators/ec2';
import { checkAgainstModel } from './emulators/ec2/model';
import { parseQuery } from './emulators/ec2/query';
import { startGceEmulator, type GceEmulator } from './emulators/gce';
import { acknowledgeViolations } from './support/violations';

let ec2: Ec2Emulator;
let gce: GceEmulator;

beforeAll(async () => {
  ec2 = await startEc2Emulator();
  gce = await startGceEmulator();
});
afterAll(async () => {
  await Promise.all([ec2.close(), gce.close()]);
});

async function ec2Call(body: string): Promise<{ status: number; text: string }> {
  const response = await fetch(ec2.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      // The emulator checks that a request is signed, not the signature.
      authorization: 'AWS4-HMAC-SHA256 Credential=AKIAFAKE/20260101/us-west-2/ec2/aws4_request',
    },
    body,
  });
  return { status: response.status, text: await response.text() };
}

describe('EC2 emulator', () => {
  it('answers an unknown parameter with UnknownParameter, as EC2 does', async () => {
    const answer = await ec2Call(
      'Action=DescribeInstances&Version=2016-11-15&InstanceIds.1=i-0123456789abcdef0',
    );
    expect(answer.status).toBe(400);
    expect(answer.text).toContain('<Code>UnknownParameter</Code>');
    expect(answer.text).toContain('The parameter InstanceIds is not recognized');
    expect(ec2.violations).toEqual([
      'DescribeInstances: UnknownParameter: The parameter InstanceIds is not recognized',
    ]);
    acknowledgeViolations(ec2.violations);
  });

  it('answers a missing required parameter with MissingParameter', async () => {
    const answer = await ec2Call('Action=TerminateInstances&Version=2016-11-15');
    expect(answer.text).toContain('<Code>MissingParameter</Code>');
    expect(answer.text).toContain('The request must contain the parameter InstanceId');
    acknowledgeViolations(ec2.violations);
  });

  it('checks nested members too (a misspelt tag key inside TagSpecification)', async () => {
    const answer = await ec2Call(
      'Action=RunInstances&Version=2016-11-15&MinCount=1&MaxCount=1&ImageId=ami-0aaa000000000002' +
        '&TagSpecification.1.ResourceType=instance&TagSpecification.1.Tags.1.Key=a',
    );
    expect(answer.text).toContain('The parameter TagSpecification.1.Tags is not recognized');
    acknowledgeViolations(ec2.violations);
  });

  it('refuses values EC2 refuses: malformed ids, small root volumes', async () => {
    const malformed = await ec2Call(
      'Action=TerminateInstances&Version=2016-11-15&InstanceId.1=i-nope',
    );
    expect(malformed.text).toContain('<Code>InvalidInstanceID.Malformed</Code>');
    const small = await ec2Call(
      'Action=RunInstances&Version=2016-11-15&MinCount=1&MaxCount=1&ImageId=ami-0dda000000000005' +
        '&InstanceType=g5.xlarge&BlockDeviceMapping.1.DeviceName=/dev/sda1&BlockDeviceMapping.1.Ebs.VolumeSize=35',
    );
    expect(small.text).toContain('<Code>InvalidBlockDeviceMapping</Code>');
    expect(ec2.violations).toEqual([]);
  });

  it('derives the allowed members from the SDK model, not a hand-written list', () => {
    // Members the SDK knows for RunInstances, on the wire as EC2's query protocol names them.
    for (const key of [
      'MinCount=1&MaxCount=1&NetworkInterface.1.AssociatePublicIpAddress=true&NetworkInterface.1.DeviceIndex=0',
      'MinCount=1&MaxCount=1&MetadataOptions.HttpTokens=required&ClientToken=x',
    ])
      expect(checkAgainstModel('RunInstances', parseQuery(key))).toEqual([]);
    expect(checkAgainstModel('RunInstances', parseQuery('MaxCount=1'))).toEqual([
      { code: 'MissingParameter', message: 'The request must contain the parameter MinCount' },
    ]);
    expect(checkAgainstModel('LaunchRockets', {})[0]?.code).toBe('InvalidAction');
  });
});

describe('Compute Engine emulator', () => {
  const call = (method: string, path: string, body?: unknown) =>
    fetch(`${gce.url}${path}`, {
      method,
      headers: { authorization: 'Bearer ya29.fake', 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  it('records a route the Compute API does not have', async () => {
    const answer = await call('GET', `/compute/v1/projects/${gce.project}/zones/us-central1-a/vms`);
    expect(answer.status).toBe(404);
    expect(gce.violations).toEqual([
      `GET /compute/v1/projects/${gce.project}/zones/us-central1-a/vms: no such Compute Engine API route`,
    ]);
    acknowledgeViolations(gce.violations);
  });

  it('refuses unknown body fields, as the API does', async () => {
    const answer = await call(
      'POST',
      `/compute/v1/projects/${gce.project}/zones/us-central1-a/instances`,
      {
        name: 'cml-x',
        machineType: 'zones/us-central1-a/machineTypes/e2-small',
        scheduling: { maxRunDurationSeconds: 60 },
        disks: [],
        networkInterfaces: [],
      },
    );
    expect(answer.status).toBe(400);
    expect(gce.violations).toEqual([
      'Instances.Insert: scheduling.maxRunDurationSeconds: unknown field of Scheduling',
    ]);
    acknowledgeViolations(gce.violations);
  });

  it('records unknown query parameters', async () => {
    await call('GET', `/compute/v1/projects/${gce.project}/zones/us-central1-a/instances?labels=x`);
    expect(gce.violations).toEqual(['Instances.List: unknown query parameter labels']);
    acknowledgeViolations(gce.violations);
  });

  it('refuses a boot disk smaller than its image and a maxRunDuration under 30 s', async () => {
    const insert = (extra: Record<string, unknown>) =>
      call('POST', `/compute/v1/projects/${gce.project}/zones/us-central1-a/instances`, {
        name: 'cml-y',
        machineType: 'zones/us-central1-a/machineTypes/e2-small',
        networkInterfaces: [{ network: 'global/networks/default' }],
        disks: [
          {
            boot: true,
            initializeParams: {
              sourceImage: 'projects/ubuntu-os-cloud/global/images/family/ubuntu-2204-lts',
              diskSizeGb: '5',
            },
          },
        ],
        ...extra,
      }).then((r) => r.json() as Promise<{ error?: { message: string } }>);
    expect((await insert({})).error?.message).toMatch(/cannot be smaller than the image size/);
    const brief = await insert({ scheduling: { maxRunDuration: { seconds: '0' } } });
    expect(brief.error?.message).toMatch(/maxRunDuration/);
    expect(gce.violations).toEqual([]);
  });
});
