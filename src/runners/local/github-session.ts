import type { Logger } from '../../core/logger';
import type { RunnerApi } from '../../forge/types';
import { startRunnerProcess } from './child';
import { runnerEnvironment } from './child-env';
import type { InstalledRunner } from './install';
import type { RunnerSession } from './session';

/**
 * This machine as a GitHub runner: each runner process gets a fresh just-in-time configuration
 * (POST …/actions/runners/generate-jitconfig; single use, one job), so no registration token ever
 * lands on disk and no `config.sh --token` is needed. Without --single, a fresh configuration
 * with the same exact name is registered after each job, until the idle timeout.
 *
 * What actions/runner requires: the configuration reaches run.sh through its environment, as
 * ACTIONS_RUNNER_INPUT_JITCONFIG, never on the command line (where `ps` shows it); the runner
 * masks it and removes it from its environment before any job starts
 * (src/Runner.Listener/CommandSettings.cs). The forge token is never handed over.
 */
export function githubSession(deps: {
  forge: Pick<RunnerApi, 'registerRunner' | 'deleteRunner'>;
  runner: InstalledRunner;
  name: string;
  labels: string[];
  token: string;
  env: NodeJS.ProcessEnv;
  logger: Logger;
}): RunnerSession {
  const { forge, runner, name, labels, logger } = deps;
  let registered: number | undefined;
  const session: RunnerSession = {
    forge: 'github',
    oneJobPerProcess: true,
    async start(onLine) {
      // A JIT runner that took its job is removed by GitHub, but not at once: the next
      // registration under the same name would answer 409.
      if (registered !== undefined) await session.unregister();
      const registration = await forge.registerRunner({ name, labels, ephemeral: true });
      registered = registration.id;
      logger.info(`Registered runner ${name} (id ${registered}) with labels ${labels.join(', ')}.`);
      return startRunnerProcess({
        program: runner.program,
        args: [],
        cwd: runner.dir,
        env: runnerEnvironment(deps.env, [deps.token], {
          ACTIONS_RUNNER_INPUT_JITCONFIG: registration.secret,
        }),
        onLine,
      });
    },
    async unregister() {
      if (registered === undefined) return;
      const id = registered;
      await forge.deleteRunner(id);
      registered = undefined;
    },
  };
  return session;
}
