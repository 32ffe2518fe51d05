/**
 * The IAM permissions Compute Engine checks for each API method the driver calls, from the Compute
 * Engine IAM reference ("Compute Engine IAM roles and permissions") and the create-VM guide's
 * required-permissions list: creating a VM needs compute.instances.create, compute.disks.create for
 * its new boot disk, compute.images.useReadOnly on the image, compute.subnetworks.use for its
 * network (and compute.subnetworks.useExternalIp for an external address), and setMetadata,
 * setLabels, setServiceAccount for the metadata, labels and service account it sets.
 */
import type { GceRequest } from './index';
import { matchRoute } from './api';

export function permissionsFor(request: GceRequest): string[] {
  const api = matchRoute(request.method, request.path);
  if (!api) return [`(no such route: ${request.method} ${request.path})`];
  const name = `${api.route.service}.${api.route.method}`;
  switch (name) {
    case 'Instances.Insert': {
      const body = request.body as Record<string, unknown>;
      const needs = [
        'compute.instances.create',
        'compute.disks.create',
        'compute.images.useReadOnly',
      ];
      const nics = (body.networkInterfaces ?? []) as { accessConfigs?: unknown[] }[];
      needs.push('compute.subnetworks.use');
      if (nics.some((n) => (n.accessConfigs ?? []).length))
        needs.push('compute.subnetworks.useExternalIp');
      if (((body.metadata as { items?: unknown[] })?.items ?? []).length)
        needs.push('compute.instances.setMetadata');
      if (Object.keys((body.labels as object) ?? {}).length)
        needs.push('compute.instances.setLabels');
      if (((body.serviceAccounts as unknown[]) ?? []).length)
        needs.push('compute.instances.setServiceAccount', 'iam.serviceAccounts.actAs');
      return needs;
    }
    case 'Instances.Get':
      return ['compute.instances.get'];
    case 'Instances.List':
      return ['compute.instances.list'];
    case 'Instances.Delete':
      return ['compute.instances.delete'];
    case 'Instances.GetSerialPortOutput':
      return ['compute.instances.getSerialPortOutput'];
    case 'ZoneOperations.Get':
    case 'ZoneOperations.Wait':
      return ['compute.zoneOperations.get'];
    case 'ZoneOperations.List':
      return ['compute.zoneOperations.list'];
    case 'Images.Get':
      return ['compute.images.get'];
    case 'Images.GetFromFamily':
      return ['compute.images.getFromFamily'];
    default:
      return [`(permissions of ${name} not listed here)`];
  }
}
