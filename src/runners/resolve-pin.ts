import type { RunContext } from '../core/context';
import type { Logger } from '../core/logger';
import type { ProvisionConfig } from './config';
import { runnerSupport, type RunnerForgeKind } from '../forge/registry';
import {
  DEFAULT_RELEASE_SOURCES,
  resolveRunnerPin,
  type ReleaseSources,
  type RunnerPin,
} from './versions';

// Kept apart from start.ts and config.ts, which reach the cloud drivers: `cml runner launch`
// without --cloud resolves the runner too, and the cml bundle must not carry any cloud SDK.

/**
 * Where runner releases are read: the defaults, or CML_RUNNER_*_RELEASES_API and
 * CML_RUNNER_*_DOWNLOADS (mirrors, and the loopback servers of the tests).
 */
export function releaseSources(env: NodeJS.ProcessEnv): ReleaseSources {
  return {
    // Unset: the forge's own API (start.ts), which is api.github.com on github.com.
    githubApi: env.CML_RUNNER_GITHUB_RELEASES_API || undefined,
    gitlabApi: env.CML_RUNNER_GITLAB_RELEASES_API || DEFAULT_RELEASE_SOURCES.gitlabApi,
    gitlabDownloads: env.CML_RUNNER_GITLAB_DOWNLOADS || DEFAULT_RELEASE_SOURCES.gitlabDownloads,
    githubDownloads: env.CML_RUNNER_GITHUB_DOWNLOADS || undefined,
  };
}

/**
 * The forge runner to install, resolved once per start before anything launches, so every
 * machine gets one version and its checksum. Where releases are read and which releases the
 * forge accepts are the forge's own (src/forge/<forge>/runner-support.ts).
 */
export async function resolvePin(
  config: Pick<ProvisionConfig, 'releases' | 'runnerVersion' | 'runnerSha256'>,
  context: RunContext,
  forge: RunnerForgeKind,
  arch: 'x64' | 'arm64',
  logger: Logger,
): Promise<RunnerPin> {
  const support = runnerSupport(forge);
  const sources = support.releaseSources?.(config.releases, context.apiUrl) ?? config.releases;
  const pin = await resolveRunnerPin(
    forge,
    { version: config.runnerVersion, sha256: config.runnerSha256, arch },
    sources,
  );
  support.checkPin?.(pin, sources, logger);
  logger.info(
    `${support.packageName} ${pin.version} (${config.runnerVersion ? 'pinned' : 'newest release'}), sha256 ${pin.sha256[arch] || pin.sha256.x64 || pin.sha256.arm64}.`,
  );
  return pin;
}
