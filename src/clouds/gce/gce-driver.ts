import type { Logger } from '../../core/logger';
import { ConfigurationError, PermissionError, errorMessage } from '../../core/errors';
import {
  CapacityError,
  type CloudDriver,
  type CloudInstance,
  type LaunchRequest,
  type TerminateResult,
} from '../types';
import { createGceClients, type GceClients } from './clients';
import { encodeLabels, imagePath, instanceResource } from './resource';
import { statusOf, withRetry, withTimeout } from './retry';

export interface GcpOptions {
  project: string;
  /** Zones, tried in order. */
  zones: string[];
  machineTypes: string[];
  /** projects/P/global/images/family/F or …/images/NAME (default: Ubuntu 22.04 family). */
  image?: string;
  diskSizeGb?: number;
  diskType?: string;
  network?: string;
  subnet?: string;
  gpu?: { type: string; count: number };
  /** A GPU was asked for (attached or built into the type): boot the Deep Learning VM image. */
  wantsGpu?: boolean;
  spot: boolean;
  spotFallback: boolean;
  /** Service account e-mail for the job's own access; none by default (no credentials on the VM). */
  serviceAccount?: string;
  scopes: string[];
  /** Give the VM a public address (needed to reach the forge without Cloud NAT). */
  publicIp: boolean;
  pollSeconds: number;
  launchTimeoutSeconds: number;
  /** Longest wait for one API answer, seconds: a hung request fails and is retried. */
  requestTimeoutSeconds?: number;
}

/**
 * A machine or accelerator type that a zone does not offer is refused at once (HTTP 400, reason
 * `invalid`: "Machine type with name 'a2-highgpu-1g' does not exist in zone 'us-east1-b'."),
 * not in the operation: the next zone may have it.
 */
function missingTypeInZone(error: unknown): boolean {
  if (statusOf(error) !== 400) return false;
  const text = errorMessage(error);
  return (
    /resource\.(machineType|guestAccelerators)/.test(text) &&
    /does not exist|not found|not available/i.test(text)
  );
}

/** Reasons that mean "no room in this zone or for this type": try the next choice. */
const CAPACITY_REASONS = new Set([
  'ZONE_RESOURCE_POOL_EXHAUSTED',
  'ZONE_RESOURCE_POOL_EXHAUSTED_WITH_DETAILS',
  'QUOTA_EXCEEDED',
  'RESOURCE_POOL_EXHAUSTED',
  'STOCKOUT',
  'UNSUPPORTED_OPERATION',
  'resourceNotFound',
]);

interface GceOperation {
  name?: string | null;
  status?: unknown;
  error?: { errors?: { code?: string | null; message?: string | null }[] | null } | null;
}

/** An instance's zone and name: instance ids are `zone/name` (GCE names are unique per zone). */
function locate(
  instance: { id: string; name: string; zone?: string },
  fallbackZone: string,
): { zone: string; name: string } {
  const [zone, name] = instance.id.includes('/') ? instance.id.split('/') : [];
  return {
    zone: instance.zone ?? zone ?? fallbackZone,
    name: instance.name || name || '',
  };
}

/** Compute Engine through @google-cloud/compute (REST transport, loaded only when used). */
export function createGceDriver(options: GcpOptions, logger: Logger): CloudDriver {
  let clients: Promise<GceClients> | undefined;
  const use = () => (clients ??= createGceClients());
  const backoffMs = Math.max(10, options.pollSeconds * 200);
  const timeoutMs = (options.requestTimeoutSeconds ?? 30) * 1000;
  // The REST transport ignores gax's per-call deadline, so each call is bounded here.
  const retry = <T>(call: (attempt: number) => Promise<T>) =>
    withRetry((attempt) => withTimeout(call(attempt), timeoutMs), backoffMs);
  let imageSize: Promise<number | undefined> | undefined;

  /** The boot image's own size in GB (diskSizeGb): the boot disk may not be smaller. */
  async function imageDiskGb(): Promise<number | undefined> {
    const { images } = await use();
    const path = imagePath(options);
    const m = /^projects\/([^/]+)\/global\/images\/(family\/)?([^/]+)$/.exec(path);
    if (!m) return undefined;
    const [, project, family, name] = m as unknown as [string, string, string | undefined, string];
    try {
      const [image] = family
        ? await retry(() => images.getFromFamily({ project, family: name }))
        : await retry(() => images.get({ project, image: name }));
      const size = Number(image.diskSizeGb ?? 0);
      return size > 0 ? size : undefined;
    } catch (error) {
      if (statusOf(error) === 404) {
        throw new ConfigurationError(`Compute Engine has no image ${path}.`, { input: 'image' });
      }
      logger.warning(
        `Could not read the size of image ${path} (${errorMessage(error)}); the boot disk keeps disk-size.`,
      );
      return undefined;
    }
  }

  /** Waits on a zone operation until DONE, then fails on operation.error (DONE is not success). */
  async function settle(zone: string, operation: GceOperation): Promise<void> {
    const { operations } = await use();
    let current = operation;
    const deadline = Date.now() + options.launchTimeoutSeconds * 1000;
    while (String(current.status) !== 'DONE') {
      if (Date.now() > deadline)
        throw new Error(`Operation ${current.name} did not finish in time.`);
      const name = current.name ?? '';
      [current] = (await retry(() =>
        operations.wait({ project: options.project, zone, operation: name }),
      )) as unknown as [GceOperation];
    }
    const errors = current.error?.errors ?? [];
    if (errors.length) {
      const first = errors[0]!;
      const code = first.code ?? 'UNKNOWN';
      const message = errors.map((e) => `${e.code}: ${e.message}`).join('; ');
      if (CAPACITY_REASONS.has(code)) throw new CapacityError(message, code);
      throw new Error(`Compute Engine operation ${current.name} failed: ${message}`);
    }
  }

  function toInstance(i: Record<string, unknown>, zone: string): CloudInstance {
    const status = String(i.status ?? 'UNKNOWN');
    const scheduling = (i.scheduling ?? {}) as Record<string, unknown>;
    const zoneName =
      String(i.zone ?? zone)
        .split('/')
        .pop() ?? zone;
    return {
      id: `${zoneName}/${String(i.name ?? '')}`,
      name: String(i.name ?? ''),
      state: status,
      ended: ['STOPPING', 'TERMINATED', 'SUSPENDED', 'STOPPED'].includes(status),
      launchedAt: i.creationTimestamp ? new Date(String(i.creationTimestamp)) : undefined,
      zone: zoneName,
      type: String(i.machineType ?? '')
        .split('/')
        .pop(),
      spot: scheduling.provisioningModel === 'SPOT',
      tags: (i.labels ?? {}) as Record<string, string>,
    };
  }

  async function insertOnce(request: LaunchRequest, zone: string, type: string, spot: boolean) {
    const { instances } = await use();
    imageSize ??= imageDiskGb();
    const body = instanceResource(options, request, zone, type, spot, await imageSize);
    const answer = await retry(async (attempt) => {
      try {
        return (await instances.insert({
          project: options.project,
          zone,
          instanceResource: body,
        })) as unknown as [{ latestResponse?: GceOperation; name?: string }];
      } catch (error) {
        // A retried insert that meets its own name: the first attempt went through.
        if (attempt > 1 && statusOf(error) === 409) return undefined;
        throw error;
      }
    });
    if (!answer) return;
    const [operation] = answer;
    await settle(zone, operation.latestResponse ?? { name: operation.name, status: 'RUNNING' });
  }

  return {
    kind: 'gcp',
    async launch(request) {
      const failures: string[] = [];
      const markets = options.spot ? (options.spotFallback ? [true, false] : [true]) : [false];
      for (const spot of markets)
        for (const type of options.machineTypes)
          for (const zone of options.zones) {
            const where = `${type}${spot ? ' spot' : ''} in ${zone}`;
            try {
              await insertOnce(request, zone, type, spot);
              logger.info(`Created ${request.name} (${where}).`);
              return {
                id: `${zone}/${request.name}`,
                name: request.name,
                state: 'PROVISIONING',
                ended: false,
                zone,
                type,
                spot,
                tags: encodeLabels(request.tags),
              };
            } catch (error) {
              const status = statusOf(error);
              if (status === 403 && !(error instanceof CapacityError)) {
                throw new PermissionError(
                  `Compute Engine refused instances.insert: ${errorMessage(error)}`,
                  'Give the launching account roles/compute.instanceAdmin.v1 (and roles/iam.serviceAccountUser when a service account is attached); see docs/runner-provision.md.',
                );
              }
              if (missingTypeInZone(error)) {
                failures.push(`${where}: not offered there`);
                logger.warning(
                  `${zone} does not offer ${type}${options.gpu ? ` with ${options.gpu.type}` : ''} (${errorMessage(error)}); trying the next choice.`,
                );
                continue;
              }
              if (!(error instanceof CapacityError)) throw error;
              failures.push(`${where}: ${error.code}`);
              logger.warning(`No capacity for ${where} (${error.code}); trying the next choice.`);
              // A failed insert may leave a TERMINATED shell with our name: remove it quietly.
              await this.terminate([
                { id: `${zone}/${request.name}`, name: request.name, zone },
              ]).catch(() => undefined);
            }
          }
      throw new CapacityError(
        `No Compute Engine capacity for any choice: ${failures.join('; ')}.`,
        'ZONE_RESOURCE_POOL_EXHAUSTED',
      );
    },
    async list(tags) {
      const { instances } = await use();
      const filter = Object.entries(encodeLabels(tags))
        .map(([k, v]) => `(labels.${k} = "${v}")`)
        .join(' AND ');
      const found: CloudInstance[] = [];
      for (const zone of options.zones) {
        const page = await retry(async () => {
          const items: CloudInstance[] = [];
          for await (const i of instances.listAsync({ project: options.project, zone, filter })) {
            items.push(toInstance(i as Record<string, unknown>, zone));
          }
          return items;
        });
        found.push(...page);
      }
      return found;
    },
    async get(instance) {
      const { instances } = await use();
      const where = locate(instance, options.zones[0] ?? '');
      try {
        const [i] = await retry(() =>
          instances.get({ project: options.project, zone: where.zone, instance: where.name }),
        );
        return toInstance(i as Record<string, unknown>, where.zone);
      } catch (error) {
        if (statusOf(error) === 404) return undefined;
        throw error;
      }
    },
    async terminate(list): Promise<TerminateResult> {
      const { instances } = await use();
      const notFound: string[] = [];
      await Promise.all(
        list.map(async (instance) => {
          const { zone, name } = locate(instance, options.zones[0] ?? '');
          let attempts = 0;
          try {
            const [operation] = (await retry(() => {
              attempts++;
              return instances.delete({ project: options.project, zone, instance: name });
            })) as unknown as [{ latestResponse?: GceOperation }];
            if (operation.latestResponse) await settle(zone, operation.latestResponse);
          } catch (error) {
            if (statusOf(error) !== 404) throw error;
            // A 404 on a retry: the first, unanswered delete went through.
            if (attempts === 1) notFound.push(instance.id);
          }
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
        if (current.state === 'RUNNING') return;
        if (Date.now() > deadline) throw new Error(`${instance.name} did not start in time.`);
        await new Promise((r) => setTimeout(r, options.pollSeconds * 1000));
      }
    },
    async consoleTail(instance, lines) {
      const { instances } = await use();
      const where = locate(instance, options.zones[0] ?? '');
      const [output] = await retry(() =>
        instances.getSerialPortOutput({
          project: options.project,
          zone: where.zone,
          instance: where.name,
        }),
      );
      return String(output.contents ?? '')
        .split('\n')
        .slice(-lines)
        .join('\n');
    },
    async reclaimed(list) {
      const { operations } = await use();
      const located = list.map((i) => locate(i, options.zones[0] ?? ''));
      const names = new Set(located.map((i) => i.name));
      const zones = new Set(located.map((i) => i.zone));
      const hit: string[] = [];
      for (const zone of zones) {
        const iterable = operations.listAsync({
          project: options.project,
          zone,
          filter: 'operationType = "compute.instances.preempted"',
        });
        for await (const o of iterable) {
          const name =
            String(o.targetLink ?? '')
              .split('/')
              .pop() ?? '';
          const zone =
            String(o.zone ?? '')
              .split('/')
              .pop() ?? '';
          if (names.has(name)) hit.push(`${zone}/${name}`);
        }
      }
      return hit;
    },
  };
}
