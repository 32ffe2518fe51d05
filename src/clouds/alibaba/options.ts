import { ConfigurationError } from '../../core/errors';
import { required, type CloudInputs, type CommonCloudSettings } from '../common-inputs';
import { resolveEcsSize } from './sizes';

export interface AlibabaOptions {
  regionId: string;
  instanceTypes: string[];
  wantsGpu: boolean;
  /** vSwitch ids, tried in order: each is in one zone, so this is the zone fallback too. */
  vSwitchIds: string[];
  securityGroupId: string;
  /** An image id, or an image family (acs:… for public images). */
  image?: string;
  systemDiskSizeGb: number;
  /** cloud_essd (default), cloud_auto, cloud_efficiency, cloud_ssd. */
  systemDiskCategory: string;
  spot: boolean;
  /** USD (or CNY, by account) per hour: SpotWithPriceLimit; unset: SpotAsPriceGo. */
  spotPriceLimit?: number;
  spotFallback: boolean;
  /** Outbound bandwidth in Mbit/s for a public address (pay by traffic); 0: none. */
  publicBandwidthMbps: number;
  pollSeconds: number;
  launchTimeoutSeconds: number;
}

export const ALIBABA_SECRETS = ['ALIBABA_CLOUD_ACCESS_KEY_SECRET', 'ALIBABA_CLOUD_SECURITY_TOKEN'];

export function readAlibabaOptions(
  inputs: CloudInputs,
  env: NodeJS.ProcessEnv,
  common: CommonCloudSettings,
): AlibabaOptions {
  const size = resolveEcsSize(inputs['machine-types'], inputs.gpu);
  const vSwitchIds = inputs.subnets;
  if (!vSwitchIds.length) {
    throw new ConfigurationError(
      "Input 'subnets' is required for alibaba: one or more vSwitch ids (vsw-…), tried in order.",
      { input: 'subnets' },
    );
  }
  const price = inputs['spot-max-price'];
  const spotPriceLimit = price === undefined ? undefined : Number(price);
  if (spotPriceLimit !== undefined && !(spotPriceLimit > 0)) {
    throw new ConfigurationError(
      `Input 'spot-max-price': '${price}' is not a price; give the hourly limit (0.5) or leave it unset (SpotAsPriceGo).`,
      { input: 'spot-max-price' },
    );
  }
  return {
    regionId: required(
      inputs.region ?? env.ALIBABA_CLOUD_REGION_ID,
      'region',
      'for alibaba: the region id, e.g. cn-hangzhou (or set ALIBABA_CLOUD_REGION_ID)',
    ),
    instanceTypes: size.types,
    wantsGpu: size.wantsGpu,
    vSwitchIds,
    securityGroupId: required(
      inputs['security-groups'][0],
      'security-groups',
      'for alibaba: the security group id (sg-…) in the vSwitches’ VPC',
    ),
    image: inputs.image,
    systemDiskSizeGb: inputs['disk-size'],
    systemDiskCategory: inputs['disk-type'] ?? 'cloud_essd',
    spot: inputs.spot,
    spotPriceLimit,
    spotFallback: inputs['spot-fallback'],
    publicBandwidthMbps: inputs['public-ip'] === 'true' ? 100 : 0,
    ...common,
  };
}
