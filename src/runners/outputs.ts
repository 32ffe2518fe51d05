import { appendFileSync } from 'node:fs';
import * as core from '@actions/core';
import type { Platform } from '../core/context';
import type { Logger } from '../core/logger';

/**
 * Step outputs: GITHUB_OUTPUT on GitHub; on GitLab a dotenv file (CML_RUNNER_DOTENV, default
 * runner-provision.env) for `artifacts: reports: dotenv:`, with names upper-cased and prefixed
 * CML_RUNNER_ (labels → CML_RUNNER_LABELS); printed lines elsewhere.
 */
export function writeOutputs(
  outputs: Record<string, string>,
  platform: Platform,
  logger: Logger,
  env: NodeJS.ProcessEnv = process.env,
): void {
  if (platform === 'github') {
    for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
    return;
  }
  const lines = Object.entries(outputs).map(
    ([name, value]) => `CML_RUNNER_${name.toUpperCase().replace(/-/g, '_')}=${value}`,
  );
  if (platform === 'gitlab') {
    appendFileSync(env.CML_RUNNER_DOTENV ?? 'runner-provision.env', lines.join('\n') + '\n');
  }
  for (const line of lines) logger.info(line);
}
