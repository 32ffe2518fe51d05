import type { Logger } from '../core/logger';
import type { RunnerApi, RunnerScope } from '../forge/types';

/**
 * CML's --reuse (an online runner carries every requested label: launch nothing) and --reuse-idle (only an
 * idle one counts).
 */
export async function reusable(
  forge: Pick<RunnerApi, 'listRunners'>,
  labels: string[],
  scope: RunnerScope | undefined,
  mode: string | undefined,
  logger: Logger,
): Promise<boolean> {
  if (mode !== 'reuse' && mode !== 'reuse-idle') return false;
  const runners = await forge.listRunners(scope);
  const match = runners.find(
    (r) =>
      r.status === 'online' &&
      (mode === 'reuse' || !r.busy) &&
      // CML's runnersByLabels: a runner counts when it carries every requested label.
      labels.every((l) => r.labels.includes(l)),
  );
  if (match)
    logger.info(
      `Reusing runner ${match.name} (online with labels ${match.labels.join(', ')}); launching nothing.`,
    );
  return Boolean(match);
}
