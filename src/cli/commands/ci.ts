import type { Argv, CommandModule } from 'yargs';
import { PREPARE_OPTIONS, prepareHandler } from './repo';

/**
 * CML's `cml ci`: the older name of `cml repo prepare`, sharing its env prefix CML_REPO as in
 * CML; the old CML_CI_* names are mapped onto it (src/cli/legacy-env.ts).
 */
export const ciCommand: CommandModule = {
  command: 'ci',
  describe: 'Legacy form of repo prepare',
  builder: (yargs: Argv) => yargs.env('CML_REPO').options(PREPARE_OPTIONS),
  handler: prepareHandler,
};
