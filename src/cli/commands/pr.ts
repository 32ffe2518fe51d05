import type { Argv, CommandModule, Options } from 'yargs';
import { FORGE_OPTIONS } from '../../compat/session';

/** CML's `pr create` options (bin/cml/pr/create.js), names and defaults unchanged. */
const PR_OPTIONS: Record<string, Options> = {
  ...FORGE_OPTIONS,
  md: { type: 'boolean', description: 'Output in markdown format [](url)' },
  'skip-ci': { type: 'boolean', description: 'Force skip CI for the created commit (if any)' },
  merge: {
    type: 'boolean',
    alias: 'auto-merge',
    conflicts: ['rebase', 'squash'],
    description: 'Try to merge the pull request upon creation',
  },
  rebase: {
    type: 'boolean',
    conflicts: ['merge', 'squash'],
    description: 'Try to rebase-merge the pull request upon creation',
  },
  squash: {
    type: 'boolean',
    conflicts: ['merge', 'rebase'],
    description: 'Try to squash-merge the pull request upon creation',
  },
  branch: { type: 'string', description: 'Pull request branch name' },
  'target-branch': { type: 'string', description: 'Pull request target branch name' },
  title: { type: 'string', description: 'Pull request title' },
  body: { type: 'string', description: 'Pull request description' },
  message: { type: 'string', description: 'Commit message' },
  remote: { type: 'string', default: 'origin', description: 'Git remote' },
  'user-email': { type: 'string', default: 'olivaw@iterative.ai', description: 'Git user email' },
  'user-name': { type: 'string', default: 'Olivaw[bot]', description: 'Git user name' },
  reuse: {
    type: 'boolean',
    default: false,
    description:
      'When the branch already has an open pull request, print its URL and succeed instead of failing',
  },
};

async function handler(argv: Record<string, unknown>): Promise<void> {
  const { openSession } = await import('../../compat/session');
  const { createPullRequest } = await import('../../compat/pull-request');
  const session = openSession(argv);
  const output = await createPullRequest(session, {
    paths: ((argv.paths as unknown[] | undefined) ?? []).map(String),
    md: argv.md as boolean | undefined,
    skipCi: argv['skip-ci'] as boolean | undefined,
    merge: argv.merge as boolean | undefined,
    rebase: argv.rebase as boolean | undefined,
    squash: argv.squash as boolean | undefined,
    branch: argv.branch as string | undefined,
    targetBranch: argv['target-branch'] as string | undefined,
    title: argv.title as string | undefined,
    body: argv.body as string | undefined,
    message: argv.message as string | undefined,
    remote: argv.remote as string | undefined,
    userEmail: argv['user-email'] as string | undefined,
    userName: argv['user-name'] as string | undefined,
    reuse: argv.reuse as boolean | undefined,
  });
  if (output) process.stdout.write(output + '\n');
}

const withOptions = (yargs: Argv) =>
  yargs.env('CML_PR').options(PR_OPTIONS).positional('paths', {
    type: 'string',
    array: true,
    describe: 'Files to commit (git pathspecs or globs)',
  });

/** `cml pr create <path...>`, plus CML's older `cml pr <path...>` form. */
export const prCommand: CommandModule = {
  command: 'pr',
  describe: 'Commit files and open a pull/merge request (pr create)',
  builder: (yargs) =>
    yargs
      .command({
        command: 'create [paths..]',
        describe: 'Create a pull request (committing any given paths first)',
        builder: withOptions,
        handler,
      })
      .command({
        command: '$0 <paths..>',
        describe: false,
        builder: withOptions,
        handler,
      }),
  handler: () => undefined,
};
