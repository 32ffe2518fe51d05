import { runnerSupport, type RunnerForgeKind } from '../../forge/registry';
import type { RunnerEvent } from '../../forge/types';

export type { RunnerEvent } from '../../forge/types';

/**
 * What a line of the runner's output says about its jobs: each forge reads its own runner's log
 * format (src/forge/<forge>/runner-events.ts), anchored so a job's own output cannot fake it.
 */
export function runnerEvent(forge: RunnerForgeKind, line: string): RunnerEvent | undefined {
  return runnerSupport(forge).runnerEvent(line.trim());
}
