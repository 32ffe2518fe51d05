import { revisionsAsText } from '../revisions-as-text';
import type { Argv, CommandModule } from 'yargs';
import { diffHandler, diffOptions } from './metrics';

export const paramsCommand: CommandModule = {
  command: 'params',
  describe: 'Compare params between revisions: cml params diff [a_rev] [b_rev]',
  builder: (yargs: Argv) =>
    yargs
      .command({
        command: 'diff [a_rev] [b_rev]',
        describe:
          'Show changes in params between revisions (a_rev: old, default HEAD; b_rev: new, default the working tree)',
        builder: (y: Argv) => revisionsAsText(y).env('CML_PARAMS').options(diffOptions('params')),
        handler: diffHandler('params'),
      })
      .demandCommand(1, 'Name a subcommand: cml params diff [a_rev] [b_rev]'),
  handler: () => undefined,
};
