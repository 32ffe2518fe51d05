import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'smol-toml';
import type { Logger } from '../../core/logger';
import type { RunnerApi } from '../../forge/types';
import { startRunnerProcess } from './child';
import { runnerEnvironment } from './child-env';
import type { InstalledRunner } from './install';
import type { LocalOptions } from './options';
import type { RunnerSession } from './session';

/**
 * This machine as a GitLab runner: created once with POST /user/runners (its glrt- token is
 * this runner's alone), run with `gitlab-runner run-single` until the idle timeout or, with
 * --single, one job (`--max-builds 1`), then deleted with DELETE /runners/:id.
 *
 * What gitlab-runner requires: the token, on the command line (`--token`), in CI_SERVER_TOKEN,
 * or in a config file. cml writes it to `<workdir>/gitlab/config.toml` (mode 0600, removed at
 * the end) and runs `run-single --config … --runner <name>` (commands/single.go loads the runner
 * by name from that file), so it is in neither the argv `ps` shows nor the environment the
 * shell executor hands to every job (executors/shell/shell.go).
 */
export function gitlabSession(deps: {
  forge: Pick<RunnerApi, 'registerRunner' | 'deleteRunner'>;
  runner: InstalledRunner;
  options: LocalOptions;
  serverUrl: string;
  token: string;
  env: NodeJS.ProcessEnv;
  logger: Logger;
}): RunnerSession {
  const { forge, runner, options, logger } = deps;
  const dir = join(options.workdir, 'gitlab');
  const configFile = join(dir, 'config.toml');
  let registered: number | undefined;
  return {
    forge: 'gitlab',
    oneJobPerProcess: false,
    async start(onLine) {
      // CML's registration (src/drivers/gitlab.js registerRunner): locked to the project, and
      // taking untagged jobs as well as those tagged with its labels.
      const registration = await forge.registerRunner({
        name: options.name,
        labels: options.labels,
        ephemeral: options.single,
        runUntagged: true,
        locked: true,
      });
      registered = registration.id;
      logger.info(
        `Registered runner ${options.name} (id ${registered}) with tags ${options.labels.join(', ')}.`,
      );
      await mkdir(dir, { recursive: true, mode: 0o700 });
      // A file left by an earlier launch keeps its mode through writeFile: start afresh.
      await rm(configFile, { force: true });
      await writeFile(configFile, runnerConfig(options, deps.serverUrl, registration.secret), {
        mode: 0o600,
      });
      return startRunnerProcess({
        program: runner.program,
        args: [
          '--log-format',
          'json',
          'run-single',
          '--config',
          configFile,
          '--runner',
          options.name,
          ...(options.single ? ['--max-builds', '1'] : []),
        ],
        cwd: options.workdir,
        env: runnerEnvironment(deps.env, [deps.token]),
        onLine,
      });
    },
    async unregister() {
      await rm(configFile, { force: true });
      if (registered === undefined) return;
      await forge.deleteRunner(registered);
      registered = undefined;
    },
  };
}

/**
 * The config.toml of one runner (gitlab-runner's common/config.go: [[runners]] with name, url,
 * token, executor, builds_dir, cache_dir, shell; [runners.docker] image and volumes).
 */
export function runnerConfig(options: LocalOptions, url: string, token: string): string {
  const runner: Record<string, unknown> = {
    name: options.name,
    url,
    token,
    executor: options.gitlabExecutor,
    builds_dir: join(options.workdir, 'builds'),
    cache_dir: join(options.workdir, 'cache'),
  };
  if (options.gitlabExecutor === 'shell') runner.shell = 'bash';
  else runner.docker = { image: options.gitlabImage, volumes: options.dockerVolumes };
  return stringify({ concurrent: 1, runners: [runner] });
}
