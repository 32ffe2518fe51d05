import { DescribeImagesCommand, type EC2Client } from '@aws-sdk/client-ec2';
import { ConfigurationError } from '../../core/errors';
import type { AwsOptions } from './ec2-driver';
import { architectureOf } from './arch';

export interface ResolvedImage {
  id: string;
  rootDeviceName: string;
  architecture: string;
  /** Size of the root device's snapshot, GiB: the smallest root volume EC2 accepts. */
  rootSnapshotGb?: number;
}

/** Canonical's account: the default Ubuntu images. */
const CANONICAL = '099720109477';

/**
 * AWS's Deep Learning Base GPU AMIs (owner alias `amazon`): Ubuntu 22.04 with the NVIDIA driver,
 * CUDA, Docker and the NVIDIA container toolkit, for G4dn, G5, G6, P4d, P5 … (x86_64) and G5g
 * (arm64). Named `Deep Learning Base OSS Nvidia Driver GPU AMI (Ubuntu 22.04) 20260724` and
 * `Deep Learning ARM64 Base OSS Nvidia Driver GPU AMI (Ubuntu 22.04) …` in the DLAMI release notes
 * (docs.aws.amazon.com/dlami/latest/devguide/, "Base OSS Nvidia Driver GPU AMI" pages).
 */
const GPU_IMAGES = {
  x86_64: 'Deep Learning Base OSS Nvidia Driver GPU AMI (Ubuntu 22.04) *',
  arm64: 'Deep Learning ARM64 Base OSS Nvidia Driver GPU AMI (Ubuntu 22.04) *',
};

/**
 * The AMI to launch: an `ami-…` id as given, or the newest image whose name matches the pattern
 * (default: Ubuntu 22.04 for the first type's architecture, or the Deep Learning Base GPU AMI
 * when a GPU is wanted). One DescribeImages call either way, which also gives the root device
 * name and its snapshot size, the least the root volume may be.
 */
export async function resolveImage(
  client: EC2Client,
  options: AwsOptions,
  gpu: boolean,
): Promise<ResolvedImage> {
  const arch = architectureOf(options.instanceTypes[0] ?? '');
  const image = options.image?.trim();
  const byId = image ? /^ami-[0-9a-f]+$/i.test(image) : false;
  const pattern =
    image ||
    (gpu
      ? GPU_IMAGES[arch]
      : `ubuntu/images/hvm-ssd*/ubuntu-jammy-22.04-${arch === 'arm64' ? 'arm64' : 'amd64'}-server-*`);
  const owners = options.imageOwners?.length
    ? options.imageOwners
    : !image && gpu
      ? ['amazon']
      : [CANONICAL];
  const answer = await client.send(
    new DescribeImagesCommand(
      byId
        ? { ImageIds: [pattern] }
        : {
            Owners: owners,
            Filters: [
              { Name: 'name', Values: [pattern] },
              { Name: 'architecture', Values: [arch] },
              { Name: 'state', Values: ['available'] },
            ],
          },
    ),
  );
  const newest = (answer.Images ?? [])
    .filter((i) => i.ImageId)
    .sort((a, b) => (b.CreationDate ?? '').localeCompare(a.CreationDate ?? ''))[0];
  if (!newest?.ImageId) {
    throw new ConfigurationError(
      `No AMI matches '${pattern}' (${arch}, owners ${owners.join(', ')}) in ${options.region}: give an ami-… id or a name pattern that exists there.`,
      { input: 'image' },
    );
  }
  if (newest.Architecture && newest.Architecture !== arch) {
    throw new ConfigurationError(
      `AMI ${newest.ImageId} is ${newest.Architecture} but instance type ${options.instanceTypes[0]} needs ${arch}.`,
      { input: 'image' },
    );
  }
  const rootDeviceName = newest.RootDeviceName ?? '/dev/sda1';
  const root = (newest.BlockDeviceMappings ?? []).find((m) => m.DeviceName === rootDeviceName);
  return {
    id: newest.ImageId,
    rootDeviceName,
    architecture: newest.Architecture ?? arch,
    rootSnapshotGb: root?.Ebs?.VolumeSize,
  };
}
