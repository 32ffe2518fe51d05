import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI_VERSION } from '../core/version';
import { ConfigurationError } from '../core/errors';
import { addPath, writeStepOutputs } from '../core/outputs';
import type { Logger } from '../core/logger';
import { readInputs } from '../inputs';
import { checkDvcInputs, installDvc } from './dvc';
import { fetchRelease } from './fetch-release';
import { SHIMS, writeShims } from './shims';

export const PACKAGE_NAME = '@cml-ts/cml';
const DEFAULT_REGISTRY = 'https://registry.npmjs.org';

export interface SetupResult {
  version: string;
  binDir: string;
  dvcVersion?: string;
}

/**
 * The setup action: puts `cml`, the legacy CML binaries and the chart converters on PATH as
 * small sh wrappers around the CLI bundle, run by the Node that runs this action (no npm
 * install, no native build, no network). Another version is fetched from the npm registry into
 * the tool cache; DVC, when pinned, goes into a cached virtual environment.
 */
export async function runSetup(options: {
  logger: Logger;
  /** Folder holding action.yml and dist/ (dist/setup/index.js → ../..). */
  actionRoot: string;
  env?: NodeJS.ProcessEnv;
}): Promise<SetupResult> {
  const { logger, actionRoot } = options;
  const env = options.env ?? process.env;
  const inputs = readInputs('setup', (s) => logger.mask(s), env);
  // Self-hosted runners and local runs may lack these; the tool cache needs both.
  const temp = env.RUNNER_TEMP || mkdtempSync(join(tmpdir(), 'cml-setup-'));
  process.env.RUNNER_TEMP = temp;
  process.env.RUNNER_TOOL_CACHE = env.RUNNER_TOOL_CACHE || join(temp, 'cml-tool-cache');

  const dvcRequested = inputs['dvc-version'];
  const dvcExtras = inputs['dvc-extras'];
  if (dvcRequested) checkDvcInputs(dvcRequested, dvcExtras);

  const requested = inputs.version;
  const bundled = ['bundled', 'latest', CLI_VERSION].includes(requested);
  const root = bundled
    ? actionRoot
    : await fetchRelease({
        packageName: PACKAGE_NAME,
        version: requested,
        registry: inputs.registry ?? env.npm_config_registry ?? DEFAULT_REGISTRY,
        logger,
      });
  const version = bundled ? CLI_VERSION : requested;
  const entry = join(root, 'dist', 'cml', 'index.js');
  if (!existsSync(entry)) {
    throw new ConfigurationError(
      `The cml CLI bundle is missing at ${entry}: the action must be used from a release (or a checkout with dist/ built).`,
    );
  }

  const binDir = join(temp, 'cml-setup', version, 'bin');
  await writeShims(binDir, process.execPath, entry);
  addPath(binDir, env);
  // Written before DVC installs: a failed install still leaves cml's own outputs.
  writeStepOutputs({ version, 'bin-dir': binDir }, { githubOutputFile: env.GITHUB_OUTPUT });
  logger.info(
    `cml ${version} (${bundled ? 'bundled with this action' : 'from the tool cache'}) on PATH: ${SHIMS.map((s) => s.name).join(', ')} in ${binDir}`,
  );

  let dvcVersion: string | undefined;
  if (dvcRequested) {
    const dvc = await installDvc({
      version: dvcRequested,
      extras: dvcExtras,
      logger,
    });
    addPath(dvc.binDir, env);
    dvcVersion = dvc.version;
    logger.info(`DVC ${dvc.version} on PATH${dvc.cached ? ' (tool cache)' : ''}: ${dvc.binDir}`);
  }
  writeStepOutputs({ 'dvc-version': dvcVersion ?? '' }, { githubOutputFile: env.GITHUB_OUTPUT });
  return { version, binDir, dvcVersion };
}
