import type { Platform } from '../core/context';
import type { Logger } from '../core/logger';
import { writeStepOutputs } from '../core/outputs';
import { platformInfo } from '../platforms';

/**
 * Step outputs: the platform's output file (GITHUB_OUTPUT on GitHub); where jobs read dotenv
 * reports (GitLab) a dotenv file (CML_RUNNER_DOTENV, default runner-provision.env) for
 * `artifacts: reports: dotenv:`, with names upper-cased and prefixed CML_RUNNER_ (labels →
 * CML_RUNNER_LABELS); printed lines elsewhere. Written by src/core/outputs.ts.
 */
export function writeOutputs(
  outputs: Record<string, string>,
  platform: Platform,
  logger: Logger,
  env: NodeJS.ProcessEnv = process.env,
): void {
  const info = platformInfo(platform);
  const outputFile = info.stepOutputFile?.(env);
  if (outputFile) {
    writeStepOutputs(outputs, { githubOutputFile: outputFile });
    return;
  }
  if (info.dotenvReports) {
    writeStepOutputs(outputs, {
      dotenv: { file: env.CML_RUNNER_DOTENV ?? 'runner-provision.env', prefix: 'CML_RUNNER_' },
    });
  }
  for (const [name, value] of Object.entries(outputs)) {
    logger.info(`CML_RUNNER_${name.toUpperCase().replace(/-/g, '_')}=${value}`);
  }
}
