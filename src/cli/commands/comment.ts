import type { Argv, CommandModule } from 'yargs';

/** Options of `cml comment create|update` and `cml send-comment`, as CML names them. */
export interface CommentArgs {
  markdownfile: string;
  target?: string;
  'watermark-title': string;
  publish: boolean;
  'publish-url'?: string;
  native: boolean;
  update: boolean;
  watch: boolean;
  'rm-watermark': boolean;
  'commit-sha'?: string;
  pr: boolean;
  section?: string;
  plots: string[];
  metrics: string[];
  output: string;
  driver?: 'github' | 'gitlab';
  repo?: string;
  token?: string;
  log?: string;
}

function commentOptions(yargs: Argv, envPrefix: string): Argv {
  return yargs
    .env(envPrefix)
    .strict()
    .positional('markdownfile', { type: 'string', describe: 'Markdown file of the report' })
    .options({
      target: {
        type: 'string',
        describe:
          'Comment target: auto (this PR/MR, else one whose head is this commit, else the commit), pr, pr/<n>, commit, commit/<sha>, issue/<n>',
      },
      'watermark-title': {
        type: 'string',
        default: '',
        describe: 'Title of the hidden marker; {workflow}, {run} and {job} are replaced',
      },
      publish: {
        type: 'boolean',
        default: true,
        describe: 'Publish local images found in the report (--no-publish leaves them)',
      },
      'publish-url': {
        type: 'string',
        describe: "Asset server with CML's protocol (POST bytes, URL back) instead of the forge",
      },
      native: {
        type: 'boolean',
        default: false,
        describe: "Use the forge's own storage for images (the default here; kept for CML scripts)",
      },
      update: {
        type: 'boolean',
        default: false,
        describe: 'Update the last comment with the same watermark instead of adding one',
      },
      watch: {
        type: 'boolean',
        default: false,
        describe: 'Watch the file and update the comment whenever it changes',
      },
      'rm-watermark': {
        type: 'boolean',
        default: false,
        describe: 'Leave the marker out (no updates)',
      },
      'commit-sha': {
        type: 'string',
        alias: 'head-sha',
        describe: 'Commit the comment is about (default: this run’s, else HEAD)',
      },
      pr: {
        type: 'boolean',
        default: false,
        hidden: true,
        describe: 'Legacy: same as --target=pr',
      },
      section: { type: 'string', describe: 'Name of the section of the comment this job owns' },
      plots: {
        type: 'array',
        string: true,
        default: [],
        describe: 'Plot specs or data files to render and append',
      },
      metrics: {
        type: 'array',
        string: true,
        default: [],
        describe: 'Metric files whose diff table is appended',
      },
      output: {
        type: 'string',
        default: 'cml-report',
        describe: 'Folder for the full report.md and its images (all of it, outside CI)',
      },
      driver: { type: 'string', choices: ['github', 'gitlab'], describe: 'Forge, when not in CI' },
      repo: {
        type: 'string',
        describe: 'owner/name or project path (or its web URL), when not in CI',
      },
      token: {
        type: 'string',
        describe: 'Forge token (default: REPO_TOKEN, GITHUB_TOKEN, GITLAB_TOKEN)',
      },
      log: {
        type: 'string',
        choices: ['error', 'warn', 'info', 'debug'],
        default: 'info',
        hidden: true,
      },
      'trigger-file': { type: 'string', hidden: true },
    }) as Argv;
}

function handlerFor(mode: 'create' | 'update') {
  return async (argv: CommentArgs): Promise<void> => {
    // Loaded here, not at the top, so `cml --version` and other commands stay fast.
    const { runCommentCommand } = await import('../../report/cli-comment');
    await runCommentCommand(argv, mode);
  };
}

const createCommand: CommandModule<object, CommentArgs> = {
  command: 'create <markdownfile>',
  describe: 'Post a Markdown report as a comment (sticky with --update)',
  builder: (y) => commentOptions(y, 'CML_COMMENT') as Argv<CommentArgs>,
  handler: handlerFor('create'),
};

const updateCommand: CommandModule<object, CommentArgs> = {
  command: 'update <markdownfile>',
  describe: 'Update the last report comment with the same watermark (or post one)',
  builder: (y) => commentOptions(y, 'CML_COMMENT') as Argv<CommentArgs>,
  handler: handlerFor('update'),
};

/** `cml comment create|update <file>`. */
export const commentCommand: CommandModule = {
  command: 'comment <command>',
  describe: 'Post or update a report comment on a pull/merge request, commit or issue',
  builder: (y) => y.command(createCommand).command(updateCommand).demandCommand(1),
  handler: () => undefined,
};

/** CML's legacy `cml send-comment <file>` (also the `cml-send-comment` binary). */
export const sendCommentCommand: CommandModule<object, CommentArgs> = {
  command: 'send-comment <markdownfile>',
  describe: 'Legacy form of comment create',
  builder: (y) => commentOptions(y, 'CML_COMMENT') as Argv<CommentArgs>,
  handler: handlerFor('create'),
};
