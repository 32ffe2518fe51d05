import type { ForgeKind } from '../core/context';
import { ConfigurationError } from '../core/errors';
import type { ForgeDescriptor, RunnerSupport } from './descriptor';
import { github } from './github/descriptor';
import { gitlab } from './gitlab/descriptor';
import { bitbucket } from './bitbucket/descriptor';

/**
 * Every forge cml drives, in one place. Adding a forge is a folder under src/forge/ with a
 * descriptor, one line here and its name in `ForgeKind` (src/core/context.ts); runner support is
 * the descriptor's `runners` and the folder's start-up part (src/forge/<name>/startup.ts).
 */
const FORGES = { github, gitlab, bitbucket } satisfies Record<ForgeKind, ForgeDescriptor>;

/** Forge names, for `--driver` choices and messages. */
export const FORGE_KINDS = Object.keys(FORGES) as ForgeKind[];

export function forgeInfo(kind: ForgeKind): ForgeDescriptor {
  return FORGES[kind] as ForgeDescriptor;
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

/** The forges whose descriptor has `runners` (derived: adding one edits nothing here). */
export type RunnerForgeKind = {
  [K in ForgeKind]: (typeof FORGES)[K] extends { runners: RunnerSupport } ? K : never;
}[ForgeKind];

/** Runner support of the forge, or a one-line refusal naming the forges cml provisions on. */
export function runnerSupport(kind: ForgeKind): RunnerSupport {
  const support = forgeInfo(kind).runners;
  if (support?.startup) return support;
  const able = FORGE_KINDS.filter((k) => forgeInfo(k).runners?.startup).map((k) => FORGES[k].title);
  throw new ConfigurationError(
    `runner-provision: cml registers no self-hosted runners on ${forgeInfo(kind).title}; it works with ${able.join(' and ')}.`,
  );
}

/**
 * The forge, when runner-provision can register runners on it (its folder brings a start-up
 * part); a one-line error naming the forges that can otherwise, before any cloud SDK loads.
 */
export function runnerForge<F extends { kind: ForgeKind }>(
  forge: F,
): F & { kind: RunnerForgeKind } {
  runnerSupport(forge.kind);
  return forge as F & { kind: RunnerForgeKind };
}

/** The forge's part of the runner start-up script (bash from src/forge/<name>/startup.ts). */
export function runnerStartup(kind: ForgeKind): string {
  return runnerSupport(kind).startup;
}
