import { get as httpsGet } from 'node:https';
import type { Logger } from '../../core/logger';
import { PermissionError, errorMessage } from '../../core/errors';
import { CapacityError, type CloudDriver, type CloudInstance, type LaunchRequest } from '../types';
import { createAzureClients, type AzureClients } from './clients';
import type { AzureOptions } from './options';
import {
  NVIDIA_EXTENSION,
  names,
  needsDriverExtension,
  nicBody,
  publicIpBody,
  vmBody,
} from './resources';

/**
 * Codes that mean "not here, not now": the size is not offered in the zone (SkuNotAvailable,
 * synchronous 409), no hardware (AllocationFailed, ZonalAllocationFailed and the
 * Overconstrained… variants, in the operation), or the vCPU quota (OperationNotAllowed).
 */
const CAPACITY = new Set([
  'SkuNotAvailable',
  'AllocationFailed',
  'ZonalAllocationFailed',
  'OverconstrainedAllocationRequest',
  'OverconstrainedZonalAllocationRequest',
  'OperationNotAllowed',
]);

/** The error code: RestError.code, or the code core-lro puts in a failed operation's message. */
function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') return code;
  return /long-running operation has failed\. (\w+)\./.exec(errorMessage(error))?.[1];
}
const statusOf = (error: unknown) => (error as { statusCode?: number }).statusCode;

/** Azure virtual machines through @azure/arm-compute and @azure/arm-network (loaded on use). */
export function createAzureDriver(options: AzureOptions, logger: Logger): CloudDriver {
  let clients: Promise<AzureClients> | undefined;
  const use = () => (clients ??= createAzureClients(options.subscriptionId, options.pollSeconds));
  const rg = options.resourceGroup;
  const lro = { updateIntervalInMs: Math.max(10, options.pollSeconds * 1000) };

  /** Deletes what the name owns, VM first (its NIC, disk and address go with it). */
  async function remove(vm: string): Promise<boolean> {
    const { compute, network } = await use();
    const n = names(vm);
    let found = false;
    const gone = (error: unknown) => {
      if (statusOf(error) !== 404) throw error;
    };
    const step = async (call: () => Promise<unknown>) => {
      try {
        await call();
        found = true;
      } catch (error) {
        gone(error);
      }
    };
    // Azure answers a DELETE of a missing resource 204 (no operation): look first.
    await step(async () => {
      await compute.virtualMachines.get(rg, vm);
      await compute.virtualMachines.beginDeleteAndWait(rg, vm, { ...lro, forceDeletion: false });
    });
    // Left when a launch failed before the VM owned them, or the VM was deleted by hand.
    await step(async () => {
      await network.networkInterfaces.get(rg, n.nic);
      await network.networkInterfaces.beginDeleteAndWait(rg, n.nic, lro);
    });
    await step(async () => {
      await network.publicIPAddresses.get(rg, n.ip);
      await network.publicIPAddresses.beginDeleteAndWait(rg, n.ip, lro);
    });
    await step(async () => {
      await compute.disks.get(rg, n.disk);
      await compute.disks.beginDeleteAndWait(rg, n.disk, lro);
    });
    return found;
  }

  async function createOnce(
    request: LaunchRequest,
    size: string,
    zone: string | undefined,
    spot: boolean,
  ) {
    const { compute, network } = await use();
    const n = names(request.name);
    if (options.publicIp) {
      await network.publicIPAddresses.beginCreateOrUpdateAndWait(
        rg,
        n.ip,
        publicIpBody(options, request.tags),
        lro,
      );
    }
    await network.networkInterfaces.beginCreateOrUpdateAndWait(
      rg,
      n.nic,
      nicBody(options, request.name, request.tags),
      lro,
    );
    await compute.virtualMachines.beginCreateOrUpdateAndWait(
      rg,
      request.name,
      vmBody(options, request, size, zone, spot) as never,
      lro,
    );
    // The OS disk Azure creates with the VM carries no tags of its own: tag it, so a sweep by
    // tags finds it even if the VM is gone.
    await compute.disks.beginUpdateAndWait(rg, n.disk, { tags: request.tags }, lro);
    if (needsDriverExtension(options, size)) {
      // Started, not awaited: it installs while the start-up script waits for nvidia-smi.
      await compute.virtualMachineExtensions.beginCreateOrUpdate(
        rg,
        request.name,
        NVIDIA_EXTENSION.name,
        {
          location: options.location,
          tags: request.tags,
          publisher: NVIDIA_EXTENSION.publisher,
          typePropertiesType: NVIDIA_EXTENSION.type,
          typeHandlerVersion: NVIDIA_EXTENSION.typeHandlerVersion,
          settings: NVIDIA_EXTENSION.settings,
          autoUpgradeMinorVersion: true,
        },
      );
    }
  }

  function toInstance(vm: Record<string, unknown>): CloudInstance {
    const view = (vm.instanceView ?? {}) as { statuses?: { code?: string }[] };
    const codes = (view.statuses ?? []).map((s) => s.code ?? '');
    const power = codes.find((c) => c.startsWith('PowerState/'))?.slice(11);
    const provisioning = String(vm.provisioningState ?? '');
    const state = power ?? provisioning.toLowerCase() ?? 'unknown';
    return {
      id: String(vm.name),
      name: String(vm.name),
      state,
      // A guest power-off leaves the VM "stopped" (still billed): ended, deleted by stop/sweep.
      ended:
        ['stopped', 'deallocated', 'deallocating', 'stopping'].includes(state) ||
        provisioning === 'Failed' ||
        provisioning === 'Deleting',
      launchedAt: vm.timeCreated ? new Date(String(vm.timeCreated)) : undefined,
      zone: (vm.zones as string[] | undefined)?.[0],
      type: (vm.hardwareProfile as { vmSize?: string } | undefined)?.vmSize,
      spot: vm.priority === 'Spot',
      tags: (vm.tags ?? {}) as Record<string, string>,
    };
  }

  const carries = (tags: Record<string, string> | undefined, want: Record<string, string>) =>
    Object.entries(want).every(([k, v]) => tags?.[k] === v);

  return {
    kind: 'azure',
    async launch(request) {
      const failures: string[] = [];
      const markets = options.spot ? (options.spotFallback ? [true, false] : [true]) : [false];
      const zones = options.zones.length ? options.zones : [undefined];
      for (const spot of markets)
        for (const size of options.sizes)
          for (const zone of zones) {
            const where = `${size}${spot ? ' spot' : ''}${zone ? ` in zone ${zone}` : ''}`;
            try {
              await createOnce(request, size, zone, spot);
              logger.info(`Created ${request.name} (${where}).`);
              return {
                id: request.name,
                name: request.name,
                state: 'creating',
                ended: false,
                zone,
                type: size,
                spot,
                tags: request.tags,
              };
            } catch (error) {
              const code = codeOf(error);
              // Whatever the attempt made (NIC, address, a failed VM shell) goes before the next.
              await remove(request.name).catch((e: unknown) =>
                logger.warning(`Could not clean up ${request.name}: ${errorMessage(e)}`),
              );
              if (statusOf(error) === 403 || code === 'AuthorizationFailed') {
                throw new PermissionError(
                  `Azure refused to create ${request.name}: ${errorMessage(error)}`,
                  'Give the launching identity the custom role in docs/azure.md on the resource group (and Microsoft.Network/virtualNetworks/subnets/join/action on the subnet).',
                );
              }
              if (!code || !CAPACITY.has(code)) throw error;
              failures.push(`${where}: ${code}`);
              logger.warning(`No capacity for ${where} (${code}); trying the next choice.`);
            }
          }
      throw new CapacityError(
        `No Azure capacity for any choice: ${failures.join('; ')}.`,
        'AllocationFailed',
      );
    },
    async list(tags) {
      const { compute, network } = await use();
      const found: CloudInstance[] = [];
      for await (const vm of compute.virtualMachines.list(rg, { expand: 'instanceView' })) {
        if (carries(vm.tags, tags))
          found.push(toInstance(vm as unknown as Record<string, unknown>));
      }
      // Pieces whose VM is gone (a launch cut short, a VM deleted by hand): ended "instances"
      // named after their VM, so stop and sweep delete them too.
      const orphans = new Map<string, Record<string, string>>();
      const seen = new Set(found.map((i) => i.name));
      const note = (name: string | undefined, suffix: string, t?: Record<string, string>) => {
        const vm = name?.endsWith(suffix) ? name.slice(0, -suffix.length) : undefined;
        if (vm && !seen.has(vm) && carries(t, tags)) orphans.set(vm, t ?? {});
      };
      for await (const nic of network.networkInterfaces.list(rg)) note(nic.name, '-nic', nic.tags);
      for await (const ip of network.publicIPAddresses.list(rg)) note(ip.name, '-ip', ip.tags);
      for await (const disk of compute.disks.listByResourceGroup(rg))
        note(disk.name, '-osdisk', disk.tags);
      for (const [name, t] of orphans) {
        found.push({ id: name, name, state: 'orphaned', ended: true, tags: t });
      }
      return found;
    },
    async get(instance) {
      const { compute } = await use();
      try {
        const vm = await compute.virtualMachines.get(rg, instance.id || instance.name, {
          expand: 'instanceView',
        });
        return toInstance(vm as unknown as Record<string, unknown>);
      } catch (error) {
        if (statusOf(error) === 404) return undefined;
        throw error;
      }
    },
    async terminate(list) {
      const notFound: string[] = [];
      await Promise.all(
        list.map(async (i) => {
          if (!(await remove(i.id || i.name))) notFound.push(i.id);
        }),
      );
      return { notFound };
    },
    async waitRunning(instance) {
      const deadline = Date.now() + options.launchTimeoutSeconds * 1000;
      for (;;) {
        const current = await this.get(instance);
        if (!current || current.ended) {
          throw new Error(
            `${instance.name} ended before running (${current?.state ?? 'deleted'}).`,
          );
        }
        if (current.state === 'running') return;
        if (Date.now() > deadline) throw new Error(`${instance.name} did not start in time.`);
        await new Promise((r) => setTimeout(r, options.pollSeconds * 1000));
      }
    },
    async consoleTail(instance, lines) {
      const { compute, ca } = await use();
      const data = await compute.virtualMachines.retrieveBootDiagnosticsData(
        rg,
        instance.id || instance.name,
        {
          sasUriExpirationTimeInMinutes: 5,
        },
      );
      const url = data.serialConsoleLogBlobUri;
      if (!url) return '';
      const text = await new Promise<string>((resolve, reject) => {
        httpsGet(url, { ca }, (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (d: string) => (body += d));
          res.on('end', () => resolve(res.statusCode === 200 ? body : ''));
        }).on('error', reject);
      });
      return text.split('\n').slice(-lines).join('\n');
    },
    async reclaimed(list) {
      // Spot VMs are created with eviction policy Delete, and neither Azure nor the guest ever
      // deletes an on-demand VM of ours (a guest power-off leaves it stopped): a VM gone before
      // stop was evicted. Its id comes from start's outputs.
      const hit: string[] = [];
      for (const i of list) if (!(await this.get(i))) hit.push(i.id);
      return hit;
    },
  };
}
