import type { ForgeKind } from '../core/context';
import { ConfigurationError } from '../core/errors';
import type { ForgeDescriptor } from './descriptor';
import { github } from './github/descriptor';
import { gitlab } from './gitlab/descriptor';
import { bitbucket } from './bitbucket/descriptor';

/**
 * Every forge cml drives, in one place. Adding a forge is a folder under src/forge/ with a
 * descriptor, one line here and its name in `ForgeKind` (src/core/context.ts).
 */
const FORGES: Record<ForgeKind, ForgeDescriptor> = { github, gitlab, bitbucket };

/** Forge names, for `--driver` choices and messages. */
export const FORGE_KINDS = Object.keys(FORGES) as ForgeKind[];

export function forgeInfo(kind: ForgeKind): ForgeDescriptor {
  return FORGES[kind];
}

/** The forge named by --driver / CML_DRIVER, or a one-line error listing the known ones. */
export function parseForgeKind(name: string, what = '--driver'): ForgeKind {
  if (name in FORGES) return name as ForgeKind;
  throw new ConfigurationError(
    `${what} '${name}' is not a forge cml drives: use ${FORGE_KINDS.join(', ')}.`,
  );
}

/** The forge whose public service is at this host name, if any. */
export function forgeOfHost(host: string): ForgeKind | undefined {
  const h = host.toLowerCase();
  return FORGE_KINDS.find((k) => FORGES[k].publicHosts.includes(h));
}

/** The forges whose descriptor names `runners` (runnerForge checks it at run time). */
export type RunnerForgeKind = 'github' | 'gitlab';

/**
 * The forge, when runner-provision can register runners on it; a one-line error naming the
 * forges that can otherwise, before any cloud SDK loads.
 */
export function runnerForge<F extends { kind: ForgeKind }>(
  forge: F,
): F & { kind: RunnerForgeKind } {
  if (forgeInfo(forge.kind).runners) return forge as F & { kind: RunnerForgeKind };
  const able = FORGE_KINDS.filter((k) => FORGES[k].runners).map((k) => FORGES[k].title);
  throw new ConfigurationError(
    `runner-provision: cml registers no self-hosted runners on ${forgeInfo(forge.kind).title}; it works with ${able.join(' and ')}.`,
  );
}
