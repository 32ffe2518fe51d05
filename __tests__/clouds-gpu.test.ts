// GPU requests boot an image that has the NVIDIA driver, on a root disk no smaller than that
// image. Stock Ubuntu images (Canonical's AMIs, ubuntu-os-cloud/ubuntu-2204-lts) have no driver,
// and RunInstances refuses a root volume smaller than the AMI's snapshot (InvalidBlockDeviceMapping).
import { describe, expect, it } from 'vitest';
import { createEc2Driver } from '../src/clouds/aws/ec2-driver';
import { createGceDriver } from '../src/clouds/gce/gce-driver';
import type { CloudDriver, LaunchRequest } from '../src/clouds/types';
import { type Ec2Emulator } from './emulators/ec2';
import { type GceEmulator } from './emulators/gce';
import { useCloudEmulators } from './support/cloud-emulators';
import { captureLogger, configFrom } from './runner-support';

let ec2: Ec2Emulator;
let gce: GceEmulator;
useCloudEmulators((started) => ({ ec2, gce } = started));

const request = (name: string): LaunchRequest => ({
  name,
  startupScript: '#!/bin/bash\n',
  tags: { 'cml-runner': 'true', 'cml-run-id': '11' },
  maxLifetimeSeconds: 3600,
});

function aws(inputs: Record<string, string>, log = captureLogger()): CloudDriver {
  const config = configFrom({ cloud: 'aws', region: ec2.region, ...inputs });
  if (config.cloud.cloud !== 'aws') throw new Error('aws expected');
  return createEc2Driver(config.cloud.aws, log.logger);
}

function gcp(inputs: Record<string, string>): CloudDriver {
  const config = configFrom({
    cloud: 'gcp',
    'gcp-project': gce.project,
    zones: 'us-central1-a',
    ...inputs,
  });
  if (config.cloud.cloud !== 'gcp') throw new Error('gcp expected');
  return createGceDriver(config.cloud.gcp, captureLogger().logger);
}

describe('EC2: the Deep Learning Base GPU AMI for GPU requests', () => {
  const newestDlami = () =>
    ec2.images
      .filter((i) =>
        i.name.startsWith('Deep Learning Base OSS Nvidia Driver GPU AMI (Ubuntu 22.04)'),
      )
      .sort((a, b) => b.creationDate.localeCompare(a.creationDate))[0]!;

  it.each([
    ['gpu: true with a GPU type', { 'machine-types': 'g5.xlarge', gpu: 'true' }],
    ['a CML GPU size', { 'machine-types': 'm+t4' }],
    ['a GPU type alone', { 'machine-types': 'g6.xlarge' }],
    ['a CML size with a gpu word', { 'machine-types': 'm', gpu: 'a10g' }],
  ])('%s: newest DLAMI by name and owner, root volume at least its snapshot', async (_, inputs) => {
    const log = captureLogger();
    const launched = await aws(inputs, log).launch(request('cml-gpu-aws'));
    const instance = ec2.instances.find((i) => i.id === launched.id)!;
    const image = newestDlami();
    expect(instance.imageId).toBe(image.id);
    // disk-size defaults to 35 GB; the DLAMI's snapshot is bigger, and EC2 refuses less.
    expect(instance.rootVolume?.size).toBe(image.rootSnapshotGb);
    expect(log.text()).toContain(`Root volume: ${image.rootSnapshotGb} GB`);
    const describe = ec2.requests.filter((r) => r.action === 'DescribeImages').at(-1)!;
    expect(describe.params.Owner).toEqual(['amazon']);
  });

  it('keeps a larger disk-size, and stock Ubuntu for machines without GPUs', async () => {
    const big = await aws({ 'machine-types': 'g5.xlarge', 'disk-size': '300' }).launch(
      request('cml-gpu-big'),
    );
    expect(ec2.instances.find((i) => i.id === big.id)?.rootVolume?.size).toBe(300);
    const cpu = await aws({ 'machine-types': 't3.large' }).launch(request('cml-cpu'));
    const instance = ec2.instances.find((i) => i.id === cpu.id)!;
    expect(ec2.images.find((i) => i.id === instance.imageId)?.name).toMatch(/^ubuntu\/images\//);
    expect(instance.rootVolume?.size).toBe(35);
  });

  it('sizes the root volume from an AMI given by id too', async () => {
    const image = newestDlami();
    const launched = await aws({ 'machine-types': 'g4dn.xlarge', image: image.id }).launch(
      request('cml-gpu-id'),
    );
    expect(ec2.instances.find((i) => i.id === launched.id)?.rootVolume?.size).toBe(
      image.rootSnapshotGb,
    );
  });
});

describe('Compute Engine: the Deep Learning VM image for GPU requests', () => {
  it.each([
    ['an attached T4', { 'machine-types': 'n1-standard-4', gpu: 't4' }],
    ['a CML GPU size', { 'machine-types': 'm+t4' }],
    ['a G2 machine type alone', { 'machine-types': 'g2-standard-8' }],
    ['gpu: true with an A2 type', { 'machine-types': 'a2-highgpu-1g', gpu: 'true' }],
  ])(
    '%s: DLVM image family, install-nvidia-driver=True, disk at least the image',
    async (_, inputs) => {
      const name = `cml-gpu-gce-${gce.instances.length}`;
      await gcp(inputs).launch(request(name));
      const vm = gce.instances.find((i) => i.name === name)!;
      const image = gce.images.find((i) => i.project === 'deeplearning-platform-release')!;
      expect(vm.resource).toMatchObject({
        disks: [
          {
            initializeParams: {
              sourceImage: `projects/${image.project}/global/images/family/${image.family}`,
              diskSizeGb: String(image.diskSizeGb),
            },
          },
        ],
      });
      // Deep Learning VM images install the driver on first boot when this metadata is set.
      expect(vm.metadata['install-nvidia-driver']).toBe('True');
      const read = gce.requests.filter((r) => r.path.includes('/global/images/family/'));
      expect(read.length).toBeGreaterThan(0);
    },
  );

  it('keeps Ubuntu, no driver metadata and disk-size for machines without GPUs', async () => {
    await gcp({ 'machine-types': 'e2-standard-4', 'disk-size': '40' }).launch(
      request('cml-cpu-gce'),
    );
    const vm = gce.instances.find((i) => i.name === 'cml-cpu-gce')!;
    expect(vm.resource).toMatchObject({
      disks: [
        {
          initializeParams: {
            sourceImage: 'projects/ubuntu-os-cloud/global/images/family/ubuntu-2204-lts',
            diskSizeGb: '40',
          },
        },
      ],
    });
    expect(vm.metadata['install-nvidia-driver']).toBeUndefined();
  });
});
