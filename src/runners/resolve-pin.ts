import type { RunContext } from '../core/context';
import { ConfigurationError } from '../core/errors';
import type { Logger } from '../core/logger';
import type { ProvisionConfig } from './config';
import {
  compareVersions,
  DEFAULT_RELEASE_SOURCES,
  GITHUB_MINIMUM_RUNNER,
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
 * machine gets one version and its checksum. GitHub's releases are read from the forge's own API
 * (api.github.com on github.com, with the forge token: unauthenticated calls get 60 an hour per
 * address) unless CML_RUNNER_GITHUB_RELEASES_API says otherwise; a GitHub Enterprise Server
 * without actions/runner falls back to api.github.com.
 */
export async function resolvePin(
  config: Pick<ProvisionConfig, 'releases' | 'runnerVersion' | 'runnerSha256'>,
  context: RunContext,
  forge: 'github' | 'gitlab',
  arch: 'x64' | 'arm64',
  logger: Logger,
): Promise<RunnerPin> {
  const forgeApi = forge === 'github' && !config.releases.githubApi ? context.apiUrl : undefined;
  const sources = {
    ...config.releases,
    githubApi: config.releases.githubApi ?? forgeApi ?? DEFAULT_RELEASE_SOURCES.githubApi,
    githubFallback:
      forgeApi && forgeApi.replace(/\/+$/, '') !== DEFAULT_RELEASE_SOURCES.githubApi
        ? DEFAULT_RELEASE_SOURCES.githubApi
        : undefined,
  };
  const pin = await resolveRunnerPin(
    forge,
    { version: config.runnerVersion, sha256: config.runnerSha256, arch },
    sources,
  );
  if (forge === 'github' && compareVersions(pin.version, GITHUB_MINIMUM_RUNNER) < 0) {
    const message = `Input 'runner-version': ${pin.version} is older than ${GITHUB_MINIMUM_RUNNER}, the oldest runner github.com lets register (and it sends no jobs to runners 30 days behind the newest); leave runner-version unset for the newest.`;
    if (/^https:\/\/api\.github\.com\/?$/.test(sources.githubApi)) {
      throw new ConfigurationError(message, { input: 'runner-version' });
    }
    logger.warning(message);
  }
  logger.info(
    `${forge === 'github' ? 'actions/runner' : 'gitlab-runner'} ${pin.version} (${config.runnerVersion ? 'pinned' : 'newest release'}), sha256 ${pin.sha256[arch] || pin.sha256.x64 || pin.sha256.arm64}.`,
  );
  return pin;
}
