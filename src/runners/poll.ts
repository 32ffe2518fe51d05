import type { CloudDriver, CloudInstance } from '../clouds/types';
import type { ForgeKind } from '../core/context';
import { forgeInfo } from '../forge/registry';
import type { Logger } from '../core/logger';
import type { RunnerApi, RunnerScope } from '../forge/types';
import { sleep, throwIfCancelled } from './sleep';

type PollForge = Pick<RunnerApi, 'findRunners' | 'getRunner'> & { kind: ForgeKind };

export interface PendingRunner {
  name: string;
  /** Forge id (GitLab runners are polled by id; GitHub ones by the name filter). */
  runnerId?: number;
  instance: CloudInstance;
}

export class LaunchError extends Error {
  override readonly name = 'LaunchError';
  constructor(
    message: string,
    readonly runner: PendingRunner,
  ) {
    super(message);
  }
}

/**
 * Waits until every runner is online. One request per tick, whatever the count: ticks go round
 * the pending runners, and every fourth look at a runner asks the cloud instead of the forge
 * whether its instance still exists (so a machine that died is reported at once, not at the
 * timeout). Forge errors (auth, rate limit after the client's retries) propagate: they are
 * never taken for "not online yet".
 */
export async function waitOnline(
  runners: PendingRunner[],
  deps: {
    forge: PollForge;
    cloud: CloudDriver;
    scope: RunnerScope;
    pollSeconds: number;
    timeoutSeconds: number;
    logger: Logger;
    signal?: AbortSignal;
    /** Wait one interval before the first look (the cloud was just asked, by the launch waiter). */
    delayFirst?: boolean;
  },
): Promise<void> {
  const pending = [...runners];
  if (deps.delayFirst) await sleep(deps.pollSeconds * 1000, deps.signal);
  const looks = new Map<string, number>();
  const deadline = Date.now() + deps.timeoutSeconds * 1000;
  for (let tick = 0; pending.length; tick++) {
    throwIfCancelled(deps.signal);
    const runner = pending[tick % pending.length]!;
    const look = (looks.get(runner.name) ?? 0) + 1;
    looks.set(runner.name, look);
    if (look % 4 === 0) {
      const current = await deps.cloud.get(runner.instance);
      if (!current || current.ended) {
        throw new LaunchError(
          `Instance ${runner.instance.id} of runner ${runner.name} ended (${current?.state ?? 'gone'}) before the runner came online.`,
          runner,
        );
      }
    } else if (await isOnline(runner, deps)) {
      deps.logger.info(`Runner ${runner.name} is online.`);
      pending.splice(pending.indexOf(runner), 1);
      continue;
    }
    if (Date.now() > deadline) {
      throw new LaunchError(
        `Runner ${runner.name} did not come online within ${deps.timeoutSeconds} s.`,
        runner,
      );
    }
    await sleep(deps.pollSeconds * 1000, deps.signal);
  }
}

async function isOnline(
  runner: PendingRunner,
  deps: { forge: PollForge; scope: RunnerScope },
): Promise<boolean> {
  // gitlab-runner registers under the id the forge gave it; actions-runner JIT runners by name.
  if (
    forgeInfo(deps.forge.kind).runners?.software === 'gitlab-runner' &&
    runner.runnerId !== undefined
  ) {
    const found = await deps.forge.getRunner(runner.runnerId, deps.scope);
    return found?.status === 'online';
  }
  const found = await deps.forge.findRunners(runner.name, deps.scope);
  return found.some((r) => r.status === 'online');
}
