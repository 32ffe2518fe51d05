import type { RunnerForgeKind } from '../../forge/registry';
import type { RunnerProcess } from './child';

/**
 * One forge's way of running this machine as a runner: register, start the runner process,
 * and remove the registration. The supervisor (supervise.ts) drives it the same way for both.
 */
export interface RunnerSession {
  readonly forge: RunnerForgeKind;
  /** Registers when needed and starts the runner; `onLine` sees every line it prints. */
  start(onLine: (line: string) => void): Promise<RunnerProcess>;
  /**
   * Whether the runner process ends after each job and a fresh registration should take the next
   * one (GitHub's just-in-time runners); false when it keeps serving (gitlab-runner run-single).
   */
  readonly oneJobPerProcess: boolean;
  /** Deletes the registration on the forge and whatever on disk holds its credentials. */
  unregister(): Promise<void>;
}
