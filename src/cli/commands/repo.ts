import type { Argv, CommandModule, Options } from 'yargs';
import { FORGE_OPTIONS } from '../../compat/session';

/** CML's `repo prepare` options (bin/cml/repo/prepare.js). */
const PREPARE_OPTIONS: Record<string, Options> = {
  ...FORGE_OPTIONS,
  'fetch-depth': {
    type: 'number',
    description: 'Number of commits to fetch (use `0` for all branches & tags)',
  },
  unshallow: {
    type: 'boolean',
    description: 'Fetch as much as possible, converting a shallow repository to a complete one',
  },
  'user-email': { type: 'string', default: 'olivaw@iterative.ai', description: 'Git user email' },
  'user-name': { type: 'string', default: 'Olivaw[bot]', description: 'Git user name' },
  remote: {
    type: 'string',
    default: 'origin',
    description: 'Git remote to push to with the token',
  },
};

/** Shared by `cml repo prepare` and `cml ci`. */
export async function prepareHandler(argv: Record<string, unknown>): Promise<void> {
  const { openSession } = await import('../../compat/session');
  const { prepareRepo } = await import('../../compat/prepare-repo');
  const session = openSession(argv);
  const depth = argv['fetch-depth'];
  if (depth !== undefined && (typeof depth !== 'number' || !Number.isInteger(depth))) {
    const { ConfigurationError } = await import('../../core/errors');
    throw new ConfigurationError(`--fetch-depth must be a whole number, got '${String(depth)}'.`);
  }
  const output = await prepareRepo({
    cwd: process.cwd(),
    context: session.context,
    logger: session.logger,
    token: session.token,
    kind: session.context.forge,
    userName: argv['user-name'] as string | undefined,
    userEmail: argv['user-email'] as string | undefined,
    remote: argv.remote as string | undefined,
    fetchDepth: depth as number | undefined,
    unshallow: argv.unshallow as boolean | undefined,
  });
  if (output) process.stdout.write(output + '\n');
}

export const repoCommand: CommandModule = {
  command: 'repo',
  describe: 'Prepare the checkout: identity, token remote, fetch (repo prepare)',
  builder: (yargs) =>
    yargs
      .command({
        command: 'prepare',
        describe: 'Prepare the cloned repository',
        builder: (y: Argv) => y.env('CML_REPO').options(PREPARE_OPTIONS),
        handler: prepareHandler,
      })
      .demandCommand(1, 'Name a subcommand: cml repo prepare'),
  handler: () => undefined,
};

export { PREPARE_OPTIONS };
