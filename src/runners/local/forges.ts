import type { RunContext } from '../../core/context';
import { ConfigurationError } from '../../core/errors';
import type { Logger } from '../../core/logger';
import { createGitLabClient } from '../../forge/gitlab/client';
import type { RunnerForgeKind } from '../../forge/registry';
import type { RunnerApi } from '../../forge/types';
import type { ReleaseSources } from '../versions';
import { githubSession } from './github-session';
import { gitlabSession } from './gitlab-session';
import type { InstalledRunner } from './install';
import type { Machine } from './machine';
import type { LocalOptions } from './options';
import type { RunnerSession } from './session';

/**
 * What running this machine as a runner takes from each forge, beyond its folder's runner
 * support: a session (register, run, unregister) built on the local process helpers, which the
 * layer rule keeps out of src/forge. The record is keyed by RunnerForgeKind, so a forge given
 * runner support does not compile until it has an entry here.
 */
interface LocalRunner {
  /** Before the forge driver is made: what it needs resolved, and options it ignores. */
  prepare(deps: {
    context: RunContext;
    token: string;
    options: LocalOptions;
    releases: ReleaseSources;
    logger: Logger;
  }): Promise<void>;
  session(deps: {
    forge: Pick<RunnerApi, 'registerRunner' | 'deleteRunner'>;
    runner: InstalledRunner;
    options: LocalOptions;
    machine: Machine;
    context: RunContext;
    token: string;
    env: NodeJS.ProcessEnv;
    logger: Logger;
  }): RunnerSession;
}

// CML warned the same way: host volumes are an option of GitLab's docker executor.
const ignoredVolumes = (logger: Logger) =>
  logger.warning(
    'ignoring --docker-volumes: it applies to GitLab’s docker executor (--gitlab-executor docker) only.',
  );

export const LOCAL_RUNNERS: Record<RunnerForgeKind, LocalRunner> = {
  github: {
    async prepare({ token, options, releases, logger }) {
      if (options.dockerVolumes.length) ignoredVolumes(logger);
      // actions/runner releases are read from the forge's own API with its token (60 anonymous
      // calls an hour), as the provision action does.
      if (!releases.githubApi) releases.githubToken = token;
    },
    session: ({ forge, runner, options, machine, token, env, logger }) =>
      githubSession({
        forge,
        runner,
        name: options.name,
        labels: [...new Set([...machine.defaultLabels, ...options.labels])],
        token,
        env,
        logger,
      }),
  },
  gitlab: {
    async prepare({ context, token, options, logger }) {
      await resolveProjectId(context, token, logger);
      if (options.dockerVolumes.length && options.gitlabExecutor !== 'docker') {
        ignoredVolumes(logger);
      }
    },
    session: ({ forge, runner, options, context, token, env, logger }) =>
      gitlabSession({ forge, runner, options, serverUrl: context.serverUrl, token, env, logger }),
  },
};

/**
 * GitLab creates project runners by numeric project id: outside GitLab CI (no CI_PROJECT_ID)
 * it is looked up from the project path --repo gave (GET /projects/:path).
 */
async function resolveProjectId(context: RunContext, token: string, logger: Logger) {
  if (context.projectId) return;
  if (!context.repository) {
    throw new ConfigurationError('No GitLab project: pass --repo (its web URL or group/project).');
  }
  const client = createGitLabClient({ token, apiUrl: context.apiUrl, logger });
  const project = (await client.Projects.show(context.repository)) as { id: number };
  context.projectId = String(project.id);
}
