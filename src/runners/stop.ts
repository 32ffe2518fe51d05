import { cloudWhere } from '../clouds';
import { TAGS, type CloudDriver, type CloudInstance } from '../clouds/types';
import type { RunContext } from '../core/context';
import { errorMessage } from '../core/errors';
import type { Logger } from '../core/logger';
import type { Forge } from '../forge/types';
import type { ProvisionConfig } from './config';
import { runTags, targetRun } from './naming';

export type StopForge = Pick<
  Forge,
  'kind' | 'deleteRunner' | 'findRunners' | 'rerun' | 'retryFailedJobs'
>;

export interface StopResult {
  terminated: string[];
  reclaimed: string[];
  deletedRunners: number[];
}

type Target = Pick<CloudInstance, 'id' | 'name' | 'zone'> & { ended?: boolean; endReason?: string };

function fromId(id: string): Target {
  // GCE ids are zone/name; EC2 ids are the instance id (its Name tag is not needed to terminate).
  const [zone, name] = id.includes('/') ? id.split('/') : [undefined, id];
  return { id, name: name ?? id, zone };
}

/**
 * Ends what a start launched: by the ids from its outputs, or, when those are missing (the start
 * step was cancelled or crashed), by the run's tags (repository, run id, attempt). Deletes the
 * forge runners too, and re-runs the workflow when asked and a spot instance was reclaimed.
 */
export async function stopRunners(deps: {
  config: ProvisionConfig;
  context: RunContext;
  forge?: StopForge;
  cloud: CloudDriver;
  logger: Logger;
}): Promise<StopResult> {
  const { config, context, forge, cloud, logger } = deps;
  let targets: Target[];
  let runnerIds = [...config.runnerIds];
  if (config.instanceIds.length) {
    targets = config.instanceIds.map(fromId);
    // No runner ids with the instance ids (start's runner-ids output was not passed on, or a
    // runner registered itself): the runners carry their instance's name, so find them by it.
    if (forge && !runnerIds.length) {
      const named = await Promise.all(targets.map((t) => withName(cloud, t)));
      runnerIds = await idsByName(forge, named, config, logger);
    }
  } else {
    const target = targetRun(context, config.runId);
    const tags = runTags(
      { ...context, runId: target.runId, runAttempt: target.attempt },
      target.attempt === undefined,
    );
    logger.info(
      `No instance ids given: looking for instances tagged ${Object.entries(tags)
        .map(([k, v]) => `${k}=${v}`)
        .join(', ')}.`,
    );
    const found = await cloud.list(tags);
    targets = found;
    if (!runnerIds.length) {
      runnerIds = found.flatMap((i) => {
        const id = Number(i.tags[TAGS.forgeRunnerId]);
        return Number.isInteger(id) && id > 0 ? [id] : [];
      });
      // Runners registered without an id at launch: find them by name, also when their machine
      // has already powered off (the runner then stays registered, offline, until deleted).
      const unnamed = found.filter((i) => !i.tags[TAGS.forgeRunnerId]);
      if (forge && unnamed.length)
        runnerIds.push(...(await idsByName(forge, unnamed, config, logger)));
    }
  }
  const reclaimed = config.rerunOnReclaim ? await findReclaimed(cloud, targets) : [];
  if (
    config.rerunOnReclaim &&
    !reclaimed.length &&
    cloud.kind === 'gcp' &&
    !config.instanceIds.length
  )
    logger.info(
      "Compute Engine deletes a preempted spot VM with its labels, so a stop by tags cannot see a reclaim: pass start's instance-ids (on GitLab a stop job of the same pipeline reads CML_RUNNER_INSTANCE_IDS from start's dotenv).",
    );
  // A terminated EC2 instance needs nothing; a stopped GCE VM still holds its disk: delete it.
  let live = targets.filter((t) => !(cloud.kind === 'aws' && t.ended));
  if (live.length) {
    const { notFound } = await cloud.terminate(live);
    if (notFound.length) {
      logger.warning(
        `Not found: ${notFound.join(', ')} (no such instance in this ${cloudWhere(cloud.kind)}; already gone, or a wrong id).`,
      );
      live = live.filter((t) => !notFound.includes(t.id));
    }
    if (live.length) logger.info(`Terminated ${live.map((t) => t.id).join(', ')}.`);
  } else {
    logger.info('No running instances to terminate.');
  }
  const deletedRunners = await deleteRunners(forge, runnerIds, config, logger);
  if (reclaimed.length) {
    logger.warning(`The cloud reclaimed spot instance(s) ${reclaimed.join(', ')}.`);
    await rerun(forge, context, config.runId, logger);
  }
  return { terminated: live.map((t) => t.id), reclaimed, deletedRunners };
}

/**
 * Re-runs the target run. GitHub refuses to re-run a run that is still going, and cancelling it
 * first would cancel this very step, so inside its own run that is a warning naming the way that
 * works (a workflow triggered by workflow_run, or run-id from a later run). GitLab retries the
 * failed jobs of a pipeline even while it runs, so a later job of the same pipeline (or a later
 * pipeline, with run-id) retries them without cancelling anything.
 */
async function rerun(
  forge: StopForge | undefined,
  context: RunContext,
  runId: string | undefined,
  logger: Logger,
): Promise<void> {
  const target = targetRun(context, runId);
  if (!forge || !target.runId) return;
  try {
    if (forge.retryFailedJobs) {
      await forge.retryFailedJobs(target.runId);
      logger.info(`Asked gitlab to retry the failed jobs of pipeline ${target.runId}.`);
      return;
    }
    if (target.own) {
      logger.warning(
        `Not re-running ${target.runId} from inside itself: run the stop mode with rerun-on-reclaim in a workflow triggered by workflow_run (or give run-id from a later run), or read the reclaimed output.`,
      );
      return;
    }
    await forge.rerun(target.runId);
    logger.info(`Asked ${forge.kind} to run ${target.runId} again.`);
  } catch (error) {
    logger.warning(`Could not re-run ${target.runId}: ${errorMessage(error)}`);
  }
}

/** The instance's name (= its runner's): GCE ids carry it; an EC2 id is looked up. */
async function withName(cloud: CloudDriver, target: Target): Promise<Target> {
  if (target.name !== target.id) return target;
  try {
    const found = await cloud.get(target);
    return found ? { ...target, name: found.name } : target;
  } catch {
    return target;
  }
}

async function idsByName(
  forge: StopForge,
  instances: Pick<CloudInstance, 'name'>[],
  config: ProvisionConfig,
  logger: Logger,
): Promise<number[]> {
  const ids: number[] = [];
  for (const i of instances) {
    try {
      ids.push(...(await forge.findRunners(i.name, config.scope)).map((r) => r.id));
    } catch (error) {
      logger.warning(`Could not look up runner ${i.name}: ${errorMessage(error)}`);
    }
  }
  return ids;
}

async function findReclaimed(cloud: CloudDriver, targets: Target[]): Promise<string[]> {
  const known = targets.filter((t) => t.endReason === 'spot-reclaimed').map((t) => t.id);
  if (known.length) return known;
  try {
    return await cloud.reclaimed(targets);
  } catch {
    return [];
  }
}

async function deleteRunners(
  forge: StopForge | undefined,
  ids: number[],
  config: ProvisionConfig,
  logger: Logger,
): Promise<number[]> {
  if (!forge || !ids.length) return [];
  const deleted: number[] = [];
  for (const id of ids) {
    try {
      await forge.deleteRunner(id, config.scope);
      deleted.push(id);
    } catch (error) {
      logger.warning(`Could not delete runner ${id}: ${errorMessage(error)}`);
    }
  }
  return deleted;
}

/**
 * Terminates every instance of ours (any run, this repository's forge runners deleted too) that
 * is past its maximum lifetime, or that stopped without being deleted (a GCE VM that powered
 * itself off still holds its disk). Meant for a scheduled workflow or pipeline.
 */
export async function sweepRunners(deps: {
  config: ProvisionConfig;
  context: RunContext;
  forge?: StopForge;
  cloud: CloudDriver;
  logger: Logger;
  now?: Date;
}): Promise<StopResult> {
  const { config, context, forge, cloud, logger } = deps;
  const now = (deps.now ?? new Date()).getTime() / 1000;
  const ours = await cloud.list({ [TAGS.marker]: 'true' });
  const expired = ours.filter((i) => {
    if (i.ended && cloud.kind === 'aws') return false;
    if (i.ended) return true;
    if (i.tags[TAGS.expiresAt] === 'never') return false;
    const expiresAt = Number(i.tags[TAGS.expiresAt]);
    if (Number.isFinite(expiresAt) && expiresAt > 0) return expiresAt <= now;
    const launched = i.launchedAt ? i.launchedAt.getTime() / 1000 : now;
    return launched + config.maxLifetimeSeconds <= now;
  });
  if (expired.length) {
    await cloud.terminate(expired);
    logger.info(`Swept ${expired.map((i) => i.id).join(', ')}.`);
  } else {
    logger.info(
      `Nothing to sweep (${ours.filter((i) => !i.ended).length} runner instance(s) within their lifetime).`,
    );
  }
  const repository = context.repository || 'local';
  const runnerIds = expired.flatMap((i) => {
    const id = Number(i.tags[TAGS.forgeRunnerId]);
    const mine =
      i.tags[TAGS.repository] === repository ||
      i.tags[TAGS.repository] === repository.toLowerCase().replace(/[^a-z0-9_-]/g, '-');
    return mine && i.tags[TAGS.forge] === forge?.kind && Number.isInteger(id) && id > 0 ? [id] : [];
  });
  // Runners registered without an id tag (by name, as the stop does).
  const unnamed = expired.filter(
    (i) =>
      !i.tags[TAGS.forgeRunnerId] &&
      i.tags[TAGS.forge] === forge?.kind &&
      (i.tags[TAGS.repository] === repository ||
        i.tags[TAGS.repository] === repository.toLowerCase().replace(/[^a-z0-9_-]/g, '-')),
  );
  if (forge && unnamed.length) runnerIds.push(...(await idsByName(forge, unnamed, config, logger)));
  const deletedRunners = await deleteRunners(forge, runnerIds, config, logger);
  return { terminated: expired.map((i) => i.id), reclaimed: [], deletedRunners };
}
