import { architectureOf } from '../clouds/aws/arch';
import { forgeInfo, runnerForge } from '../forge/registry';
import type { CloudOptions } from '../clouds';
import { TAGS, type CloudDriver, type CloudInstance } from '../clouds/types';
import type { RunContext } from '../core/context';
import { errorMessage } from '../core/errors';
import type { Logger } from '../core/logger';
import type { Forge, RunnerRegistration } from '../forge/types';
import type { ProvisionConfig } from './config';
import { instanceTags, exactRunnerName, runnerName, uniqueLabel } from './naming';
import { LaunchError, waitOnline, type PendingRunner } from './poll';
import { renderStartupScript } from './render-startup';
import { throwIfCancelled } from './sleep';
import { resolvePin } from './resolve-pin';
import type { RunnerPin } from './versions';

export interface StartedRunner {
  name: string;
  runnerId?: number;
  instanceId: string;
  zone?: string;
  type?: string;
  spot?: boolean;
}

export interface StartResult {
  /** The label only these runners carry (use it in runs-on / tags). */
  label: string;
  labels: string[];
  runners: StartedRunner[];
}

export type StartForge = Pick<
  Forge,
  'kind' | 'registerRunner' | 'findRunners' | 'getRunner' | 'deleteRunner'
>;

interface Launch {
  name: string;
  registration?: RunnerRegistration;
  instance?: CloudInstance;
}

/**
 * Launches `count` runners and waits until all are online. All or nothing: if any launch fails,
 * times out or the step is cancelled (signal), every instance this call launched is terminated
 * and every runner it registered is deleted, and a failed instance's console tail is shown.
 */
export async function startRunners(deps: {
  config: ProvisionConfig;
  context: RunContext;
  forge: StartForge;
  cloud: CloudDriver;
  logger: Logger;
  signal?: AbortSignal;
  /** The runner to install, already resolved (default: looked up as config.releases says). */
  pin?: RunnerPin;
}): Promise<StartResult> {
  const { config, context, forge, cloud, logger, signal } = deps;
  const label = uniqueLabel(context);
  const arch = runnerArch(config.cloud);
  // GitHub's own generate-jitconfig example and philips-labs/terraform-aws-github-runner give
  // JIT runners the labels config.sh would add (self-hosted, the OS, the architecture), so
  // `runs-on: [self-hosted, <label>]` matches; a JIT runner gets no others.
  // The runner software's forge: runnerForge refuses a forge cml registers no runners on.
  const kind = runnerForge(forge).kind;
  const actionsRunner = forgeInfo(kind).runners?.software === 'actions-runner';
  const defaults = actionsRunner ? ['self-hosted', 'linux', arch] : [];
  const labels = [...new Set([...defaults, ...config.labels, label])];
  const launches: Launch[] = [];
  if (actionsRunner && !config.ephemeral) {
    logger.warning(
      'GitHub runners take one job each here (a single-use just-in-time configuration): a reusable registration token would sit in the machine’s user data, readable by every job for an hour. Launch `count` runners for `count` jobs.',
    );
  }
  const pin = deps.pin ?? (await resolvePin(config, context, kind, arch, logger));
  const targetUrl = !actionsRunner
    ? context.serverUrl
    : config.scope.level === 'organization'
      ? `${context.serverUrl}/${config.scope.owner ?? context.repository.split('/')[0]}`
      : `${context.serverUrl}/${context.repository}`;
  const tags = instanceTags(config, context, kind);

  async function launchOne(): Promise<void> {
    const launch: Launch = {
      name: config.exactName
        ? exactRunnerName(config.namePrefix, launches.length, config.count)
        : runnerName(config.namePrefix),
    };
    launches.push(launch);
    throwIfCancelled(signal);
    // GitHub: always just-in-time (ephemeral); GitLab: a glrt- runner of its own either way.
    const ephemeral = actionsRunner || config.ephemeral;
    launch.registration = await forge.registerRunner({
      name: launch.name,
      labels,
      ephemeral,
      reuse: !ephemeral,
      scope: config.scope,
      runnerGroupId: config.runnerGroupId,
      runUntagged: config.runUntagged,
      locked: config.locked,
    });
    throwIfCancelled(signal);
    const startupScript = renderStartupScript({
      forge: kind,
      cloud: cloud.kind,
      name: launch.name,
      labels,
      targetUrl,
      pin,
      registration: launch.registration,
      idleTimeoutSeconds: config.idleTimeoutSeconds,
      maxLifetimeSeconds: config.maxLifetimeSeconds,
      single: ephemeral,
      gpu: config.wantsGpu,
      spot: config.spot,
      docker: config.docker,
      gitlabExecutor: config.gitlabExecutor,
      gitlabImage: config.gitlabImage,
      userScript: config.userScript,
    });
    const runnerTag: Record<string, string> =
      launch.registration.id !== undefined
        ? { [TAGS.forgeRunnerId]: String(launch.registration.id) }
        : {};
    launch.instance = await cloud.launch({
      name: launch.name,
      startupScript,
      tags: { ...tags, ...runnerTag },
      maxLifetimeSeconds: config.maxLifetimeSeconds,
    });
  }

  // One budget for the whole wait: running, then online.
  const deadline = Date.now() + config.launchTimeoutSeconds * 1000;
  try {
    await settleAll(Array.from({ length: config.count }, () => launchOne()));
    throwIfCancelled(signal);
    const pending: PendingRunner[] = launches.map((l) => ({
      name: l.name,
      runnerId: l.registration?.id,
      instance: l.instance!,
    }));
    await settleAll(
      pending.map(async (p) => {
        try {
          await cloud.waitRunning(p.instance);
        } catch (error) {
          throw new LaunchError(
            `Instance ${p.instance.id} did not start: ${errorMessage(error)}`,
            p,
          );
        }
      }),
    );
    await waitOnline(pending, {
      forge,
      cloud,
      scope: config.scope,
      pollSeconds: config.pollSeconds,
      timeoutSeconds: Math.max(1, (deadline - Date.now()) / 1000),
      logger,
      signal,
      delayFirst: true,
    });
  } catch (error) {
    if (error instanceof LaunchError) await showConsole(cloud, error.runner.instance, logger);
    await cleanUp(launches, { forge, cloud, config, logger });
    throw error;
  }
  return {
    label,
    labels,
    runners: launches.map((l) => ({
      name: l.name,
      runnerId: l.registration?.id,
      instanceId: l.instance!.id,
      zone: l.instance!.zone,
      type: l.instance!.type,
      spot: l.instance!.spot,
    })),
  };
}

/** Like Promise.all, but waits for every promise before rejecting, so no launch is in flight during clean-up. */
async function settleAll(promises: Promise<void>[]): Promise<void> {
  const results = await Promise.allSettled(promises);
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
}

async function showConsole(
  cloud: CloudDriver,
  instance: CloudInstance,
  logger: Logger,
): Promise<void> {
  try {
    const tail = await cloud.consoleTail(instance, 40);
    await logger.group(`Console output of ${instance.id} (last lines)`, async () => {
      logger.info(tail || '(empty: the console may not be available yet)');
    });
  } catch (error) {
    logger.warning(`Could not read the console of ${instance.id}: ${errorMessage(error)}`);
  }
}

async function cleanUp(
  launches: Launch[],
  deps: { forge: StartForge; cloud: CloudDriver; config: ProvisionConfig; logger: Logger },
): Promise<void> {
  const instances = launches.flatMap((l) => (l.instance ? [l.instance] : []));
  if (instances.length) {
    deps.logger.info(`Terminating ${instances.map((i) => i.id).join(', ')}.`);
    try {
      await deps.cloud.terminate(instances);
    } catch (error) {
      deps.logger.error(
        `Could not terminate ${instances.map((i) => i.id).join(', ')}: ${errorMessage(error)}. Run the stop mode or a sweep.`,
      );
    }
  }
  for (const l of launches) {
    if (l.registration?.id === undefined) continue;
    await deps.forge
      .deleteRunner(l.registration.id, deps.config.scope)
      .catch((error: unknown) =>
        deps.logger.warning(`Could not delete runner ${l.name}: ${errorMessage(error)}`),
      );
  }
}

/** The runner architecture word (x64/arm64) of the machine types asked for. */
export function runnerArch(cloud: CloudOptions): 'x64' | 'arm64' {
  if (cloud.cloud === 'aws') {
    const type = cloud.aws.instanceTypes[0];
    return type && architectureOf(type) === 'arm64' ? 'arm64' : 'x64';
  }
  if (cloud.cloud === 'gcp') {
    // Compute Engine's Arm families: T2A (Ampere Altra), C4A and N4A (Axion).
    return /^(t2a|c4a|n4a)-/.test(cloud.gcp.machineTypes[0] ?? '') ? 'arm64' : 'x64';
  }
  return 'x64';
}
