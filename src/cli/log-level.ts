import type { Options } from 'yargs';

/** CML's global `--log` option (bin/cml.js): the most verbose level printed. */
export const LOG_OPTION: Options = {
  type: 'string',
  choices: ['error', 'warn', 'info', 'debug'],
  default: 'info',
  description: 'Logging verbosity',
};

/**
 * Applies `--log` to every logger of this process through the environment the loggers read
 * (src/core/logger.ts: CML_LOG_LEVEL; `debug` also sets CML_DEBUG, read by the runner code).
 */
export function applyLogLevel(
  level: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): void {
  if (!level) return;
  env.CML_LOG_LEVEL = level;
  if (level === 'debug') env.CML_DEBUG = 'true';
}
