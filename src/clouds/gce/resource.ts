import type { LaunchRequest } from '../types';
import type { GcpOptions } from './gce-driver';

const DEFAULT_IMAGE = 'projects/ubuntu-os-cloud/global/images/family/ubuntu-2204-lts';

/**
 * Deep Learning VM image for GPU runners: Ubuntu 22.04 with CUDA 12.8 and the NVIDIA 570 driver
 * (family names: cloud.google.com/deep-learning-vm/docs/images). The driver is installed on first
 * boot when the metadata says `install-nvidia-driver=True`.
 */
export const GPU_IMAGE =
  'projects/deeplearning-platform-release/global/images/family/common-cu128-ubuntu-2204-nvidia-570';

/** Compute Engine machine families that come with GPUs. */
const GPU_FAMILIES = /^(a2|a3|a4|g2|g4)-/;

/** Whether this launch has GPUs: an accelerator, a GPU machine family, or `gpu` asked for. */
export function hasGpu(options: GcpOptions, type?: string): boolean {
  return Boolean(
    options.gpu ||
    options.wantsGpu ||
    (type ? GPU_FAMILIES.test(type) : options.machineTypes.some((t) => GPU_FAMILIES.test(t))),
  );
}

/** The image path to boot: the one asked for, the Deep Learning VM image for GPUs, or Ubuntu. */
export function imagePath(options: GcpOptions): string {
  if (options.image?.includes('/')) return options.image;
  if (options.image) return `projects/${options.project}/global/images/${options.image}`;
  return hasGpu(options) ? GPU_IMAGE : DEFAULT_IMAGE;
}

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
 * Engine deletes a running VM itself. A VM that powered itself off is only stopped (TERMINATED)
 * and Compute Engine clears its run-duration timer: stop and sweep delete those.
 */
export function instanceResource(
  options: GcpOptions,
  request: LaunchRequest,
  zone: string,
  type: string,
  spot: boolean,
  imageDiskGb?: number,
): Record<string, unknown> {
  const image = imagePath(options);
  const gpu = options.gpu;
  const metadata = [{ key: 'startup-script', value: request.startupScript }];
  // Deep Learning VM images install the NVIDIA driver on first boot when asked.
  if (hasGpu(options, type) && image.startsWith('projects/deeplearning-platform-release/'))
    metadata.push({ key: 'install-nvidia-driver', value: 'True' });
  const scheduling: Record<string, unknown> = {
    // GPU VMs (attached, or built into the accelerator-optimized families) cannot live-migrate.
    onHostMaintenance: gpu || spot || GPU_FAMILIES.test(type) ? 'TERMINATE' : 'MIGRATE',
    automaticRestart: false,
    provisioningModel: spot ? 'SPOT' : 'STANDARD',
    instanceTerminationAction: 'DELETE',
  };
  // 0 is "no limit": Compute Engine refuses a maxRunDuration under 30 s, so none is sent.
  if (request.maxLifetimeSeconds > 0)
    scheduling.maxRunDuration = { seconds: String(request.maxLifetimeSeconds) };
  return {
    name: request.name,
    machineType: `zones/${zone}/machineTypes/${type}`,
    labels: encodeLabels(request.tags),
    metadata: { items: metadata },
    disks: [
      {
        boot: true,
        autoDelete: true,
        initializeParams: {
          sourceImage: image,
          // Never smaller than the image: Compute Engine refuses a disk under the image's size.
          diskSizeGb: String(Math.max(options.diskSizeGb ?? 35, imageDiskGb ?? 0)),
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
    scheduling,
    serviceAccounts: options.serviceAccount
      ? [{ email: options.serviceAccount, scopes: options.scopes }]
      : [],
  };
}
