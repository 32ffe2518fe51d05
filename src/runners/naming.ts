import { randomBytes } from 'node:crypto';
import { TAGS } from '../clouds/types';
import type { RunContext } from '../core/context';
import type { ProvisionConfig } from './config';

/**
 * A runner and instance name: the prefix made safe for every cloud (GCE: lowercase letters,
 * digits and hyphens, starting with a letter, 63 at most) plus a random suffix.
 */
export function runnerName(prefix: string): string {
  const safe =
    prefix
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^[^a-z]+/, '')
      .replace(/-+$/, '')
      .slice(0, 40) || 'cml';
  return `${safe}-${randomBytes(4).toString('hex')}`;
}

/** A label only this start's runners carry, so the job lands on them and nowhere else. */
export function uniqueLabel(context: RunContext): string {
  const run = context.runId ? `${context.runId}-${context.runAttempt ?? '1'}-` : '';
  return `cml-${run}${randomBytes(3).toString('hex')}`;
}

/** The run's identity tags: what stop finds instances by when start's outputs are missing. */
export function runTags(context: RunContext): Record<string, string> {
  return {
    [TAGS.marker]: 'true',
    [TAGS.repository]: context.repository || 'local',
    [TAGS.runId]: context.runId ?? 'local',
    [TAGS.attempt]: context.runAttempt ?? '1',
  };
}

export function instanceTags(
  config: ProvisionConfig,
  context: RunContext,
  forge: 'github' | 'gitlab',
  now: Date = new Date(),
): Record<string, string> {
  return {
    ...config.metadata,
    ...runTags(context),
    [TAGS.forge]: forge,
    [TAGS.expiresAt]: String(Math.floor(now.getTime() / 1000) + config.maxLifetimeSeconds),
  };
}
