import { generateKeyPairSync } from 'node:crypto';
import type { LaunchRequest } from '../types';
import type { AzureOptions } from './options';
import { isGridSize } from './sizes';

/** Names of what one runner creates, all derived from the VM name (unique in the group). */
export const names = (vm: string) => ({
  vm,
  nic: `${vm}-nic`,
  ip: `${vm}-ip`,
  disk: `${vm}-osdisk`,
});

/** Canonical Ubuntu 22.04 LTS (Gen2). */
const UBUNTU = 'Canonical:0001-com-ubuntu-server-jammy:22_04-lts-gen2:latest';
/**
 * GPU sizes on the NC families (T4, A100): Microsoft's Ubuntu-HPC image, which ships the NVIDIA
 * datacenter driver, CUDA and the container toolkit, so nvidia-smi works at first boot. The
 * NVadsA10_v5 sizes are GPU partitions that need NVIDIA's GRID driver instead: those boot Ubuntu
 * and get the NVIDIA GPU Driver Extension, which installs the driver Azure supports for them.
 */
const GPU_IMAGE = 'microsoft-dsvm:ubuntu-hpc:2204:latest';

/**
 * The NVIDIA GPU Driver Extension (MicrosoftDocs/azure-compute-docs,
 * articles/virtual-machines/extensions/hpccompute-gpu-linux.md): GRID drivers on Ubuntu 22.04 for
 * the NV families. Its CUDA path supports only Ubuntu 20.04, hence the HPC image for NC sizes.
 * Pinned to the GRID 16.5 driver (535.161): that page lists the newer 17.x GRID driver as
 * breaking CUDA on the A10 series, which is what ML jobs use.
 */
export const NVIDIA_EXTENSION = {
  name: 'NvidiaGpuDriverLinux',
  publisher: 'Microsoft.HpcCompute',
  type: 'NvidiaGpuDriverLinux',
  typeHandlerVersion: '1.6',
  settings: { driverVersion: '535.161' },
};

export function imageReference(options: AzureOptions, size: string): Record<string, string> {
  const image = options.image ?? (options.wantsGpu && !isGridSize(size) ? GPU_IMAGE : UBUNTU);
  if (image.startsWith('/')) return { id: image };
  const [publisher, offer, sku, version] = image.split(':');
  return { publisher: publisher!, offer: offer!, sku: sku!, version: version ?? 'latest' };
}

/** The extension is needed when the driver is not in the image: GRID sizes on a stock image. */
export const needsDriverExtension = (options: AzureOptions, size: string): boolean =>
  options.wantsGpu && !options.image && isGridSize(size);

/**
 * A throw-away SSH key: Azure refuses a Linux VM with neither a password nor a key, and a key
 * whose private half is discarded at once lets nobody in (no password to leak or mask).
 */
export function unusableSshKey(): string {
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = publicKey.export({ format: 'jwk' });
  const part = (b: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(b.length);
    return Buffer.concat([len, b]);
  };
  // OpenSSH wire format: string "ssh-rsa", mpint e, mpint n (leading zero keeps n positive).
  const mpint = (b64: string) => {
    const raw = Buffer.from(b64, 'base64url');
    return part(raw[0]! & 0x80 ? Buffer.concat([Buffer.from([0]), raw]) : raw);
  };
  const blob = Buffer.concat([part(Buffer.from('ssh-rsa')), mpint(jwk.e!), mpint(jwk.n!)]);
  return `ssh-rsa ${blob.toString('base64')} cml-runner`;
}

export function publicIpBody(options: AzureOptions, tags: Record<string, string>) {
  return {
    location: options.location,
    tags,
    sku: { name: 'Standard' as const },
    publicIPAllocationMethod: 'Static' as const,
  };
}

export function nicBody(options: AzureOptions, vm: string, tags: Record<string, string>) {
  const sub = options.subscriptionId;
  const rg = options.resourceGroup;
  const ipId = `/subscriptions/${sub}/resourceGroups/${rg}/providers/Microsoft.Network/publicIPAddresses/${names(vm).ip}`;
  return {
    location: options.location,
    tags,
    ipConfigurations: [
      {
        name: 'ipconfig1',
        subnet: { id: options.subnetId },
        privateIPAllocationMethod: 'Dynamic' as const,
        // Deleted with the NIC, which is deleted with the VM.
        ...(options.publicIp ? { publicIPAddress: { id: ipId, deleteOption: 'Delete' } } : {}),
      },
    ],
    ...(options.networkSecurityGroupId
      ? { networkSecurityGroup: { id: options.networkSecurityGroupId } }
      : {}),
  };
}

export function vmBody(
  options: AzureOptions,
  request: LaunchRequest,
  size: string,
  zone: string | undefined,
  spot: boolean,
) {
  const n = names(request.name);
  const nicId = `/subscriptions/${options.subscriptionId}/resourceGroups/${options.resourceGroup}/providers/Microsoft.Network/networkInterfaces/${n.nic}`;
  return {
    location: options.location,
    tags: request.tags,
    ...(zone ? { zones: [zone] } : {}),
    hardwareProfile: { vmSize: size },
    storageProfile: {
      imageReference: imageReference(options, size),
      osDisk: {
        name: n.disk,
        createOption: 'FromImage',
        diskSizeGB: options.osDiskSizeGb,
        managedDisk: { storageAccountType: options.osDiskType },
        deleteOption: 'Delete',
      },
    },
    osProfile: {
      computerName: request.name,
      adminUsername: 'cml',
      customData: Buffer.from(request.startupScript).toString('base64'),
      linuxConfiguration: {
        disablePasswordAuthentication: true,
        ssh: {
          publicKeys: [{ path: '/home/cml/.ssh/authorized_keys', keyData: unusableSshKey() }],
        },
      },
    },
    networkProfile: { networkInterfaces: [{ id: nicId, primary: true, deleteOption: 'Delete' }] },
    // Managed boot diagnostics: the serial log of a failed launch, with no storage account.
    diagnosticsProfile: { bootDiagnostics: { enabled: true } },
    ...(spot
      ? {
          priority: 'Spot',
          evictionPolicy: 'Delete',
          billingProfile: { maxPrice: options.spotMaxPrice },
        }
      : { priority: 'Regular' }),
  };
}
