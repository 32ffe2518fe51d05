import type { Argv, CommandModule } from 'yargs';
import { ASSET_POSITIONAL, PUBLISH_OPTIONS, publishHandler } from './asset';

/**
 * CML's legacy `cml publish <asset>` (and `cml-publish`): asset publish's options and env prefix
 * CML_ASSET, as in CML; the old CML_PUBLISH_* names are mapped onto it (src/cli/legacy-env.ts).
 */
export const publishCommand: CommandModule = {
  command: 'publish [asset]',
  describe: 'Legacy form of asset publish',
  builder: (yargs: Argv) =>
    yargs.env('CML_ASSET').positional('asset', ASSET_POSITIONAL).options(PUBLISH_OPTIONS),
  handler: publishHandler,
};
