import { ConfigurationError } from '../../core/errors';
import { required, type CloudInputs, type CommonCloudSettings } from '../common-inputs';
import { resolveAzureSize } from './sizes';

export interface AzureOptions {
  subscriptionId: string;
  resourceGroup: string;
  location: string;
  /** Availability zones ('1', '2', '3'), tried in order; empty: no zone (regional). */
  zones: string[];
  /** VM sizes, tried in order. */
  sizes: string[];
  wantsGpu: boolean;
  /** publisher:offer:sku:version, or an image / gallery image version resource id. */
  image?: string;
  /** Subnet resource id the NIC joins. */
  subnetId: string;
  /** Network security group resource id for the NIC (none: the subnet's own NSG applies). */
  networkSecurityGroupId?: string;
  osDiskSizeGb: number;
  /** Managed disk SKU: Standard_LRS, StandardSSD_LRS (default), Premium_LRS, … */
  osDiskType: string;
  spot: boolean;
  /** Spot maximum price in USD per hour; -1: up to the on-demand price, never evicted for price. */
  spotMaxPrice: number;
  spotFallback: boolean;
  publicIp: boolean;
  pollSeconds: number;
  launchTimeoutSeconds: number;
}

/** Secrets the Azure path reads from the environment: masked before anything is logged. */
export const AZURE_SECRETS = [
  'AZURE_CLIENT_SECRET',
  'AZURE_CLIENT_CERTIFICATE_PASSWORD',
  'CML_AZURE_ACCESS_TOKEN',
];

/** The azure options from the runner-provision inputs and AZURE_* variables (no SDK loaded). */
export function readAzureOptions(
  inputs: CloudInputs,
  env: NodeJS.ProcessEnv,
  common: CommonCloudSettings,
): AzureOptions {
  const size = resolveAzureSize(inputs['machine-types'], inputs.gpu);
  const subnetId = required(
    inputs.subnets[0],
    'subnets',
    'for azure: the subnet resource id (/subscriptions/…/virtualNetworks/…/subnets/…)',
  );
  const price = inputs['spot-max-price'] ?? '-1';
  const spotMaxPrice = Number(price);
  if (!Number.isFinite(spotMaxPrice) || (spotMaxPrice <= 0 && spotMaxPrice !== -1)) {
    throw new ConfigurationError(
      `Input 'spot-max-price': '${price}' is not an Azure Spot price; give USD per hour (0.5) or -1 (up to the on-demand price).`,
      { input: 'spot-max-price' },
    );
  }
  return {
    subscriptionId: required(
      inputs['azure-subscription-id'] ?? env.AZURE_SUBSCRIPTION_ID,
      'azure-subscription-id',
      'for azure (or set AZURE_SUBSCRIPTION_ID)',
    ),
    resourceGroup: required(
      inputs['azure-resource-group'] ?? env.AZURE_RESOURCE_GROUP,
      'azure-resource-group',
      'for azure (or set AZURE_RESOURCE_GROUP)',
    ),
    location: required(
      inputs.region ?? env.AZURE_LOCATION ?? env.AZURE_DEFAULTS_LOCATION,
      'region',
      'for azure: the location, e.g. eastus (or set AZURE_LOCATION)',
    ),
    zones: inputs.zones,
    sizes: size.sizes,
    wantsGpu: size.wantsGpu,
    image: inputs.image,
    subnetId,
    networkSecurityGroupId: inputs['security-groups'][0],
    osDiskSizeGb: inputs['disk-size'],
    osDiskType: inputs['disk-type'] ?? 'StandardSSD_LRS',
    spot: inputs.spot,
    spotMaxPrice,
    spotFallback: inputs['spot-fallback'],
    // auto: no public address on Azure (the subnet's NAT gateway or default outbound access).
    publicIp: inputs['public-ip'] === 'true',
    ...common,
  };
}
