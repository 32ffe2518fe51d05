import { randomBytes } from 'node:crypto';
import { TAGS } from '../clouds/types';
import { ConfigurationError } from '../core/errors';
import type { ForgeKind, RunContext } from '../core/context';
import type { ProvisionConfig } from './config';

/**
 * A runner and instance name: the prefix made safe for every cloud (GCE: lowercase letters,
 * digits and hyphens, starting with a letter, 63 at most) plus a random suffix.
 */
export function runnerName(prefix: string): string {
  return `${safeName(prefix).slice(0, 40) || 'cml'}-${randomBytes(4).toString('hex')}`;
}

/**
 * CML's exact `--name`: kept as given when every cloud accepts it, the n-th of several runners
 * numbered (`name-2`); a name no cloud would take is refused rather than silently changed.
 */
export function exactRunnerName(name: string, index: number, count: number): string {
  const safe = safeName(name).slice(0, 60);
  if (safe !== name) {
    throw new ConfigurationError(
      `--name ${JSON.stringify(name)}: runner and instance names must be lowercase letters, digits and hyphens, starting with a letter (at most 60 characters); for example ${JSON.stringify(safe || 'cml-runner')}.`,
    );
  }
  return count > 1 ? `${safe}-${index + 1}` : safe;
}

function safeName(prefix: string): string {
  return prefix
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^[^a-z]+/, '')
    .replace(/-+$/, '');
}

/** A label only this start's runners carry, so the job lands on them and nowhere else. */
export function uniqueLabel(context: RunContext): string {
  const run = context.runId ? `${context.runId}-${context.runAttempt ?? '1'}-` : '';
  return `cml-${run}${randomBytes(3).toString('hex')}`;
}

/**
 * The run a stop or re-run is about: the one named by the run-id input, or, in a workflow
 * triggered by `workflow_run` (the GitHub way to clean up and re-run after a run has finished),
 * the run that triggered it, or else this run. A named run has no attempt: its instances are
 * found across attempts.
 */
export function targetRun(
  context: RunContext,
  runId?: string,
): { runId?: string; attempt?: string; own: boolean } {
  if (runId) return { runId, attempt: undefined, own: runId === context.runId };
  const triggering = context.eventName === 'workflow_run' ? context.event?.workflow_run : undefined;
  const run = triggering as { id?: number; run_attempt?: number } | undefined;
  if (run?.id !== undefined) {
    return { runId: String(run.id), attempt: String(run.run_attempt ?? 1), own: false };
  }
  return { runId: context.runId, attempt: context.runAttempt ?? '1', own: true };
}

/**
 * The run's identity tags: what stop finds instances by when start's outputs are missing.
 * `anyAttempt` leaves the attempt out, so every attempt of the run matches.
 */
export function runTags(context: RunContext, anyAttempt = false): Record<string, string> {
  const tags: Record<string, string> = {
    [TAGS.marker]: 'true',
    [TAGS.repository]: context.repository || 'local',
    [TAGS.runId]: context.runId ?? 'local',
  };
  if (!anyAttempt) tags[TAGS.attempt] = context.runAttempt ?? '1';
  return tags;
}

export function instanceTags(
  config: ProvisionConfig,
  context: RunContext,
  forge: ForgeKind,
  now: Date = new Date(),
): Record<string, string> {
  return {
    ...config.metadata,
    ...runTags(context),
    [TAGS.forge]: forge,
    // max-lifetime 0 means no limit: the sweep must not read "expired now".
    [TAGS.expiresAt]:
      config.maxLifetimeSeconds > 0
        ? String(Math.floor(now.getTime() / 1000) + config.maxLifetimeSeconds)
        : 'never',
  };
}
