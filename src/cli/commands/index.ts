import type { CommandModule } from 'yargs';
import { demoCommand } from './demo';

/**
 * Every `cml` command. Each lives in its own file in this folder and is added here once.
 * Commands are typed loosely at this boundary; each file types its own arguments.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const COMMANDS: CommandModule<any, any>[] = [demoCommand];

/** Legacy CML binaries and the modern command words they stand for. */
export const LEGACY_BINARIES: Record<string, string[]> = {
  'cml-send-comment': ['comment', 'create'],
  'cml-publish': ['publish'],
  'cml-send-github-check': ['check', 'create'],
  'cml-pr': ['pr', 'create'],
  'cml-runner': ['runner', 'launch'],
};
