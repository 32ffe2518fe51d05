import type { Argv, CommandModule } from 'yargs';
import { PREPARE_OPTIONS, prepareHandler } from './repo';

/** CML's `cml ci` (env prefix CML_CI): the older name of `cml repo prepare`. */
export const ciCommand: CommandModule = {
  command: 'ci',
  describe: 'Legacy form of repo prepare',
  builder: (yargs: Argv) => yargs.env('CML_CI').options(PREPARE_OPTIONS),
  handler: prepareHandler,
};
