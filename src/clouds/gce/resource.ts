import type { LaunchRequest } from '../types';
import type { GcpOptions } from './gce-driver';

const DEFAULT_IMAGE = 'projects/ubuntu-os-cloud/global/images/family/ubuntu-2204-lts';

/** Compute Engine machine families that come with GPUs. */
const GPU_FAMILIES = /^(a2|a3|a4|g2|g4)-/;

/** GCE label values allow lowercase letters, digits, `_` and `-`, 63 at most. */
export function labelValue(value: string): string {
  return value
    .toLowerCase()
    .replace(/[^a-z0-9_-]/g, '-')
    .slice(0, 63);
}

export function encodeLabels(tags: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(tags).map(([k, v]) => [k, labelValue(v)]));
}

/**
 * The instances.insert body: labels, the startup script as metadata, GPUs (which cannot
 * live-migrate), spot or standard scheduling, and a hard run-duration limit after which Compute
 * Engine deletes the VM itself, so a forgotten runner cannot outlive its maximum lifetime.
 */
export function instanceResource(
  options: GcpOptions,
  request: LaunchRequest,
  zone: string,
  type: string,
  spot: boolean,
): Record<string, unknown> {
  const image = options.image?.includes('/')
    ? options.image
    : options.image
      ? `projects/${options.project}/global/images/${options.image}`
      : DEFAULT_IMAGE;
  const gpu = options.gpu;
  return {
    name: request.name,
    machineType: `zones/${zone}/machineTypes/${type}`,
    labels: encodeLabels(request.tags),
    metadata: { items: [{ key: 'startup-script', value: request.startupScript }] },
    disks: [
      {
        boot: true,
        autoDelete: true,
        initializeParams: {
          sourceImage: image,
          diskSizeGb: String(options.diskSizeGb ?? 35),
          diskType: `zones/${zone}/diskTypes/${options.diskType ?? 'pd-balanced'}`,
        },
      },
    ],
    networkInterfaces: [
      {
        network: options.network ?? (options.subnet ? undefined : 'global/networks/default'),
        subnetwork: options.subnet,
        accessConfigs: options.publicIp ? [{ name: 'External NAT', type: 'ONE_TO_ONE_NAT' }] : [],
      },
    ],
    guestAccelerators: gpu
      ? [
          {
            acceleratorType: `zones/${zone}/acceleratorTypes/${gpu.type}`,
            acceleratorCount: gpu.count,
          },
        ]
      : [],
    scheduling: {
      // GPU VMs (attached, or built into the accelerator-optimized families) cannot live-migrate.
      onHostMaintenance: gpu || spot || GPU_FAMILIES.test(type) ? 'TERMINATE' : 'MIGRATE',
      automaticRestart: false,
      provisioningModel: spot ? 'SPOT' : 'STANDARD',
      instanceTerminationAction: 'DELETE',
      maxRunDuration: { seconds: String(request.maxLifetimeSeconds) },
    },
    serviceAccounts: options.serviceAccount
      ? [{ email: options.serviceAccount, scopes: options.scopes }]
      : [],
  };
}
