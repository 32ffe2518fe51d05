import type { ForgeKind } from '../../core/context';
import { runnerProgram, type RunnerEvent } from '../programs';

export type { RunnerEvent } from '../programs';

/** What a line of the forge's runner program says about its jobs (its program reads it). */
export function runnerEvent(forge: ForgeKind, line: string): RunnerEvent | undefined {
  return runnerProgram(forge).event(line);
}
