import { mkdir } from 'node:fs/promises';
import type { RunContext } from '../../core/context';
import { readContext } from '../../platforms';
import { ConfigurationError } from '../../core/errors';
import type { Logger } from '../../core/logger';
import { createForge } from '../../forge';
import { forgeInfo, parseForgeKind, runnerForge, type RunnerForgeKind } from '../../forge/registry';
import { readForgeToken } from '../../forge/token';
import { reusable } from '../reuse';
import { releaseSources, resolvePin } from '../resolve-pin';
import { LOCAL_RUNNERS } from './forges';
import { installRunner } from './install';
import { thisMachine } from './machine';
import { localOptions, type LocalArgs } from './options';
import { superviseRunner, type Ending } from './supervise';

export { localOptions } from './options';

/**
 * `cml runner launch` without `--cloud`: this machine becomes a self-hosted runner of the
 * repository (GitHub) or project (GitLab), in the foreground, as CML's launch did. Returns the
 * exit code (see supervise.ts).
 */
export async function launchLocalRunner(
  args: LocalArgs & { token?: string; driver?: string },
  env: NodeJS.ProcessEnv,
  logger: Logger,
): Promise<number> {
  const machine = thisMachine();
  const options = localOptions(args);
  const context = readContext(env);
  const kind = forgeKind(args.driver, context);
  const token = readForgeToken(logger, kind, args.token, env);
  if (!token) {
    throw new ConfigurationError(
      `No ${forgeInfo(kind).title} token: pass --token (or set REPO_TOKEN): registering runners takes a personal access token (GitHub: repo scope or "Administration: write"; GitLab: create_runner and api).`,
    );
  }
  // What this forge's local runner needs first (src/runners/local/forges.ts).
  const local = LOCAL_RUNNERS[kind];
  const releases = releaseSources(env);
  await local.prepare({ context, token, options, releases, logger });
  const forge = runnerForge(await createForge({ context, token, logger, kind }));

  // CML: a runner of that name already there is an error, or with --reuse, the runner to use.
  const existing = await forge.findRunners(options.name);
  if (existing.length) {
    if (options.reuse === 'reuse') {
      logger.info(`Reusing existing runner named ${options.name}...`);
      return 0;
    }
    throw new ConfigurationError(
      `Runner name ${options.name} is already in use. Please change the name or terminate the existing runner.`,
    );
  }
  if (await reusable(forge, options.labels, undefined, options.reuse, logger)) return 0;

  const pin = await resolvePin({ releases }, context, kind, machine.arch, logger);

  logger.info(`Launching ${kind} runner`);
  logger.info(`Preparing workdir ${options.workdir}...`);
  await mkdir(options.workdir, { recursive: true, mode: 0o700 });
  const runner = await installRunner({
    forge: kind,
    pin,
    arch: machine.arch,
    workdir: options.workdir,
    logger,
  });
  const session = local.session({ forge, runner, options, machine, context, token, env, logger });
  const ending: Ending = await superviseRunner({
    session,
    name: options.name,
    idleSeconds: options.idleSeconds,
    single: options.single,
    logger,
  });
  return ending.code;
}

/** --driver, else the CI platform's forge; outside CI one of them must say. */
function forgeKind(driver: string | undefined, context: RunContext): RunnerForgeKind {
  const kind = driver ? parseForgeKind(driver, '--driver') : context.forge;
  if (kind) return runnerForge({ kind }).kind;
  throw new ConfigurationError(
    'Cannot tell the forge outside GitHub Actions or GitLab CI: pass --repo with the repository URL (github.com and gitlab.com are recognised) or --driver github|gitlab.',
  );
}
