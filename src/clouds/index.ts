import type { Logger } from '../core/logger';
import type { AwsOptions } from './aws/ec2-driver';
import type { GcpOptions } from './gce/gce-driver';
import type { CloudDriver } from './types';

export type CloudOptions = { cloud: 'aws'; aws: AwsOptions } | { cloud: 'gcp'; gcp: GcpOptions };

/**
 * The driver for the chosen cloud. Each SDK is imported here, on demand, so a run on AWS never
 * loads @google-cloud/compute (seconds of start-up) and a stop of nothing loads neither.
 */
export async function createCloud(options: CloudOptions, logger: Logger): Promise<CloudDriver> {
  if (options.cloud === 'aws') {
    const { createEc2Driver } = await import('./aws/ec2-driver');
    return createEc2Driver(options.aws, logger);
  }
  const { createGceDriver } = await import('./gce/gce-driver');
  return createGceDriver(options.gcp, logger);
}

export type {
  CloudDriver,
  CloudInstance,
  LaunchRequest,
  CloudKind,
  TerminateResult,
} from './types';
export { CapacityError, TAGS } from './types';
