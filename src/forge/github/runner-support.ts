import { ConfigurationError } from '../../core/errors';
import type { RunnerSupport } from '../descriptor';
import { compareVersions, DEFAULT_RELEASE_SOURCES } from '../runner-release';
import { githubEvent } from './runner-events';
import { GITHUB_MINIMUM_RUNNER, githubPin } from './runner-release';
import { GITHUB_RUNNER_STARTUP } from './startup';

const SCOPES = ['repository', 'organization'];

/**
 * Self-hosted GitHub Actions runners: actions/runner with a single-use just-in-time
 * configuration, repository or organization scoped.
 */
export const githubRunners: RunnerSupport = {
  software: 'actions-runner',
  packageName: 'actions/runner',
  startup: GITHUB_RUNNER_STARTUP,
  release: githubPin,
  // actions/runner is read from the forge's own API (api.github.com on github.com, with the forge
  // token: unauthenticated calls get 60 an hour per address) unless CML_RUNNER_GITHUB_RELEASES_API
  // says otherwise; a GitHub Enterprise Server without actions/runner falls back to api.github.com.
  releaseSources(sources, forgeApiUrl) {
    const forgeApi = sources.githubApi ? undefined : forgeApiUrl;
    return {
      ...sources,
      githubApi: sources.githubApi ?? forgeApi ?? DEFAULT_RELEASE_SOURCES.githubApi,
      githubFallback:
        forgeApi && forgeApi.replace(/\/+$/, '') !== DEFAULT_RELEASE_SOURCES.githubApi
          ? DEFAULT_RELEASE_SOURCES.githubApi
          : undefined,
    };
  },
  checkPin(pin, sources, logger) {
    if (compareVersions(pin.version, GITHUB_MINIMUM_RUNNER) >= 0) return;
    const message = `Input 'runner-version': ${pin.version} is older than ${GITHUB_MINIMUM_RUNNER}, the oldest runner github.com lets register (and it sends no jobs to runners 30 days behind the newest); leave runner-version unset for the newest.`;
    if (/^https:\/\/api\.github\.com\/?$/.test(sources.githubApi ?? '')) {
      throw new ConfigurationError(message, { input: 'runner-version' });
    }
    logger.warning(message);
  },
  checkScope(scope) {
    if (!SCOPES.includes(scope.level)) {
      throw new ConfigurationError(
        `Input 'runner-scope': '${scope.level}' is not a GitHub runner scope; give repository or organization.`,
        { input: 'runner-scope' },
      );
    }
  },
  // actions/runner packages are named by the words x64 and arm64 themselves.
  packageArch: (arch) => arch,
  localPackage: { program: 'run.sh', unpack: 'tar' },
  runnerEvent: githubEvent,
};
