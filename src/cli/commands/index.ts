import type { CommandModule } from 'yargs';
import { demoCommand } from './demo';
import { plotCommand } from './plot';
import { vegaCommands } from './vega';
import { commentCommand, sendCommentCommand } from './comment';
import { prCommand } from './pr';
import { checkCommand, sendGithubCheckCommand } from './check';
import { assetCommand } from './asset';
import { publishCommand } from './publish';
import { repoCommand } from './repo';
import { ciCommand } from './ci';
import { workflowCommand, rerunWorkflowCommand } from './workflow';
import { metricsCommand } from './metrics';
import { paramsCommand } from './params';
import { runnerCommand } from './runner';
import { dataCommand } from './data';

/**
 * Every `cml` command. Each lives in its own file in this folder and is added here once.
 * Commands are typed loosely at this boundary; each file types its own arguments.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const COMMANDS: CommandModule<any, any>[] = [
  demoCommand,
  plotCommand,
  ...vegaCommands,
  commentCommand,
  sendCommentCommand,
  prCommand,
  checkCommand,
  sendGithubCheckCommand,
  assetCommand,
  publishCommand,
  repoCommand,
  ciCommand,
  workflowCommand,
  rerunWorkflowCommand,
  metricsCommand,
  paramsCommand,
  runnerCommand,
  dataCommand,
];

export { LEGACY_BINARIES } from '../legacy-binaries';
