/**
 * Errors the user can fix (a wrong input, a missing file, a bad spec) are ConfigurationErrors:
 * the entry wrapper prints their message alone, without a stack trace, and exits non-zero.
 * Anything else is an internal failure and keeps its cause for the debug log.
 */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
  constructor(
    message: string,
    /** The file, field or input the message is about, for annotations. */
    readonly where?: { file?: string; line?: number; input?: string },
  ) {
    super(message);
  }
}

/** A forge or cloud refused us in a way the user must fix (permissions, missing scope). */
export class PermissionError extends Error {
  override readonly name = 'PermissionError';
  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message);
  }
}

/**
 * An outcome the step reports by failing, such as a violated quality gate: expected, so one line
 * and no stack, like a ConfigurationError, though the user's setup is not wrong.
 */
export class StepFailure extends Error {}

export function isConfigurationError(error: unknown): error is ConfigurationError {
  return error instanceof Error && error.name === 'ConfigurationError';
}

/** The message of any thrown value, for logs; never throws itself. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}

/**
 * A mistake in our own code (a TypeError, ReferenceError or RangeError that is not a network
 * failure: Node's fetch reports those as TypeError('fetch failed') with the socket error as
 * cause). Capabilities that turn a forge's refusal or outage into a warning let these through,
 * so a bug fails the step with its stack instead of passing as "could not post".
 */
export function isProgrammingError(error: unknown): boolean {
  if (error instanceof TypeError) {
    return error.message !== 'fetch failed' && (error as { cause?: unknown }).cause === undefined;
  }
  return error instanceof ReferenceError || error instanceof RangeError;
}
