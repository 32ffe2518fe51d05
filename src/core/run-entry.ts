import { errorMessage, isConfigurationError, PermissionError, StepFailure } from './errors';
import { loggerFor, type Logger } from './logger';

/**
 * The one top-level wrapper every entry uses: runs the action, turns any failure into a clear
 * message and a non-zero exit code, and never lets a rejection escape. User mistakes and refused
 * permissions print their message only; anything unexpected prints its stack in a collapsed group.
 */
export async function runEntry(
  main: (logger: Logger) => Promise<void>,
  logger: Logger = loggerFor(),
): Promise<void> {
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
  } else if (error instanceof StepFailure) {
    logger.error(message);
  } else if (isConfigurationError(error)) {
    logger.error(
      message,
      error.where ? { file: error.where.file, line: error.where.line } : undefined,
    );
  } else {
    logger.error(message);
    // Collapsed (a ::group:: on GitHub, a collapsed section on GitLab): the stack is for whoever
    // reports the bug, not in the way of the message. The body runs at once; the group closes
    // on the next microtask, before the process exits.
    const stack = error instanceof Error && error.stack ? error.stack : undefined;
    if (stack)
      void logger.group('Stack trace of the unexpected error', async () => logger.info(stack));
  }
  // The logger already emitted the error annotation; core.setFailed would print it twice.
  process.exitCode = 1;
}
