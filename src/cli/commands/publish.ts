import type { Argv, CommandModule } from 'yargs';
import { PUBLISH_OPTIONS, publishHandler } from './asset';

/** CML's legacy `cml publish <asset>` (and `cml-publish`): same options, env prefix CML_PUBLISH. */
export const publishCommand: CommandModule = {
  command: 'publish <asset>',
  describe: 'Legacy form of asset publish',
  builder: (yargs: Argv) => yargs.env('CML_PUBLISH').options(PUBLISH_OPTIONS),
  handler: publishHandler,
};
