import { CLOUD_SECRET_VARIABLES, createCloud } from '../clouds';
import type { ForgeKind, RunContext } from '../core/context';
import { readContext } from '../platforms';
import { errorMessage } from '../core/errors';
import type { Logger } from '../core/logger';
import { readForgeToken } from '../forge/token';
import { createForge } from '../forge';
import type { Forge } from '../forge/types';
import { forgeInfo, parseForgeKind, runnerForge, type RunnerForgeKind } from '../forge/registry';
import { readInputs } from '../inputs';
import { buildConfig, checkForForge } from './config';
import { maskWithParts } from './mask-parts';
import { writeOutputs } from './outputs';
import { startRunners } from './start';
import { reusable } from './reuse';
import { stopRunners, sweepRunners } from './stop';

export { reusable } from './reuse';

type RunnerForge = Forge & { kind: RunnerForgeKind };

const CLOUD_SECRETS = [
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'CLOUDSDK_AUTH_ACCESS_TOKEN',
  'GOOGLE_OAUTH_ACCESS_TOKEN',
];

/**
 * The runner-provision action (also the GitLab component and `cml runner launch`): start, stop
 * or sweep. The cloud SDK is imported only after the inputs are known, and only that cloud's.
 */
export async function runRunnerProvision(
  logger: Logger,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  // Cloud credentials stay on this machine and out of every log line.
  for (const name of [...CLOUD_SECRETS, ...CLOUD_SECRET_VARIABLES])
    if (env[name]) maskWithParts(logger, env[name]);
  const inputs = readInputs('runner-provision', (s) => maskWithParts(logger, s), env);
  const context = readContext(env);
  const kind = forgeKind(context, env);
  // A forge without self-hosted runners (Bitbucket) is refused before the cloud's inputs are read:
  // asking for a kubeconfig first would send the user the wrong way.
  if (kind && inputs.mode === 'start') runnerForge({ kind });
  const config = buildConfig(inputs, env);
  const token = readForgeToken(logger, kind, inputs.token, env);
  const forgeFor = async (): Promise<RunnerForge | undefined> => {
    try {
      return runnerForge(await createForge({ context, token, logger, kind }));
    } catch (error) {
      if (config.mode === 'start') throw error;
      logger.warning(`Runners are not deleted from the forge: ${errorMessage(error)}`);
      return undefined;
    }
  };
  const forge = await forgeFor();
  if (config.mode === 'start' && forge) {
    // Forge-specific inputs are checked before any cloud SDK loads or anything launches.
    checkForForge(config, forge.kind);
    // actions/runner releases are read with the forge token when they come from the forge's API
    // (api.github.com on github.com): anonymous calls get 60 an hour per address.
    if (
      forgeInfo(forge.kind).runners?.software === 'actions-runner' &&
      (!config.releases.githubApi || sameOrigin(config.releases.githubApi, context.apiUrl))
    ) {
      config.releases.githubToken = token;
    }
  }
  const cloud = await createCloud(config.cloud, logger);

  if (
    config.mode === 'start' &&
    (await reusable(forge!, config.labels, config.scope, env.CML_RUNNER_REUSE, logger))
  ) {
    return;
  }
  if (config.mode === 'start') {
    // A cancelled job gets SIGINT then SIGTERM: stop waiting and remove what was launched.
    const controller = new AbortController();
    const onSignal = (signal: NodeJS.Signals) => {
      logger.warning(`Received ${signal}: terminating what this start launched.`);
      controller.abort();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    try {
      const result = await startRunners({
        config,
        context,
        forge: forge!,
        cloud,
        logger,
        signal: controller.signal,
      });
      writeOutputs(
        {
          label: result.label,
          labels: JSON.stringify(result.labels),
          'runner-names': JSON.stringify(result.runners.map((r) => r.name)),
          'runner-ids': JSON.stringify(
            result.runners.flatMap((r) => (r.runnerId === undefined ? [] : [r.runnerId])),
          ),
          'instance-ids': JSON.stringify(result.runners.map((r) => r.instanceId)),
        },
        context.platform,
        logger,
        env,
      );
      logger.info(
        `${result.runners.length} runner(s) online with label ${result.label}: ${result.runners
          .map(
            (r) =>
              `${r.name} (${r.instanceId}${r.type ? `, ${r.type}` : ''}${r.spot ? ', spot' : ''})`,
          )
          .join(', ')}.`,
      );
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
    return;
  }
  const result =
    config.mode === 'stop'
      ? await stopRunners({ config, context, forge, cloud, logger })
      : await sweepRunners({ config, context, forge, cloud, logger });
  writeOutputs(
    {
      'instance-ids': JSON.stringify(result.terminated),
      reclaimed: JSON.stringify(result.reclaimed),
    },
    context.platform,
    logger,
    env,
  );
}

/** The forge: the platform's, or CML_RUNNER_DRIVER (the CLI's --driver) outside CI. */
function forgeKind(context: RunContext, env: NodeJS.ProcessEnv): ForgeKind | undefined {
  const driver = env.CML_RUNNER_DRIVER;
  if (driver) return parseForgeKind(driver, 'CML_RUNNER_DRIVER');
  return context.forge;
}

function sameOrigin(a: string, b: string | undefined): boolean {
  try {
    return b !== undefined && new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}
