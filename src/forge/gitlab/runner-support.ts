import { ConfigurationError } from '../../core/errors';
import type { RunnerSupport } from '../descriptor';
import { gitlabEvent } from './runner-events';
import { gitlabPin } from './runner-release';
import { GITLAB_RUNNER_STARTUP } from './startup';

const SCOPES = ['project', 'repository', 'group', 'instance'];

/**
 * GitLab runners: the gitlab-runner binary with a glrt- runner token of its own, project (or
 * repository), group or instance scoped.
 */
export const gitlabRunners: RunnerSupport = {
  software: 'gitlab-runner',
  packageName: 'gitlab-runner',
  startup: GITLAB_RUNNER_STARTUP,
  release: gitlabPin,
  checkScope(scope) {
    if (!SCOPES.includes(scope.level)) {
      throw new ConfigurationError(
        `Input 'runner-scope': '${scope.level}' is not a GitLab runner scope; give project (or repository), group or instance.`,
        { input: 'runner-scope' },
      );
    }
    if (scope.level === 'group' && !scope.owner) {
      throw new ConfigurationError(
        "Input 'runner-scope-id' is required with runner-scope: group: give the numeric group id.",
        { input: 'runner-scope-id' },
      );
    }
  },
  // gitlab-runner's binaries are named linux-amd64 and linux-arm64.
  packageArch: (arch) => (arch === 'x64' ? 'amd64' : arch),
  localPackage: { program: 'gitlab-runner', unpack: 'binary' },
  runnerEvent: gitlabEvent,
};
