import { errorMessage, isConfigurationError, PermissionError } from './errors';
import { loggerFor, type Logger } from './logger';

/**
 * The one top-level wrapper every entry uses: runs the action, turns any failure into a clear
 * message and a non-zero exit code, and never lets a rejection escape. User mistakes print
 * their message only; internal failures print the stack with debug logging on.
 */
export async function runEntry(main: (logger: Logger) => Promise<void>): Promise<void> {
  const logger = loggerFor();
  try {
    await main(logger);
  } catch (error) {
    reportFailure(logger, error);
    process.exitCode = 1;
  }
}

export function reportFailure(logger: Logger, error: unknown): void {
  const message = errorMessage(error);
  if (error instanceof PermissionError) {
    logger.error(`${message}\n${error.hint}`);
  } else if (isConfigurationError(error)) {
    logger.error(
      message,
      error.where ? { file: error.where.file, line: error.where.line } : undefined,
    );
  } else {
    logger.error(message);
    if (error instanceof Error && error.stack) logger.debug(error.stack);
  }
  // The logger already emitted the error annotation; core.setFailed would print it twice.
  process.exitCode = 1;
}
