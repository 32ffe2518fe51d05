import { ConfigurationError } from '../core/errors';
import type { InputName, Inputs } from '../inputs';

/**
 * The runner-provision inputs as src/inputs parsed them (declared types and defaults, from the
 * action or from `cml runner launch`): a cloud reads `inputs['disk-size']`, never a string key
 * of an untyped bag, so a misspelt input name does not compile.
 */
export type CloudInputs = Inputs<'runner-provision'>;

/** What every cloud's options share, computed once by src/runners/config.ts. */
export interface CommonCloudSettings {
  pollSeconds: number;
  launchTimeoutSeconds: number;
}

/** The value, or a one-line error naming the input and what the cloud needs from it. */
export function required(
  value: string | undefined,
  input: InputName<'runner-provision'>,
  what: string,
): string {
  if (!value) throw new ConfigurationError(`Input '${input}' is required ${what}.`, { input });
  return value;
}
