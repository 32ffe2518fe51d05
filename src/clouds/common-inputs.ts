import { ConfigurationError } from '../core/errors';
import type { InputValue } from '../inputs/parse';

/** Readers for the runner-provision inputs, shared by the clouds that read their own options. */
export type CloudInputs = Record<string, InputValue>;

export const str = (v: InputValue): string | undefined =>
  typeof v === 'string' && v !== '' ? v : undefined;
export const list = (v: InputValue): string[] => (Array.isArray(v) ? v : []);
export const num = (v: InputValue, fallback: number): number =>
  typeof v === 'number' ? v : fallback;
export const bool = (v: InputValue, fallback: boolean): boolean =>
  typeof v === 'boolean' ? v : fallback;

/** What every cloud's options share, computed once by src/runners/config.ts. */
export interface CommonCloudSettings {
  pollSeconds: number;
  launchTimeoutSeconds: number;
}

export function required(value: string | undefined, input: string, what: string): string {
  if (!value) throw new ConfigurationError(`Input '${input}' is required ${what}.`, { input });
  return value;
}
