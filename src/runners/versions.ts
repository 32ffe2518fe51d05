import { runnerSupport, type RunnerForgeKind } from '../forge/registry';
import {
  DEFAULT_RELEASE_SOURCES,
  type Fetch,
  type PinRequest,
  type ReleaseSources,
  type RunnerPin,
} from '../forge/runner-release';

/**
 * The forge runner each instance installs, resolved in the action before anything is launched:
 * the machine gets one version and its sha256 per architecture, and refuses a download whose
 * hash differs. Each forge looks its own runner up (src/forge/<forge>/runner-release.ts:
 * actions/runner from its release notes, gitlab-runner from release.sha256); `runner-sha256`
 * with `runner-version` skips the lookup (the hash is for the architecture the machine types
 * run). Each lookup is made once per process (one start launches every runner from one
 * resolution).
 */
export {
  checkSha256,
  compareVersions,
  DEFAULT_RELEASE_SOURCES,
  normaliseVersion,
  type PinRequest,
  type ReleaseSources,
  type RunnerPin,
} from '../forge/runner-release';

const cache = new Map<string, Promise<RunnerPin>>();

/** Forgets cached resolutions (tests). */
export function clearRunnerPinCache(): void {
  cache.clear();
}

export function resolveRunnerPin(
  forge: RunnerForgeKind,
  request: PinRequest,
  sources: ReleaseSources = DEFAULT_RELEASE_SOURCES,
  fetchImpl: Fetch = fetch,
): Promise<RunnerPin> {
  // Every source is in the key (whichever forge reads it): a mirror or a token changed between
  // two starts of one process is asked again.
  const key = JSON.stringify([forge, request, sources]);
  let pending = cache.get(key);
  if (!pending) {
    pending = runnerSupport(forge).release(request, sources, fetchImpl);
    // A failed lookup is not cached: the next start asks again.
    pending.catch(() => cache.delete(key));
    cache.set(key, pending);
  }
  return pending;
}
