import type { ForgeKind } from '../../core/context';
import { forgeInfo, runnerForge } from '../../forge/registry';
import {
  DEFAULT_RELEASE_SOURCES,
  type PinRequest,
  type ReleaseSources,
  type RunnerPin,
} from '../versions';
import { actionsRunner } from './actions-runner';
import { gitlabRunner } from './gitlab-runner';
import type { RunnerProgram } from './types';

/** The runner programs, by the name a forge descriptor gives in `runners`. */
const PROGRAMS = { 'actions-runner': actionsRunner, 'gitlab-runner': gitlabRunner } as const;

/** The runner program the forge registers, or a one-line refusal for a forge that has none. */
export function runnerProgram(forge: ForgeKind): RunnerProgram {
  runnerForge({ kind: forge });
  return PROGRAMS[forgeInfo(forge).runners!];
}

const cache = new Map<string, Promise<RunnerPin>>();

/** Forgets cached resolutions (tests). */
export function clearRunnerPinCache(): void {
  cache.clear();
}

/** The release to install, looked up once per process (one start launches every runner). */
export function resolveRunnerPin(
  forge: ForgeKind,
  request: PinRequest,
  sources: ReleaseSources = DEFAULT_RELEASE_SOURCES,
  fetchImpl: typeof fetch = fetch,
): Promise<RunnerPin> {
  const key = JSON.stringify([
    forge,
    request,
    sources.githubApi,
    sources.gitlabApi,
    sources.gitlabDownloads,
    sources.githubDownloads,
  ]);
  let pending = cache.get(key);
  if (!pending) {
    pending = runnerProgram(forge).resolvePin(request, sources, fetchImpl);
    // A failed lookup is not cached: the next start asks again.
    pending.catch(() => cache.delete(key));
    cache.set(key, pending);
  }
  return pending;
}

export type { RunnerEvent, RunnerProgram } from './types';
