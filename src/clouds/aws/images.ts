import { DescribeImagesCommand, type EC2Client } from '@aws-sdk/client-ec2';
import { ConfigurationError } from '../../core/errors';
import type { AwsOptions } from './ec2-driver';
import { architectureOf } from './arch';

export interface ResolvedImage {
  id: string;
  rootDeviceName: string;
  architecture: string;
}

/** Canonical's account: the default Ubuntu images. */
const CANONICAL = '099720109477';

/**
 * The AMI to launch: an `ami-…` id as given, or the newest image whose name matches the pattern
 * (default: Ubuntu 22.04 for the first type's architecture). One DescribeImages call either way,
 * which also gives the root device name the volume size applies to.
 */
export async function resolveImage(client: EC2Client, options: AwsOptions): Promise<ResolvedImage> {
  const arch = architectureOf(options.instanceTypes[0] ?? '');
  const image = options.image?.trim();
  const byId = image ? /^ami-[0-9a-f]+$/i.test(image) : false;
  const pattern =
    image ||
    `ubuntu/images/hvm-ssd*/ubuntu-jammy-22.04-${arch === 'arm64' ? 'arm64' : 'amd64'}-server-*`;
  const answer = await client.send(
    new DescribeImagesCommand(
      byId
        ? { ImageIds: [pattern] }
        : {
            Owners: options.imageOwners?.length ? options.imageOwners : [CANONICAL],
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
      `No AMI matches '${pattern}' (${arch}) in ${options.region}: give an ami-… id or a name pattern that exists there.`,
      { input: 'aws-image' },
    );
  }
  if (newest.Architecture && newest.Architecture !== arch) {
    throw new ConfigurationError(
      `AMI ${newest.ImageId} is ${newest.Architecture} but instance type ${options.instanceTypes[0]} needs ${arch}.`,
      { input: 'aws-image' },
    );
  }
  return {
    id: newest.ImageId,
    rootDeviceName: newest.RootDeviceName ?? '/dev/sda1',
    architecture: newest.Architecture ?? arch,
  };
}
