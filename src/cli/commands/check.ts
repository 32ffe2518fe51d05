import type { Argv, CommandModule, Options } from 'yargs';
import { FORGE_OPTIONS } from '../../compat/session';

/** CML's `check create` options (bin/cml/check/create.js). */
const CHECK_OPTIONS: Record<string, Options> = {
  ...FORGE_OPTIONS,
  token: {
    type: 'string',
    alias: 'driver-token',
    description: "GITHUB_TOKEN or Github App token. Personal access token won't work",
  },
  'commit-sha': {
    type: 'string',
    alias: 'head-sha',
    description: 'Commit SHA linked to this comment. Defaults to HEAD.',
  },
  conclusion: {
    type: 'string',
    choices: ['success', 'failure', 'neutral', 'cancelled', 'skipped', 'timed_out'],
    default: 'success',
    description: 'Sets the conclusion status of the check.',
  },
  status: {
    type: 'string',
    choices: ['queued', 'in_progress', 'completed'],
    default: 'completed',
    description: 'Sets the status of the check.',
  },
  title: { type: 'string', default: 'CML Report', description: 'Sets title of the check.' },
};

async function handler(argv: Record<string, unknown>): Promise<void> {
  const { openSession } = await import('../../compat/session');
  const { createCheckReport } = await import('../../compat/create-check');
  const session = openSession(argv);
  const url = await createCheckReport(session, {
    markdownFile: String(argv.markdownfile),
    title: argv.title as string | undefined,
    conclusion: argv.conclusion as never,
    status: argv.status as never,
    commitSha: argv['commit-sha'] as string | undefined,
  });
  if (url) process.stdout.write(url + '\n');
}

const withOptions = (yargs: Argv) => yargs.env('CML_CHECK').options(CHECK_OPTIONS);

export const checkCommand: CommandModule = {
  command: 'check',
  describe: 'Create a GitHub check run from a report (check create)',
  builder: (yargs) =>
    yargs
      .command({
        command: 'create <markdownfile>',
        describe: 'Create a check report',
        builder: withOptions,
        handler,
      })
      .demandCommand(1, 'Name a subcommand: cml check create <markdown file>'),
  handler: () => undefined,
};

/** CML's deprecated `cml send-github-check <markdown file>`. */
export const sendGithubCheckCommand: CommandModule = {
  command: 'send-github-check <markdownfile>',
  describe: 'Legacy form of check create',
  builder: withOptions,
  handler,
};
